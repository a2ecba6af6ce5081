using ReportGen.Publishing;
using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace ReportGen.Charts;

/// <summary>
/// "Enquête miroir": one row per indicator, first at the top, with a dot for the tenants' share satisfied and a
/// dot for the share the staff predicted, joined by a line, and the gap (staff − tenants, in points) at the right,
/// bold when significant and followed by a grey "n.s." when not. Units are PDF points; the chart has no title.
/// </summary>
public sealed partial class MirrorChart : IChart
{
    /// <summary>Font size of the indicator labels and of the gaps, in points.</summary>
    internal const float LabelFontSize = 9f;

    /// <summary>Font size of the axis ticks and of the legend, in points.</summary>
    internal const float SmallFontSize = 8f;

    /// <summary>Follows the gap of a non-significant difference.</summary>
    internal const string NotSignificant = "\u00A0n.s.";

    private const float MinRowPitch = 22f;
    private const float DotSize = 8f;
    private const float JoinWidth = 2.5f;
    private const float LabelGap = 8f;
    private const float GapColumnGap = 12f;
    private const float LegendGap = 8f;
    private const float XTickLength = 3f;
    private const float XTickLabelDistance = 2f;
    private const float MaxLabelShare = 0.36f;

    private static readonly ScottPlot.Color TenantColor = ChartKit.PrimaryColor;
    private static readonly ScottPlot.Color StaffColor = ScottPlot.Color.FromHex("#E67E22");
    private static readonly ScottPlot.Color JoinColor = ScottPlot.Color.FromHex("#BFBFBF");
    private static readonly ScottPlot.Color RowGuideColor = ScottPlot.Color.FromHex("#EFEFEF");

    /// <summary>A chart of the given indicators, top to bottom.</summary>
    public MirrorChart(IReadOnlyList<MirrorPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            throw new ArgumentException("a mirror chart needs at least one indicator.", nameof(points));
        }

        foreach (var point in points)
        {
            ArgumentNullException.ThrowIfNull(point, nameof(points));
            if (!ChartKit.IsProportion(point.Tenant) || !ChartKit.IsProportion(point.Staff))
            {
                throw new ArgumentException($"the indicator '{point.Label}' has a share outside [0, 1].", nameof(points));
            }
        }

