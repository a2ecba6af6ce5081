using SkiaSharp;

namespace ReportGen.Charts;

/// <summary>What every chart kind does: size itself and draw as vectors; <see cref="ChartExport"/> exports it for the magazine's layout tools.</summary>
public interface IChart
{
    /// <summary>The size, in points, that fits the chart at the given width.</summary>
    SKSize PreferredSize(float width);

    /// <summary>Draws the chart as vectors into <paramref name="rect"/> of any canvas.</summary>
    void Draw(SKCanvas canvas, SKRect rect);
}
