using ScottPlot;
using SkiaSharp;

namespace ReportGen.Charts;

/// <summary>
/// A filled diamond with its outline, as ScottPlot's <c>FilledDiamond</c> draws it, but with its path disposed at once.
/// ScottPlot's leaves its <see cref="SKPath"/> to the finalizer, and SkiaSharp 3.119's path finalizer can crash the
/// process when the path's internal builder is finalized first (mono/SkiaSharp#3796): the benchmark diamonds of a
/// <c>--per</c> build, drawn by the thousand on parallel threads, made it happen.
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
