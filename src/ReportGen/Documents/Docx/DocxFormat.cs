using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Documents.Docx;

/// <summary>
/// The Word format: the blocks as a WordprocessingML document the communications and quality teams edit, with
/// named styles, real headings (Word's navigation pane), a table of contents field, tables with repeated header
/// rows, charts as images with alternative text, and the document's properties. The same blocks give the same
/// bytes: every id is counted, every date is the document's, and the zip is normalised.
/// </summary>
public sealed class DocxFormat : IDocumentFormat
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string CoreContentType = "application/vnd.openxmlformats-package.core-properties+xml";

    public string Name => "docx";

    public string Extension => ".docx";

    public byte[] Write(ComposedDocument document, DocumentOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        return Write(document.Info, document.Blocks);
    }

    /// <summary>Writes <paramref name="blocks"/> as a Word document identified by <paramref name="info"/>.</summary>
    public static byte[] Write(DocumentInfo info, IReadOnlyList<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(blocks);
        var headings = HeadingNumbers.Of(blocks, info.NumberHeadings);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // Every relationship id is given: the SDK would draw the ids it makes up at random.
            var main = package.AddNewPart<MainDocumentPart>(MainContentType, "rId1");
            using (var core = new MemoryStream(DocxProperties.Core(info), writable: false))
            {
                package.AddNewPart<CoreFilePropertiesPart>(CoreContentType, "rId2").FeedData(core);
            }

            package.AddNewPart<ExtendedFilePropertiesPart>("rId3").Properties = DocxProperties.App(info);

            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = DocxStyles.Build();
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = DocxSettings.Build();
            var fontTable = main.AddNewPart<FontTablePart>("rIdFonts");
            fontTable.Fonts = DocxSettings.FontTable(DocxFonts.Embed(fontTable));
            main.AddNewPart<HeaderPart>("rIdHeader").Header = DocxFurniture.Header(info);
            main.AddNewPart<FooterPart>("rIdFooter").Footer = DocxFurniture.Footer(info);

            var context = new DocxContext(main, headings);
            var body = new Body([.. new DocxBody(context).Write(blocks)]);
            body.Append(Section());
            var root = new Document(body);
            // Declared once at the root rather than on every drawing and link.
            root.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
            root.AddNamespaceDeclaration("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
            root.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
            root.AddNamespaceDeclaration("pic", "http://schemas.openxmlformats.org/drawingml/2006/picture");
            main.Document = root;
            // After the body, which took one numbering instance per list.
            main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = context.Numbering.Build();
        }

        return DeterministicZip.Normalize(stream.ToArray(), info.Date);
    }

    /// <summary>A4, the PDF's margins, the header and footer on every page.</summary>
    private static SectionProperties Section() => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdHeader" },
        new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" },
        new PageSize { Width = (uint)DocxUnits.Twips(DocumentTheme.PageWidth), Height = (uint)DocxUnits.Twips(DocumentTheme.PageHeight) },
        new PageMargin
        {
            Top = DocxUnits.Twips(DocumentTheme.MarginTop),
            Bottom = DocxUnits.Twips(DocumentTheme.MarginBottom),
            Left = (uint)DocxUnits.Twips(DocumentTheme.MarginLeft),
            Right = (uint)DocxUnits.Twips(DocumentTheme.MarginRight),
            // The header's baseline where the PDF's sits, 26 points above the text; the footer's 30 points below it.
            Header = (uint)DocxUnits.Twips(DocumentTheme.MarginTop - 34),
            Footer = (uint)DocxUnits.Twips(DocumentTheme.MarginBottom - 36),
            Gutter = 0U,
        });
}
