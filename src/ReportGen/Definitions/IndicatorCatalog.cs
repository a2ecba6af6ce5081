namespace ReportGen.Definitions;

/// <summary>The content of the indicator file: scales, themes and indicators, in the order the file gives them.</summary>
public sealed record IndicatorCatalog(
    string Path,
    IReadOnlyList<ScaleDefinition> Scales,
    IReadOnlyList<ThemeDefinition> Themes,
    IReadOnlyList<IndicatorDefinition> Indicators)
{
    public ScaleDefinition Scale(string id) => Scales.First(s => s.Id == id);

    public ThemeDefinition Theme(string id) => Themes.First(t => t.Id == id);
}
