using ReportGen.Analysis;
using ReportGen.Documents;
using ReportGen.Publishing;
using ScottPlot;
using ScottPlot.Plottables;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace ReportGen.Charts;

/// <summary>
/// "Satisfaction by indicator": one horizontal bar per indicator, first at the top, with its confidence
/// interval, its target and its value in French. Units are PDF points throughout (1/72 in): the layout is
/// computed in points and the PNG is the same drawing scaled to its resolution, so every output reads the same.
/// The chart has no title: documents caption it.
/// </summary>
public sealed partial class SatisfactionChart : IChart
{
    /// <summary>Font size of the indicator labels and of the values, in points.</summary>
    internal const float LabelFontSize = 9f;

    /// <summary>Font size of the axis ticks and of the legend, in points.</summary>
    internal const float SmallFontSize = 8f;

    private const float MinRowPitch = 22f;
    private const float BarFraction = 0.6f;
    private const float MaxBarThickness = 16f;
    private const float OuterPadding = ChartKit.OuterPadding;
    private const float IntervalLineWidth = 1f;
    private const float TargetLineWidth = 2f;
    private const float LowBaseOutlineWidth = 0.75f;
    private const float LegendSymbolWidth = 14f;
    private const float LegendSymbolPadding = 4f;
    private const float LegendItemSpacing = 16f;

    /// <summary>ScottPlot's fixed distance between a left tick and its label (AxisBase.DrawTicksVerticalAxis).</summary>
    private const float ScottPlotTickLabelDistance = 5f;

    private const float ValueGap = 4f;
    private const float LegendGap = 8f;
    private const float MaxCapSize = 6f;
    private const float XTickLength = 3f;
    private const float XTickLabelDistance = 2f;

    /// <summary>Labels wrap beyond this share of the chart's width; a single word longer than it is never cut.</summary>
    private const float MaxLabelShare = 0.42f;

    private static readonly ScottPlot.Color BarColor = ChartKit.PrimaryColor;
    private static readonly ScottPlot.Color LowBaseBarColor = ScottPlot.Color.FromHex("#B4C6D8");
    private static readonly ScottPlot.Color IntervalColor = ScottPlot.Color.FromHex("#1B3A57");
    /// <summary>The target's colour, in every chart that marks one.</summary>
    internal static readonly ScottPlot.Color TargetColor = ScottPlot.Color.FromHex("#C0392B");

    /// <summary>The benchmark's diamond: orange (Okabe–Ito) outlined in dark grey, visible on a bar and on white alike.</summary>
    internal static readonly ScottPlot.Color BenchmarkColor = ScottPlot.Color.FromHex("#E69F00");

    /// <summary>The line of a benchmark in charts that draw one, and the diamond's outline.</summary>
    internal static readonly ScottPlot.Color BenchmarkLineColor = ScottPlot.Color.FromHex("#404040");

    private const float BenchmarkMarkerSize = 8f;

    /// <summary>How every chart marks a benchmark: a diamond of <paramref name="size"/> points.</summary>
    internal static MarkerStyle BenchmarkMarker(float size) => new(MarkerShape.FilledDiamond, size, BenchmarkColor)
    {
        LineColor = BenchmarkLineColor,
        LineWidth = 0.75f,
        OutlineColor = BenchmarkLineColor,
        OutlineWidth = 0.75f,
    };

    /// <summary>Appended to the label of a low-base bar; its no-break space keeps it on one line.</summary>
    internal const string LowBaseSuffix = " (base\u00A0faible)";

    private readonly string[] labels;

