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
    OutputsDefinition Outputs,
    DocumentControl Control,
    IReadOnlyList<string> InputFiles)
{
    /// <summary>The mirror survey of staff, if the project has one.</summary>
    public MirrorDefinition? Mirror { get; init; }

    /// <summary>The free-text comments, if the project has them.</summary>
    public VerbatimsDefinition? Verbatims { get; init; }

    /// <summary>Weights from population margins, if the project gives them.</summary>
    public WeightingDefinition? Weighting { get; init; }

    /// <summary>The action plan, if the project has one.</summary>
    public ActionPlan? ActionPlan { get; init; }

    /// <summary>The reference values of the indicators (<c>benchmarks:</c>), if the project gives them.</summary>
    public BenchmarkSet? Benchmarks { get; init; }
}

/// <summary>Who wrote and who approved the documents, and their version (ISO 9001 §7.5.2).</summary>
public sealed record DocumentControl(string Author, string? Approver, string Version)
{
    public static DocumentControl Default { get; } = new("Service qualité", null, "1.0");
}

/// <summary>
/// Where and under which names the outputs are written. <see cref="Directory"/> (absolute, resolved against the
/// project folder) is used when the command line gives no <c>--out</c>; without it, <see cref="DefaultFolder"/>
/// beside the project file, whatever the current folder (see <see cref="DirectoryFor"/>).
/// The article in each document format takes the Markdown's name with the format's extension, the evidence pack its PDF's name.
public sealed record OutputsDefinition(string? Directory, string Newsletter, string Table, string Evidence)
{
    public static OutputsDefinition Default { get; } = new(null, "newsletter.md", "indicators.csv", "evidence.pdf");

    /// <summary>The output folder's name when the project gives none: a sub-folder of the project folder.</summary>
    public const string DefaultFolder = "out";

    /// <summary>The output folder of a project in <paramref name="projectDirectory"/> when the command line gives no <c>--out</c>.</summary>
    public string DirectoryFor(string projectDirectory) => Directory ?? System.IO.Path.Combine(projectDirectory, DefaultFolder);

    public string NewsletterHtml => Path.ChangeExtension(Newsletter, ".html");

    public string NewsletterPdf => Path.ChangeExtension(Newsletter, ".pdf");

    /// <summary>
    /// The formats written (<c>formats:</c>): the documents' (pdf, html, docx) and the results' (xlsx, json), in the
    /// order of <see cref="Publishing.Outputs.OutputCatalog.FormatNames"/>; the Markdown article, the CSV table, the
    /// charts and the manifest are always written.
    /// </summary>
    public IReadOnlyList<string> Formats { get; init; } = Publishing.Outputs.OutputCatalog.FormatNames;

    /// <summary>Whether the format named <paramref name="format"/> is written.</summary>
    public bool Writes(string format) => Formats.Contains(format, StringComparer.Ordinal);
}

/// <summary>The period the documents speak of, and the wave of the data it selects (the latest wave when null).</summary>
public sealed record PeriodDefinition(string Label, string? Wave)
{
    /// <summary>Where the wave is named in the project file, for messages.</summary>
    public Diagnostics.SourceLocation? WaveLocation { get; init; }
}

/// <summary>How the sample was drawn and interviewed, in the words of the method note.</summary>
public sealed record SampleDescription(string? Description, string? Mode, string? Fieldwork);
