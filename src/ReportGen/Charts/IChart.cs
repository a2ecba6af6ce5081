using SkiaSharp;

namespace ReportGen.Charts;

/// <summary>What every chart kind does: size itself, draw as vectors, export for the magazine's layout tools.</summary>
public interface IChart
{
    /// <summary>The size, in points, that fits the chart at the given width.</summary>
    SKSize PreferredSize(float width);

    /// <summary>Draws the chart as vectors into <paramref name="rect"/> of any canvas.</summary>
    void Draw(SKCanvas canvas, SKRect rect);

    /// <summary>The chart as SVG, deterministic.</summary>
    string ToSvg(int width, int height);

    /// <summary>The chart as PNG at <paramref name="dpi"/> dots per inch.</summary>
    byte[] ToPng(int width, int height, int dpi = 300);
}
