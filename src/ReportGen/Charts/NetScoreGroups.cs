namespace ReportGen.Charts;

/// <summary>
/// How a net score's answers split: detractors up to <see cref="DetractorsTo"/>, promoters from
/// <see cref="PromotersFrom"/>, passives between; the shares are proportions in [0, 1], the score in points.
/// </summary>
/// <param name="Target">The indicator's target in points, when it has one.</param>
/// <param name="Benchmarks">The benchmarks' names and values in points, in the benchmark file's order.</param>
public sealed record NetScoreGroups(int DetractorsTo, int PromotersFrom, double Detractors, double Passives, double Promoters, double Score, double? Target, IReadOnlyList<(string Name, double Value)> Benchmarks);
