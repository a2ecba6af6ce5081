using System.Diagnostics;
using System.Globalization;
using PdfSharp.Fonts;
using ReportGen;
using ReportGen.Charts;
using ReportGen.Documents;
using ReportGen.Publishing;

namespace TaggedPdf;

/// <summary>
/// Issue 13 item 7: the sample's newsletter blocks, composed as ReportBuilder.DocumentSet composes them, written
/// as a tagged PDF (PDF/UA-1 intent) with PDFsharp 6.2.4's UniversalAccessibility API, and for comparison with
/// ReportGen's own SkiaSharp writer. Usage: TaggedPdf PROJECT.yaml OUTPUT-FOLDER.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: TaggedPdf PROJECT.yaml OUTPUT-FOLDER");
            return 2;
        }

        var repository = FindRepository(Path.GetFullPath(args[0]));
        GlobalFontSettings.FontResolver = new NotoFontResolver(Path.Combine(repository, "templates", "fonts"));
        Directory.CreateDirectory(args[1]);

        var results = ReportBuilder.Check(args[0]);
        var project = results.Project;
        // The article composed exactly as a build composes it, for every format.
        var context = new ReportGen.Publishing.Outputs.DocumentSetContext(results, [], DocumentOptions.Default, ReportBuilder.GeneratorVersion);
        var confidence = FrenchFormat.Percent(project.Thresholds.ConfidenceLevel, 0);
        var chart = SatisfactionChart.FromEstimates(results, headlineOnly: true) ?? throw new InvalidOperationException("the sample has no headline chart");
        var blocks = context.Newsletter.Blocks.ToList();

        // The article has no table: the chart's figures are added as one (what the HTML version gives beside the
        // chart), so that table tagging (TH with Scope, TD) is exercised.
        blocks.Add(new Heading(2, "Données du graphique", Plain: true));
        blocks.Add(DataTable(chart, confidence));

        var info = context.Newsletter.Info;
        var alt = AltText(chart, blocks.OfType<Figure>().First().Caption);

        // Warm both writers once (fonts, JIT), then the median of five runs of each (the machine is shared: single runs vary).
        var tagged = TaggedNewsletterWriter.Write(info, blocks, alt);
        var skia = PdfDocumentWriter.Write(info, blocks);
        var taggedTime = Median(() => TaggedNewsletterWriter.Write(info, blocks, alt));
        var skiaTime = Median(() => PdfDocumentWriter.Write(info, blocks));
        var again = TaggedNewsletterWriter.Write(info, blocks, alt);

        File.WriteAllBytes(Path.Combine(args[1], "newsletter-tagged.pdf"), tagged);
        File.WriteAllBytes(Path.Combine(args[1], "newsletter-skia.pdf"), skia);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"tagged (PDFsharp): {tagged.Length} bytes in {taggedTime.TotalMilliseconds:F0} ms (median of 5); untagged (SkiaSharp): {skia.Length} bytes in {skiaTime.TotalMilliseconds:F0} ms (median of 5); tagged twice, same bytes: {tagged.AsSpan().SequenceEqual(again)}"));
        return 0;
    }

    private static TimeSpan Median(Func<byte[]> write)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            _ = write();
            times.Add(watch.Elapsed);
        }

        return times.Order().ElementAt(2);
    }

    /// <summary>The chart's figures as a table: one row per bar, its label a row header.</summary>
    private static Table DataTable(SatisfactionChart chart, string confidence)
    {
        var columns = new List<TableColumn>
        {
            new("Indicateur", 3),
            new("Satisfaits", 1, ParagraphAlignment.Right),
            new($"Intervalle de confiance à {confidence}", 2, ParagraphAlignment.Right),
            new("Objectif", 1, ParagraphAlignment.Right),
        };
        var rows = chart.Bars.Select(b => (IReadOnlyList<TableCell>)
        [
            b.Label,
            FrenchFormat.Percent(b.Value),
            $"{FrenchFormat.Percent(b.Low)} – {FrenchFormat.Percent(b.High)}",
            b.Target is { } target ? FrenchFormat.Percent(target, 0) : "—",
        ]).ToList();
        return new Table(columns, rows);
    }

    /// <summary>The chart's alternative text: its own description when it has one, else one made from its bars.</summary>
    private static string AltText(SatisfactionChart chart, string caption)
    {
        if (((IChart)chart).Description is { Length: > 0 } description)
        {
            return description;
        }

        var best = chart.Bars.MaxBy(b => b.Value)!;
        var worst = chart.Bars.MinBy(b => b.Value)!;
        return $"Graphique en barres : {caption} {chart.Bars.Count} indicateurs, de {FrenchFormat.Percent(worst.Value)} ({worst.Label}) à {FrenchFormat.Percent(best.Value)} ({best.Label}). Les valeurs sont dans le tableau « Données du graphique ».";
    }

    private static string FindRepository(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(start)!); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "templates", "fonts")))
            {
                return dir.FullName;
            }
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "templates", "fonts")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("templates/fonts not found above the project or the program");
    }
}