    /// <summary>A chart of the given bars, top to bottom. <paramref name="confidenceLevel"/> names the intervals in the legend.</summary>
    /// <param name="benchmarkName">How the legend names the bars' benchmarks (« moyenne régionale »), when they have any.</param>
    public SatisfactionChart(IReadOnlyList<ChartBar> bars, double confidenceLevel = 0.95, string? benchmarkName = null)
    {
        ArgumentNullException.ThrowIfNull(bars);
        if (bars.Count == 0)
        {
            throw new ArgumentException("a satisfaction chart needs at least one bar.", nameof(bars));
        }

        foreach (var bar in bars)
        {
            ArgumentNullException.ThrowIfNull(bar, nameof(bars));
            if (!ChartKit.IsProportion(bar.Value) || !ChartKit.IsProportion(bar.Low) || !ChartKit.IsProportion(bar.High) || (bar.Target is { } target && !ChartKit.IsProportion(target))
                || (bar.Benchmark is { } benchmark && !ChartKit.IsProportion(benchmark)))
            {
                throw new ArgumentException($"the bar '{bar.Label}' has a value, a bound or a target outside [0, 1].", nameof(bars));
            }

            if (bar.Low > bar.Value || bar.Value > bar.High)
            {
                throw new ArgumentException($"the bar '{bar.Label}' has a value outside its interval.", nameof(bars));
            }
        }

        if (!(confidenceLevel is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "a confidence level is in ]0, 1[.");
        }

        Bars = [.. bars];
        ConfidenceLevel = confidenceLevel;
        BenchmarkName = Bars.Any(b => b.Benchmark is not null) ? benchmarkName ?? DefaultBenchmarkName : null;
        labels = [.. Bars.Select(b => b.LowBase ? b.Label + LowBaseSuffix : b.Label)];
    }

    public IReadOnlyList<ChartBar> Bars { get; }

    public double ConfidenceLevel { get; }

    /// <summary>How the legend and the description name the benchmarks; null when no bar has one.</summary>
    public string? BenchmarkName { get; }

    /// <summary>The name of benchmarks that do not share one name.</summary>
    internal const string DefaultBenchmarkName = "valeur de référence";

    /// <summary>
    /// The chart of the published estimates (the suppressed ones left out), in the order of the indicator file,
    /// labelled with the indicators' short labels in French typography.
    /// </summary>
    /// <param name="headlineOnly">Only the indicators of the article's key-figure list (<c>headline: true</c>).</param>
    public static SatisfactionChart? FromEstimates(SurveyResults results, bool headlineOnly = false)
    {
        ArgumentNullException.ThrowIfNull(results);
        var indicators = results.Project.Catalog.Indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);

        // A share's first benchmark in the file's order, its reference a proportion as the share is.
        var benchmarks = results.Benchmarks.Where(b => b.Definition.Unit == Definitions.MeasureUnit.Percent)
            .GroupBy(b => b.Definition.IndicatorId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var shown = results.Estimates
            .Where(e => !e.Suppressed && e.Satisfied is not null && e.Interval is not null)
            .Where(e => !headlineOnly || indicators[e.IndicatorId].Headline)
            .ToList();
        var bars = shown
            .Select(e => new ChartBar(
                FrenchFormat.Typography(indicators[e.IndicatorId].Label),
                e.Satisfied!.Value,
                e.Interval!.Value.Lower,
                e.Interval.Value.Upper,
                e.Target,
                e.LowBase)
            {
                Benchmark = benchmarks.TryGetValue(e.IndicatorId, out var b) ? b.Comparison.Reference : null,
                BenchmarkVerdict = benchmarks.TryGetValue(e.IndicatorId, out var v) ? v.Comparison.Verdict : null,
            })
            .ToList();
        var names = shown.Where(e => benchmarks.ContainsKey(e.IndicatorId)).Select(e => FrenchFormat.Typography(benchmarks[e.IndicatorId].Name)).Distinct(StringComparer.Ordinal).ToList();
        return bars.Count == 0 ? null : new SatisfactionChart(bars, results.Project.Thresholds.ConfidenceLevel, names.Count == 1 ? names[0] : null);
    }

    /// <summary>The size, in points, that fits the bars at the given width: about 22 pt a bar plus the legend and the axis.</summary>
    public SKSize PreferredSize(float width)
    {
        var layout = ComputeLayout(width, 0);
        return new SKSize(width, MathF.Ceiling(layout.LegendBand + (layout.MinRowPitch * Bars.Count) + layout.AxisBand));
    }

