using System.Xml.Linq;
using ReportGen.Charts;
using static ReportGen.Tests.Charts.ChartSamples;

namespace ReportGen.Tests.Charts;

/// <summary>The "enquête miroir" dumbbell chart, drawn from the sample indicators.</summary>
public sealed class MirrorChartTests
{
    private const int Width = 480;

    private static MirrorChart Chart() => new(MirrorPoints());

    private static int Height(MirrorChart chart) => (int)chart.PreferredSize(Width).Height;

    [Fact]
    public void Gaps_are_staff_minus_tenants_in_french_points()
    {
        Assert.Equal("+18,7\u00A0pts", MirrorChart.FormatGap(0.72, 0.533));
        Assert.Equal("–1,1\u00A0pt", MirrorChart.FormatGap(0.88, 0.891));
        Assert.Equal("+0,8\u00A0pt", MirrorChart.FormatGap(0.86, 0.852));
        Assert.Equal("0,0\u00A0pt", MirrorChart.FormatGap(0.5, 0.5));
    }

    [Fact]
    public void Svg_shows_every_label_the_gaps_and_the_legend()
    {
        var chart = Chart();
        var texts = SvgTexts(chart.ToSvg(Width, Height(chart)));

        foreach (var (label, _, _, _) in Indicators)
        {
            Assert.Contains(label, texts);
        }

        Assert.Contains("+18,7\u00A0pts", texts);
        Assert.Contains("–1,1\u00A0pt", texts);
        Assert.Contains("n.s.", texts);
        Assert.Contains("locataires", texts);
        Assert.Contains("collaborateurs", texts);
        Assert.Contains("50\u202F%", texts);
        Assert.DoesNotContain(texts, t => t.Contains('.', StringComparison.Ordinal) && !t.Contains("n.s.", StringComparison.Ordinal));
    }

    [Fact]
    public void Significant_gaps_are_bold_and_the_others_are_not()
    {
        var chart = Chart();
        var svg = XDocument.Parse(chart.ToSvg(Width, Height(chart)));
        var texts = svg.Descendants(Svg + "text").ToList();

        bool IsBold(string text) => texts.Single(t => t.Value.Trim() == text).Attribute("font-weight") is not null;

        Assert.True(IsBold("+18,7\u00A0pts"));
        Assert.True(IsBold("+4,8\u00A0pts"));
        Assert.False(IsBold("+0,8\u00A0pt"));
        Assert.Equal(5, texts.Count(t => t.Value.Trim() == "n.s."));
    }

    [Fact]
    public void The_same_points_give_the_same_bytes()
    {
        var first = Chart();
        var second = new MirrorChart([.. first.Points]);
        var height = Height(first);

        Assert.Equal(first.ToSvg(Width, height), second.ToSvg(Width, height));
        Assert.Equal(first.ToPng(Width, height), second.ToPng(Width, height));
        Assert.Equal(Pdf(first.Draw, Width, height), Pdf(second.Draw, Width, height));
    }

    [Fact]
    public void Png_at_300_dpi_has_the_pixel_size_of_its_points()
    {
        AssertPngSize(Chart().ToPng(Width, 258), 2000, 1075);
    }

    [Fact]
    public void Pdf_text_is_in_noto_sans_inside_the_page_and_drawn_once()
    {
        var chart = Chart();

        var text = AssertPdfLettersInNotoSansAndInside(chart.Draw, Width, Height(chart));

        foreach (var (label, _, _, _) in Indicators)
        {
            Assert.Equal(1, Occurrences(text, Normalize(label)));
        }

        Assert.Contains("+18,7pts", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_gaps_and_legend_lie_inside_the_chart()
    {
        var chart = Chart();
        var size = chart.PreferredSize(Width);

        var layout = chart.ComputeLayout(size.Width, size.Height);

        Assert.All(layout.Texts, t => AssertInside(layout.Bounds, t.Rect));
        Assert.All(layout.LabelRects, r => Assert.True(r.Right < layout.DataRect.Left));
        Assert.All(layout.GapRects, r => Assert.True(r.Left > layout.DataRect.Right));
        Assert.True(layout.LegendRect.Bottom < layout.DataRect.Top);
        Assert.All(layout.Markers, m => Assert.InRange(m.Center.X, layout.DataRect.Left + 4, layout.DataRect.Right - 4));
    }

    [Fact]
    public void Long_labels_wrap_in_a_narrow_chart()
    {
        var chart = new MirrorChart([new MirrorPoint("Qualité de l’intervention des travaux réalisés dans les parties communes", 0.697, 0.84, true)]);
        var size = chart.PreferredSize(300);

        var layout = chart.ComputeLayout(size.Width, size.Height);

        Assert.Contains('\n', layout.Labels[0]);
        Assert.All(layout.Texts, t => AssertInside(layout.Bounds, t.Rect));
    }

    [Fact]
    public void Shares_outside_zero_to_one_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new MirrorChart([]));
        Assert.Throws<ArgumentException>(() => new MirrorChart([new MirrorPoint("A", 1.2, 0.5, false)]));
        Assert.Throws<ArgumentException>(() => new MirrorChart([new MirrorPoint("A", 0.5, double.NaN, false)]));
    }
}
