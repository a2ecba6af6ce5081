using System.Text;

namespace ReportGen.Documents.Html;

/// <summary>
/// The HTML format: one self-contained, accessible page (WCAG 2.1 AA), the RGAA 13.3 alternative of the PDF. Styles
/// and fonts are inline, charts are inline SVG with their description and data table, and nothing is fetched.
/// </summary>
public sealed class HtmlFormat : IDocumentFormat
{
    public string Name => "html";

    public string Extension => ".html";

    public byte[] Write(ComposedDocument document, DocumentOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        return Encoding.UTF8.GetBytes(HtmlDocumentWriter.Write(document.Info, document.Blocks));
    }
}
