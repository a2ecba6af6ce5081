using ReportGen.Analysis;
using ReportGen.Charts;
using static ReportGen.Tests.Charts.ChartSamples;

namespace ReportGen.Tests.Charts;

/// <summary>The top-irritants bar chart, drawn from the sample irritants.</summary>
public sealed class IrritantChartTests
{
    private const int Width = 480;

    private static IrritantChart Chart() => new(Irritants());

    private static int Height(IrritantChart chart) => (int)chart.PreferredSize(Width).Height;

    [Fact]
    public void Values_are_the_mentions_and_their_share_in_french()
    {
        Assert.Equal("142 (23\u202F%)", IrritantChart.FormatValue(new IrritantBar("A", 142, 0.23)));
        Assert.Equal("1\u00A0234 (8\u202F%)", IrritantChart.FormatValue(new IrritantBar("A", 1234, 0.0751)));
    }

    [Fact]
    public void Svg_shows_every_label_and_value()
    {
        var chart = Chart();
        var texts = SvgTexts(chart.ToSvg(Width, Height(chart)));

        foreach (var bar in chart.Bars)
        {
            Assert.Contains(bar.Label, texts);
            Assert.Contains(IrritantChart.FormatValue(bar), texts);
        }

        Assert.Contains("142 (23\u202F%)", texts);
        Assert.Contains("22 (4\u202F%)", texts);
    }

    [Fact]
    public void Bars_are_as_long_as_their_mentions_and_values_lie_after_them_inside_the_chart()
    {
        var chart = Chart();
        var size = chart.PreferredSize(Width);

        var layout = chart.ComputeLayout(size.Width, size.Height);

        Assert.All(layout.Texts, t => AssertInside(layout.Bounds, t.Rect));
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            Assert.Equal(chart.Bars[i].Mentions * layout.Scale, layout.BarRects[i].Width, 3);
            Assert.True(layout.ValueRects[i].Left > layout.BarRects[i].Right);
            Assert.True(layout.LabelRects[i].Right < layout.DataRect.Left);
        }
    }

    [Fact]
    public void The_same_bars_give_the_same_bytes()
    {
        var first = Chart();
        var second = new IrritantChart([.. first.Bars]);
        var height = Height(first);

        Assert.Equal(first.ToSvg(Width, height), second.ToSvg(Width, height));
        Assert.Equal(first.ToPng(Width, height), second.ToPng(Width, height));
        Assert.Equal(Pdf(first.Draw, Width, height), Pdf(second.Draw, Width, height));
    }

    [Fact]
    public void Png_at_300_dpi_has_the_pixel_size_of_its_points()
    {
        AssertPngSize(Chart().ToPng(Width, 144), 2000, 600);
    }

    [Fact]
    public void Pdf_text_is_in_noto_sans_inside_the_page_and_drawn_once()
    {
        var chart = Chart();

        var text = AssertPdfLettersInNotoSansAndInside(chart.Draw, Width, Height(chart));

        foreach (var bar in chart.Bars)
        {
            Assert.Equal(1, Occurrences(text, Normalize(bar.Label)));
        }

        Assert.Contains("142(23%)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_counts_and_shares_outside_zero_to_one_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new IrritantChart([]));
        Assert.Throws<ArgumentException>(() => new IrritantChart([new IrritantBar("A", -1, 0.1)]));
        Assert.Throws<ArgumentException>(() => new IrritantChart([new IrritantBar("A", 1, 1.1)]));
    }

    /// <summary>The sample bars with the Wilson interval of their share among 617 comments.</summary>
    private static IrritantChart WithIntervals() =>
        new([.. Irritants().Select(b => b with { Interval = Proportions.Wilson(b.Share, 617, 1.959963984540054) })]);

    [Fact]
    public void An_interval_is_a_whisker_over_its_bar_in_mentions_and_the_value_comes_after_it()
    {
        var chart = WithIntervals();
        var size = chart.PreferredSize(Width);

        var layout = chart.ComputeLayout(size.Width, size.Height);

        Assert.All(layout.Texts, t => AssertInside(layout.Bounds, t.Rect));
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var perShare = bar.Mentions / bar.Share;
            Assert.Equal(layout.DataRect.Left + (bar.Interval!.Value.Lower * perShare * layout.Scale), layout.Whiskers[i].Low, 2);
            Assert.Equal(layout.DataRect.Left + (bar.Interval.Value.Upper * perShare * layout.Scale), layout.Whiskers[i].High, 2);
            Assert.True(layout.Whiskers[i].Low < layout.BarRects[i].Right && layout.BarRects[i].Right < layout.Whiskers[i].High);
            Assert.True(layout.ValueRects[i].Left > layout.Whiskers[i].High);
        }

        Assert.Equal(chart.ToSvg(Width, Height(chart)), WithIntervals().ToSvg(Width, Height(chart)));
        Assert.NotEqual(Chart().ToSvg(Width, Height(chart)), chart.ToSvg(Width, Height(chart)));
    }

    [Fact]
    public void An_interval_that_does_not_hold_its_share_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new IrritantChart([new IrritantBar("A", 10, 0.2) { Interval = new Interval(0.25, 0.3) }]));
        Assert.Throws<ArgumentException>(() => new IrritantChart([new IrritantBar("A", 10, 0.2) { Interval = new Interval(0.1, 1.2) }]));
    }
}
