namespace ReportGen.Definitions;

/// <summary>The content of the benchmark file: reference values for the indicators, in the order the file gives them.</summary>
public sealed record BenchmarkSet(string Path, string DisplayPath, IReadOnlyList<BenchmarkDefinition> Benchmarks)
{
    /// <summary>The benchmarks of one indicator, in file order (none when it has none).</summary>
    public IReadOnlyList<BenchmarkDefinition> For(string indicatorId) => [.. Benchmarks.Where(b => b.IndicatorId == indicatorId)];
}
