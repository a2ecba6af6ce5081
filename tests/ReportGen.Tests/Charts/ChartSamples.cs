using System.Xml.Linq;
using ReportGen.Charts;
using SkiaSharp;
using UglyToad.PdfPig;

namespace ReportGen.Tests.Charts;

/// <summary>The sample indicators and irritants of the chart tests, and what the tests read charts with.</summary>
internal static class ChartSamples
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Label, tenants' %, staff's %, importance: tenants from the reference article, the rest plausible.</summary>
    public static readonly IReadOnlyList<(string Label, double Tenant, double Staff, double Importance)> Indicators =
    [
        ("Accueil lors des contacts", 85.2, 86.0, 0.52),
        ("Supports de communication", 89.1, 88.0, 0.41),
        ("Logement", 82.6, 84.5, 0.48),
        ("Équipements du logement", 81.9, 86.7, 0.58),
        ("Propreté des parties communes", 72.8, 76.3, 0.45),
        ("Équipements collectifs", 82.8, 85.0, 0.38),
        ("Qualité de vie dans le quartier", 78.2, 80.1, 0.30),
        ("Qualité de vie dans la résidence", 73.2, 77.8, 0.44),
        ("Qualité des interventions et travaux", 69.7, 84.0, 0.63),
        ("Délai de traitement des demandes", 53.3, 72.0, 0.68),
    ];

    public static IReadOnlyList<MirrorPoint> MirrorPoints() =>
        [.. Indicators.Select(i => new MirrorPoint(i.Label, i.Tenant / 100, i.Staff / 100, Math.Abs(i.Staff - i.Tenant) >= 2.5))];

    public static PriorityMatrixChart PriorityChart() => new(
        [.. Indicators.Select(i => new PriorityPoint(i.Label, i.Tenant / 100, i.Importance))],
        Indicators.Average(i => i.Tenant) / 100,
        Indicators.Average(i => i.Importance));

    public static IReadOnlyList<IrritantBar> Irritants() =>
    [
        new("Traitement des demandes et délais", 142, 0.23),
        new("Maintenance et interventions", 118, 0.19),
        new("Accompagnement et suivi des dossiers", 64, 0.10),
        new("Communication et relations", 51, 0.08),
        new("Propreté des parties communes", 47, 0.08),
        new("Tranquillité et voisinage", 30, 0.05),
        new("Loyer et charges", 22, 0.04),
    ];

    /// <summary>A one-page PDF of the drawing, with fixed dates.</summary>
    public static byte[] Pdf(Action<SKCanvas, SKRect> draw, int width, int height)
    {
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Creation = new DateTime(2020, 3, 3, 0, 0, 0, DateTimeKind.Utc),
            Modified = new DateTime(2020, 3, 3, 0, 0, 0, DateTimeKind.Utc),
        };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            var page = document.BeginPage(width, height);
            draw(page, new SKRect(0, 0, width, height));
            document.EndPage();
            document.Close();
        }

        return stream.ToArray();
    }

    /// <summary>The texts of an SVG, each line of a multi-line label on its own.</summary>
    public static List<string> SvgTexts(string svg) =>
        [.. XDocument.Parse(svg).Descendants(Svg + "text").Select(t => t.Value.Trim())];

    /// <summary>Text without its spaces, which PDF extraction may or may not give back.</summary>
    public static string Normalize(string text) =>
        new([.. text.Where(c => !char.IsWhiteSpace(c) && c is not '\u202F' and not '\u00A0')]);

    /// <summary>Every letter of a PDF page of the drawing is in the embedded Noto Sans and inside the page.</summary>
    public static string AssertPdfLettersInNotoSansAndInside(Action<SKCanvas, SKRect> draw, int width, int height)
    {
        using var document = PdfDocument.Open(Pdf(draw, width, height));
        var page = document.GetPage(1);
        Assert.NotEmpty(page.Letters);
        Assert.All(page.Letters, l => Assert.Contains("NotoSans", l.FontName, StringComparison.Ordinal));
        Assert.All(page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)), l =>
        {
            Assert.InRange(l.BoundingBox.Left, 0, width);
            Assert.InRange(l.BoundingBox.Right, 0, width);
            Assert.InRange(l.BoundingBox.Bottom, 0, height);
            Assert.InRange(l.BoundingBox.Top, 0, height);
        });
        return Normalize(page.Text);
    }

    /// <summary>The number of times <paramref name="needle"/> occurs in <paramref name="text"/>.</summary>
    public static int Occurrences(string text, string needle)
    {
        var count = 0;
        for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    public static void AssertInside(SKRect bounds, SKRect rect) =>
        Assert.True(
            rect.Left >= bounds.Left && rect.Right <= bounds.Right && rect.Top >= bounds.Top && rect.Bottom <= bounds.Bottom,
            $"{rect} is not inside {bounds}");

    public static void AssertPngSize(byte[] png, int width, int height)
    {
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(width, bitmap.Width);
        Assert.Equal(height, bitmap.Height);
        Assert.True(png.AsSpan().IndexOf("pHYs"u8) > 0);
    }
}
