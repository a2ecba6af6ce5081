using ReportGen.Publishing;
using ScottPlot;
using ScottPlot.Plottables;
using SkiaSharp;

namespace ReportGen.Charts;

/// <summary>
/// The top irritants: one horizontal bar per irritant, first at the top, as long as its number of negative mentions,
/// with "142 (23 %)" after it (the mentions and their share of the comments) and, when the bar has one, the share's
/// confidence interval as a whisker over it (in mentions: the interval's bounds times the comments). The values are
/// written, so the chart has no axis. Units are PDF points; the chart has no title.
/// </summary>
public sealed partial class IrritantChart : IChart
{
    /// <summary>Font size of the labels and of the values, in points.</summary>
    internal const float LabelFontSize = 9f;

    private const float MinRowPitch = 20f;
    private const float BarFraction = 0.62f;
    private const float MaxBarThickness = 14f;
    private const float LabelGap = 6f;
    private const float ValueGap = 4f;
    private const float MaxLabelShare = 0.4f;

    private const float IntervalLineWidth = 1f;

    private static readonly ScottPlot.Color BarColor = ScottPlot.Color.FromHex("#B0503F");
    private static readonly ScottPlot.Color IntervalColor = ScottPlot.Color.FromHex("#1B3A57");

    /// <summary>A chart of the given irritants, top to bottom.</summary>
    public IrritantChart(IReadOnlyList<IrritantBar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        if (bars.Count == 0)
        {
            throw new ArgumentException("an irritant chart needs at least one irritant.", nameof(bars));
        }

        foreach (var bar in bars)
        {
            ArgumentNullException.ThrowIfNull(bar, nameof(bars));
            if (bar.Mentions < 0 || !ChartKit.IsProportion(bar.Share))
            {
                throw new ArgumentException($"the irritant '{bar.Label}' has a negative count or a share outside [0, 1].", nameof(bars));
            }

            if (bar.Interval is { } interval && !(ChartKit.IsProportion(interval.Lower) && ChartKit.IsProportion(interval.Upper) && interval.Contains(bar.Share)))
            {
                throw new ArgumentException($"the interval of the irritant '{bar.Label}' is not inside [0, 1] around its share.", nameof(bars));
            }
        }

        Bars = [.. bars];
    }

    public IReadOnlyList<IrritantBar> Bars { get; }

    /// <summary>The value written after a bar: "142 (23 %)", the share rounded to a whole percent.</summary>
    public static string FormatValue(IrritantBar bar)
    {
        ArgumentNullException.ThrowIfNull(bar);
        return $"{FrenchFormat.Count(bar.Mentions)} ({FrenchFormat.Percent(bar.Share, 0)})";
    }

    /// <summary>The size, in points, that fits the bars at the given width: about 20 pt a bar.</summary>
    public SKSize PreferredSize(float width)
    {
        var layout = ComputeLayout(width, 0);
        return new SKSize(width, MathF.Ceiling((layout.MinRowPitch * Bars.Count) + (2 * ChartKit.OuterPadding)));
    }

