namespace ReportGen.Documents;

/// <summary>
/// A format a document is written in (PDF, HTML, Word): one renderer of the blocks. Documents are composed once, as
/// blocks, and each format writes the same blocks, so every format carries the same content. Adding a format is a
/// folder of <c>Documents/</c> with a class implementing this, listed in <see cref="DocumentFormats.All"/>.
/// </summary>
public interface IDocumentFormat
{
    /// <summary>The format's name, as <c>outputs: formats:</c> of the project file lists it ("pdf").</summary>
    string Name { get; }

    /// <summary>The extension of the files written in it (".pdf").</summary>
    string Extension { get; }

    /// <summary>Writes the document; the same document and options give the same bytes.</summary>
    byte[] Write(ComposedDocument document, DocumentOptions options);
}

/// <summary>A document composed once: what identifies it and its blocks, for every format.</summary>
public sealed record ComposedDocument(DocumentInfo Info, IReadOnlyList<Block> Blocks);

/// <summary>How documents are written, across formats.</summary>
public sealed record DocumentOptions
{
    public static DocumentOptions Default { get; } = new();

    /// <summary>PDF/A-2b for the PDFs (not byte-reproducible: Skia adds a random document id).</summary>
    public bool PdfA { get; init; }
}

/// <summary>The PDF format: the layout layer on SkiaSharp's PDF backend.</summary>
public sealed class PdfFormat : IDocumentFormat
{
    public string Name => "pdf";

    public string Extension => ".pdf";

    public byte[] Write(ComposedDocument document, DocumentOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        return PdfDocumentWriter.Write(document.Info, document.Blocks, options.PdfA);
    }
}

/// <summary>The document formats ReportGen writes, in the order their files are listed.</summary>
public static class DocumentFormats
{
    public static IDocumentFormat Pdf { get; } = new PdfFormat();

    public static IDocumentFormat Html { get; } = new Html.HtmlFormat();

    public static IDocumentFormat Docx { get; } = new Docx.DocxFormat();

    public static IReadOnlyList<IDocumentFormat> All { get; } = [Pdf, Html, Docx];

    /// <summary>The format named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static IDocumentFormat? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
