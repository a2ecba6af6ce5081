using ReportGen.Analysis;
using ReportGen.Charts;
using ReportGen.Tests.TestSupport;
using ScottPlot;
using static ReportGen.Tests.Charts.ChartSamples;

namespace ReportGen.Tests.Charts;

/// <summary>The small multiples of the trends across waves, drawn from the sample indicators.</summary>
public sealed class TrendChartTests
{
    private const int Width = 480;
    private static readonly string[] Waves = ["2016", "2018", "2020"];

    /// <summary>The sample indicators over three waves: the 5th up 4.4 pts, the 10th down 6.9 pts (low base now), the 7th suppressed in 2018.</summary>
    private static TrendChart Chart() => new(Waves, [.. Indicators.Select((indicator, i) =>
    {
        var now = indicator.Tenant / 100;
        var (change, direction) = i switch
        {
            4 => (4.4, TrendDirection.Up),
            9 => (-6.9, TrendDirection.Down),
            6 => ((double?)null, TrendDirection.NotTested),
            _ => (1.0, TrendDirection.Stable),
        };
        var before = now - ((change ?? 1.0) / 100);
        return new TrendSeries(indicator.Label,
            [
                TrendPoint.Published("2016", before - 0.01, before - 0.025, before + 0.005),
                i == 6 ? TrendPoint.Withheld("2018") : TrendPoint.Published("2018", before, before - 0.015, before + 0.015),
                TrendPoint.Published("2020", now, now - (i == 9 ? 0.15 : 0.015), now + (i == 9 ? 0.12 : 0.015), lowBase: i == 9),
            ],
            change,
            direction);
    })]);

    private static int Height(TrendChart chart) => (int)chart.PreferredSize(Width).Height;

    [Fact]
    public void Changes_are_signed_french_points()
    {
        Assert.Equal("+4,4\u00A0pts", TrendChart.FormatChange(4.4));
        Assert.Equal("–6,9\u00A0pts", TrendChart.FormatChange(-6.94));
        Assert.Equal("+1,0\u00A0pt", TrendChart.FormatChange(0.96));
        Assert.Equal("0,0\u00A0pt", TrendChart.FormatChange(0.04));
        Assert.Equal("–2,0\u00A0pts", TrendChart.FormatChange(-1.95));
    }

    [Fact]
    public void FromTrends_is_null_without_trends_or_with_a_single_wave()
    {
        var results = WaveSamples.Sample.Value;
        var one = new TrendResults(["2020"], "2020", null, MultipleTestingCorrection.Holm,
            [.. results.Estimates.Select(e => new IndicatorTrend(e.IndicatorId, [new WaveEstimate("2020", e)], null, null, null, null, TrendDirection.NotTested))]);

        Assert.Null(TrendChart.FromTrends(results with { Trends = null }));
        Assert.Null(TrendChart.FromTrends(results with { Trends = one }));
    }

    [Fact]
    public void FromTrends_draws_one_panel_per_indicator_with_its_waves_and_call()
    {
        var results = WaveSamples.WithTrendsAndSegments();

        var chart = TrendChart.FromTrends(results)!;

        Assert.Equal(Waves, chart.Waves);
        Assert.Equal(results.Project.Catalog.Shares.Select(i => ReportGen.Publishing.FrenchFormat.Typography(i.Label)), chart.Series.Select(s => s.Label));
        var proprete = chart.Series[4];
        Assert.Equal(TrendDirection.Up, proprete.Direction);
        Assert.Equal(results.Estimates[4].Satisfied, proprete.Points[2].Value);
        Assert.Equal(results.Estimates[4].Interval!.Value.Lower, proprete.Points[2].Low);
        Assert.True(chart.Series[6].Points[1].Suppressed);
        Assert.Null(chart.Series[6].Points[1].Value);
    }

