using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ReportGen.Documents;
using ReportGen.Documents.Docx;
using ReportGen.Publishing;
using ReportGen.Tests.TestSupport;
using W = DocumentFormat.OpenXml.Wordprocessing;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace ReportGen.Tests.Documents.Docx;

public class DocxFormatTests
{
    private static readonly DocumentInfo Info = new("Titre du document", null, "Auteur", "Sujet", "mots; clés", "REF-1", "2.0", new DateOnly(2024, 6, 1), "ReportGen test", NumberHeadings: true);

    private static readonly Lazy<byte[]> EvidenceFile = new(() => Write(SampleDocuments.Evidence));

    private static readonly Lazy<byte[]> NewsletterFile = new(() => Write(SampleDocuments.Newsletter));

    private static byte[] Write(ComposedDocument document) => DocumentFormats.Find("docx")!.Write(document, DocumentOptions.Default);

    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx, writable: false), false);

    public static TheoryData<string> Samples => ["newsletter", "evidence"];

    private static byte[] Sample(string name) => name == "evidence" ? EvidenceFile.Value : NewsletterFile.Value;

    private static ComposedDocument SampleBlocks(string name) => name == "evidence" ? SampleDocuments.Evidence : SampleDocuments.Newsletter;

    [Fact]
    public void Is_listed_among_the_document_formats()
    {
        var format = Assert.IsType<DocxFormat>(DocumentFormats.Find("DOCX"));
        Assert.Equal(".docx", format.Extension);
        Assert.Contains(format, DocumentFormats.All);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_sample_documents_are_valid_Open_XML(string name)
    {
        using var document = Open(Sample(name));
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Headings_carry_the_pdf_numbers_a_heading_style_with_its_outline_level_and_a_bookmark()
    {
        using var document = Open(EvidenceFile.Value);
        var main = document.MainDocumentPart!;
        var levels = main.StyleDefinitionsPart!.Styles!.Elements<W.Style>()
            .Where(s => s.StyleParagraphProperties?.OutlineLevel is not null)
            .ToDictionary(s => s.StyleId!.Value!, s => s.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        for (var level = 1; level <= 6; level++)
        {
            Assert.Equal(level - 1, levels[$"Heading{level}"]);
        }

        var expected = HeadingNumbers.Of(SampleDocuments.Evidence.Blocks, numberHeadings: true);
        var headings = main.Document!.Body!.Elements<W.Paragraph>()
            .Where(p => p.Descendants<W.BookmarkStart>().Any())
            .ToList();
        Assert.Equal(expected.Count, headings.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Label, headings[i].InnerText);
            var style = headings[i].ParagraphProperties!.ParagraphStyleId!.Val!.Value!;
            if (expected[i].InContents)
            {
                Assert.Equal($"Heading{expected[i].Level}", style);
            }
            else
            {
                // “Sommaire” looks like a heading but stays out of the navigation pane, as out of the PDF's bookmarks.
                Assert.Equal(9, levels[style]);
            }

            // Word takes letters, digits and '_' in a bookmark's name, at most 40 of them.
            var bookmark = expected[i].Anchor.Replace('-', '_');
            Assert.Equal(bookmark.Length > 40 ? bookmark[..40] : bookmark, headings[i].Descendants<W.BookmarkStart>().Single().Name!.Value);
        }

        Assert.Contains(expected, h => h.Number == "8.2");
    }

    [Fact]
    public void Internal_links_point_at_heading_bookmarks_and_only_allowed_schemes_become_external_links()
    {
        var blocks = new Block[]
        {
            new Heading(1, "Plan d’actions", "plan-actions"),
            new Paragraph(new Run("voir le plan", null, "#plan-actions"), new Run(" ; "), new Run("site", null, "https://example.org/a?b=1"),
                new Run(" ; "), new Run("piège", null, "javascript:alert(1)"), new Run(" ; "), new Run("écrire", null, "mailto:qualite@example.org")),
        };
        using var document = Open(DocxFormat.Write(Info, blocks));
        var main = document.MainDocumentPart!;
        var links = main.Document!.Body!.Descendants<W.Hyperlink>().ToList();
        Assert.Equal(3, links.Count);
        Assert.Equal("plan_actions", links[0].Anchor!.Value);
        Assert.Equal("plan_actions", main.Document.Body.Descendants<W.BookmarkStart>().Single().Name!.Value);
        var external = main.HyperlinkRelationships.ToDictionary(r => r.Id, r => r.Uri.OriginalString);
        Assert.Equal("https://example.org/a?b=1", external[links[1].Id!.Value!]);
        Assert.Equal("mailto:qualite@example.org", external[links[2].Id!.Value!]);
        Assert.Equal(2, external.Count);
        Assert.Contains("piège", main.Document.Body.InnerText, StringComparison.Ordinal);
        Assert.DoesNotContain(links, l => l.InnerText == "piège");
    }

    [Fact]
    public void Every_table_repeats_its_header_rows_and_never_splits_a_row()
    {
        using var document = Open(EvidenceFile.Value);
        var tables = document.MainDocumentPart!.Document!.Body!.Elements<W.Table>().ToList();
        var expected = SampleDocuments.Evidence.Blocks.OfType<ReportGen.Documents.Table>().ToList();
        Assert.Equal(expected.Count, tables.Count);
        Assert.Contains(expected, t => t.HeaderRows > 0);
        for (var t = 0; t < tables.Count; t++)
        {
            var rows = tables[t].Elements<W.TableRow>().ToList();
            Assert.Equal(expected[t].Rows.Count + 1, rows.Count);
            Assert.All(rows, r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<W.CantSplit>()));
            // The header row and the rows that go with it (a reference row) repeat on every page; no other row does.
            var repeated = rows.TakeWhile(r => r.TableRowProperties!.GetFirstChild<W.TableHeader>() is not null).Count();
            Assert.Equal(1 + expected[t].HeaderRows, repeated);
            Assert.Equal(1 + expected[t].HeaderRows, rows.Count(r => r.TableRowProperties!.GetFirstChild<W.TableHeader>() is not null));
            Assert.Equal(expected[t].Columns.Select(c => c.Header), rows[0].Elements<W.TableCell>().Select(c => c.InnerText));
            var grid = tables[t].GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Select(g => int.Parse(g.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(9638, grid.Sum());
        }
    }

    [Fact]
    public void Column_widths_follow_the_relative_weights()
    {
        var widths = DocxTables.Widths([new TableColumn("A", 1), new TableColumn("B", 3)]);
        Assert.Equal([2410, 7228], widths);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_chart_is_an_image_described_by_its_chart_and_captioned(string name)
    {
        using var document = Open(Sample(name));
        var body = document.MainDocumentPart!.Document!.Body!;
        var figures = SampleBlocks(name).Blocks.OfType<Figure>().ToList();
        var drawings = body.Descendants<Wp.DocProperties>().ToList();
        Assert.NotEmpty(figures);
        Assert.Equal(figures.Count, drawings.Count);
        Assert.Equal(figures.Count, document.MainDocumentPart.ImageParts.Count());
        for (var i = 0; i < figures.Count; i++)
        {
            var description = figures[i].Chart.Description;
            Assert.Equal(description.Length > 0 ? description : figures[i].Caption, drawings[i].Description!.Value);
            Assert.Equal(figures[i].Caption, drawings[i].Title!.Value);
            var caption = drawings[i].Ancestors<W.Paragraph>().Single().NextSibling<W.Paragraph>()!;
            Assert.Equal("Caption", caption.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
            Assert.Equal(figures[i].Caption, caption.InnerText);
        }

        Assert.Equal(drawings.Count, drawings.Select(d => d.Id!.Value).Distinct().Count());
    }

    [Fact]
    public void The_contents_is_a_TOC_field_prefilled_with_the_headings_and_refreshed_on_opening()
    {
        using var document = Open(EvidenceFile.Value);
        var main = document.MainDocumentPart!;
        var body = main.Document!.Body!;
        var instruction = Assert.Single(body.Descendants<W.FieldCode>(), f => f.Text.Contains("TOC", StringComparison.Ordinal));
        Assert.Equal(" TOC \\o \"1-2\" \\h \\z \\u ", instruction.Text);
        var entries = body.Elements<W.Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "TOC1" or "TOC2").ToList();
        var expected = HeadingNumbers.Of(SampleDocuments.Evidence.Blocks, true).Where(h => h.Level <= 2 && h.InContents).ToList();
        Assert.Equal(expected.Select(h => h.Label + "\u2014"), entries.Select(p => string.Concat(p.Descendants<W.Text>().Select(t => t.Text))));
        Assert.True(main.DocumentSettingsPart!.Settings!.GetFirstChild<W.UpdateFieldsOnOpen>()!.Val!.Value);
    }

    [Fact]
    public void Lists_are_Word_lists_each_numbered_list_counting_from_one()
    {
        var blocks = new Block[]
        {
            new ListBlock([[new Run("un")], [new Run("deux")]], Numbered: true),
            new ListBlock([[new Run("puce")]]),
            new ListBlock([[new Run("premier")]], Numbered: true),
        };
        using var document = Open(DocxFormat.Write(Info, blocks));
        var main = document.MainDocumentPart!;
        var items = main.Document!.Body!.Elements<W.Paragraph>().Where(p => p.ParagraphProperties?.NumberingProperties is not null).ToList();
        Assert.Equal(4, items.Count);
        var ids = items.Select(p => p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value).ToList();
        Assert.Equal(ids[0], ids[1]);
        Assert.Equal(3, ids.Distinct().Count());
        var numbering = main.NumberingDefinitionsPart!.Numbering!;
        string Format(int id)
        {
            var abstractId = numbering.Elements<W.NumberingInstance>().Single(n => n.NumberID!.Value == id).AbstractNumId!.Val!.Value;
            return numbering.Elements<W.AbstractNum>().Single(a => a.AbstractNumberId!.Value == abstractId).Descendants<W.NumberingFormat>().Single().Val!.InnerText!;
        }

        Assert.Equal(["decimal", "decimal", "bullet", "decimal"], ids.Select(Format));
        Assert.All(numbering.Elements<W.NumberingInstance>().Where(n => Format(n.NumberID!.Value) == "decimal"),
            n => Assert.Equal(1, n.Descendants<W.StartOverrideNumberingValue>().Single().Val!.Value));
    }

    [Fact]
    public void Runs_keep_their_emphasis_and_style_over_the_paragraph_style()
    {
        var blocks = new Block[]
        {
            new Paragraph(new Run("normal "), Run.Bold("gras "), Run.Italic("italique "), new Run("petit", new TextStyle(7.5f, Color: DocumentTheme.Muted))),
            new Paragraph([new Run("« citation »")], MarkdownBlocks.QuoteStyle),
        };
        using var document = Open(DocxFormat.Write(Info, blocks));
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>().ToList();
        var runs = paragraphs[0].Elements<W.Run>().ToList();
        Assert.Null(runs[0].RunProperties);
        Assert.NotNull(runs[1].RunProperties!.Bold);
        Assert.NotNull(runs[2].RunProperties!.Italic);
        Assert.Equal("15", runs[3].RunProperties!.FontSize!.Val!.Value);
        Assert.Equal("5F6B76", runs[3].RunProperties!.Color!.Val!.Value);
        Assert.Equal("Quote", paragraphs[1].ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Null(paragraphs[1].Descendants<W.Run>().Single().RunProperties);
    }

    [Fact]
    public void A_page_break_starts_the_next_paragraph_on_a_new_page()
    {
        using var document = Open(DocxFormat.Write(Info, [new Paragraph("avant"), new PageBreak(), new Heading(1, "après")]));
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>().ToList();
        Assert.Equal(2, paragraphs.Count);
        Assert.NotNull(paragraphs[1].ParagraphProperties!.PageBreakBefore);
    }

    [Fact]
    public void The_styles_are_French_Noto_Sans_on_A4_with_the_pdf_margins()
    {
        using var document = Open(DocxFormat.Write(Info, [new Paragraph("x")]));
        var main = document.MainDocumentPart!;
        var defaults = main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("fr-FR", defaults.Languages!.Val!.Value);
        Assert.Equal("Noto Sans", defaults.RunFonts!.Ascii!.Value);
        var styleIds = main.StyleDefinitionsPart.Styles.Elements<W.Style>().Select(s => s.StyleId!.Value).ToList();
        Assert.Superset(new HashSet<string?>(["Title", "Subtitle", "Caption", "Quote", "TOC1", "TOC2", "Heading1", "Heading6"]), new HashSet<string?>(styleIds));
        var section = main.Document!.Body!.GetFirstChild<W.SectionProperties>()!;
        Assert.Equal(11906U, section.GetFirstChild<W.PageSize>()!.Width!.Value);
        Assert.Equal(1134U, section.GetFirstChild<W.PageMargin>()!.Left!.Value);
        Assert.Equal("Titre du document\tREF-1", string.Concat(main.HeaderParts.Single().Header!.Descendants().Select(e => e is W.Text t ? t.Text : e is W.TabChar ? "\t" : "")));
        var footer = main.FooterParts.Single().Footer!;
        Assert.Equal([" PAGE ", " NUMPAGES "], footer.Descendants<W.SimpleField>().Select(f => f.Instruction!.Value));
        Assert.StartsWith("Version 2.0 du 1er juin 2024", footer.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Properties_come_from_the_document_info_never_the_clock()
    {
        using var document = Open(DocxFormat.Write(Info, [new Paragraph("x")]));
        var core = document.PackageProperties;
        Assert.Equal("Titre du document", core.Title);
        Assert.Equal("Sujet", core.Subject);
        Assert.Equal("Auteur", core.Creator);
        Assert.Equal("mots; clés", core.Keywords);
        Assert.Equal("ReportGen test", core.LastModifiedBy);
        Assert.Contains("REF-1", core.Description, StringComparison.Ordinal);
        Assert.Equal(new DateTime(2024, 6, 1), core.Created!.Value.ToUniversalTime().Date);
        Assert.Equal(core.Created, core.Modified);
        Assert.Equal("ReportGen test", document.ExtendedFilePropertiesPart!.Properties!.Application!.Text);
    }

    [Fact]
    public void The_same_blocks_give_the_same_bytes_with_entries_dated_from_the_document()
    {
        var again = Write(SampleDocuments.Evidence);
        Assert.Equal(EvidenceFile.Value, again);
        using var zip = new ZipArchive(new MemoryStream(again), ZipArchiveMode.Read);
        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
        var date = SampleDocuments.Evidence.Info.Date;
        Assert.All(zip.Entries, e => Assert.Equal(date.ToDateTime(TimeOnly.MinValue), e.LastWriteTime.DateTime));
        // No revision ids, which Word would draw at random.
        using var document = Open(again);
        Assert.DoesNotContain("w:rsid", document.MainDocumentPart!.Document!.OuterXml, StringComparison.Ordinal);
    }

    [Fact]
    public void LibreOffice_opens_both_documents_and_their_text_holds_the_figures()
    {
        var soffice = DebianTool.Require("soffice", "libreoffice-writer-nogui");
        var folder = Directory.CreateTempSubdirectory("reportgen-docx-");
        try
        {
            File.WriteAllBytes(Path.Combine(folder.FullName, "newsletter.docx"), NewsletterFile.Value);
            File.WriteAllBytes(Path.Combine(folder.FullName, "evidence.docx"), EvidenceFile.Value);
            var profile = new Uri(Path.Combine(folder.FullName, "profile")).AbsoluteUri;
            var (code, output) = DebianTool.Run(soffice,
                $"-env:UserInstallation={profile} --headless --norestore --convert-to pdf:writer_pdf_Export --outdir {folder.FullName} {folder.FullName}/newsletter.docx {folder.FullName}/evidence.docx");
            Assert.True(code == 0, output);

            var results = SampleDocuments.Results;
            var overall = results.Estimates.Single(e => e.IndicatorId == results.Project.Catalog.OverallId);
            var evidence = PdfText.Of(Path.Combine(folder.FullName, "evidence.pdf")).Replace('\u202F', ' ').Replace('\u00A0', ' ');
            var newsletter = PdfText.Of(Path.Combine(folder.FullName, "newsletter.pdf")).Replace('\u202F', ' ').Replace('\u00A0', ' ');
            // The overall satisfaction as the evidence pack's indicator table prints it, and its base.
            Assert.Contains(FrenchFormat.Percent(overall.Satisfied!.Value).Replace('\u202F', ' '), evidence, StringComparison.Ordinal);
            Assert.Contains(FrenchFormat.Count(overall.ValidBase).Replace('\u00A0', ' ').Replace('\u202F', ' '), evidence, StringComparison.Ordinal);
            Assert.Contains("8.2 Simplifier votre quotidien", evidence, StringComparison.Ordinal);
            Assert.Contains("QUAL-ENQ-2020", evidence, StringComparison.Ordinal);
            foreach (var figure in SampleDocuments.Newsletter.Blocks.OfType<KeyFigureBox>().Single().Figures)
            {
                Assert.Contains(figure.Figure.Replace('\u202F', ' '), newsletter, StringComparison.Ordinal);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
