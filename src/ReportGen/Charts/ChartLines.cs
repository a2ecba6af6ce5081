using ScottPlot;
using ScottPlot.Plottables;
using SkiaSharp;

namespace ReportGen.Charts;

/// <summary>
/// Draws the charts' dashed lines without leaving a native object to the finalizer. ScottPlot 5.1.59 makes a new
/// <see cref="SKPathEffect"/> for a dashed <see cref="LineStyle"/> on every draw (<c>LinePattern.GetPathEffect</c>)
/// and hands it straight to the paint: the effect is garbage from the moment SkiaSharp has read its handle, before Skia
/// has taken its reference. A garbage collection triggered by another rendering thread in that window lets the finalizer
/// free the effect, and the paint keeps a dangling pointer (a crash of parallel <c>--per</c> builds, reproduced under
/// forced collections: docs/charts-crash.md). Here the effect is ours and held until the line is drawn; the paint is set
/// as ScottPlot's <c>LineStyle.ApplyToPaint</c> sets it, so the drawing is the same. <see cref="Check"/>, called on every
/// plot rendered, refuses a dashed line ScottPlot would draw itself.
/// </summary>
internal static class ChartLines
{
    /// <summary>Whether the pattern draws a plain line: Skia makes no dash effect of fewer than two intervals or an odd number of them.</summary>
    public static bool IsSolid(LinePattern pattern) => pattern.Intervals is not { Length: >= 2 } intervals || intervals.Length % 2 != 0;

    /// <summary>Draws <paramref name="line"/> in <paramref name="style"/>, as ScottPlot's <c>Drawing.DrawLine</c> does.</summary>
    public static void Draw(SKCanvas canvas, Paint paint, PixelLine line, LineStyle style)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(paint);
        ArgumentNullException.ThrowIfNull(style);
        if (!style.CanBeRendered) // false too for an invisible style
        {
            return;
        }

        if (style.HandDrawn)
        {
            throw new InvalidOperationException("ScottPlot's hand-drawn lines make path effects left to the finalizer: charts do not use them.");
        }

        if (IsSolid(style.Pattern))
        {
#pragma warning disable RS0030 // banned for dashed styles; a solid one makes no path effect
            Drawing.DrawLine(canvas, paint, line, style);
#pragma warning restore RS0030
            return;
        }

        using var dash = SKPathEffect.CreateDash(style.Pattern.Intervals, style.Pattern.Phase);
        paint.SKShader = null;
        paint.IsStroke = true;
        paint.Color = style.Color;
        paint.StrokeWidth = style.Hairline ? 1f / canvas.TotalMatrix.ScaleX : style.Width;
        paint.SKPathEffect = dash;
        paint.IsAntialias = style.AntiAlias;
        paint.SKStrokeCap = style.StrokeCap;
        paint.SKStrokeJoin = style.StrokeJoin;
        paint.StrokeMiter = style.StrokeMiter;
        paint.SKPaintStyle = SKPaintStyle.Stroke;
        canvas.DrawLine(line.Pixel1.ToSKPoint(), line.Pixel2.ToSKPoint(), paint.SKPaint);
        // The paint keeps the effect (its own reference), as it keeps ScottPlot's: what it draws next is unchanged.
    }

    /// <summary>A vertical line across the data area at <paramref name="x"/>, as <c>plot.Add.VerticalLine</c> makes it, drawn by <see cref="Draw"/>.</summary>
    public static DashedVerticalLine AddVertical(Plot plot, double x, float width, ScottPlot.Color color, LinePattern pattern)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var line = new DashedVerticalLine { LineWidth = width, LineColor = color, LabelBackgroundColor = color, LinePattern = pattern, X = x };
        plot.PlottableList.Add(line);
        return line;
    }

    /// <summary>A horizontal line across the data area at <paramref name="y"/>, as <c>plot.Add.HorizontalLine</c> makes it, drawn by <see cref="Draw"/>.</summary>
    public static DashedHorizontalLine AddHorizontal(Plot plot, double y, float width, ScottPlot.Color color, LinePattern pattern)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var line = new DashedHorizontalLine
        {
            LineWidth = width,
            LineColor = color,
            LabelBackgroundColor = color,
            LabelFontColor = Colors.White,
            LinePattern = pattern,
            Y = y,
        };
        plot.PlottableList.Add(line);
        return line;
    }

    /// <summary>
    /// Throws when ScottPlot itself would draw a dashed line of the plot (a plottable's line, the grid's): such a line
    /// must be drawn by <see cref="Draw"/> (<see cref="AddVertical"/>, <see cref="AddHorizontal"/>, or a render action).
    /// </summary>
    public static void Check(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        foreach (var plottable in plot.GetPlottables().OfType<IHasLine>())
        {
            if (plottable is not (DashedVerticalLine or DashedHorizontalLine) && !IsSolid(plottable.LineStyle.Pattern) && plottable.LineStyle.CanBeRendered)
            {
                throw new InvalidOperationException(
                    $"ScottPlot would draw the dashed line of a {plottable.GetType().Name} with a path effect left to the finalizer, which can crash a parallel render: draw it with {nameof(ChartLines)}.");
            }
        }

        foreach (var style in new[] { plot.Grid.XAxisStyle, plot.Grid.YAxisStyle }.SelectMany(g => new[] { g.MajorLineStyle, g.MinorLineStyle }))
        {
            if (!IsSolid(style.Pattern) && style.CanBeRendered)
            {
                throw new InvalidOperationException(
                    $"ScottPlot would draw a dashed grid line with a path effect left to the finalizer, which can crash a parallel render: keep the grid solid.");
            }
        }
    }
}

/// <summary>ScottPlot's vertical line, its line drawn by <see cref="ChartLines.Draw"/>.</summary>
internal sealed class DashedVerticalLine : VerticalLine
{
    public override void Render(RenderPack rp)
    {
        ArgumentNullException.ThrowIfNull(rp);
        if (IsVisible && Axes.XAxis.Range.Contains(X))
        {
            var bottom = Math.Max(Minimum, Math.Min(Axes.YAxis.Min, Axes.YAxis.Max));
            var top = Math.Min(Maximum, Math.Max(Axes.YAxis.Min, Axes.YAxis.Max));
            ChartLines.Draw(rp.Canvas, rp.Paint, Axes.GetPixelLine(new CoordinateLine(new Coordinates(X, bottom), new Coordinates(X, top))), LineStyle);
        }
    }
}

/// <summary>ScottPlot's horizontal line, its line drawn by <see cref="ChartLines.Draw"/>.</summary>
internal sealed class DashedHorizontalLine : HorizontalLine
{
    public override void Render(RenderPack rp)
    {
        ArgumentNullException.ThrowIfNull(rp);
        if (IsVisible && Axes.YAxis.Range.Contains(Y))
        {
            var left = Math.Max(Minimum, Math.Min(Axes.XAxis.Min, Axes.XAxis.Max));
            var right = Math.Min(Maximum, Math.Max(Axes.XAxis.Min, Axes.XAxis.Max));
            ChartLines.Draw(rp.Canvas, rp.Paint, Axes.GetPixelLine(new CoordinateLine(new Coordinates(left, Y), new Coordinates(right, Y))), LineStyle);
        }
    }
}
