using ReportGen.Charts;
using ScottPlot;
using SkiaSharp;

namespace ReportGen.Tests.Charts;

/// <summary>
/// Markers drawn by our renderers, whose paths are disposed once drawn, instead of ScottPlot's, which leave them to the
/// finalizer and crashed parallel renders (docs/charts-crash.md): same pixels, every plot covered, no shape let through.
/// </summary>
public sealed class ChartMarkersTests
{
    public static TheoryData<MarkerShape> PathShapes() =>
        [.. ChartMarkers.Drawable.Where(s => ChartMarkers.Own(new MarkerStyle(s, 10, Colors.Red)).CustomRenderer is not null)];

    [Theory]
    [MemberData(nameof(PathShapes))]
    public void Our_renderer_draws_the_pixels_of_ScottPlots(MarkerShape shape)
    {
        foreach (var (size, width) in new[] { (7f, 1f), (12.5f, 2.5f), (30f, 0.75f) })
        {
            var ours = ChartMarkers.Own(Style(shape, size, width));
            var theirs = Style(shape, size, width);
            Assert.NotNull(ours.CustomRenderer);
            Assert.Null(theirs.CustomRenderer);

            var expected = Pixels(theirs);
            Assert.Contains(expected, p => p != SKColors.White); // the shape draws something
            Assert.Equal(expected, Pixels(ours));
        }
    }

    [Fact]
    public void Shapes_drawn_without_a_path_keep_ScottPlots_renderer_and_a_custom_one_is_kept()
    {
        Assert.Null(ChartMarkers.Own(new MarkerStyle(MarkerShape.FilledCircle, 8, Colors.Blue)).CustomRenderer);
        Assert.Null(ChartMarkers.Own(new MarkerStyle(MarkerShape.FilledSquare, 8, Colors.Blue)).CustomRenderer);

        var custom = new MarkerStyle(MarkerShape.Asterisk, 8, Colors.Blue) { CustomRenderer = MarkerShape.FilledCircle.GetMarker() };
        Assert.Same(custom.CustomRenderer, ChartMarkers.Own(custom).CustomRenderer);
    }

    [Fact]
    public void A_path_shaped_marker_with_no_renderer_of_ours_is_refused_by_name()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ChartMarkers.Own(new MarkerStyle(MarkerShape.Asterisk, 8, Colors.Blue)));
        Assert.Contains("Asterisk", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(MarkerShape.Asterisk, ChartMarkers.Drawable);
    }

    [Fact]
    public void Rendering_a_chart_gives_its_plottables_and_its_legend_our_renderers()
    {
        var plot = new Plot();
        var marks = plot.Add.Markers(new double[] { 1, 2 }, new double[] { 1, 2 }, MarkerShape.VerticalBar, 10, Colors.Red);
        var item = new LegendItem { LabelText = "hausse", MarkerStyle = new MarkerStyle(MarkerShape.FilledTriangleUp, 8, Colors.Green) };
        plot.Legend.ManualItems.Add(item);

        using var canvas = new SKNoDrawCanvas(200, 100);
        ChartKit.Render(plot, canvas, new SKRect(0, 0, 200, 100));

        Assert.NotNull(marks.MarkerStyle.CustomRenderer);
        Assert.NotNull(item.MarkerStyle.CustomRenderer);
    }

    [Fact]
    public void The_benchmark_diamond_is_filled_in_its_colour_and_outlined()
    {
        var style = ChartMarkers.Own(SatisfactionChart.BenchmarkMarker(20));
        Assert.NotNull(style.CustomRenderer);

        using var bitmap = new SKBitmap(40, 40);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        using var paint = Paint.NewDisposablePaint();
        style.Render(canvas, new Pixel(20, 20), paint);

        Assert.Equal(SatisfactionChart.BenchmarkColor.ToSKColor(), bitmap.GetPixel(20, 20));
        Assert.NotEqual(SKColors.White, bitmap.GetPixel(20, 11));
        Assert.Equal(SKColors.White, bitmap.GetPixel(12, 12));
        Assert.Equal(SKColors.White, bitmap.GetPixel(28, 28));
    }

    private static MarkerStyle Style(MarkerShape shape, float size, float width) => new(shape, size, Colors.SteelBlue)
    {
        LineWidth = width,
        LineColor = Colors.DarkRed,
        OutlineWidth = width,
        OutlineColor = Colors.Black,
    };

    private static SKColor[] Pixels(MarkerStyle style)
    {
        using var bitmap = new SKBitmap(48, 48);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = Paint.NewDisposablePaint();
            style.Render(canvas, new Pixel(23.5f, 24.25f), paint);
        }

        return bitmap.Pixels;
    }
}