        Points = [.. points];
    }

    public IReadOnlyList<MirrorPoint> Points { get; }

    /// <summary>The gap staff − tenants in French points, signed: "+18,7 pts", "–1,1 pt" (an en dash: the chart font has no minus sign), "0,0 pt".</summary>
    public static string FormatGap(double staff, double tenant)
    {
        var points = Math.Round((staff - tenant) * 100, 1, MidpointRounding.AwayFromZero);
        var sign = points > 0 ? "+" : "";
        var unit = Math.Abs(points) >= 2 ? "pts" : "pt";
        return $"{sign}{ChartKit.Number(points, 1)}{FrenchFormat.NoBreakSpace}{unit}";
    }

    /// <summary>The size, in points, that fits the rows at the given width: about 22 pt a row plus the legend and the axis.</summary>
    public SKSize PreferredSize(float width)
    {
        var layout = ComputeLayout(width, 0);
        return new SKSize(width, MathF.Ceiling(layout.DataRect.Top + (layout.MinRowPitch * Points.Count) + layout.AxisBand));
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
    internal MirrorChartLayout ComputeLayout(float width, float height)
    {
        ChartKit.CheckArea(width, height);
        using var labelFont = new TextMeasurer(LabelFontSize);
        using var boldFont = new TextMeasurer(LabelFontSize, bold: true);
        using var smallFont = new TextMeasurer(SmallFontSize);
        var lineHeight = labelFont.LineHeight;

        var maxLabelWidth = Math.Max(width * MaxLabelShare, 40f);
        var wrapped = Points.Select(p => ChartKit.Wrap(p.Label, maxLabelWidth, labelFont)).ToList();
        var labels = wrapped.Select(lines => string.Join('\n', lines)).ToList();
        var labelWidths = labels.Select(labelFont.Width).ToList();
        var labelColumn = labelWidths.Max();
        var maxLines = wrapped.Max(lines => lines.Count);

        // The gaps: numbers right-aligned on one column, the "n.s." after it.
        var gaps = Points.Select(p => FormatGap(p.Staff, p.Tenant)).ToList();
        var gapWidths = Points.Select((p, i) => (p.Significant ? boldFont : labelFont).Width(gaps[i])).ToList();
        var nsWidth = Points.Any(p => !p.Significant) ? labelFont.Width(NotSignificant) : 0;
        var numberRight = width - ChartKit.OuterPadding - nsWidth;
        var gapColumnLeft = numberRight - gapWidths.Max();

        var dataLeft = ChartKit.OuterPadding + labelColumn + LabelGap;
        var dataRight = gapColumnLeft - GapColumnGap;
        if (dataRight - dataLeft < 60)
        {
            throw new ArgumentException($"a width of {width} pt is too small for these labels.", nameof(width));
        }

        // Legend: above the data, or from the chart's left edge when the data area is too narrow for one row.
        var texts = new List<ChartText>();
        var markers = new List<ChartMarker>();
        var entries = new List<LegendEntry>
        {
            new("locataires", Dot(TenantColor), ChartKit.TextColor),
            new("collaborateurs", Dot(StaffColor), ChartKit.TextColor),
        };
        if (nsWidth > 0)
        {
            entries.Add(new LegendEntry("n.s.\u00A0: écart non significatif", null, ChartKit.MutedTextColor));
        }

        var header = "écart";
        var headerRect = new SKRect(numberRight - smallFont.Width(header), 0, numberRight, smallFont.LineHeight);
        var legend = LegendLayout.Create(entries, dataLeft, 0, headerRect.Left - GapColumnGap, smallFont);
        if (legend.Rect.Height > smallFont.LineHeight * 1.5f)
        {
            legend = LegendLayout.Create(entries, ChartKit.OuterPadding, 0, headerRect.Left - GapColumnGap, smallFont);
        }

        texts.AddRange(legend.Texts);
        markers.AddRange(legend.Markers);
        texts.Add(new ChartText(header, headerRect, SmallFontSize, ChartKit.MutedTextColor, Alignment: Alignment.UpperRight));

        var axisBand = XTickLength + XTickLabelDistance + smallFont.LineHeight + ChartKit.OuterPadding;
        var minRowPitch = Math.Max(MinRowPitch, (maxLines * lineHeight) + 6f);
        var dataTop = legend.Rect.Bottom + LegendGap;
        var dataBottom = Math.Max(dataTop + 1, height - axisBand);
        var dataRect = new SKRect(dataLeft, dataTop, dataRight, dataBottom);
        var rowPitch = dataRect.Height / Points.Count;

        // The scale: whole tens around the values, the dots never cut by the data area's edges.
        var low = Math.Max(0, Math.Floor((Points.Min(p => Math.Min(p.Tenant, p.Staff)) - 0.02) * 10) / 10);
        var high = Math.Min(1, Math.Ceiling((Points.Max(p => Math.Max(p.Tenant, p.Staff)) + 0.02) * 10) / 10);
        var pad = (high - low) * (DotSize / 2 + 1) / Math.Max(1, dataRect.Width - DotSize - 2);
        var xMin = low - pad;
        var xMax = high + pad;

        var labelRects = new List<SKRect>(Points.Count);
        var gapRects = new List<SKRect>(Points.Count);
        for (var i = 0; i < Points.Count; i++)
        {
            var point = Points[i];
            var centre = dataTop + ((i + 0.5f) * rowPitch);
            var textHeight = wrapped[i].Count * lineHeight;
            var labelRight = dataLeft - LabelGap;
            var labelRect = new SKRect(labelRight - labelWidths[i], centre - (textHeight / 2), labelRight, centre + (textHeight / 2));
            labelRects.Add(labelRect);
            texts.Add(new ChartText(labels[i], labelRect, LabelFontSize, ChartKit.TextColor, Alignment: Alignment.MiddleRight));

            var gapRect = new SKRect(numberRight - gapWidths[i], centre - (lineHeight / 2), numberRight, centre + (lineHeight / 2));
            texts.Add(new ChartText(gaps[i], gapRect, LabelFontSize, ChartKit.TextColor, point.Significant, Alignment.MiddleRight));
            if (!point.Significant)
            {
                var nsRect = new SKRect(numberRight, gapRect.Top, numberRight + nsWidth, gapRect.Bottom);
                texts.Add(new ChartText(NotSignificant, nsRect, LabelFontSize, ChartKit.MutedTextColor, Alignment: Alignment.MiddleLeft));
                gapRect = new SKRect(gapRect.Left, gapRect.Top, nsRect.Right, gapRect.Bottom);
            }

            gapRects.Add(gapRect);
            float X(double value) => dataLeft + (float)((value - xMin) / (xMax - xMin) * dataRect.Width);
            markers.Add(new ChartMarker(new SKPoint(X(point.Staff), centre), Dot(StaffColor)));
            markers.Add(new ChartMarker(new SKPoint(X(point.Tenant), centre), Dot(TenantColor)));
        }

        return new MirrorChartLayout(
            new SKRect(0, 0, width, height),
            dataRect,
            low,
            high,
            xMin,
            xMax,
            rowPitch,
            minRowPitch,
            axisBand,
            labels,
            labelRects,
            gapRects,
            legend.Rect,
            texts,
            markers);
    }

    private static MarkerStyle Dot(ScottPlot.Color color) => new(MarkerShape.FilledCircle, DotSize, color)
    {
        OutlineColor = ScottPlot.Colors.White,
        OutlineWidth = 0.75f,
    };

    private Plot BuildPlot(MirrorChartLayout layout)
    {
        var plot = ChartKit.NewPlot(layout.DataRect);
        var count = Points.Count;
        plot.Axes.SetLimits(layout.XMin, layout.XMax, -0.5, count - 0.5);

        var bottom = plot.Axes.Bottom;
        var ticks = new NumericManual();
        var step = layout.High - layout.Low > 0.6 ? 0.2 : 0.1;
        for (var tick = layout.Low; tick <= layout.High + 1e-9; tick += step)
        {
            ticks.AddMajor(tick, FrenchFormat.Percent(tick, 0));
        }

        bottom.TickGenerator = ticks;
        bottom.MajorTickStyle.Length = XTickLength;
        bottom.MajorTickStyle.Color = ChartKit.GridColor;
        bottom.MajorTickStyle.Width = 0.5f;
        bottom.MajorTickStyle.AntiAlias = true;
        bottom.MinorTickStyle.Length = 0;
        ChartKit.StyleText(bottom.TickLabelStyle, SmallFontSize, ChartKit.MutedTextColor);
        bottom.FrameLineStyle.Color = ChartKit.AxisColor;
        bottom.FrameLineStyle.Width = 0.75f;
        bottom.FrameLineStyle.AntiAlias = true;
        ChartKit.HideAxis(plot.Axes.Left, SmallFontSize);
        ChartKit.HideAxis(plot.Axes.Top, SmallFontSize);
        ChartKit.HideAxis(plot.Axes.Right, SmallFontSize);

        plot.Grid.XAxisStyle.MajorLineStyle.Color = ChartKit.GridColor;
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0.5f;
        plot.Grid.XAxisStyle.MajorLineStyle.AntiAlias = true;
        plot.Grid.XAxisStyle.MinorLineStyle.Width = 0;
        plot.Grid.YAxisStyle.IsVisible = false;

        for (var i = 0; i < count; i++)
        {
            var point = Points[i];
            var y = count - 1 - i;
            var guide = plot.Add.Line(layout.XMin, y, layout.XMax, y);
            guide.LineColor = RowGuideColor;
            guide.LineWidth = 0.75f;
            guide.MarkerSize = 0;

            var join = plot.Add.Line(point.Tenant, y, point.Staff, y);
            join.LineColor = JoinColor;
            join.LineWidth = JoinWidth;
            join.MarkerSize = 0;
        }

        plot.RenderManager.RenderActions.Add(new PlacedMarkers(layout.Markers));
        plot.RenderManager.RenderActions.Add(new PlacedTexts(layout.Texts));
        return plot;
    }
}

/// <summary>Where a <see cref="MirrorChart"/> puts things, in points from its top-left corner.</summary>
internal sealed record MirrorChartLayout(
    SKRect Bounds,
    SKRect DataRect,
    double Low,
    double High,
    double XMin,
    double XMax,
    float RowPitch,
    float MinRowPitch,
    float AxisBand,
    IReadOnlyList<string> Labels,
    IReadOnlyList<SKRect> LabelRects,
    IReadOnlyList<SKRect> GapRects,
    SKRect LegendRect,
    IReadOnlyList<ChartText> Texts,
    IReadOnlyList<ChartMarker> Markers);
