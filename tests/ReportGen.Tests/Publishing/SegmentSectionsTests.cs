using ReportGen.Analysis;
using ReportGen.Documents;
using ReportGen.Publishing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using static ReportGen.Tests.TestSupport.WaveSamples;

namespace ReportGen.Tests.Publishing;

/// <summary>The heat tables of results per agency and per residence.</summary>
public sealed class SegmentSectionsTests
{
    /// <summary>Three agencies against the sample office: Nord on 400 answers, Est on 20 (a low base), Sud on 8 (suppressed).</summary>
    private static SegmentResults Agencies()
    {
        var office = Sample.Value.Estimates;
        return new SegmentResults("agence", "agences", "agence",
        [
            new SegmentValueResults("Agence Est", 20, [.. office.Select(e => Estimate(e.IndicatorId, 0.6, 20))]),
            new SegmentValueResults("Agence Nord", 400, [.. office.Select(e => Estimate(e.IndicatorId, 0.68, 400))]),
            new SegmentValueResults("Agence Sud", 8, [.. office.Select(e => Suppressed(e.IndicatorId, 8))]),
        ]);
    }

    private static string Text(TableCell cell) => string.Concat(cell.Runs.Select(r => r.Text));

    private static string Text(Paragraph paragraph) => string.Concat(paragraph.Runs.Select(r => r.Text));

    private static Table HeatTable() => SegmentSections.HeatTable(Sample.Value, Agencies()).OfType<Table>().Last();

    [Theory]
    // Wilson 95 % intervals at n = 400: 68 % → [63,3; 72,3], 75 % → [70,5; 79,0], 78 % → [73,7; 81,7], 86 % → [82,3; 89,1],
    // 95 % → [92,4; 96,7]; at n = 20, 60 % → [38,7; 78,1]. The office is at 80 %.
    [InlineData(0.68, 400, "FarBelow")]
    [InlineData(0.75, 400, "Below")]
    [InlineData(0.78, 400, null)]
    [InlineData(0.86, 400, "Above")]
    [InlineData(0.95, 400, "FarAbove")]
    [InlineData(0.60, 20, "FarBelow")]
    public void A_cell_is_coloured_only_when_the_office_lies_outside_its_interval_deeper_from_ten_points(double p, int n, string? expected)
    {
        var fill = SegmentSections.FillFor(Estimate("accueil", p, n), 0.80);

        var colour = expected switch
        {
            "FarBelow" => SegmentSections.FarBelow,
            "Below" => SegmentSections.Below,
            "Above" => SegmentSections.Above,
            "FarAbove" => SegmentSections.FarAbove,
            _ => (SkiaSharp.SKColor?)null,
        };
        Assert.Equal(colour, fill);
    }

    [Fact]
    public void Suppressed_cells_and_a_missing_office_figure_have_no_colour()
    {
        Assert.Null(SegmentSections.FillFor(Suppressed("accueil", 8), 0.8));
        Assert.Null(SegmentSections.FillFor(Estimate("accueil", 0.5, 400), null));
    }

    [Fact]
    public void Rows_are_the_office_then_each_value_and_columns_the_indicators_written_upwards()
    {
        var table = HeatTable();
        var catalog = Sample.Value.Project.Catalog;

        // The shares, then the sample's score and net score, each named with its unit.
        Assert.Equal(["Agence", "Répondants", .. catalog.Shares.Select(i => FrenchFormat.Typography(i.Label)), "Note globale (/10)", "Recommandation (score net)"], table.Columns.Select(c => c.Header));
        Assert.All(table.Columns.Skip(1), c => Assert.True(c.RotatedHeader));
        Assert.False(table.Columns[0].RotatedHeader);
        Assert.Equal(["Ensemble de l’Office", "Agence Est", "Agence Nord", "Agence Sud"], table.Rows.Select(r => Text(r[0])));
        Assert.Equal(FrenchFormat.Count(Sample.Value.Survey.Respondents), Text(table.Rows[0][1]));
        Assert.Equal(FrenchFormat.Number(Sample.Value.Estimates[0].Satisfied!.Value * 100, 0), Text(table.Rows[0][2]));
        Assert.All(table.Rows[0].Skip(2), c => Assert.Null(c.Fill));
    }

    [Fact]
    public void Suppressed_cells_are_a_dash_and_low_bases_italic_with_a_dagger()
    {
        var table = HeatTable();
        var shares = Sample.Value.Estimates.Count;

        // The share columns; the agencies made up here have no scores, so their score columns are « — » (EvidencePackScoresTests covers those).
        Assert.All(table.Rows[3].Skip(2), c =>
        {
            Assert.Equal("—", Text(c));
            Assert.Null(c.Fill);
        });
        Assert.All(table.Rows[1].Skip(2).Take(shares), c =>
        {
            Assert.Equal("60†", Text(c));
            Assert.True(c.Runs.Single().Style!.Italic);
        });
        Assert.All(table.Rows[2].Skip(2).Take(shares), c => Assert.False(c.Runs.Single().Style!.Italic));
    }