    /// <summary>Draws the chart as vectors into <paramref name="rect"/> of any canvas (a PDF page, an SVG, a bitmap), in the canvas's units.</summary>
    public void Draw(SKCanvas canvas, SKRect rect)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        var layout = ComputeLayout(rect.Width, rect.Height);
        using var plot = BuildPlot(layout);
        ChartKit.Render(plot, canvas, rect);
    }

    /// <summary>Where everything goes for a chart of the given size in points (height 0: only the measures that do not depend on it).</summary>
    internal IrritantChartLayout ComputeLayout(float width, float height)
    {
        ChartKit.CheckArea(width, height);
        using var font = new TextMeasurer(LabelFontSize);
        var lineHeight = font.LineHeight;

        var maxLabelWidth = Math.Max(width * MaxLabelShare, 40f);
        var wrapped = Bars.Select(b => ChartKit.Wrap(b.Label, maxLabelWidth, font)).ToList();
        var labels = wrapped.Select(lines => string.Join('\n', lines)).ToList();
        var labelWidths = labels.Select(font.Width).ToList();
        var values = Bars.Select(FormatValue).ToList();
        var valueWidths = values.Select(font.Width).ToList();

        var dataLeft = ChartKit.OuterPadding + labelWidths.Max() + LabelGap;
        var dataRight = width - ChartKit.OuterPadding;
        // A value is written after its bar or, when the whisker goes further, after the whisker.
        var extents = Bars.Select(b => Math.Max(b.Mentions, b.Extent.High)).ToList();
        var maxMentions = (float)Math.Max(1, extents.Max());

        // The longest bar (or whisker) and its value end at the right edge; every other value must fit after its bar.
        var scale = Bars.Select((b, i) => (dataRight - dataLeft - ValueGap - valueWidths[i]) / maxMentions).Min();
        if (scale * maxMentions < 40)
        {
            throw new ArgumentException($"a width of {width} pt is too small for these labels.", nameof(width));
        }

        var minRowPitch = Math.Max(MinRowPitch, (wrapped.Max(l => l.Count) * lineHeight) + 6f);
        var dataTop = ChartKit.OuterPadding;
        var dataBottom = Math.Max(dataTop + 1, height - ChartKit.OuterPadding);
        var dataRect = new SKRect(dataLeft, dataTop, dataRight, dataBottom);
        var rowPitch = dataRect.Height / Bars.Count;
        var barThickness = Math.Min(rowPitch * BarFraction, MaxBarThickness);

        var texts = new List<ChartText>();
        var labelRects = new List<SKRect>();
        var valueRects = new List<SKRect>();
        var barRects = new List<SKRect>();
        var whiskers = new List<(float Low, float High)>();
        for (var i = 0; i < Bars.Count; i++)
        {
            var centre = dataTop + ((i + 0.5f) * rowPitch);
            var textHeight = wrapped[i].Count * lineHeight;
            var labelRect = new SKRect(dataLeft - LabelGap - labelWidths[i], centre - (textHeight / 2), dataLeft - LabelGap, centre + (textHeight / 2));
            labelRects.Add(labelRect);
            texts.Add(new ChartText(labels[i], labelRect, LabelFontSize, ChartKit.TextColor, Alignment: Alignment.MiddleRight));

            var barRight = dataLeft + (scale * Bars[i].Mentions);
            barRects.Add(new SKRect(dataLeft, centre - (barThickness / 2), barRight, centre + (barThickness / 2)));
            var (low, high) = Bars[i].Extent;
            whiskers.Add((dataLeft + (scale * (float)low), dataLeft + (scale * (float)high)));
            var valueLeft = dataLeft + (scale * (float)extents[i]) + ValueGap;
            var valueRect = new SKRect(valueLeft, centre - (lineHeight / 2), valueLeft + valueWidths[i], centre + (lineHeight / 2));
            valueRects.Add(valueRect);
            texts.Add(new ChartText(values[i], valueRect, LabelFontSize, ChartKit.TextColor, Alignment: Alignment.MiddleLeft));
        }

        return new IrritantChartLayout(
            new SKRect(0, 0, width, height),
            dataRect,
            scale,
            rowPitch,
            minRowPitch,
            barThickness,
            labels,
            labelRects,
            barRects,
            whiskers,
            valueRects,
            texts);
    }

    private Plot BuildPlot(IrritantChartLayout layout)
    {
        var plot = ChartKit.NewPlot(layout.DataRect);
        var count = Bars.Count;

        // One unit across is one point, so that bars end where the layout says.
        plot.Axes.SetLimits(0, layout.DataRect.Width, -0.5, count - 0.5);
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Top, plot.Axes.Right })
        {
            ChartKit.HideAxis(axis, LabelFontSize);
        }

        var left = plot.Axes.Left;
        ChartKit.HideAxis(left, LabelFontSize);
        left.FrameLineStyle.Color = ChartKit.AxisColor;
        left.FrameLineStyle.Width = 0.75f;
        left.FrameLineStyle.AntiAlias = true;
        plot.Grid.XAxisStyle.IsVisible = false;
        plot.Grid.YAxisStyle.IsVisible = false;

        var bars = new List<Bar>(count);
        for (var i = 0; i < count; i++)
        {
            bars.Add(new Bar
            {
                Position = count - 1 - i,
                Value = layout.BarRects[i].Width,
                ValueBase = 0,
                Size = layout.BarThickness / layout.RowPitch,
                Orientation = Orientation.Horizontal,
                FillColor = BarColor,
                LineWidth = 0,
            });
        }

        plot.Add.Bars(bars).Horizontal = true;
        var withInterval = Enumerable.Range(0, count).Where(i => Bars[i].Interval is not null).ToList();
        if (withInterval.Count > 0)
        {
            plot.PlottableList.Add(new ErrorBar(
                [.. withInterval.Select(i => (double)layout.BarRects[i].Width)],
                [.. withInterval.Select(i => (double)(count - 1 - i))],
                [.. withInterval.Select(i => (double)(layout.Whiskers[i].High - layout.BarRects[i].Right))],
                [.. withInterval.Select(i => (double)(layout.BarRects[i].Right - layout.Whiskers[i].Low))],
                null,
                null)
            {
                LineColor = IntervalColor,
                LineWidth = IntervalLineWidth,
                CapSize = Math.Min(6f, layout.BarThickness * 0.6f),
            });
        }

        plot.RenderManager.RenderActions.Add(new PlacedTexts(layout.Texts));
        return plot;
    }
}

/// <summary>Where an <see cref="IrritantChart"/> puts things, in points from its top-left corner.</summary>
internal sealed record IrritantChartLayout(
    SKRect Bounds,
    SKRect DataRect,
    float Scale,
    float RowPitch,
    float MinRowPitch,
    float BarThickness,
    IReadOnlyList<string> Labels,
    IReadOnlyList<SKRect> LabelRects,
    IReadOnlyList<SKRect> BarRects,
    IReadOnlyList<(float Low, float High)> Whiskers,
    IReadOnlyList<SKRect> ValueRects,
    IReadOnlyList<ChartText> Texts);
