using ReportGen.Documents;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics;

namespace ReportGen.Tests.Documents;

/// <summary>Table cells with a fill of their own, headers written bottom to top, and reference rows repeated with the header.</summary>
public sealed class TableLayoutTests
{
    private static readonly DocumentInfo Info = new("Titre", null, "Auteur", "Sujet", "mots", "REF-1", "1.0", new DateOnly(2024, 6, 1), "ReportGen test");
    private static readonly SKColor Orange = new(0xF4, 0xA5, 0x82);

    /// <summary>Four rows: the second is a zebra row, its second cell filled orange.</summary>
    private static Table Filled() => new(
        [new TableColumn("Nom", 2), new TableColumn("Valeur", 1, ParagraphAlignment.Right)],
        [
            ["un", "1"],
            ["deux", new TableCell([new Run("2")]) { Fill = Orange }],
            ["trois", "3"],
            ["quatre", "4"],
        ]);

    private static List<(PdfPath Path, (double R, double G, double B) Rgb)> FilledPaths(Page page) =>
        [.. page.Paths.Where(p => p.IsFilled && p.FillColor is not null).Select(p => (p, p.FillColor!.ToRGBValues()))];

    private static bool Is(SKColor color, (double R, double G, double B) rgb) =>
        Math.Abs((rgb.R * 255) - color.Red) < 1 && Math.Abs((rgb.G * 255) - color.Green) < 1 && Math.Abs((rgb.B * 255) - color.Blue) < 1;

    [Fact]
    public void A_cell_fill_is_painted_over_its_cell_and_the_zebra_stays_elsewhere()
    {
        using var document = PdfDocument.Open(PdfDocumentWriter.Write(Info, [Filled()]));
        var page = document.GetPage(1);
        var fills = FilledPaths(page);

        var orange = Assert.Single(fills, f => Is(Orange, f.Rgb)).Path.GetBoundingRectangle()!.Value;
        var two = page.GetWords().Single(w => w.Text == "2").BoundingBox;
        var deux = page.GetWords().Single(w => w.Text == "deux").BoundingBox;
        var zebras = fills.Where(f => Is(DocumentTheme.ZebraFill, f.Rgb)).Select(f => f.Path.GetBoundingRectangle()!.Value).ToList();
        Assert.Equal(2, zebras.Count);
        var zebra = Assert.Single(zebras, z => z.Bottom <= deux.Bottom && z.Top >= deux.Top);

        // The orange cell holds its figure, not the row's name; the zebra spans the whole row under it.
        Assert.True(orange.Left <= two.Left && orange.Right >= two.Right && orange.Bottom <= two.Bottom && orange.Top >= two.Top);
        Assert.True(orange.Left > deux.Right);
        Assert.True(zebra.Left <= deux.Left && zebra.Right >= orange.Right);
        Assert.InRange(orange.Width, (DocumentTheme.ContentWidth / 3) - 2, DocumentTheme.ContentWidth / 3);
    }

    [Fact]
    public void Without_fills_a_table_draws_as_before()
    {
        var plain = Filled() with { Rows = [.. Filled().Rows.Select(r => (IReadOnlyList<TableCell>)[.. r.Select(c => c with { Fill = null })])] };

        using var document = PdfDocument.Open(PdfDocumentWriter.Write(Info, [plain]));

        Assert.DoesNotContain(FilledPaths(document.GetPage(1)), f => Is(Orange, f.Rgb));
    }

    [Fact]
    public void A_rotated_header_reads_bottom_to_top_and_the_other_headers_sit_at_its_foot()
    {
        var table = new Table(
            [new TableColumn("Agence", 3), new TableColumn("Qualité des interventions et travaux", 1, ParagraphAlignment.Right) { RotatedHeader = true }],
            [["Agence Nord", "84"], ["Agence Sud", "79"]]);

        using var document = PdfDocument.Open(PdfDocumentWriter.Write(Info, [table]));
        var page = document.GetPage(1);

        var turned = page.Letters.Where(l => l.TextOrientation == TextOrientation.Rotate270 || l.TextOrientation == TextOrientation.Rotate90).ToList();
        Assert.Equal("Qualitédesinterventionsettravaux", string.Concat(turned.Select(l => l.Value)).Replace(" ", "", StringComparison.Ordinal));
        var agence = page.GetWords().First(w => w.Text == "Agence").BoundingBox;
        var nord = page.GetWords().First(w => w.Text == "Nord").BoundingBox;
        var header = turned.Select(l => l.BoundingBox).ToList();

        // The rotated header stands taller than a line, and "Agence" sits at its foot, level with its lowest letters.
        Assert.True(header.Max(r => r.Top) - header.Min(r => r.Bottom) > 40);
        Assert.InRange(agence.Bottom, header.Min(r => r.Bottom) - 8, header.Min(r => r.Bottom) + 8);
        Assert.True(nord.Top < header.Min(r => r.Bottom));
    }

    [Fact]
    public void Header_rows_are_repeated_under_the_header_on_every_page_and_drawn_once_on_the_first()
    {
        var table = new Table(
            [new TableColumn("Nom", 2), new TableColumn("Valeur", 1, ParagraphAlignment.Right)],
            [["Référence", "0"], .. Enumerable.Range(1, 120).Select(i => (IReadOnlyList<TableCell>)[$"Ligne {i}", $"{i}"])])
        {
            HeaderRows = 1,
        };

        using var document = PdfDocument.Open(PdfDocumentWriter.Write(Info, [table]));

        Assert.True(document.NumberOfPages >= 3);
        var seen = new List<int>();
        foreach (var page in document.GetPages())
        {
            var words = page.GetWords().Select(w => w.Text).ToList();
            Assert.Equal(1, words.Count(w => w == "Référence"));
            Assert.True(words.IndexOf("Valeur") < words.IndexOf("Référence"));
            for (var i = 0; i < words.Count - 1; i++)
            {
                if (words[i] == "Ligne" && int.TryParse(words[i + 1], out var n))
                {
                    seen.Add(n);
                }
            }
        }

        Assert.Equal(Enumerable.Range(1, 120), seen);
    }
}
