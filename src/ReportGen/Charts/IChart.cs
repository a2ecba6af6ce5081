using SkiaSharp;

namespace ReportGen.Charts;

/// <summary>
/// What every chart kind does: size itself and draw as vectors; <see cref="ChartExport"/> exports it for the
/// magazine's layout tools. <see cref="Description"/> and <see cref="Data"/> are the chart for a reader who cannot
/// see it (WCAG 1.1.1): the HTML and Word documents give them beside every drawing.
/// </summary>
public interface IChart
{
    /// <summary>The size, in points, that fits the chart at the given width.</summary>
    SKSize PreferredSize(float width);

    /// <summary>Draws the chart as vectors into <paramref name="rect"/> of any canvas.</summary>
    void Draw(SKCanvas canvas, SKRect rect);

    /// <summary>What the chart shows, in a few French sentences computed from its data (alternative text, SVG <c>desc</c>).</summary>
    string Description => "";

    /// <summary>The figures the chart draws, as a table (its accessible equivalent); null when it has none to give.</summary>
    ChartData? Data => null;
}

/// <summary>A chart's figures as a table: column headers and rows of text already formatted in French; the first column names the row.</summary>
public sealed record ChartData(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
