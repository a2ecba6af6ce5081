using System.Text;
using ReportGen.Documents.Layout;
using SkiaSharp;
using UglyToad.PdfPig;

namespace ReportGen.Tests.Documents.Layout;

/// <summary>
/// The PDF's links and destinations, drawn with data held through the native call (SkiaSharp's string overloads leave
/// theirs to the finalizer, which corrupted the heap of parallel builds: docs/charts-crash.md).
/// </summary>
public sealed class PdfAnnotationsTests
{
    [Fact]
    public void A_value_is_its_ASCII_bytes_and_a_written_terminating_NUL()
    {
        using var data = PdfAnnotations.CString("section-2");
        Assert.Equal([.. "section-2"u8, 0], data.ToArray());
        using var empty = PdfAnnotations.CString("");
        Assert.Equal([0], empty.ToArray());
    }

    [Theory]
    [InlineData("https://www.hdsh.fr/enquete", "https://www.hdsh.fr/enquete")]
    [InlineData("https://exemple.fr/décryptage", "https://exemple.fr/d%C3%A9cryptage")]
    [InlineData("https://exemple.fr/q?nom=Œuvre&x=1", "https://exemple.fr/q?nom=%C5%92uvre&x=1")]
    [InlineData("https://exemple.fr/😀", "https://exemple.fr/%F0%9F%98%80")]
    public void A_web_address_is_made_ASCII_by_percent_encoding_its_UTF8(string url, string expected) =>
        Assert.Equal(expected, PdfAnnotations.AsciiUrl(url));

    [Fact]
    public void A_pdf_holds_the_link_the_internal_link_and_the_destination()
    {
        var pdf = Pdf(canvas =>
        {
            PdfAnnotations.Destination(canvas, new SKPoint(50, 700), "resultats");
            PdfAnnotations.LinkTo(canvas, SKRect.Create(50, 100, 200, 12), "resultats");
            PdfAnnotations.Url(canvas, SKRect.Create(50, 150, 200, 12), "https://exemple.fr/décryptage");
        });

        using var document = PdfDocument.Open(pdf);
        var links = document.GetPage(1).GetHyperlinks();
        Assert.Contains(links, l => l.Uri == "https://exemple.fr/d%C3%A9cryptage");
        var text = Encoding.Latin1.GetString(pdf);
        Assert.Contains("/resultats", text, StringComparison.Ordinal); // the named destination and the link to it
        Assert.Contains("/Dests", text, StringComparison.Ordinal);
    }

    private static byte[] Pdf(Action<SKCanvas> draw)
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream))
        {
            var canvas = document.BeginPage(595, 842);
            draw(canvas);
            document.EndPage();
            document.Close();
        }

        return stream.ToArray();
    }
}
