using ReportGen.Charts;
using ScottPlot;
using ScottPlot.Plottables;
using SkiaSharp;

namespace ReportGen.Tests.Charts;

/// <summary>
/// Dashed lines drawn with a path effect we hold until the line is drawn, instead of ScottPlot's, which is garbage
/// during the native call (docs/charts-crash.md): the same pixels as ScottPlot's, the axis lines the same, every
/// dashed line ScottPlot would draw itself refused (the load that crashed them: `ReportGen.Benchmarks native-stress`).
/// </summary>
public sealed class ChartLinesTests
{
    public static TheoryData<string> Patterns() => ["Solid", "Dashed", "DenselyDashed", "Dotted"];

    [Theory]
    [MemberData(nameof(Patterns))]
    public void A_line_is_drawn_with_the_pixels_of_ScottPlots(string name)
    {
        var pattern = LinePattern.GetAllPatterns().Single(p => p.Name == name);
        foreach (var (width, cap, antiAlias) in new[] { (1f, SKStrokeCap.Butt, true), (2.5f, SKStrokeCap.Round, true), (0.9f, SKStrokeCap.Square, false) })
        {
            LineStyle Style() => new() { Width = width, Color = Colors.Navy, Pattern = pattern, StrokeCap = cap, AntiAlias = antiAlias };
            var line = new PixelLine(3.5f, 7.25f, 91f, 33f);

            var theirs = Pixels((canvas, paint) => Drawing.DrawLine(canvas, paint, line, Style()));
            var ours = Pixels((canvas, paint) => ChartLines.Draw(canvas, paint, line, Style()));

            Assert.Contains(theirs, p => p != SKColors.White);
            Assert.Equal(theirs, ours);
        }
    }

    [Fact]
    public void A_hairline_and_an_invisible_line_are_drawn_as_ScottPlot_draws_them()
    {
        var line = new PixelLine(0, 20, 100, 20);
        LineStyle Hairline() => new() { Hairline = true, Color = Colors.Black, Pattern = LinePattern.Dashed };
        Assert.Equal(
            Pixels((canvas, paint) => { canvas.Scale(2); Drawing.DrawLine(canvas, paint, line, Hairline()); }),
            Pixels((canvas, paint) => { canvas.Scale(2); ChartLines.Draw(canvas, paint, line, Hairline()); }));

        var hidden = Pixels((canvas, paint) => ChartLines.Draw(canvas, paint, line, new LineStyle { IsVisible = false, Width = 3, Pattern = LinePattern.Dashed }));
        Assert.All(hidden, p => Assert.Equal(SKColors.White, p));
    }

    [Fact]
    public void A_hand_drawn_line_is_refused()
    {
        using var bitmap = new SKBitmap(10, 10);
        using var canvas = new SKCanvas(bitmap);
        using var paint = Paint.NewDisposablePaint();
        Assert.Throws<InvalidOperationException>(() => ChartLines.Draw(canvas, paint, new PixelLine(0, 0, 9, 9), new LineStyle { Width = 1, HandDrawn = true }));
    }

    [Fact]
    public void Our_axis_lines_render_as_ScottPlots()
    {
        Assert.Equal(
            PlotPixels(plot =>
            {
                plot.Add.VerticalLine(0.4, 0.9f, Colors.Gray, LinePattern.DenselyDashed);
                plot.Add.HorizontalLine(0.7, 1.5f, Colors.Red, LinePattern.Dashed);
            }),
            PlotPixels(plot =>
            {
                ChartLines.AddVertical(plot, 0.4, 0.9f, Colors.Gray, LinePattern.DenselyDashed);
                ChartLines.AddHorizontal(plot, 0.7, 1.5f, Colors.Red, LinePattern.Dashed);
            }));
    }

    [Fact]
    public void A_dashed_line_ScottPlot_would_draw_itself_is_refused_and_ours_pass()
    {
        var plot = new Plot();
        ChartLines.AddVertical(plot, 1, 1, Colors.Gray, LinePattern.Dashed);
        plot.Add.Scatter(new double[] { 0, 1 }, new double[] { 0, 1 }).LinePattern = LinePattern.Solid;
        ChartLines.Check(plot);

        var theirs = new Plot();
        theirs.Add.VerticalLine(1, 1, Colors.Gray, LinePattern.Dashed);
        Assert.Contains(nameof(VerticalLine), Assert.Throws<InvalidOperationException>(() => ChartLines.Check(theirs)).Message, StringComparison.Ordinal);

        var scatter = new Plot();
        scatter.Add.Scatter(new double[] { 0, 1 }, new double[] { 0, 1 }).LinePattern = LinePattern.Dotted;
        using var nothing = new SKNoDrawCanvas(100, 100);
        Assert.Throws<InvalidOperationException>(() => ChartKit.Render(scatter, nothing, new SKRect(0, 0, 100, 100)));

        var grid = new Plot();
        grid.Grid.XAxisStyle.MajorLineStyle.Pattern = LinePattern.Dashed;
        Assert.Throws<InvalidOperationException>(() => ChartLines.Check(grid));
    }

    private static SKColor[] Pixels(Action<SKCanvas, Paint> draw)
    {
        using var bitmap = new SKBitmap(100, 50);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        using var paint = Paint.NewDisposablePaint();
        draw(canvas, paint);
        return bitmap.Pixels;
    }

    private static SKColor[] PlotPixels(Action<Plot> add)
    {
        var plot = new Plot();
        plot.Axes.SetLimits(0, 1, 0, 1);
        add(plot);
        using var bitmap = new SKBitmap(160, 120);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        plot.Render(canvas, new PixelRect(0, 160, 120, 0));
        return bitmap.Pixels;
    }
}