    /// <summary>Draws the chart as vectors into <paramref name="rect"/> of any canvas (a PDF page, an SVG, a bitmap), in the canvas's units.</summary>
    public void Draw(SKCanvas canvas, SKRect rect)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        var layout = ComputeLayout(rect.Width, rect.Height);
        using var plot = BuildPlot(layout);
        ChartKit.Render(plot, canvas, rect);
    }

    /// <summary>The pixel length of a length in points at a resolution.</summary>
    internal static int PixelLength(int points, int dpi) => ChartKit.PixelLength(points, dpi);

    /// <summary>Where everything goes for a chart of the given size in points (height 0: only the measures that do not depend on it).</summary>
    internal SatisfactionChartLayout ComputeLayout(float width, float height)
    {
        ChartKit.CheckArea(width, height);
        using var labelFont = new TextMeasurer(LabelFontSize);
        using var smallFont = new TextMeasurer(SmallFontSize);
        var labelLineHeight = labelFont.LineHeight;
        var smallLineHeight = smallFont.LineHeight;

        var maxLabelWidth = Math.Max(width * MaxLabelShare, 40f);
        var wrapped = labels.Select(l => ChartKit.Wrap(l, maxLabelWidth, labelFont)).ToList();
        var labelWidths = wrapped.Select(lines => lines.Max(l => labelFont.Width(l))).ToList();
        var labelColumn = labelWidths.Max();
        var maxLines = wrapped.Max(lines => lines.Count);

        var axisBand = XTickLength + XTickLabelDistance + smallLineHeight + OuterPadding;
        var minRowPitch = Math.Max(MinRowPitch, (maxLines * labelLineHeight) + 6f);

        var dataLeft = OuterPadding + labelColumn + ScottPlotTickLabelDistance;
        var dataRight = width - OuterPadding;

        // Room for the widest value there can be, so that charts of the same width share their scale.
        var widestValue = Bars.Select(b => FrenchFormat.Percent(b.Value)).Append(FrenchFormat.Percent(1)).Max(labelFont.Width);
        var scaleWidth = dataRight - dataLeft - ValueGap - widestValue;
        if (scaleWidth <= 0)
        {
            throw new ArgumentException($"a width of {width} pt is too small for these labels.", nameof(width));
        }

        // The legend starts above the data area, or at the chart's left edge when the data area is too narrow for it.
        var capSize = MaxCapSize;
        var legendSize = MeasureLegend(dataRight - dataLeft, capSize);
        var legendLeft = dataLeft;
        if (legendSize.Height > smallLineHeight * 1.5f)
        {
            legendSize = MeasureLegend(dataRight - OuterPadding, capSize);
            legendLeft = OuterPadding;
        }

        var legendArea = new SKRect(legendLeft, 0, dataRight, legendSize.Height);
        var legendRect = new SKRect(legendLeft, 0, legendLeft + legendSize.Width, legendSize.Height);
        var legendBand = legendSize.Height + LegendGap;

        var dataTop = legendBand;
        var dataBottom = Math.Max(dataTop + 1, height - axisBand);
        var dataRect = new SKRect(dataLeft, dataTop, dataRight, dataBottom);
        var rowPitch = dataRect.Height / Bars.Count;
        var barThickness = Math.Min(rowPitch * BarFraction, MaxBarThickness);

        var labelRects = new List<SKRect>(Bars.Count);
        var valueRects = new List<SKRect>(Bars.Count);
        var anchors = new List<double>(Bars.Count);
        for (var i = 0; i < Bars.Count; i++)
        {
            var centre = dataTop + ((i + 0.5f) * rowPitch);
            var textHeight = wrapped[i].Count * labelLineHeight;
            var right = dataLeft - ScottPlotTickLabelDistance;
            labelRects.Add(new SKRect(right - labelWidths[i], centre - (textHeight / 2), right, centre + (textHeight / 2)));

            var bar = Bars[i];
            var valueWidth = labelFont.Width(FrenchFormat.Percent(bar.Value));
            var anchor = ValueAnchor(bar, scaleWidth, valueWidth);
            anchors.Add(anchor);
            var valueLeft = dataLeft + (scaleWidth * (float)anchor) + ValueGap;
            valueRects.Add(new SKRect(valueLeft, centre - (labelLineHeight / 2), valueLeft + valueWidth, centre + (labelLineHeight / 2)));
        }

        return new SatisfactionChartLayout(
            new SKRect(0, 0, width, height),
            dataRect,
            (dataRight - dataLeft) / scaleWidth,
            rowPitch,
            minRowPitch,
            barThickness,
            capSize,
            legendBand,
            axisBand,
            [.. wrapped.Select(lines => string.Join('\n', lines))],
            labelRects,
            valueRects,
            anchors,
            legendArea,
            legendRect);
    }

    private Plot BuildPlot(SatisfactionChartLayout layout)
    {
        var plot = ChartKit.NewPlot(layout.DataRect);
        var count = Bars.Count;
        plot.Axes.SetLimits(0, layout.XMax, -0.5, count - 0.5);

        StyleAxes(plot, layout);

        // Bars, top to bottom: the first indicator sits at y = count - 1.
        var bars = new List<Bar>(count);
        for (var i = 0; i < count; i++)
        {
            var bar = Bars[i];
            bars.Add(new Bar
            {
                Position = count - 1 - i,
                Value = bar.Value,
                ValueBase = 0,
                Size = layout.BarThickness / layout.RowPitch,
                Orientation = Orientation.Horizontal,
                FillColor = bar.LowBase ? LowBaseBarColor : BarColor,
                LineColor = BarColor,
                LineWidth = bar.LowBase ? LowBaseOutlineWidth : 0,
            });
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;

        var targets = Enumerable.Range(0, count).Where(i => Bars[i].Target is not null).ToList();
        if (targets.Count > 0)
        {
            var marks = plot.Add.Markers(
                targets.Select(i => Bars[i].Target!.Value).ToArray(),
                targets.Select(i => (double)(count - 1 - i)).ToArray(),
                MarkerShape.VerticalBar,
                layout.BarThickness + 4f,
                TargetColor);
            marks.MarkerLineWidth = TargetLineWidth;
        }

        var benchmarked = Enumerable.Range(0, count).Where(i => Bars[i].Benchmark is not null).ToList();
        if (benchmarked.Count > 0)
        {
            plot.RenderManager.RenderActions.Add(new PlacedMarkers([.. benchmarked.Select(i => new ChartMarker(
                new SKPoint(layout.DataRect.Left + (float)(Bars[i].Benchmark!.Value / layout.XMax * layout.DataRect.Width), layout.DataRect.Top + ((i + 0.5f) * layout.RowPitch)),
                BenchmarkMarker(BenchmarkMarkerSize)))]));
        }

        // Drawn over the targets, so that an interval stays readable where it meets its target.
        plot.PlottableList.Add(new ErrorBar(
            [.. Bars.Select(b => b.Value)],
            [.. Enumerable.Range(0, count).Select(i => (double)(count - 1 - i))],
            [.. Bars.Select(b => b.High - b.Value)],
            [.. Bars.Select(b => b.Value - b.Low)],
            null,
            null)
        {
            LineColor = IntervalColor,
            LineWidth = IntervalLineWidth,
            CapSize = layout.CapSize,
        });

        for (var i = 0; i < count; i++)
        {
            var bar = Bars[i];
            var text = plot.Add.Text(FrenchFormat.Percent(bar.Value), layout.ValueAnchors[i], count - 1 - i);
            text.LabelStyle.FontName = ChartFonts.Family;
            text.LabelStyle.FontSize = LabelFontSize;
            text.LabelStyle.ForeColor = bar.LowBase ? ChartKit.MutedTextColor : ChartKit.TextColor;
            text.LabelStyle.BorderWidth = 0;
            text.LabelStyle.PixelPadding = new PixelPadding(0);
            text.Alignment = Alignment.MiddleLeft;
            text.OffsetX = ValueGap;
        }

        ConfigureLegend(plot.Legend, layout.CapSize);
        var legendArea = layout.LegendArea;
        plot.RenderManager.RenderActions.Add(new LegendOutside(new PixelRect(legendArea.Left, legendArea.Right, legendArea.Bottom, legendArea.Top)));

        return plot;
    }

    /// <summary>
    /// Where a row's value label starts (before <see cref="ValueGap"/>), in proportion: just after the bar and its
    /// interval, or after the target or the benchmark when one would cross the label there.
    /// </summary>
    private static double ValueAnchor(ChartBar bar, float scaleWidth, float valueWidth)
    {
        var end = Math.Max(bar.Value, bar.High);
        if (bar.Target is { } target && target > end)
        {
            var labelEnd = (end * scaleWidth) + ValueGap + valueWidth;
            var targetLeft = (target * scaleWidth) - (TargetLineWidth / 2) - 2;
            if (labelEnd >= targetLeft)
            {
                end = target;
            }
        }

        // The diamond is wider than the target's line: a label after it starts half a diamond further.
        if (bar.Benchmark is { } benchmark && benchmark + (BenchmarkMarkerSize / 2 / scaleWidth) > end)
        {
            var labelEnd = (end * scaleWidth) + ValueGap + valueWidth;
            var diamondLeft = (benchmark * scaleWidth) - (BenchmarkMarkerSize / 2) - 1;
            if (labelEnd >= diamondLeft)
            {
                end = benchmark + (BenchmarkMarkerSize / 2 / scaleWidth);
            }
        }

        return end;
    }

    /// <summary>Our legend: a row of items, no frame; drawn by <see cref="LegendOutside"/> above the data area.</summary>
    private void ConfigureLegend(Legend legend, float capSize)
    {
        legend.IsVisible = false;
        legend.DisplayPlottableLegendItems = false;
        legend.ManualItems.AddRange(LegendItems(capSize));
        legend.FontName = ChartFonts.Family;
        legend.FontSize = SmallFontSize;
        legend.FontColor = ChartKit.TextColor;
        legend.OutlineColor = Colors.Transparent;
        legend.OutlineWidth = 0;
        legend.ShadowColor = Colors.Transparent;
        legend.BackgroundColor = Colors.Transparent;
        legend.Padding = new PixelPadding(0);
        legend.Orientation = Orientation.Horizontal;
        legend.TightHorizontalWrapping = true;
        legend.SymbolWidth = LegendSymbolWidth;
        legend.SymbolPadding = LegendSymbolPadding;
        legend.InterItemPadding = new PixelPadding(0, LegendItemSpacing, 0, 0);
    }

    /// <summary>The size of our legend when laid out within <paramref name="width"/>, as ScottPlot will lay it out.</summary>
    private PixelSize MeasureLegend(float width, float capSize)
    {
        using var plot = new Plot();
        ConfigureLegend(plot.Legend, capSize);
        using var paint = ScottPlot.Paint.NewDisposablePaint();
        return plot.Legend.GetLayout(new PixelSize(width, float.MaxValue / 4), paint).LegendRect.Size;
    }

    private IEnumerable<LegendItem> LegendItems(float capSize)
    {
        yield return new LegendItem
        {
            LabelText = $"intervalle de confiance à {FrenchFormat.Percent(ConfidenceLevel, 0)}",
            LineWidth = 0,
            MarkerStyle = new MarkerStyle(MarkerShape.FilledSquare, LegendSymbolWidth, IntervalColor)
            {
                LineWidth = IntervalLineWidth,
                CustomRenderer = new IntervalMarker(capSize),
            },
        };

        if (Bars.Any(b => b.Target is not null))
        {
            yield return new LegendItem
            {
                LabelText = "objectif",
                LineWidth = 0,
                MarkerStyle = new MarkerStyle(MarkerShape.VerticalBar, SmallFontSize + 2, TargetColor) { LineWidth = TargetLineWidth },
            };
        }

        if (BenchmarkName is { } benchmarkName)
        {
            yield return new LegendItem
            {
                LabelText = benchmarkName,
                LineWidth = 0,
                MarkerStyle = BenchmarkMarker(BenchmarkMarkerSize),
            };
        }

        if (Bars.Any(b => b.LowBase))
        {
            yield return new LegendItem
            {
                LabelText = "base faible",
                LineWidth = 0,
                FillColor = LowBaseBarColor,
                OutlineColor = BarColor,
                OutlineWidth = LowBaseOutlineWidth,
            };
        }
    }

    private void StyleAxes(Plot plot, SatisfactionChartLayout layout)
    {
        var count = Bars.Count;
        var left = plot.Axes.Left;
        left.TickGenerator = new NumericManual(
            [.. Enumerable.Range(0, count).Select(i => (double)(count - 1 - i))],
            [.. layout.Labels]);
        left.MajorTickStyle.Length = 0;
        left.MinorTickStyle.Length = 0;
        ChartKit.StyleText(left.TickLabelStyle, LabelFontSize, ChartKit.TextColor);
        left.FrameLineStyle.Color = ChartKit.AxisColor;
        left.FrameLineStyle.Width = 0.75f;
        left.FrameLineStyle.AntiAlias = true;

        var bottom = plot.Axes.Bottom;
        var ticks = new NumericManual();
        for (var percent = 0; percent <= 100; percent += 20)
        {
            ticks.AddMajor(percent / 100.0, FrenchFormat.Percent(percent / 100.0, 0));
        }

        bottom.TickGenerator = ticks;
        bottom.MajorTickStyle.Length = XTickLength;
        bottom.MajorTickStyle.Color = ChartKit.GridColor;
        bottom.MajorTickStyle.Width = 0.5f;
        bottom.MajorTickStyle.AntiAlias = true;
        bottom.MinorTickStyle.Length = 0;
        ChartKit.StyleText(bottom.TickLabelStyle, SmallFontSize, ChartKit.MutedTextColor);
        bottom.FrameLineStyle.Width = 0;
        bottom.FrameLineStyle.Color = Colors.Transparent;

        ChartKit.HideAxis(plot.Axes.Top, SmallFontSize);
        ChartKit.HideAxis(plot.Axes.Right, SmallFontSize);

        plot.Grid.XAxisStyle.MajorLineStyle.Color = ChartKit.GridColor;
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0.5f;
        plot.Grid.XAxisStyle.MajorLineStyle.AntiAlias = true;
        plot.Grid.XAxisStyle.MinorLineStyle.Width = 0;
        plot.Grid.YAxisStyle.IsVisible = false;
    }

    /// <summary>The legend symbol of an interval: a horizontal line between two caps.</summary>
    private sealed class IntervalMarker(float capSize) : IMarker
    {
        public void Render(SKCanvas canvas, ScottPlot.Paint paint, Pixel center, float size, MarkerStyle markerStyle)
        {
            var half = size / 2;
            var cap = capSize / 2;
            var style = markerStyle.LineStyle;
            ChartLines.Draw(canvas, paint, new PixelLine(center.X - half, center.Y, center.X + half, center.Y), style);
            ChartLines.Draw(canvas, paint, new PixelLine(center.X - half, center.Y - cap, center.X - half, center.Y + cap), style);
            ChartLines.Draw(canvas, paint, new PixelLine(center.X + half, center.Y - cap, center.X + half, center.Y + cap), style);
        }
    }
}

/// <summary>Where a <see cref="SatisfactionChart"/> puts things, in points from its top-left corner.</summary>
internal sealed record SatisfactionChartLayout(
    SKRect Bounds,
    SKRect DataRect,
    double XMax,
    float RowPitch,
    float MinRowPitch,
    float BarThickness,
    float CapSize,
    float LegendBand,
    float AxisBand,
    IReadOnlyList<string> Labels,
    IReadOnlyList<SKRect> LabelRects,
    IReadOnlyList<SKRect> ValueRects,
    IReadOnlyList<double> ValueAnchors,
    SKRect LegendArea,
    SKRect LegendRect);
