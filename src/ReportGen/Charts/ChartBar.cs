using ReportGen.Analysis.Scores;

namespace ReportGen.Charts;

/// <summary>
/// One bar of a chart: a proportion in [0, 1] with its confidence interval [<see cref="Low"/>,
/// <see cref="High"/>], an optional target (also a proportion) and whether its base is too small to be read
/// without caution.
/// </summary>
public sealed record ChartBar(string Label, double Value, double Low, double High, double? Target, bool LowBase)
{
    /// <summary>The indicator's benchmark (a proportion, as the target), when the project has one for it.</summary>
    public double? Benchmark { get; init; }

    /// <summary>Where the bar stands against <see cref="Benchmark"/>, as the benchmark comparison judged it.</summary>
    public BenchmarkVerdict? BenchmarkVerdict { get; init; }
}
