namespace ReportGen.Definitions;

/// <summary>
/// Publishing thresholds. A figure whose effective base is under <see cref="LowBase"/> is flagged as fragile;
/// one whose valid base is under <see cref="SuppressBelow"/> is not published at all.
/// </summary>
public sealed record Thresholds(int LowBase, int SuppressBelow, double ConfidenceLevel)
{
    /// <summary>The correction across the family of wave-on-wave tests.</summary>
    public Analysis.MultipleTestingCorrection Correction { get; init; } = Analysis.MultipleTestingCorrection.Holm;

    public static Thresholds Default { get; } = new(30, 10, 0.95);
}
