using ReportGen.Analysis;
using ReportGen.Documents;
using ReportGen.Publishing;
using ReportGen.Tests.TestSupport;
using static ReportGen.Tests.TestSupport.WaveSamples;

namespace ReportGen.Tests.Publishing;

/// <summary>The evidence pack's section on trends across waves, from hand-made trends over the sample's indicators.</summary>
public sealed class TrendSectionsTests
{
    private static readonly string[] Waves = ["2016", "2018", "2020"];

    /// <summary>
    /// Accueil up 3.2 pts (p 0.004, adjusted 0.012), logement down 4.0 pts (p 0.0004, adjusted 0.0016), communication
    /// stable (p 0.3, adjusted 0.6), vie-quartier not tested (2018 suppressed) and at a low base in 2020.
    /// </summary>
    private static SurveyResults Results(MultipleTestingCorrection correction = MultipleTestingCorrection.Holm)
    {
        static List<WaveEstimate> Series(string id, double w2016, double? w2018, double w2020, double n2020 = 1000) =>
        [
            new("2016", Estimate(id, w2016, 1000)),
            new("2018", w2018 is { } p ? Estimate(id, p, 1000) : Suppressed(id, 6)),
            new("2020", Estimate(id, w2020, n2020)),
        ];

        var trends = new TrendResults(Waves, "2020", "2018", correction,
        [
            new IndicatorTrend("accueil", Series("accueil", 0.80, 0.82, 0.852), 3.2, 2.9, 0.004, 0.012, TrendDirection.Up),
            new IndicatorTrend("communication", Series("communication", 0.88, 0.886, 0.891), 0.5, 1.0, 0.3, 0.6, TrendDirection.Stable),
            new IndicatorTrend("logement", Series("logement", 0.87, 0.866, 0.826), -4.0, -3.5, 0.0004, 0.0016, TrendDirection.Down),
            new IndicatorTrend("vie-quartier", Series("vie-quartier", 0.77, null, 0.782, n2020: 25), null, null, null, null, TrendDirection.NotTested),
        ]);
        return Sample.Value with { Trends = trends };
    }

    private static string Text(TableCell cell) => string.Concat(cell.Runs.Select(r => r.Text));

    private static string Text(Paragraph paragraph) => string.Concat(paragraph.Runs.Select(r => r.Text));

    private static Table TrendTable(IEnumerable<Block> blocks) => blocks.OfType<Table>().Single();

    private static IReadOnlyList<TableCell> RowOf(Table table, string label) => table.Rows.Single(r => Text(r[0]) == label);

    [Fact]
    public void No_section_without_trends_or_with_a_single_wave()
    {
        var single = new TrendResults(["2020"], "2020", null, MultipleTestingCorrection.Holm,
            [new IndicatorTrend("accueil", [new WaveEstimate("2020", Sample.Value.Estimates[0])], null, null, null, null, TrendDirection.NotTested)]);

        Assert.Empty(TrendSections.Trends(Sample.Value with { Trends = null }, null));
        Assert.Empty(TrendSections.Trends(Sample.Value with { Trends = single }, null));
    }

    [Fact]
    public void The_table_gives_each_wave_the_change_the_raw_and_adjusted_p_and_the_direction_in_words()
    {
        var table = TrendTable(TrendSections.Trends(Results(), null));

        Assert.Equal(["Indicateur", "2016", "2018", "2020", "Évolution", "p", "p corrigée", "Tendance"], table.Columns.Select(c => c.Header));
        Assert.Equal(["Accueil lors des contacts", "80,0\u202F%", "82,0\u202F%", "85,2\u202F%", "+3,2\u00A0pts", "0,004", "0,012", "en hausse"], RowOf(table, "Accueil lors des contacts").Select(Text));
        Assert.Equal(["Supports de communication", "88,0\u202F%", "88,6\u202F%", "89,1\u202F%", "+0,5\u00A0pt", "0,300", "0,600", "stable"], RowOf(table, "Supports de communication").Select(Text));
        Assert.Equal(["Logement", "87,0\u202F%", "86,6\u202F%", "82,6\u202F%", "−4,0\u00A0pts", "< 0,001", "0,002", "en baisse"], RowOf(table, "Logement").Select(Text));
        Assert.Equal(["Qualité de vie dans le quartier", "77,0\u202F%", "—", "78,2\u202F%†", "—", "—", "—", "non testé"], RowOf(table, "Qualité de vie dans le quartier").Select(Text));
    }

    [Fact]
    public void Called_directions_are_bold_and_low_bases_italic()
    {
        var table = TrendTable(TrendSections.Trends(Results(), null));

        Assert.Equal(RunEmphasis.Bold, RowOf(table, "Accueil lors des contacts")[^1].Runs.Single().Emphasis);
        Assert.Equal(RunEmphasis.Bold, RowOf(table, "Logement")[^1].Runs.Single().Emphasis);
        Assert.Equal(RunEmphasis.None, RowOf(table, "Supports de communication")[^1].Runs.Single().Emphasis);
        Assert.Equal(RunEmphasis.Italic, RowOf(table, "Qualité de vie dans le quartier")[3].Runs.Single().Emphasis);
    }

