namespace ReportGen.Definitions;

/// <summary>The project file: who surveyed whom, when, which definitions and data, and what to publish.</summary>
public sealed record ProjectDefinition(
    string Path,
    string Directory,
    string Organisation,
    string Survey,
    PeriodDefinition Period,
    DateOnly PublicationDate,
    string? Institute,
    string? Population,
    SampleDescription Sample,
    string? Reference,
    IndicatorCatalog Catalog,
    IReadOnlyList<DataSourceDefinition> Data,
    string TemplatesDirectory,
    string NewsletterTemplate,
    Thresholds Thresholds,
    IReadOnlyList<string> InputFiles);

/// <summary>The period the documents speak of, and the wave of the data it selects (all rows when null).</summary>
public sealed record PeriodDefinition(string Label, string? Wave);

/// <summary>How the sample was drawn and interviewed, in the words of the method note.</summary>
public sealed record SampleDescription(string? Description, string? Mode, string? Fieldwork);
