namespace ReportGen.Documents.Layout;

/// <summary>Adds bookmarks (the PDF outline) for the headings. Placeholder until the outline writer lands.</summary>
internal static class PdfOutline
{
    public static byte[] Add(byte[] pdf, IReadOnlyList<HeadingEntry> headings, IReadOnlyDictionary<string, int> anchorPages) => pdf;
}
