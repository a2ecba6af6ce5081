using System.Collections.Frozen;
using ScottPlot;
using SkiaSharp;

namespace ReportGen.Charts;

/// <summary>
/// Makes every marker a chart draws safe to render on several threads. ScottPlot draws its path-shaped markers
/// (bars, triangles, diamonds, crosses…) with a new <see cref="SKPath"/> it never disposes, and SkiaSharp's
/// <see cref="SKCanvas.DrawPath"/> does not keep that path alive through the native call: a garbage collection
/// triggered by another thread in the middle of the draw lets the finalizer free the path that Skia is reading, and
/// the process dies with a segmentation fault (docs/charts-crash.md). <see cref="Own(Plot)"/>, called by
/// <see cref="ChartKit.Render"/> on every plot, gives each such marker a renderer of ours that draws the same path,
/// pixel for pixel, and disposes it once drawn; a shape that has none is refused rather than left to crash.
/// </summary>
internal static class ChartMarkers
{
    /// <summary>Shapes ScottPlot draws without a path (circles and rectangles), which need no renderer of ours.</summary>
    private static readonly FrozenSet<MarkerShape> PathFree = new[]
    {
        MarkerShape.None, MarkerShape.FilledCircle, MarkerShape.OpenCircle, MarkerShape.FilledSquare,
        MarkerShape.OpenSquare, MarkerShape.OpenCircleWithDot,
    }.ToFrozenSet();

    /// <summary>Our renderer of each path-shaped marker the charts use, drawing ScottPlot's geometry.</summary>
    private static readonly FrozenDictionary<MarkerShape, IMarker> Renderers = new Dictionary<MarkerShape, IMarker>
    {
        [MarkerShape.VerticalBar] = new PathMarker(Stroke.Line, (c, s) => [new(c.X, c.Y + s / 2f), new(c.X, c.Y - s / 2f)]),
        [MarkerShape.HorizontalBar] = new PathMarker(Stroke.Line, (c, s) => [new(c.X + s / 2f, c.Y), new(c.X - s / 2f, c.Y)]),
        [MarkerShape.FilledTriangleUp] = new PathMarker(Stroke.Filled, TriangleUp, TriangleRadius),
        [MarkerShape.OpenTriangleUp] = new PathMarker(Stroke.Open, TriangleUp),
        [MarkerShape.FilledTriangleDown] = new PathMarker(Stroke.Filled, TriangleDown, TriangleRadius),
        [MarkerShape.OpenTriangleDown] = new PathMarker(Stroke.Open, TriangleDown),
        [MarkerShape.FilledDiamond] = new PathMarker(Stroke.Filled, Diamond),
        [MarkerShape.OpenDiamond] = new PathMarker(Stroke.Open, Diamond),
    }.ToFrozenDictionary();

    /// <summary>The shapes a chart may use: drawn without a path, or by a renderer of ours.</summary>
    public static IEnumerable<MarkerShape> Drawable => Enum.GetValues<MarkerShape>().Where(s => PathFree.Contains(s) || Renderers.ContainsKey(s));

    /// <summary>Gives every marker of the plot — its plottables', its legend's — a renderer that disposes its path.</summary>
    public static void Own(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        foreach (var plottable in plot.GetPlottables().OfType<IHasMarker>())
        {
            Own(plottable.MarkerStyle);
        }

        foreach (var item in plot.Legend.GetItems())
        {
            Own(item.MarkerStyle);
        }
    }

    /// <summary>
    /// The style, drawn by our renderer when ScottPlot's would leave a path to the finalizer. A custom renderer already
    /// set is kept (it is ours). Throws for a path-shaped marker we have no renderer for: add one to the table above.
    /// </summary>
    public static MarkerStyle Own(MarkerStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        if (style.CustomRenderer is not null || PathFree.Contains(style.Shape))
        {
            return style;
        }

        style.CustomRenderer = Renderers.TryGetValue(style.Shape, out var renderer)
            ? renderer
            : throw new InvalidOperationException(
                $"ScottPlot draws the {style.Shape} marker with a path it never disposes, which can crash a parallel render: give it a renderer in {nameof(ChartMarkers)}.");
        return style;
    }

    // ScottPlot's triangle: its circumradius is size / 1.732, computed in the same float steps so the pixels agree.
    private static float TriangleRadius(float size) => (float)(size / 1.732);

    private static SKPoint[] TriangleUp(Pixel c, float size)
    {
        var (r, half, low) = Triangle(size);
        return [new(c.X, c.Y - r), new(c.X + half, c.Y + low), new(c.X - half, c.Y + low)];
    }

    private static SKPoint[] TriangleDown(Pixel c, float size)
    {
        var (r, half, high) = Triangle(size);
        return [new(c.X, c.Y + r), new(c.X + half, c.Y - high), new(c.X - half, c.Y - high)];
    }

    private static (float Radius, float HalfWidth, float Offset) Triangle(float size)
    {
        var radius = TriangleRadius(size);
        return (radius, (float)(radius * 0.866), radius / 2f);
    }

    private static SKPoint[] Diamond(Pixel c, float size)
    {
        var r = size / 2f;
        return [new(c.X + r, c.Y), new(c.X, c.Y + r), new(c.X - r, c.Y), new(c.X, c.Y - r)];
    }

    private enum Stroke
    {
        /// <summary>An open polyline, stroked with the marker's line style.</summary>
        Line,

        /// <summary>A closed polygon, stroked with the marker's line style.</summary>
        Open,

        /// <summary>A closed polygon, filled and outlined.</summary>
        Filled,
    }

    /// <summary>A marker drawn as a path of points around its centre, the path disposed once drawn; a filled one fills the square of <c>fillRadius</c> (half its size unless given) as ScottPlot does.</summary>
    private sealed class PathMarker(Stroke stroke, Func<Pixel, float, SKPoint[]> points, Func<float, float>? fillRadius = null) : IMarker
    {
        public void Render(SKCanvas canvas, Paint paint, Pixel center, float size, MarkerStyle markerStyle)
        {
            ArgumentNullException.ThrowIfNull(canvas);
            ArgumentNullException.ThrowIfNull(markerStyle);
            var corners = points(center, size);
            using var path = new SKPath();
            if (stroke == Stroke.Line)
            {
                path.MoveTo(corners[0]);
                foreach (var corner in corners.Skip(1))
                {
                    path.LineTo(corner);
                }
            }
            else
            {
                path.AddPoly(corners, close: true);
            }

            if (stroke == Stroke.Filled)
            {
                var rect = new PixelRect(center, fillRadius?.Invoke(size) ?? size / 2f);
                Drawing.FillPath(canvas, paint, path, markerStyle.FillStyle, rect);
                Drawing.DrawPath(canvas, paint, path, markerStyle.OutlineStyle);
            }
            else
            {
                Drawing.DrawPath(canvas, paint, path, markerStyle.LineStyle);
            }
        }
    }
}
