namespace ReportGen.Charts;

/// <summary>
/// One bar of a chart: a proportion in [0, 1] with its confidence interval [<see cref="Low"/>,
/// <see cref="High"/>], an optional target (also a proportion) and whether its base is too small to be read
/// without caution.
/// </summary>
public sealed record ChartBar(string Label, double Value, double Low, double High, double? Target, bool LowBase);
