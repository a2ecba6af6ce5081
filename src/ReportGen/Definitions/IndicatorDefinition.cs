using ReportGen.Diagnostics;

namespace ReportGen.Definitions;

/// <summary>
/// What to measure: a survey column read on a scale, and how the article and the evidence pack name it.
/// <see cref="Statement"/> is the article's wording after the figure:
/// "satisfaits de l’accueil lors des contacts avec l’Office".
/// </summary>
public sealed record IndicatorDefinition(
    string Id,
    string Label,
    string Statement,
    string Column,
    string ScaleId,
    string ThemeId,
    double? TargetPercent,
    string? QualiHlmEngagement,
    IReadOnlyList<string> IsoClauses,
    string? ActionAxis,
    bool Headline,
    SourceLocation Location)
{
    /// <summary>Where the <c>column:</c> key is written, for problems with the data column.</summary>
    public SourceLocation ColumnLocation { get; init; } = Location;
}
