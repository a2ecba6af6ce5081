using ReportGen.Charts;
using ScottPlot;
using SkiaSharp;

namespace ReportGen.Tests.Charts;

/// <summary>The benchmark diamond, drawn by our marker (its path disposed at once) rather than ScottPlot's, which leaves it to a crashing finalizer.</summary>
public sealed class DiamondMarkerTests
{
    [Fact]
    public void The_benchmark_marker_is_drawn_by_the_diamond_that_disposes_its_path()
    {
        var style = SatisfactionChart.BenchmarkMarker(20);
        Assert.Same(DiamondMarker.Instance, style.CustomRenderer);

        using var bitmap = new SKBitmap(40, 40);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        using var paint = Paint.NewDisposablePaint();
        style.Render(canvas, new Pixel(20, 20), paint);

        // Filled at its centre in the benchmark colour, outlined at its tips, and nothing outside the diamond's corners.
        Assert.Equal(SatisfactionChart.BenchmarkColor.ToSKColor(), bitmap.GetPixel(20, 20));
        Assert.NotEqual(SKColors.White, bitmap.GetPixel(20, 11));
        Assert.Equal(SKColors.White, bitmap.GetPixel(12, 12));
        Assert.Equal(SKColors.White, bitmap.GetPixel(28, 28));
    }
}
