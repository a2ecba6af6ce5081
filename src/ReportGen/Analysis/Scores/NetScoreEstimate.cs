namespace ReportGen.Analysis.Scores;

/// <summary>
/// A recommendation question's net score (NPS-style): % promoters (9–10) − % detractors (0–6), in points from
/// −100 to +100. Shares are proportions in [0, 1]; <see cref="Score"/>, <see cref="StandardError"/> and
/// <see cref="Interval"/> are in points. When <see cref="Suppressed"/> every estimate is null.
/// </summary>
/// <param name="StandardError">The linearization standard error of the score: of the mean of dᵢ = 1[promoter] − 1[detractor], × 100.</param>
/// <param name="DegreesOfFreedom">n_eff − 1, as for a score.</param>
/// <param name="Interval">score ± t·SE, t on <see cref="DegreesOfFreedom"/>, within [−100, 100].</param>
/// <param name="Distribution">The weighted share of each answer 0…10 (for the chart); empty when suppressed.</param>
public sealed record NetScoreEstimate(
    string IndicatorId,
    long ValidBase,
    long ExcludedAnswers,
    long BlankAnswers,
    double WeightedBase,
    double EffectiveBase,
    double? Promoters,
    double? Passives,
    double? Detractors,
    double? Score,
    double? StandardError,
    double? DegreesOfFreedom,
    Interval? Interval,
    bool LowBase,
    bool Suppressed,
    IReadOnlyList<double> Distribution);
