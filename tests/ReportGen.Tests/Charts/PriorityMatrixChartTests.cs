using ReportGen.Charts;
using static ReportGen.Tests.Charts.ChartSamples;

namespace ReportGen.Tests.Charts;

/// <summary>The importance–performance matrix, drawn from the ten sample indicators.</summary>
public sealed class PriorityMatrixChartTests
{
    private const int Width = 480;

    private static int Height(PriorityMatrixChart chart) => (int)chart.PreferredSize(Width).Height;

    [Fact]
    public void Svg_shows_every_label_the_quadrants_and_the_french_ticks()
    {
        var chart = PriorityChart();
        var texts = SvgTexts(chart.ToSvg(Width, Height(chart)));
        var joined = string.Join(' ', texts);

        foreach (var (label, _, _, _) in Indicators)
        {
            Assert.Contains(label, joined.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        Assert.Contains("Priorités d’amélioration", texts);
        Assert.Contains("Points forts à maintenir", texts);
        Assert.Contains("Priorité secondaire", texts);
        Assert.Contains("Ressources à redéployer", texts);
        Assert.Contains("0,50", texts);
        Assert.Contains("70\u202F%", texts);
        Assert.DoesNotContain(texts, t => t.Contains('.', StringComparison.Ordinal));
    }

    [Fact]
    public void Negative_importances_are_written_with_a_dash_the_font_has()
    {
        var chart = new PriorityMatrixChart([new PriorityPoint("A", 0.5, -0.2), new PriorityPoint("B", 0.7, 0.3)], 0.6, 0.05);

        var texts = SvgTexts(chart.ToSvg(Width, Height(chart)));

        Assert.Contains("–0,20", texts);
        Assert.DoesNotContain(texts, t => t.Contains('\u2212', StringComparison.Ordinal));
    }

    [Fact]
    public void No_two_point_labels_overlap_nor_cover_a_point_on_the_ten_indicator_sample()
    {
        var chart = PriorityChart();
        var size = chart.PreferredSize(Width);

        var layout = chart.ComputeLayout(size.Width, size.Height);

        Assert.Equal(10, layout.LabelRects.Count);
        for (var i = 0; i < layout.LabelRects.Count; i++)
        {
            AssertInside(layout.DataRect, layout.LabelRects[i]);
            for (var j = i + 1; j < layout.LabelRects.Count; j++)
            {
                Assert.False(layout.LabelRects[i].IntersectsWith(layout.LabelRects[j]), $"'{layout.Labels[i]}' overlaps '{layout.Labels[j]}'");
            }

            foreach (var centre in layout.Centres)
            {
                Assert.False(layout.LabelRects[i].Contains(centre), $"'{layout.Labels[i]}' covers a point");
            }
        }
    }

    [Fact]
    public void Every_text_lies_inside_the_chart()
    {
        var chart = PriorityChart();
        var size = chart.PreferredSize(Width);

        var layout = chart.ComputeLayout(size.Width, size.Height);

        Assert.All(layout.Texts, t => AssertInside(layout.Bounds, t.Rect));
    }

    [Fact]
    public void The_same_points_give_the_same_bytes()
    {
        var first = PriorityChart();
        var second = new PriorityMatrixChart([.. first.Points], first.PerformanceCrosshair, first.ImportanceCrosshair);
        var height = Height(first);

        Assert.Equal(first.ToSvg(Width, height), second.ToSvg(Width, height));
        Assert.Equal(first.ToPng(Width, height), second.ToPng(Width, height));
        Assert.Equal(Pdf(first.Draw, Width, height), Pdf(second.Draw, Width, height));
    }

    [Fact]
    public void Png_at_300_dpi_has_the_pixel_size_of_its_points()
    {
        AssertPngSize(PriorityChart().ToPng(Width, 327), 2000, 1363);
    }

    [Fact]
    public void Pdf_text_is_in_noto_sans_inside_the_page_and_drawn_once()
    {
        var chart = PriorityChart();

        var text = AssertPdfLettersInNotoSansAndInside(chart.Draw, Width, Height(chart));

        Assert.Equal(1, Occurrences(text, Normalize("Priorités d’amélioration")));
        Assert.Contains(Normalize("Accueil lors des contacts"), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_outside_their_ranges_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new PriorityMatrixChart([], 0.5, 0.5));
        Assert.Throws<ArgumentException>(() => new PriorityMatrixChart([new PriorityPoint("A", 1.5, 0.2)], 0.5, 0.5));
        Assert.Throws<ArgumentException>(() => new PriorityMatrixChart([new PriorityPoint("A", 0.5, -1.2)], 0.5, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PriorityMatrixChart([new PriorityPoint("A", 0.5, 0.2)], 0.5, 2));
    }
}
