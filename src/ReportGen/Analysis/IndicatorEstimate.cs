namespace ReportGen.Analysis;

/// <summary>
/// One indicator as computed from the data. Proportions are in [0, 1]. When <see cref="Suppressed"/> the
/// estimate fields are null: the base is too small to publish any figure.
/// </summary>
public sealed record IndicatorEstimate(
    string IndicatorId,
    long ValidBase,
    long ExcludedAnswers,
    long BlankAnswers,
    double WeightedBase,
    double EffectiveBase,
    double? Satisfied,
    Interval? Interval,
    double? MarginOfError,
    double? Target,
    TargetStatus Status,
    bool LowBase,
    bool Suppressed,
    IReadOnlyList<double> CategoryShares);
