namespace ReportGen.Charts;

/// <summary>
/// One indicator in one wave of a trend chart: the share satisfied and its confidence interval (proportions in
/// [0, 1]), whether the base is low, and whether the figure was suppressed, in which case the value and the bounds
/// are null and the chart leaves a gap.
/// </summary>
public sealed record TrendPoint(string Wave, double? Value, double? Low, double? High, bool LowBase, bool Suppressed)
{
    /// <summary>A published figure with its interval.</summary>
    public static TrendPoint Published(string wave, double value, double low, double high, bool lowBase = false) =>
        new(wave, value, low, high, lowBase, Suppressed: false);

    /// <summary>A figure not published in that wave: a gap in the line.</summary>
    public static TrendPoint Withheld(string wave) => new(wave, null, null, null, LowBase: false, Suppressed: true);
}