    [Fact]
    public void Svg_shows_every_label_wave_figure_and_call_in_french()
    {
        var chart = Chart();
        var texts = SvgTexts(chart.ToSvg(Width, Height(chart)));

        var all = Normalize(string.Concat(texts));
        foreach (var (label, _, _, _) in Indicators)
        {
            Assert.Contains(Normalize(label), all, StringComparison.Ordinal);
        }

        Assert.Equal(10, texts.Count(t => t == "2016"));
        Assert.Contains("85,2\u202F%", texts);
        Assert.Contains("+4,4\u00A0pts", texts);
        Assert.Contains("–6,9\u00A0pts", texts);
        Assert.Contains("+1,0\u00A0pt\u00A0n.s.", texts);
        Assert.Contains("non testé", texts);
        Assert.Contains("n.p.", texts);
        Assert.Contains("hausse significative", texts);
        Assert.Contains("baisse significative", texts);
        Assert.Contains("base faible", texts);
        Assert.Contains(texts, t => t.Contains("intervalle de confiance à 95\u202F%", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Holm", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.EndsWith('%') && t.Contains('\u202F', StringComparison.Ordinal) && !t.Contains(',', StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => System.Text.RegularExpressions.Regex.IsMatch(t, @"\d\.\d"));
    }

    [Fact]
    public void A_suppressed_wave_is_a_gap_marked_not_published()
    {
        var chart = Chart();
        var layout = chart.ComputeLayout(Width, Height(chart));

        var gap = layout.Panels[6];
        Assert.NotNull(gap.Points[0]);
        Assert.Null(gap.Points[1]);
        Assert.NotNull(gap.Points[2]);
        var mark = Assert.Single(layout.Texts, t => t.Text == TrendChart.NotPublished);
        Assert.InRange(mark.Rect.MidX, gap.DataRect.Left, gap.DataRect.Right);
        Assert.All(layout.Panels.Where((_, i) => i != 6), p => Assert.All(p.Points, point => Assert.NotNull(point)));
    }

    [Fact]
    public void Only_significant_changes_get_a_triangle_and_low_bases_an_open_dot()
    {
        var layout = Chart().ComputeLayout(Width, 600);

        bool IsIn(ChartMarker marker, int panel) => layout.Panels[panel].Bounds.Contains(marker.Center);
        var up = layout.Markers.Where(m => m.Style.Shape == MarkerShape.FilledTriangleUp).ToList();
        var down = layout.Markers.Where(m => m.Style.Shape == MarkerShape.FilledTriangleDown).ToList();

        Assert.Equal(2, up.Count); // the panel's and the legend's
        Assert.Equal(2, down.Count);
        Assert.Contains(up, m => IsIn(m, 4));
        Assert.Contains(down, m => IsIn(m, 9));
        var open = layout.Markers.Where(m => m.Style.FillColor == Colors.White).ToList();
        Assert.Equal(2, open.Count); // the 10th indicator's current wave, and the legend's
        Assert.Contains(open, m => m.Center == layout.Panels[9].Points[2]);
    }

    [Fact]
    public void Every_panel_spans_the_same_number_of_points_around_its_own_figures()
    {
        var layout = Chart().ComputeLayout(Width, 600);

        // The widest spread is the 10th indicator's: 0.533 − 0.15 to 0.533 + 0.12, 27 points; with 4 points of margin, 31,
        // rounded up to whole tens: 40 points.
        Assert.Equal(0.4, layout.Span, 9);
        Assert.Single(layout.Panels.Select(p => Math.Round(p.YMax - p.YMin, 9)).Distinct());
        Assert.All(layout.Panels, p => Assert.All(p.Points.OfType<SkiaSharp.SKPoint>(), point =>
        {
            Assert.InRange(point.X, p.DataRect.Left + 3, p.DataRect.Right - 3);
            Assert.InRange(point.Y, p.DataRect.Top + 3, p.DataRect.Bottom - 3);
        }));
    }

    [Fact]
    public void Texts_lie_inside_the_chart_and_panels_never_overlap()
    {
        foreach (var width in new[] { 300, Width, 700 })
        {
            var chart = Chart();
            var size = chart.PreferredSize(width);

            var layout = chart.ComputeLayout(size.Width, size.Height);

            Assert.All(layout.Texts, t => AssertInside(layout.Bounds, t.Rect));
            for (var i = 0; i < layout.Panels.Count; i++)
            {
                Assert.False(layout.Panels[i].Bounds.IntersectsWith(layout.LegendRect), $"panel {i} meets the legend at {width} pt");
                for (var j = i + 1; j < layout.Panels.Count; j++)
                {
                    Assert.False(layout.Panels[i].Bounds.IntersectsWith(layout.Panels[j].Bounds), $"panels {i} and {j} meet at {width} pt");
                }

                Assert.True(layout.Panels[i].ValueRect.Right < layout.Panels[i].ChangeRect.Left);
                Assert.True(layout.Panels[i].TitleRect.Bottom <= layout.Panels[i].ValueRect.Top + 1);
            }
        }
    }

    [Fact]
    public void Panels_go_three_across_an_a4_column_with_the_legend_in_the_free_place()
    {
        var layout = Chart().ComputeLayout(Width, 0);

        Assert.Equal(3, layout.Columns);
        Assert.Equal(4, layout.Rows);
        Assert.True(layout.LegendRect.Left > layout.Panels[9].Bounds.Right);
        Assert.True(layout.LegendRect.Top >= layout.Panels[9].Bounds.Top);
    }

    [Fact]
    public void The_same_trends_give_the_same_bytes()
    {
        var first = Chart();
        var second = new TrendChart([.. first.Waves], [.. first.Series]);
        var height = Height(first);

        Assert.Equal(first.ToSvg(Width, height), second.ToSvg(Width, height));
        Assert.Equal(first.ToPng(Width, height), second.ToPng(Width, height));
        Assert.Equal(Pdf(first.Draw, Width, height), Pdf(second.Draw, Width, height));
    }

    [Fact]
    public void Png_at_300_dpi_has_the_pixel_size_of_its_points()
    {
        AssertPngSize(Chart().ToPng(Width, 540), 2000, 2250);
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

        Assert.Contains("+4,4pts", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_series_are_refused()
    {
        TrendSeries One(params TrendPoint[] points) => new("A", points, null, TrendDirection.NotTested);

        Assert.Throws<ArgumentException>(() => new TrendChart(["2020"], [One(TrendPoint.Published("2020", 0.5, 0.4, 0.6))]));
        Assert.Throws<ArgumentException>(() => new TrendChart(Waves, []));
        Assert.Throws<ArgumentException>(() => new TrendChart(Waves, [One(TrendPoint.Published("2019", 0.5, 0.4, 0.6))]));
        Assert.Throws<ArgumentException>(() => new TrendChart(Waves, [One(TrendPoint.Published("2020", 1.2, 0.4, 1.3))]));
        Assert.Throws<ArgumentException>(() => new TrendChart(Waves, [One(TrendPoint.Published("2020", 0.3, 0.4, 0.6))]));
        Assert.Throws<ArgumentException>(() => new TrendChart(Waves, [One(TrendPoint.Published("2020", 0.5, 0.4, 0.6), TrendPoint.Withheld("2020"))]));
    }
}