    [Fact]
    public void Each_cell_is_coloured_against_the_office_figure_of_its_indicator()
    {
        var table = HeatTable();
        var office = Sample.Value.Estimates;
        var nord = Agencies().Values[1];

        for (var i = 0; i < office.Count; i++)
        {
            Assert.Equal(SegmentSections.FillFor(nord.Estimates[i], office[i].Satisfied), table.Rows[2][i + 2].Fill);
        }

        // 68 % on 400 answers lies more than ten points under every office figure of the sample but two.
        Assert.Contains(table.Rows[2], c => c.Fill == SegmentSections.FarBelow);
    }

    [Fact]
    public void The_legend_explains_the_colours_and_the_thresholds()
    {
        var blocks = SegmentSections.HeatTable(Sample.Value, Agencies()).ToList();

        var heading = Assert.IsType<Heading>(blocks[0]);
        Assert.Equal("Résultats par agence", heading.Text);
        var texts = string.Join(" ", blocks.OfType<Paragraph>().Select(Text));
        Assert.Contains("3 agences (colonne « agence »), de 8 à 400 répondants", texts, StringComparison.Ordinal);
        Assert.Contains("intervalle de confiance à 95\u202F%", texts, StringComparison.Ordinal);
        Assert.Contains("à partir de 10 points", texts, StringComparison.Ordinal);
        Assert.Contains("imprimé en gris", texts, StringComparison.Ordinal);
        Assert.Contains("† (en italique) : base effective inférieure à 30", texts, StringComparison.Ordinal);
        Assert.Contains("— : moins de 10 réponses", texts, StringComparison.Ordinal);

        var key = blocks.OfType<Table>().First();
        Assert.Equal([SegmentSections.FarBelow, SegmentSections.Below, null, SegmentSections.Above, SegmentSections.FarAbove], key.Rows.Single().Select(c => c.Fill));
    }

    [Fact]
    public void No_section_without_segments_and_one_heat_table_per_segment_otherwise()
    {
        Assert.Empty(SegmentSections.Section(Sample.Value with { Segments = [] }));
        Assert.Empty(SegmentSections.HeatTable(Sample.Value, new SegmentResults("x", "x", "x", [])));

        var blocks = SegmentSections.Section(WithTrendsAndSegments()).ToList();

        Assert.Equal("Résultats par agence et résidence (ISO\u00A09001 §\u00A09.1.3)", Assert.IsType<Heading>(blocks[0]).Text);
        Assert.Equal(["Résultats par agence", "Résultats par résidence"], blocks.OfType<Heading>().Where(h => h.Level == 2).Select(h => h.Text));
    }

    [Fact]
    public void In_the_pdf_the_fills_are_painted_and_the_residence_table_repeats_its_header_on_every_page()
    {
        var results = WithTrendsAndSegments();
        var info = new DocumentInfo("Dossier", null, "Auteur", "Sujet", "mots", "REF", "1.0", new DateOnly(2020, 3, 3), "test", NumberHeadings: true);

        var pdf = PdfDocumentWriter.Write(info, [.. SegmentSections.HeatTable(results, results.Segments[1])]);

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 2);
        var names = results.Segments[1].Values.Select(v => v.Value).ToList();
        foreach (var page in document.GetPages())
        {
            var rotated = string.Concat(page.Letters.Where(l => l.TextOrientation is TextOrientation.Rotate90 or TextOrientation.Rotate270).Select(l => l.Value));
            Assert.Contains("Répondants", rotated, StringComparison.Ordinal);
            Assert.Contains("Ensemble", page.Text, StringComparison.Ordinal); // the colour key or the office row
        }

        var fills = document.GetPages().SelectMany(p => p.Paths).Where(p => p.IsFilled && p.FillColor is not null).Select(p => p.FillColor!.ToRGBValues()).ToList();
        Assert.Contains(fills, c => Math.Abs((c.r * 255) - SegmentSections.FarBelow.Red) < 1 && Math.Abs((c.g * 255) - SegmentSections.FarBelow.Green) < 1);
        var text = Charts.ChartSamples.Normalize(string.Concat(document.GetPages().Select(p => p.Text)));
        Assert.Contains("†", text, StringComparison.Ordinal);
        Assert.All(names, n => Assert.Contains(Charts.ChartSamples.Normalize(n), text, StringComparison.Ordinal));
    }
}
