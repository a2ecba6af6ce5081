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

    /// <summary>The share indicators (% satisfied), in file order: those of <see cref="Analysis.SurveyResults.Estimates"/>.</summary>
    public IReadOnlyList<IndicatorDefinition> Shares => [.. Indicators.Where(i => i.Kind == IndicatorKind.Share)];

    /// <summary>The score and net-score indicators, in file order.</summary>
    public IReadOnlyList<IndicatorDefinition> Scores => [.. Indicators.Where(i => i.Kind != IndicatorKind.Share)];

    public ScaleDefinition Scale(string id) => Scales.First(s => s.Id == id);

    public IndicatorDefinition Indicator(string id) => Indicators.First(i => i.Id == id);

    public ThemeDefinition Theme(string id) => Themes.First(t => t.Id == id);
}
