namespace ReportGen.Analysis;

/// <summary>How an indicator moved since the previous wave, after correction for multiple testing.</summary>
public enum TrendDirection
{
    /// <summary>No significant change (after correction).</summary>
    Stable,

    /// <summary>A significant rise.</summary>
    Up,

    /// <summary>A significant fall.</summary>
    Down,

    /// <summary>No previous wave, or a figure suppressed in either wave: nothing to test.</summary>
    NotTested,
}

/// <summary>The estimate of one indicator in one wave.</summary>
public sealed record WaveEstimate(string Wave, IndicatorEstimate Estimate);

/// <summary>
/// One indicator across the waves (oldest first), and its change from the previous wave to the current one:
/// points of change, the raw p-value of the two-proportion z-test on effective bases, the p-value adjusted
/// across the family of indicators, and the direction called from the adjusted p-value only.
/// </summary>
public sealed record IndicatorTrend(
    string IndicatorId,
    IReadOnlyList<WaveEstimate> Waves,
    double? ChangePoints,
    double? Z,
    double? PValue,
    double? AdjustedPValue,
    TrendDirection Direction);

/// <summary>The correction for multiple testing applied to the family of wave-on-wave tests.</summary>
public enum MultipleTestingCorrection
{
    /// <summary>Holm's step-down procedure: controls the family-wise error rate.</summary>
    Holm,

    /// <summary>Benjamini–Hochberg step-up procedure: controls the false discovery rate.</summary>
    BenjaminiHochberg,
}

/// <summary>The trends of every indicator: the waves read (oldest first), the current and previous waves, and the correction used.</summary>
/// <remarks>The share trends (<see cref="Indicators"/>) and the score trends (<see cref="Scores"/>) are one family of tests: the correction is applied across both.</remarks>
public sealed record TrendResults(
    IReadOnlyList<string> Waves,
    string CurrentWave,
    string? PreviousWave,
    MultipleTestingCorrection Correction,
    IReadOnlyList<IndicatorTrend> Indicators)
{
    /// <summary>The trends of the score and net-score indicators, in the order of the indicator file.</summary>
    public IReadOnlyList<ScoreTrend> Scores { get; init; } = [];

    /// <summary>How many tests the correction was applied across (shares and scores).</summary>
    public int FamilySize => Indicators.Count(t => t.AdjustedPValue is not null) + Scores.Count(t => t.AdjustedPValue is not null);
}

/// <summary>A score (mean, in the scale's units) or a net score (points) in one wave; the value and interval null when suppressed.</summary>
public sealed record ScoreWaveValue(string Wave, double? Value, Interval? Interval, long ValidBase, double EffectiveBase, bool LowBase, bool Suppressed);

/// <summary>
/// One score or net-score indicator across the waves (oldest first) and its change from the previous wave: the change
/// in the indicator's unit (score units, or points of net score), Welch's t on the effective bases, the raw and adjusted
/// p-values (adjusted in the same family as the shares) and the direction called from the adjusted p-value.
/// </summary>
public sealed record ScoreTrend(
    string IndicatorId,
    Definitions.IndicatorKind Kind,
    IReadOnlyList<ScoreWaveValue> Waves,
    double? Change,
    double? T,
    double? DegreesOfFreedom,
    double? PValue,
    double? AdjustedPValue,
    TrendDirection Direction);
