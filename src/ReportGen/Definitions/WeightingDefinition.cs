using ReportGen.Diagnostics;

namespace ReportGen.Definitions;

/// <summary>One population margin: a column of the data and the population count of each of its values.</summary>
public sealed record MarginDefinition(string Column, IReadOnlyList<KeyValuePair<string, double>> Population, SourceLocation Location);

/// <summary>
/// Weights computed from population margins: post-stratification on one margin, raking on several. The
/// data's weight column, when there is one, gives the base (design) weights that the margins adjust.
/// <see cref="TrimLower"/> and <see cref="TrimUpper"/> bound each final weight relative to the mean weight.
/// </summary>
public sealed record WeightingDefinition(
    IReadOnlyList<MarginDefinition> Margins,
    double Tolerance,
    int MaxIterations,
    double? TrimLower,
    double? TrimUpper,
    SourceLocation Location)
{
    public string Method => Margins.Count == 1 ? "post-stratification" : "raking";
}
