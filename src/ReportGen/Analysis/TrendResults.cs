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
public sealed record TrendResults(
    IReadOnlyList<string> Waves,
    string CurrentWave,
    string? PreviousWave,
    MultipleTestingCorrection Correction,
    IReadOnlyList<IndicatorTrend> Indicators);