    [Fact]
    public void The_method_names_the_test_the_correction_the_family_size_and_the_rule()
    {
        var blocks = TrendSections.Trends(Results(), null).ToList();

        var heading = Assert.IsType<Heading>(blocks[0]);
        Assert.Equal(TrendSections.Anchor, heading.Anchor);
        Assert.Contains("§\u00A09.3.2", heading.Text, StringComparison.Ordinal);
        var method = Text(Assert.IsType<Paragraph>(blocks[1]));
        Assert.Contains("2016, 2018 et 2020", method, StringComparison.Ordinal);
        Assert.Contains("test de comparaison de deux proportions", method, StringComparison.Ordinal);
        Assert.Contains("bases effectives de Kish", method, StringComparison.Ordinal);
        Assert.Contains("Les 3 tests forment une famille", method, StringComparison.Ordinal);
        Assert.Contains("méthode de Holm", method, StringComparison.Ordinal);
        Assert.Contains("p-value corrigée est inférieure à 5\u202F%", method, StringComparison.Ordinal);

        var bh = Text(Assert.IsType<Paragraph>(TrendSections.Trends(Results(MultipleTestingCorrection.BenjaminiHochberg), null).ElementAt(1)));
        Assert.Contains("Benjamini–Hochberg", bh, StringComparison.Ordinal);
        Assert.DoesNotContain("Holm,", bh, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_lists_what_rose_fell_held_and_was_not_tested()
    {
        var list = TrendSections.Trends(Results(), null).OfType<ListBlock>().Single();

        var items = list.Items.Select(i => string.Concat(i.Select(r => r.Text))).ToList();
        Assert.Equal(
        [
            "En hausse (1) : accueil lors des contacts (+3,2\u00A0pts).",
            "En baisse (1) : logement (−4,0\u00A0pts).",
            "Stables (1) : supports de communication.",
            "Non testés (1) : qualité de vie dans le quartier.",
        ], items);
    }

    [Fact]
    public void The_chart_follows_the_table_and_its_notes()
    {
        var figure = new Figure(new BlankChart(), "Figure 2 — Évolution");

        var blocks = TrendSections.Trends(Results(), figure).ToList();

        Assert.Same(figure, blocks[^1]);
        Assert.IsType<Table>(blocks[^3]);
        var notes = Text(Assert.IsType<Paragraph>(blocks[^2]));
        Assert.Contains("vague 2020 moins vague 2018", notes, StringComparison.Ordinal);
        Assert.Contains("moins de 10 réponses", notes, StringComparison.Ordinal);
        Assert.Contains("inférieure à 30", notes, StringComparison.Ordinal);
    }

    [Fact]
    public void The_evidence_pack_shows_the_trends_after_the_results_and_points_to_them()
    {
        var blocks = EvidencePack.Compose(Results(), [], "test", null);
        var headings = blocks.OfType<Heading>().Where(h => h.Level == 1).Select(h => h.Anchor).ToList();

        Assert.Equal(headings.IndexOf("resultats") + 1, headings.IndexOf(TrendSections.Anchor));
        var runs = blocks.OfType<ListBlock>().SelectMany(l => l.Items).SelectMany(i => i).Concat(blocks.OfType<Table>().SelectMany(t => t.Rows).SelectMany(r => r).SelectMany(c => c.Runs));
        Assert.Contains(runs, r => r.Link == "#" + TrendSections.Anchor);

        var without = EvidencePack.Compose(Sample.Value with { Trends = null }, [], "test", null);
        Assert.DoesNotContain(without.OfType<Heading>(), h => h.Anchor == TrendSections.Anchor);
    }

    [Fact]
    public void The_pdf_reads_back_with_the_directions_and_adjusted_p_values()
    {
        var info = new DocumentInfo("Dossier", null, "Auteur", "Sujet", "mots", "REF", "1.0", new DateOnly(2020, 3, 3), "test", NumberHeadings: true);

        var pdf = PdfDocumentWriter.Write(info, [.. TrendSections.Trends(Results(), null)]);

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.Contains("Évolution entre vagues", text, StringComparison.Ordinal);
        Assert.Contains("en hausse", text, StringComparison.Ordinal);
        Assert.Contains("en baisse", text, StringComparison.Ordinal);
        Assert.Contains("non testé", text, StringComparison.Ordinal);
        Assert.Contains("0,012", text, StringComparison.Ordinal);
        Assert.Contains("< 0,001", text, StringComparison.Ordinal);
    }

    private sealed class BlankChart : ReportGen.Charts.IChart
    {
        public SkiaSharp.SKSize PreferredSize(float width) => new(width, 100);

        public void Draw(SkiaSharp.SKCanvas canvas, SkiaSharp.SKRect rect)
        {
        }
    }
}
