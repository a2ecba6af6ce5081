using ScottPlot;
using SkiaSharp;

namespace ReportGen.Charts;

/// <summary>
/// A filled diamond with its outline, as ScottPlot's <c>FilledDiamond</c> draws it, but with its path disposed at once
/// rather than left to the finalizer (ScottPlot's never disposes it): the benchmark diamonds are drawn by the thousand
/// in a <c>--per</c> build. This was first taken for the cause of the rare native crash of parallel <c>--per</c> builds
/// (docs/charts-crash.md); it is not, or not the only one.
/// </summary>
internal sealed class DiamondMarker : IMarker
{
    public static DiamondMarker Instance { get; } = new();

    public void Render(SKCanvas canvas, Paint paint, Pixel center, float size, MarkerStyle markerStyle)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(markerStyle);
        var radius = size / 2;
        var rect = new PixelRect(center, radius);
        using var path = new SKPath();
        path.AddPoly(
        [
            new SKPoint(center.X + radius, center.Y), new SKPoint(center.X, center.Y + radius),
            new SKPoint(center.X - radius, center.Y), new SKPoint(center.X, center.Y - radius),
        ]);
        Drawing.FillPath(canvas, paint, path, markerStyle.FillStyle, rect);
        Drawing.DrawPath(canvas, paint, path, markerStyle.OutlineStyle);
    }
}
