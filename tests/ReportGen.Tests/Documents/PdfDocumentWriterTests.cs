using ReportGen.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReportGen.Tests.Documents;

public class PdfDocumentWriterTests
{
    private static readonly DocumentInfo Info = new("Titre du document", null, "Auteur", "Sujet", "mots; clés", "REF-1", "2.0", new DateOnly(2024, 6, 1), "ReportGen test", NumberHeadings: true);

    private static PdfDocument Open(byte[] pdf) => PdfDocument.Open(pdf);

    private static Table LongTable(int rows) => new(
        [new TableColumn("Colonne A", 2), new TableColumn("Colonne B", 1, ParagraphAlignment.Right)],
        [.. Enumerable.Range(1, rows).Select(i => (IReadOnlyList<TableCell>)[$"Ligne {i}", $"{i}"])]);

    [Fact]
    public void Text_is_extractable_with_French_characters_and_no_break_spaces()
    {
        var pdf = PdfDocumentWriter.Write(Info, [new Paragraph("L’Office a interrogé 4\u00A0000 locataires : 85,2\u202F% sont « satisfaits » de l’accueil ; œuvre, Ÿ, €.")]);
        using var document = Open(pdf);
        var text = string.Concat(document.GetPage(1).Letters.Select(l => l.Value));
        Assert.Contains("L’Office", text, StringComparison.Ordinal);
        Assert.Contains("85,2", text, StringComparison.Ordinal);
        Assert.Contains("«", text, StringComparison.Ordinal);
        Assert.Contains("œuvre", text, StringComparison.Ordinal);
        Assert.Contains("€", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_font_is_embedded_Noto_Sans()
    {
        var pdf = PdfDocumentWriter.Write(Info, [new Heading(1, "Titre"), new Paragraph(Run.Bold("gras "), Run.Italic("italique "), new Run("√ − ≤"))]);
        using var document = Open(pdf);
        var fonts = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? "").Distinct().ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Contains("NotoSans", f, StringComparison.Ordinal));
        Assert.Contains(fonts, f => f.Contains("Bold", StringComparison.Ordinal));
        Assert.Contains(fonts, f => f.Contains("Math", StringComparison.Ordinal));
    }

    [Fact]
    public void Metadata_comes_from_the_document_info_never_the_clock()
    {
        var pdf = PdfDocumentWriter.Write(Info, [new Paragraph("x")]);
        using var document = Open(pdf);
        Assert.Equal("Titre du document", document.Information.Title);
        Assert.Equal("Auteur", document.Information.Author);
        Assert.Equal("ReportGen test", document.Information.Creator);
        Assert.StartsWith("D:20240601", document.Information.CreationDate, StringComparison.Ordinal);
        Assert.Equal(pdf, PdfDocumentWriter.Write(Info, [new Paragraph("x")]));
    }

