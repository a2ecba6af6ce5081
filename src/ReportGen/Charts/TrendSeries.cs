using ReportGen.Analysis;

namespace ReportGen.Charts;

/// <summary>
/// One indicator of a trend chart: its label, its points (one per wave it was measured in, oldest first), and
/// its change since the previous wave in percentage points with the direction called after correction for
/// multiple testing.
/// </summary>
public sealed record TrendSeries(string Label, IReadOnlyList<TrendPoint> Points, double? ChangePoints, TrendDirection Direction);
