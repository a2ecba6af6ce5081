using UglyToad.PdfPig;

namespace ReportGen.Tests.TestSupport;

/// <summary>The words of a PDF, pages in order, separated by single spaces: for asserting what a document says.</summary>
internal static class PdfText
{
    public static string Of(string path)
    {
        using var document = PdfDocument.Open(path);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }
}
