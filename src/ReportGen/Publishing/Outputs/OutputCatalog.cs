using System.Text;
using ReportGen.Charts;
using ReportGen.Definitions;
using ReportGen.Documents;

namespace ReportGen.Publishing.Outputs;

/// <summary>One output of a document set: the names it writes and how it makes them from the set's context.</summary>
/// <param name="Names">The files it writes (for a group, such as the charts, the folder).</param>
/// <param name="Write">Makes its files; may write none (no comments, no quotes file).</param>
public sealed record OutputUnit(IReadOnlyList<string> Names, Func<DocumentSetContext, IEnumerable<Manifest.Entry>> Write);

/// <summary>
/// Every output a build writes, listed in one place and in the order the manifest lists them: the article's Markdown,
/// each document in each format the project chose, the indicator table, the results, the comments' files and the
/// charts. The build runs the list; a new format is a renderer (<see cref="DocumentFormats"/>) or a line here.
/// </summary>
public static class OutputCatalog
{
    /// <summary>The formats a project can choose (<c>outputs: formats:</c>), documents first, then results; all by default.</summary>
    public static IReadOnlyList<string> FormatNames { get; } = [.. DocumentFormats.All.Select(f => f.Name), .. ResultFormats.Select(r => r.Name)];

    /// <summary>The results' formats: the figures for spreadsheets, and for programs with the schema that describes them.</summary>
    private static IReadOnlyList<(string Name, OutputUnit Unit)> ResultFormats =>
    [
        ("xlsx", Single(Results.ResultsWorkbook.OutputName, c => Results.ResultsWorkbook.Write(c.Results))),
        ("json", new OutputUnit([Results.ResultsJson.OutputName, Results.ResultsJson.SchemaFile], c =>
            [new Manifest.Entry(Results.ResultsJson.OutputName, Results.ResultsJson.Write(c.Results, c.GeneratorVersion)), new Manifest.Entry(Results.ResultsJson.SchemaFile, Results.ResultsJson.Schema())])),
    ];

    public const string QuotesFile = "quotes.md";

    public const string ChartsFolder = "charts";

    /// <summary>The outputs of a set for <paramref name="outputs"/>, in order; the manifest, made from all of them, is written after.</summary>
    public static IReadOnlyList<OutputUnit> For(OutputsDefinition outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        var formats = DocumentFormats.All.Where(f => outputs.Writes(f.Name)).ToList();
        var units = new List<OutputUnit>
        {
            Single(outputs.Newsletter, c => Encoding.UTF8.GetBytes(c.Article)),
        };
        units.AddRange(formats.Select(f => Single(Path.ChangeExtension(outputs.Newsletter, f.Extension), c => f.Write(c.Newsletter, c.Options))));
        units.AddRange(formats.Select(f => Single(Path.ChangeExtension(outputs.Evidence, f.Extension), c => f.Write(c.Evidence, c.Options))));
        units.Add(Single(outputs.Table, c => IndicatorTableWriter.Write(c.Results.Project.Catalog, c.Results.Estimates)));
        units.AddRange(ResultFormats.Where(r => outputs.Writes(r.Name)).Select(r => r.Unit));
        units.Add(new OutputUnit([QuotesFile, Verbatims.CodingFile.FileName], Comments));
        units.Add(new OutputUnit([ChartsFolder], c => ChartExports(c.Charts.Exports)));
        return units;
    }

    /// <summary>Every name a build may write into an output folder with <paramref name="outputs"/>, the manifest's included.</summary>
    public static IReadOnlyList<string> Names(OutputsDefinition outputs) => [.. For(outputs).SelectMany(u => u.Names), Manifest.FileName];

    private static OutputUnit Single(string name, Func<DocumentSetContext, byte[]> write) => new([name], c => [new Manifest.Entry(name, write(c))]);

    /// <summary>The candidate quotes and the coding of each comment, when the project has comments.</summary>
    private static IEnumerable<Manifest.Entry> Comments(DocumentSetContext context)
    {
        if (context.Results.Verbatims is { } coded)
        {
            yield return new Manifest.Entry(QuotesFile, Encoding.UTF8.GetBytes(Verbatims.QuoteFile.Write(coded.Tally, coded.Tally.RuleSetVersion)));
            yield return new Manifest.Entry(Verbatims.CodingFile.FileName, Verbatims.CodingFile.Write(coded.Tally));
        }
    }

    /// <summary>The charts for the magazine's layout tools: vectors, and a 300 dpi bitmap, in the order given.</summary>
    private static List<Manifest.Entry> ChartExports(IEnumerable<(string Name, IChart? Chart)> charts)
    {
        var files = new List<Manifest.Entry>();
        foreach (var (name, chart) in charts)
        {
            if (chart is not null)
            {
                var size = chart.PreferredSize(ChartExportWidth);
                files.Add(new Manifest.Entry($"{ChartsFolder}/{name}.svg", Encoding.UTF8.GetBytes(chart.ToSvg((int)size.Width, (int)size.Height))));
                files.Add(new Manifest.Entry($"{ChartsFolder}/{name}.png", chart.ToPng((int)size.Width, (int)size.Height)));
            }
        }

        return files;
    }

    /// <summary>The width of the exported chart, in points (about 17 cm, a magazine column pair).</summary>
    private const int ChartExportWidth = 480;
}
