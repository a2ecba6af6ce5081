using DocumentFormat.OpenXml.Wordprocessing;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using WordRun = DocumentFormat.OpenXml.Wordprocessing.Run;

namespace ReportGen.Documents.Docx;

/// <summary>
/// The header and footer of every page, as the PDF's: the title and the reference above a rule; below one, the
/// version and its date, and « page n / N » from Word's PAGE and NUMPAGES fields.
/// </summary>
internal static class DocxFurniture
{
    public static Header Header(DocumentInfo info) => new(new WordParagraph(
        new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.Header } },
        DocxRuns.Text(info.Title),
        new WordRun(new TabChar()),
        DocxRuns.Text(info.Reference)));

    public static Footer Footer(DocumentInfo info) => new(new WordParagraph(
        new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.Footer } },
        DocxRuns.Text($"Version {info.Version} du {Publishing.FrenchFormat.Date(info.Date)}"),
        new WordRun(new TabChar()),
        DocxRuns.Text("page "),
        new SimpleField(DocxRuns.Text("1")) { Instruction = " PAGE " },
        DocxRuns.Text(" / "),
        new SimpleField(DocxRuns.Text("1")) { Instruction = " NUMPAGES " }));
}
