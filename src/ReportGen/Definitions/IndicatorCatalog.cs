namespace ReportGen.Definitions;

/// <summary>The content of the indicator file: scales, themes and indicators, in the order the file gives them.</summary>
public sealed record IndicatorCatalog(
    string Path,
    IReadOnlyList<ScaleDefinition> Scales,
    IReadOnlyList<ThemeDefinition> Themes,
    IReadOnlyList<IndicatorDefinition> Indicators)
{
    /// <summary>The indicator of overall satisfaction, which derived importance correlates the others with.</summary>
    public string? OverallId { get; init; }

    /// <summary>The work-streams that priorities are chosen among, in file order.</summary>
    public IReadOnlyList<WorkstreamDefinition> Workstreams { get; init; } = [];

    public ScaleDefinition Scale(string id) => Scales.First(s => s.Id == id);

    public IndicatorDefinition Indicator(string id) => Indicators.First(i => i.Id == id);

    public ThemeDefinition Theme(string id) => Themes.First(t => t.Id == id);
}
