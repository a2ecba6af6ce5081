namespace ReportGen.Analysis.Scores;

/// <summary>
/// One score indicator (a mean out of 10, or of any declared scale) as computed from the data. The mean, its
/// interval and standard error are in the score's units; <see cref="ShareAtOrAbove"/> and
/// <see cref="Distribution"/> are proportions in [0, 1]. When <see cref="Suppressed"/> every estimate is null.
/// </summary>
/// <param name="Minimum">The lowest score the question allows.</param>
/// <param name="Maximum">The highest score the question allows.</param>
/// <param name="StandardError">The linearization standard error of the mean (as <c>survey::svymean</c>).</param>
/// <param name="DegreesOfFreedom">n_eff − 1: the degrees of freedom of the interval and of the tests.</param>
/// <param name="Interval">mean ± t·SE, t on <see cref="DegreesOfFreedom"/>, within [Minimum, Maximum].</param>
/// <param name="ShareFrom">The threshold of <see cref="ShareAtOrAbove"/> (e.g. 7: "7 or more"), or null when none was asked.</param>
/// <param name="ShareAtOrAbove">The weighted share of answers ≥ <see cref="ShareFrom"/>.</param>
/// <param name="ShareInterval">The Wilson interval of that share on the effective base, as for every share.</param>
/// <param name="Distribution">The weighted share of each score value, Minimum first (for the chart); empty when suppressed.</param>
public sealed record ScoreEstimate(
    string IndicatorId,
    int Minimum,
    int Maximum,
    long ValidBase,
    long ExcludedAnswers,
    long BlankAnswers,
    double WeightedBase,
    double EffectiveBase,
    double? Mean,
    double? StandardError,
    double? DegreesOfFreedom,
    Interval? Interval,
    int? ShareFrom,
    double? ShareAtOrAbove,
    Interval? ShareInterval,
    bool LowBase,
    bool Suppressed,
    IReadOnlyList<double> Distribution);
