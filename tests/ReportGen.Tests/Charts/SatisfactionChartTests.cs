using System.Buffers.Binary;
using System.Xml.Linq;
using ReportGen.Analysis;
using ReportGen.Charts;
using ReportGen.Documents;
using ReportGen.Publishing;
using ReportGen.Tests.TestSupport;
using SkiaSharp;
using UglyToad.PdfPig;

namespace ReportGen.Tests.Charts;

/// <summary>The "satisfaction by indicator" chart, drawn from the sample project in data/.</summary>
public sealed class SatisfactionChartTests
{
    private const int Width = 480;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly Lazy<SurveyResults> Sample = new(() => ReportBuilder.Check(Repo.Path("data", "reportgen.yaml")));

    private static SatisfactionChart SampleChart() => SatisfactionChart.FromEstimates(Sample.Value)!;

    private static int SampleHeight(SatisfactionChart chart) => (int)chart.PreferredSize(Width).Height;

    private static IReadOnlyList<string> SampleLabels() =>
        [.. Sample.Value.Project.Catalog.Shares.Select(i => FrenchFormat.Typography(i.Label))];

    [Fact]
    public void FromEstimates_keeps_the_published_indicators_in_file_order_with_their_french_labels()
    {
        var results = Sample.Value;
        var catalog = results.Project.Catalog;
        var first = catalog.Indicators[0];
        var renamed = results with
        {
            Project = results.Project with
            {
                Catalog = catalog with { Indicators = [first with { Label = "Accueil de l'Office" }, .. catalog.Indicators.Skip(1)] },
            },
            Estimates = [.. results.Estimates.Select((e, i) => i == 2 ? e with { Suppressed = true, Satisfied = null, Interval = null } : e)],
        };

        var chart = SatisfactionChart.FromEstimates(renamed)!;

        var expected = catalog.Shares.Where((_, i) => i != 2).Select(i => FrenchFormat.Typography(i.Label)).ToList();
        expected[0] = "Accueil de l’Office";
        Assert.Equal(expected, chart.Bars.Select(b => b.Label));
        Assert.Equal(results.Estimates[0].Satisfied, chart.Bars[0].Value);
        Assert.Equal(results.Estimates[0].Interval!.Value.Lower, chart.Bars[0].Low);
        Assert.Equal(results.Estimates[0].Interval!.Value.Upper, chart.Bars[0].High);
        Assert.Equal(results.Estimates[0].Target, chart.Bars[0].Target);
    }

    [Fact]
    public void Svg_shows_every_indicator_label_and_the_values_in_french()
    {
        var chart = SampleChart();
        var texts = SvgTexts(chart.ToSvg(Width, SampleHeight(chart)));

        foreach (var label in SampleLabels())
        {
            Assert.Contains(label, texts);
        }

        // Skia writes the narrow no-break space as it is, in UTF-8, not as an entity.
        Assert.Contains("85,2\u202F%", texts);
        Assert.Contains("53,3\u202F%", texts);
        Assert.Contains("0\u202F%", texts);
        Assert.Contains("100\u202F%", texts);
        Assert.Contains("objectif", texts);
        Assert.Contains("intervalle de confiance à 95\u202F%", texts);
        Assert.DoesNotContain(texts, t => t.Contains('.', StringComparison.Ordinal));
    }

    [Fact]
    public void Svg_names_only_the_noto_sans_family_and_draws_no_background()
    {
        var chart = SampleChart();
        var svg = XDocument.Parse(chart.ToSvg(Width, SampleHeight(chart)));

        var families = svg.Descendants().Select(e => (string?)e.Attribute("font-family")).OfType<string>().Distinct().ToList();
        Assert.Equal([FontSet.Family], families);

        // A rectangle with no fill is black in SVG: only clip paths may have one.
        Assert.DoesNotContain(svg.Descendants(Svg + "rect"), r => r.Attribute("fill") is null && r.Parent?.Name != Svg + "clipPath");
    }

