using ReportGen.Diagnostics;

namespace ReportGen.Definitions;

/// <summary>
/// What to measure: a survey column read on a scale, and how the article and the evidence pack name it.
/// <see cref="Statement"/> is the article's wording after the figure:
/// "satisfaits de l’accueil lors des contacts avec l’Office".
/// <see cref="TargetPercent"/> is the target of a share indicator only (null for the other kinds);
/// <see cref="Target"/> is the target of any kind, in the indicator's <see cref="Unit"/>.
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

    /// <summary>What the indicator measures: a share (the default), a score, or a net score.</summary>
    public IndicatorKind Kind { get; init; } = IndicatorKind.Share;

    /// <summary>
    /// The target in the indicator's <see cref="Unit"/>: % satisfied for a share (the same as <see cref="TargetPercent"/>),
    /// a score within the scale's bounds for a score (7.5 on 0–10), points from −100 to +100 for a net score.
    /// </summary>
    public double? Target { get; init; } = TargetPercent;

    /// <summary>
    /// For a score indicator, the score from which the share « at or above » is also given (<c>threshold: 7</c>: % who
    /// answer 7 or more), above the scale's minimum and at most its maximum; null when the project does not ask for it.
    /// </summary>
    public int? Threshold { get; init; }

    /// <summary>For a net score, who are promoters and detractors (<see cref="NetCutOffs.Default"/> unless overridden); null for the other kinds.</summary>
    public NetCutOffs? CutOffs { get; init; }

    /// <summary>The unit of the figure, of <see cref="Target"/> and of the indicator's benchmarks.</summary>
    public MeasureUnit Unit => Kind switch
    {
        IndicatorKind.Score => MeasureUnit.Score,
        IndicatorKind.Net => MeasureUnit.Points,
        _ => MeasureUnit.Percent,
    };
}
