namespace ReportGen.Publishing;

/// <summary>
/// One score indicator (a mean out of 10) as the article prints it. The figures are null when <see cref="Suppressed"/>;
/// <see cref="Share"/> and <see cref="Threshold"/> are null when the indicator asks for no share « at or above ».
/// </summary>
/// <param name="Mean">The weighted mean with the scale's unit: « 7,8/10 ».</param>
/// <param name="Value">The mean rounded to one decimal, for templates that compare.</param>
/// <param name="IntervalLow">The lower bound of the mean's interval, without unit: « 7,6 ».</param>
/// <param name="Interval">Both bounds: « 7,6 à 8,0 ».</param>
/// <param name="Share">The share of answers at or above the threshold: « 72,4 % ».</param>
/// <param name="Threshold">That threshold in words: « 7 ou plus ».</param>
/// <param name="Target">The target with the scale's unit: « 7,5/10 ».</param>
/// <param name="Status">The target status in words, judged on the interval as for a share.</param>
/// <param name="Trend">« en hausse », « en baisse » or « stable » since the previous wave (after correction), null when not tested.</param>
/// <param name="Change">The significant change since the previous wave: « +0,3 point »; null when the change is not significant.</param>
public sealed record ArticleScore(
    string Id,
    string Label,
    string Statement,
    string? Mean,
    double? Value,
    string? IntervalLow,
    string? IntervalHigh,
    string? Interval,
    string Base,
    long BaseCount,
    string EffectiveBase,
    bool LowBase,
    bool Suppressed,
    string? Share,
    string? Threshold,
    string? Target,
    string Status,
    bool TargetMet,
    string? Trend,
    string? Change,
    IReadOnlyList<ArticleBenchmark> Benchmarks);

/// <summary>
/// One recommendation question's net score as the article prints it: promoters minus detractors, in points. The
/// figures are null when <see cref="Suppressed"/>.
/// </summary>
/// <param name="Score">The net score, always signed: « +12 », « −4 ».</param>
/// <param name="Value">The net score rounded to one decimal, for templates that compare.</param>
/// <param name="Promoters">The share of promoters: « 35,2 % »; likewise <see cref="Passives"/> and <see cref="Detractors"/>.</param>
/// <param name="PromotersAnswers">Who the promoters are: « 9 ou 10 ».</param>
/// <param name="DetractorsAnswers">Who the detractors are: « 6 ou moins ».</param>
/// <param name="Interval">Both bounds of the score's interval: « +8 à +16 ».</param>
/// <param name="Change">The significant change since the previous wave: « +4 points »; null when the change is not significant.</param>
public sealed record ArticleNetScore(
    string Id,
    string Label,
    string Statement,
    string? Score,
    double? Value,
    string? Promoters,
    string? Passives,
    string? Detractors,
    string PromotersAnswers,
    string DetractorsAnswers,
    string? IntervalLow,
    string? IntervalHigh,
    string? Interval,
    string Base,
    long BaseCount,
    string EffectiveBase,
    bool LowBase,
    bool Suppressed,
    string? Target,
    string Status,
    bool TargetMet,
    string? Trend,
    string? Change,
    IReadOnlyList<ArticleBenchmark> Benchmarks);

/// <summary>
/// One benchmark against the office's figure, in the indicator's unit (« 85,2 % », « 7,8/10 », « +12 »). Only one of
/// <see cref="Above"/>, <see cref="Below"/> and <see cref="InLine"/> is true; none is when the office's figure is not
/// published, and then <see cref="Office"/>, <see cref="Position"/> and <see cref="Sentence"/> are null.
/// </summary>
/// <param name="Label">The indicator's label.</param>
/// <param name="Name">How the documents name the reference: the benchmark's label, else its source and year.</param>
/// <param name="Office">The office's figure.</param>
/// <param name="Reference">The reference's figure.</param>
/// <param name="Position">
/// Where the office stands, significance first: « au-dessus de la moyenne régionale », « en dessous de la moyenne
/// régionale », or, when the gap is not significant, « dans la moyenne régionale ».
/// </param>
/// <param name="Sentence">
/// The comparison in one phrase: « 85,2 % contre 83,0 % en moyenne régionale » when the gap is significant, else
/// « dans la moyenne régionale (83,0 %) ». Never a difference the test does not support.
/// </param>
public sealed record ArticleBenchmark(
    string IndicatorId,
    string Label,
    string Name,
    string Source,
    int Year,
    string? Office,
    string Reference,
    bool Above,
    bool Below,
    bool InLine,
    string? Position,
    string? Sentence);

/// <summary>
/// Where the office's shares stand against their benchmarks, as French lists for a paragraph: the indicators
/// significantly above (« accueil lors des contacts (85,2 % contre 83,0 %) »), below, and in line (« logement »); ""
/// when none. When every benchmark has the same name the lists leave it out and the phrases say it once
/// (« au-dessus de la moyenne régionale »); otherwise each item names its reference.
/// </summary>
/// <param name="Regional">Whether every reference is regional (its name says « région »): the built-in template then speaks of the other landlords of the region.</param>
public sealed record ArticleBenchmarkSummary(
    bool Regional,
    string Above,
    string Below,
    string InLine,
    string AboveReference,
    string BelowReference,
    string InLineReference);
