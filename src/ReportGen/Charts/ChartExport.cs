namespace ReportGen.Charts;

/// <summary>The exports every chart has, made from its <see cref="IChart.Draw"/> alone.</summary>
public static class ChartExport
{
    /// <summary>The chart as an SVG document of the given size (user units are points); text stays text, in "Noto Sans".</summary>
    public static string ToSvg(this IChart chart, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return ChartKit.ToSvg(chart.Draw, width, height);
    }

    /// <summary>
    /// The chart as a PNG on white, for a placement of <paramref name="width"/> × <paramref name="height"/> points:
    /// its pixel size is points × <paramref name="dpi"/> / 72, and its pHYs chunk records the resolution.
    /// </summary>
    public static byte[] ToPng(this IChart chart, int width, int height, int dpi = 300)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return ChartKit.ToPng(chart.Draw, width, height, dpi);
    }
}