    [Fact]
    public void Png_has_the_pixel_size_of_its_resolution_and_says_it()
    {
        var chart = SampleChart();

        var png = chart.ToPng(Width, 280);

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(2000, bitmap.Width);
        Assert.Equal(1167, bitmap.Height);
        var pHYs = png.AsSpan().IndexOf("pHYs"u8);
        Assert.True(pHYs > 0);
        Assert.Equal(11811u, BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pHYs + 4)));
        Assert.Equal(11811u, BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pHYs + 8)));
        Assert.Equal(1, png[pHYs + 12]);

        using var at150 = SKBitmap.Decode(chart.ToPng(Width, 280, dpi: 150));
        Assert.Equal(1000, at150.Width);
    }

    [Fact]
    public void The_same_bars_give_the_same_bytes()
    {
        var first = SampleChart();
        var second = new SatisfactionChart([.. first.Bars], first.ConfidenceLevel, first.BenchmarkName);
        var height = SampleHeight(first);

        Assert.Equal(first.ToSvg(Width, height), second.ToSvg(Width, height));
        Assert.Equal(first.ToPng(Width, height), second.ToPng(Width, height));
        Assert.Equal(Pdf(first, Width, height), Pdf(second, Width, height));
    }

    [Fact]
    public void Charts_drawn_at_once_on_several_threads_are_the_same()
    {
        var chart = SampleChart();
        var height = SampleHeight(chart);
        var expected = chart.ToPng(Width, height, dpi: 150);
        var expectedSvg = chart.ToSvg(Width, height);

        var pngs = new byte[8][];
        var svgs = new string[8];
        Parallel.For(0, 8, i =>
        {
            pngs[i] = chart.ToPng(Width, height, dpi: 150);
            svgs[i] = chart.ToSvg(Width, height);
        });

        Assert.All(pngs, png => Assert.Equal(expected, png));
        Assert.All(svgs, svg => Assert.Equal(expectedSvg, svg));
    }

    [Fact]
    public void Pdf_text_is_in_the_embedded_noto_sans_and_extracts()
    {
        var chart = SampleChart();
        var height = SampleHeight(chart);

        using var document = PdfDocument.Open(Pdf(chart, Width, height));
        var page = document.GetPage(1);

        Assert.NotEmpty(page.Letters);
        Assert.All(page.Letters, l => Assert.Contains("NotoSans", l.FontName, StringComparison.Ordinal));
        var text = Normalize(page.Text);
        foreach (var label in SampleLabels())
        {
            Assert.Contains(Normalize(label), text, StringComparison.Ordinal);
        }

        Assert.Contains("85,2%", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ScottPlot_answers_noto_sans_with_the_embedded_typefaces_once_registered_from_any_thread()
    {
        Parallel.For(0, 16, _ => ChartFonts.EnsureRegistered());

        Assert.Single(ScottPlot.Fonts.FontResolvers, r => r.GetType().DeclaringType == typeof(ChartFonts));
        Assert.Same(FontSet.Shared.Regular, ScottPlot.Fonts.GetTypeface(FontSet.Family, bold: false, italic: false));
        Assert.Same(FontSet.Shared.Bold, ScottPlot.Fonts.GetTypeface(FontSet.Family, bold: true, italic: false));
        Assert.Same(FontSet.Shared.Italic, ScottPlot.Fonts.GetTypeface(FontSet.Family, bold: false, italic: true));
        Assert.Same(FontSet.Shared.BoldItalic, ScottPlot.Fonts.GetTypeface(FontSet.Family, bold: true, italic: true));
    }

    [Fact]
    public void Labels_values_and_legend_lie_inside_the_chart_at_480_pt()
    {
        var chart = SampleChart();
        var size = chart.PreferredSize(Width);

        var layout = chart.ComputeLayout(size.Width, size.Height);

        Assert.Equal(chart.Bars.Count, layout.LabelRects.Count);
        Assert.All(layout.LabelRects, r => AssertInside(layout.Bounds, r));
        Assert.All(layout.LabelRects, r => Assert.True(r.Right < layout.DataRect.Left));
        Assert.All(layout.ValueRects, r => AssertInside(layout.Bounds, r));
        AssertInside(layout.Bounds, layout.LegendRect);
        Assert.True(layout.LegendRect.Bottom < layout.DataRect.Top);
        Assert.All(layout.Labels, l => Assert.DoesNotContain('\n', l));
    }

    [Fact]
    public void Every_drawn_letter_lies_inside_the_chart()
    {
        // Drawn on a page exactly the chart's size: a clipped label would have letters past its edges.
        var bars = SampleChart().Bars.Select((b, i) => i == 9 ? b with { LowBase = true } : b).ToList();
        var chart = new SatisfactionChart(bars);
        var height = (int)chart.PreferredSize(Width).Height;

        using var document = PdfDocument.Open(Pdf(chart, Width, height));
        var page = document.GetPage(1);

        Assert.Contains("Délaidetraitementdesdemandes(basefaible)", Normalize(page.Text), StringComparison.Ordinal);
        Assert.All(page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)), l =>
        {
            Assert.InRange(l.BoundingBox.Left, 0, Width);
            Assert.InRange(l.BoundingBox.Right, 0, Width);
            Assert.InRange(l.BoundingBox.Bottom, 0, height);
            Assert.InRange(l.BoundingBox.Top, 0, height);
        });
    }

    [Fact]
    public void Long_labels_wrap_and_stay_inside_a_narrow_chart()
    {
        var chart = new SatisfactionChart(
        [
            new ChartBar("Qualité de l’intervention des travaux réalisés dans les parties communes", 0.697, 0.678, 0.716, 0.75, LowBase: true),
            new ChartBar("Logement", 0.826, 0.814, 0.838, 0.8, LowBase: false),
        ]);
        var size = chart.PreferredSize(300);

        var layout = chart.ComputeLayout(size.Width, size.Height);

        Assert.Contains('\n', layout.Labels[0]);
        Assert.EndsWith("(base\u00A0faible)", layout.Labels[0], StringComparison.Ordinal);
        Assert.All(layout.LabelRects, r => AssertInside(layout.Bounds, r));
        Assert.True(layout.RowPitch >= 22);
    }

    [Fact]
    public void Low_base_bars_are_marked_in_their_label_and_in_the_legend()
    {
        var chart = new SatisfactionChart([new ChartBar("Logement", 0.826, 0.814, 0.838, null, LowBase: true)]);

        var texts = SvgTexts(chart.ToSvg(Width, 80));

        Assert.Contains("Logement (base\u00A0faible)", texts);
        Assert.Contains("base faible", texts);
        Assert.DoesNotContain("objectif", texts);
    }

    [Fact]
    public void Preferred_height_gives_each_bar_about_22_points()
    {
        var chart = SampleChart();

        var size = chart.PreferredSize(Width);

        Assert.Equal(Width, size.Width);
        Assert.InRange(size.Height, chart.Bars.Count * 22, (chart.Bars.Count * 22) + 60);
    }

    [Fact]
    public void Draw_paints_nothing_outside_its_rectangle()
    {
        var chart = SampleChart();
        using var bitmap = new SKBitmap(700, 400);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Yellow);
            chart.Draw(canvas, new SKRect(100, 50, 100 + Width, 50 + 300));
        }

        foreach (var (x, y) in new[] { (0, 0), (99, 200), (300, 49), (581, 200), (300, 351), (699, 399) })
        {
            Assert.Equal(SKColors.Yellow, bitmap.GetPixel(x, y));
        }

        var drawn = 0;
        for (var y = 50; y < 350; y += 2)
        {
            for (var x = 100; x < 100 + Width; x += 2)
            {
                drawn += bitmap.GetPixel(x, y) == SKColors.Yellow ? 0 : 1;
            }
        }

        Assert.True(drawn > 1000, $"only {drawn} pixels drawn");
    }

    [Fact]
    public void Bars_outside_their_interval_or_zero_to_one_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new SatisfactionChart([]));
        Assert.Throws<ArgumentException>(() => new SatisfactionChart([new ChartBar("A", 0.9, 0.7, 0.8, null, false)]));
        Assert.Throws<ArgumentException>(() => new SatisfactionChart([new ChartBar("A", 0.5, 0.4, 0.6, 1.2, false)]));
        Assert.Throws<ArgumentException>(() => new SatisfactionChart([new ChartBar("A", double.NaN, 0.4, 0.6, null, false)]));
    }

    private static byte[] Pdf(SatisfactionChart chart, int width, int height)
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
            chart.Draw(page, new SKRect(0, 0, width, height));
            document.EndPage();
            document.Close();
        }

        return stream.ToArray();
    }

    private static List<string> SvgTexts(string svg) =>
        [.. XDocument.Parse(svg).Descendants(Svg + "text").Select(t => t.Value.Trim())];

    /// <summary>Text without its spaces, which PDF extraction may or may not give back.</summary>
    private static string Normalize(string text) =>
        new([.. text.Where(c => !char.IsWhiteSpace(c) && c is not '\u202F' and not '\u00A0')]);

    private static void AssertInside(SKRect bounds, SKRect rect)
    {
        Assert.True(rect.Left >= bounds.Left && rect.Right <= bounds.Right && rect.Top >= bounds.Top && rect.Bottom <= bounds.Bottom,
            $"{rect} is not inside {bounds}");
    }
}