    [Fact]
    public void A_table_spanning_pages_repeats_its_header_and_never_splits_a_row()
    {
        var pdf = PdfDocumentWriter.Write(Info, [new Heading(1, "Tableau"), LongTable(120)]);
        using var document = Open(pdf);
        Assert.True(document.NumberOfPages >= 3);
        var seen = new List<int>();
        foreach (var page in document.GetPages())
        {
            var words = page.GetWords().Select(w => w.Text).ToList();
            Assert.Contains("Colonne", words);
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

    [Fact]
    public void Nothing_is_drawn_outside_the_margins_except_the_header_and_footer()
    {
        var blocks = new List<Block> { new Heading(1, "Titre long"), new Paragraph(string.Join(' ', Enumerable.Repeat("mot-composé très-long texte", 400))), LongTable(60) };
        using var document = Open(PdfDocumentWriter.Write(Info, blocks));
        foreach (var page in document.GetPages())
        {
            Assert.NotEmpty(page.Letters);
            foreach (var letter in page.Letters)
            {
                var box = letter.BoundingBox;
                Assert.InRange(box.Left, DocumentTheme.MarginLeft - 0.5, DocumentTheme.PageWidth - DocumentTheme.MarginRight + 0.5);
                Assert.InRange(box.Right, DocumentTheme.MarginLeft - 0.5, DocumentTheme.PageWidth - DocumentTheme.MarginRight + 0.5);
                var top = DocumentTheme.PageHeight - box.Top;
                var inBody = top >= DocumentTheme.MarginTop - 2 && DocumentTheme.PageHeight - box.Bottom <= DocumentTheme.PageHeight - DocumentTheme.MarginBottom + 2;
                var inFurniture = top < DocumentTheme.MarginTop - 12 || DocumentTheme.PageHeight - box.Bottom > DocumentTheme.PageHeight - DocumentTheme.MarginBottom + 10;
                Assert.True(inBody || inFurniture, $"'{letter.Value}' at {box} on page {page.Number}");
            }
        }
    }

    [Fact]
    public void Pages_are_numbered_n_of_N_with_title_and_reference()
    {
        using var document = Open(PdfDocumentWriter.Write(Info, [LongTable(100)]));
        var count = document.NumberOfPages;
        foreach (var page in document.GetPages())
        {
            var text = page.Text;
            Assert.Contains($"page {page.Number} / {count}", text, StringComparison.Ordinal);
            Assert.Contains("REF-1", text, StringComparison.Ordinal);
            Assert.Contains("Titre du document", text, StringComparison.Ordinal);
            Assert.Contains("Version 2.0 du 1er juin 2024", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Headings_are_numbered_listed_in_the_contents_with_their_page_and_bookmarked()
    {
        var blocks = new List<Block>
        {
            new Heading(1, "Sommaire", Plain: true),
            new TableOfContents(),
            new Heading(1, "Première partie"),
            new Heading(2, "Détail"),
            new PageBreak(),
            new Heading(1, "Seconde partie"),
        };
        using var document = Open(PdfDocumentWriter.Write(Info, blocks));
        Assert.Equal(2, document.NumberOfPages);
        var contents = document.GetPage(1).Text;
        Assert.Contains("1 Première partie", contents.Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("1.1 Détail", contents.Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("2 Seconde partie", contents.Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks.GetNodes().Select(n => n.Title).ToList();
        Assert.Equal(["Sommaire", "1 Première partie", "1.1 Détail", "2 Seconde partie"], titles);
    }

    [Fact]
    public void Lines_break_at_spaces_but_never_at_no_break_spaces()
    {
        var sentence = string.Join(' ', Enumerable.Repeat("Au total 85,2\u202F% de 4\u00A0000 locataires", 30));
        using var document = Open(PdfDocumentWriter.Write(Info, [new Paragraph(sentence)]));
        var lines = document.GetPage(1).GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom)).Select(g => string.Join(' ', g.Select(w => w.Text))).ToList();
        Assert.True(lines.Count > 3);
        Assert.DoesNotContain(lines, l => l.EndsWith("85,2", StringComparison.Ordinal) || l.EndsWith(" 4", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_character_of_the_evidence_pack_has_a_glyph()
    {
        var blocks = ReportGen.Publishing.EvidencePack.Compose(ReportBuilder.Check(TestSupport.Repo.Path("data", "reportgen.yaml")), [], "test", null);
        var texts = blocks.SelectMany(Texts).ToList();
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.True(ReportGen.Documents.Layout.TextEngine.CanDraw(t), $"no glyph for a character of: {t}"));
    }

    private static IEnumerable<string> Texts(Block block) => block switch
    {
        Heading h => [h.Text],
        Paragraph p => p.Runs.Select(r => r.Text),
        ListBlock l => l.Items.SelectMany(i => i.Select(r => r.Text)),
        Table t => t.Columns.Select(c => c.Header).Concat(t.Rows.SelectMany(r => r.SelectMany(c => c.Runs.Select(x => x.Text)))),
        TitleBlock t => new[] { t.Title, t.Subtitle, t.Details }.OfType<string>(),
        KeyFigureBox k => k.Figures.SelectMany(f => new[] { f.Figure, f.Text }),
        _ => [],
    };
}
