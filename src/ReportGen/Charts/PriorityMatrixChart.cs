using ReportGen.Publishing;
using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace ReportGen.Charts;

/// <summary>
/// Importance–performance matrix (Martilla and James, 1977): performance (share satisfied) across, derived
/// importance (a correlation, shown as it is) up, one labelled point per indicator, dashed crosshairs at the given
/// values and the four quadrants named in light text in their corners. Labels are placed by a deterministic
/// nudging: right, left, above, below, then the diagonals and further away; the first place that overlaps no
/// other label, no point, no quadrant name, no crosshair and no edge wins. Units are PDF points; the chart has no title and no
/// note (the document states the crosshair rule).
/// </summary>
public sealed partial class PriorityMatrixChart : IChart
{
    /// <summary>Font size of the point labels, in points.</summary>
    internal const float LabelFontSize = 8.5f;

    /// <summary>Font size of the ticks, axis titles and quadrant names, in points.</summary>
    internal const float SmallFontSize = 8f;

    internal const string ImprovementQuadrant = "Priorités d’amélioration";
    internal const string StrengthQuadrant = "Points forts à maintenir";
    internal const string SecondaryQuadrant = "Priorité secondaire";
    internal const string RedeployQuadrant = "Ressources à redéployer";
    internal const string PerformanceTitle = "Performance (%\u202Fde satisfaits)";
    internal const string ImportanceTitle = "Importance (corrélation avec la satisfaction globale)";

    private const float PointSize = 7f;
    private const float LabelGap = 3f;
    private const float Inset = 4f;
    private const float TitleGap = 6f;
    private const float TickLength = 3f;
    private const float TickLabelDistance = 2f;
    private const float YTickLabelDistance = 5f;

    private static readonly ScottPlot.Color PriorityColor = ScottPlot.Color.FromHex("#C0392B");
    private static readonly ScottPlot.Color QuadrantColor = ScottPlot.Color.FromHex("#A6A6A6");
    private static readonly ScottPlot.Color CrosshairColor = ScottPlot.Color.FromHex("#7F7F7F");

    /// <summary>A matrix of the given indicators, with crosshairs at the given performance and importance.</summary>
    public PriorityMatrixChart(IReadOnlyList<PriorityPoint> points, double performanceCrosshair, double importanceCrosshair)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            throw new ArgumentException("a priority matrix needs at least one indicator.", nameof(points));
        }

        foreach (var point in points)
        {
            ArgumentNullException.ThrowIfNull(point, nameof(points));
            if (!ChartKit.IsProportion(point.Performance) || !IsCorrelation(point.Importance))
            {
                throw new ArgumentException($"the indicator '{point.Label}' has a performance outside [0, 1] or an importance outside [−1, 1].", nameof(points));
            }
        }

        if (!ChartKit.IsProportion(performanceCrosshair))
        {
            throw new ArgumentOutOfRangeException(nameof(performanceCrosshair), performanceCrosshair, "a performance is in [0, 1].");
        }

        if (!IsCorrelation(importanceCrosshair))
        {
            throw new ArgumentOutOfRangeException(nameof(importanceCrosshair), importanceCrosshair, "an importance is in [−1, 1].");
        }

        Points = [.. points];
        PerformanceCrosshair = performanceCrosshair;
        ImportanceCrosshair = importanceCrosshair;
    }

    public IReadOnlyList<PriorityPoint> Points { get; }

    public double PerformanceCrosshair { get; }

    public double ImportanceCrosshair { get; }

    /// <summary>The size, in points, for the given width: a matrix about two thirds as high as it is wide.</summary>
    public SKSize PreferredSize(float width)
    {
        ComputeLayout(width, MathF.Max(1, width * 0.68f));
        return new SKSize(width, MathF.Ceiling(width * 0.68f));
    }

    /// <summary>Draws the chart as vectors into <paramref name="rect"/> of any canvas (a PDF page, an SVG, a bitmap), in the canvas's units.</summary>
    public void Draw(SKCanvas canvas, SKRect rect)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        var layout = ComputeLayout(rect.Width, rect.Height);
        using var plot = BuildPlot(layout);
        ChartKit.Render(plot, canvas, rect);
    }

    /// <summary>Where everything goes for a chart of the given size in points.</summary>
    internal PriorityMatrixLayout ComputeLayout(float width, float height)
    {
        ChartKit.CheckArea(width, height);
        using var labelFont = new TextMeasurer(LabelFontSize);
        using var smallFont = new TextMeasurer(SmallFontSize);

        // The scales: steps that give five to eight ticks, around the points and the crosshairs.
        var xs = Points.Select(p => p.Performance).Append(PerformanceCrosshair).ToList();
        var ys = Points.Select(p => p.Importance).Append(ImportanceCrosshair).ToList();
        var (xLow, xHigh, xStep) = Scale(xs.Min(), xs.Max(), [0.05, 0.1, 0.2, 0.25], 0, 1);
        var (yLow, yHigh, yStep) = Scale(ys.Min(), ys.Max(), [0.05, 0.1, 0.2, 0.25, 0.5], -1, 1);
        var yTicks = Ticks(yLow, yHigh, yStep).Select(v => (v, ChartKit.Number(v, 2))).ToList();
        var xTicks = Ticks(xLow, xHigh, xStep).Select(v => (v, FrenchFormat.Percent(v, 0))).ToList();

        var texts = new List<ChartText>();
        var titleRect = new SKRect(ChartKit.OuterPadding, 0, ChartKit.OuterPadding + smallFont.Width(ImportanceTitle), smallFont.LineHeight);
        texts.Add(new ChartText(ImportanceTitle, titleRect, SmallFontSize, ChartKit.MutedTextColor));

        var dataLeft = ChartKit.OuterPadding + yTicks.Max(t => smallFont.Width(t.Item2)) + TickLength + YTickLabelDistance;
        var dataRight = width - ChartKit.OuterPadding - (smallFont.Width(xTicks[^1].Item2) / 2);
        var dataTop = titleRect.Bottom + TitleGap;
        var axisTitleTop = height - ChartKit.OuterPadding - smallFont.LineHeight;
        var dataBottom = axisTitleTop - TickLength - TickLabelDistance - smallFont.LineHeight - 2;
        if (dataRight - dataLeft < 120 || dataBottom - dataTop < 80)
        {
            throw new ArgumentException($"a chart of {width} × {height} pt is too small for a priority matrix.", nameof(width));
        }

        var dataRect = new SKRect(dataLeft, dataTop, dataRight, dataBottom);
        var axisTitleRect = new SKRect(dataRight - smallFont.Width(PerformanceTitle), axisTitleTop, dataRight, axisTitleTop + smallFont.LineHeight);
        texts.Add(new ChartText(PerformanceTitle, axisTitleRect, SmallFontSize, ChartKit.MutedTextColor));

        float X(double v) => dataLeft + (float)((v - xLow) / (xHigh - xLow) * dataRect.Width);
        float Y(double v) => dataBottom - (float)((v - yLow) / (yHigh - yLow) * dataRect.Height);

        // The quadrant names in the corners, then the points: what the labels must not cover.
        var obstacles = new List<SKRect>();
        var inner = SKRect.Inflate(dataRect, -Inset, -Inset);
        foreach (var (name, alignment) in new[]
        {
            (ImprovementQuadrant, Alignment.UpperLeft),
            (StrengthQuadrant, Alignment.UpperRight),
            (SecondaryQuadrant, Alignment.LowerLeft),
            (RedeployQuadrant, Alignment.LowerRight),
        })
        {
            var size = smallFont.Measure(name);
            var left = alignment is Alignment.UpperLeft or Alignment.LowerLeft ? inner.Left : inner.Right - size.Width;
            var top = alignment is Alignment.UpperLeft or Alignment.UpperRight ? inner.Top : inner.Bottom - size.Height;
            var rect = new SKRect(left, top, left + size.Width, top + size.Height);
            texts.Add(new ChartText(name, rect, SmallFontSize, QuadrantColor));
            obstacles.Add(rect);
        }

        // The crosshairs, as thin bands.
        obstacles.Add(new SKRect(X(PerformanceCrosshair) - 1, dataRect.Top, X(PerformanceCrosshair) + 1, dataRect.Bottom));
        obstacles.Add(new SKRect(dataRect.Left, Y(ImportanceCrosshair) - 1, dataRect.Right, Y(ImportanceCrosshair) + 1));

        var centres = Points.Select(p => new SKPoint(X(p.Performance), Y(p.Importance))).ToList();
        var markers = new List<ChartMarker>();
        var radius = (PointSize / 2) + 1;
        for (var i = 0; i < Points.Count; i++)
        {
            var c = centres[i];
            obstacles.Add(new SKRect(c.X - radius, c.Y - radius, c.X + radius, c.Y + radius));
            var priority = Points[i].Importance >= ImportanceCrosshair && Points[i].Performance < PerformanceCrosshair;
            markers.Add(new ChartMarker(c, new MarkerStyle(MarkerShape.FilledCircle, PointSize, priority ? PriorityColor : ChartKit.PrimaryColor)
            {
                OutlineColor = ScottPlot.Colors.White,
                OutlineWidth = 0.75f,
            }));
        }

        // Labels in order of the points, each at the first free place.
        var maxLabelWidth = Math.Max(90f, dataRect.Width * 0.3f);
        var labels = new List<string>(Points.Count);
        var labelRects = new List<SKRect>(Points.Count);
        for (var i = 0; i < Points.Count; i++)
        {
            var text = string.Join('\n', ChartKit.Wrap(Points[i].Label, maxLabelWidth, labelFont));
            var rect = PlaceLabel(centres[i], labelFont.Measure(text), inner, obstacles);
            labels.Add(text);
            labelRects.Add(rect);
            obstacles.Add(rect);
            var alignment = rect.MidX < centres[i].X - 1 ? Alignment.UpperRight : rect.MidX > centres[i].X + 1 ? Alignment.UpperLeft : Alignment.UpperCenter;
            texts.Add(new ChartText(text, rect, LabelFontSize, ChartKit.TextColor, Alignment: alignment));
        }

        return new PriorityMatrixLayout(
            new SKRect(0, 0, width, height),
            dataRect,
            xLow,
            xHigh,
            yLow,
            yHigh,
            xTicks,
            yTicks,
            labels,
            labelRects,
            centres,
            texts,
            markers);
    }

    private static bool IsCorrelation(double value) => double.IsFinite(value) && value is >= -1 and <= 1;

    /// <summary>
    /// The first candidate place for a label of <paramref name="size"/> beside <paramref name="point"/> that stays in
    /// <paramref name="area"/> and overlaps no obstacle; when none is free, the one that overlaps least.
    /// </summary>
    private static SKRect PlaceLabel(SKPoint point, SKSize size, SKRect area, IReadOnlyList<SKRect> obstacles)
    {
        var d = (PointSize / 2) + LabelGap;
        var w = size.Width;
        var h = size.Height;
        var e = d * 0.7f;
        var candidates = new List<SKRect>
        {
            Rect(point.X + d, point.Y - (h / 2)),
            Rect(point.X - d - w, point.Y - (h / 2)),
            Rect(point.X - (w / 2), point.Y - d - h),
            Rect(point.X - (w / 2), point.Y + d),
            Rect(point.X + e, point.Y - e - h),
            Rect(point.X + e, point.Y + e),
            Rect(point.X - e - w, point.Y - e - h),
            Rect(point.X - e - w, point.Y + e),
        };

        // Then a little further away, level or a line up or down.
        foreach (var shift in new[] { 0f, -h * 0.75f, h * 0.75f, -h * 1.5f, h * 1.5f })
        {
            candidates.Add(Rect(point.X + (2 * d), point.Y - (h / 2) + shift));
            candidates.Add(Rect(point.X - (2 * d) - w, point.Y - (h / 2) + shift));
        }

        SKRect? best = null;
        var bestOverlap = float.MaxValue;
        foreach (var candidate in candidates)
        {
            var outside = Area(candidate) - Area(Intersection(candidate, area));
            var overlap = (outside * 4) + obstacles.Sum(o => Area(Intersection(candidate, o)));
            if (overlap <= 0)
            {
                return candidate;
            }

            if (overlap < bestOverlap)
            {
                bestOverlap = overlap;
                best = candidate;
            }
        }

        return best!.Value;

        SKRect Rect(float left, float top) => new(left, top, left + w, top + h);
    }

    private static SKRect Intersection(SKRect a, SKRect b) => SKRect.Intersect(a, b);

    private static float Area(SKRect r) => r.IsEmpty || r.Width <= 0 || r.Height <= 0 ? 0 : r.Width * r.Height;

    /// <summary>Whole steps around [<paramref name="min"/>, <paramref name="max"/>] with a margin, within the bounds.</summary>
    private static (double Low, double High, double Step) Scale(double min, double max, double[] steps, double lowest, double highest)
    {
        var margin = Math.Max(0.02, (max - min) * 0.08);
        foreach (var step in steps)
        {
            var low = Math.Max(lowest, Math.Floor(((min - margin) / step) + 1e-9) * step);
            var high = Math.Min(highest, Math.Ceiling(((max + margin) / step) - 1e-9) * step);
            if ((high - low) / step <= 8)
            {
                return (low, high, step);
            }
        }

        return (lowest, highest, steps[^1]);
    }

    private static List<double> Ticks(double low, double high, double step)
    {
        var count = (int)Math.Round((high - low) / step);
        return [.. Enumerable.Range(0, count + 1).Select(i => Math.Round(low + (i * step), 6))];
    }

    private Plot BuildPlot(PriorityMatrixLayout layout)
    {
        var plot = ChartKit.NewPlot(layout.DataRect);
        plot.Axes.SetLimits(layout.XLow, layout.XHigh, layout.YLow, layout.YHigh);

        var bottom = plot.Axes.Bottom;
        var xTicks = new NumericManual();
        foreach (var (value, text) in layout.XTicks)
        {
            xTicks.AddMajor(value, text);
        }

        bottom.TickGenerator = xTicks;
        var left = plot.Axes.Left;
        var yTicks = new NumericManual();
        foreach (var (value, text) in layout.YTicks)
        {
            yTicks.AddMajor(value, text);
        }

        left.TickGenerator = yTicks;
        foreach (var axis in new IAxis[] { bottom, left })
        {
            axis.MajorTickStyle.Length = TickLength;
            axis.MajorTickStyle.Color = ChartKit.AxisColor;
            axis.MajorTickStyle.Width = 0.5f;
            axis.MajorTickStyle.AntiAlias = true;
            axis.MinorTickStyle.Length = 0;
            ChartKit.StyleText(axis.TickLabelStyle, SmallFontSize, ChartKit.MutedTextColor);
            axis.FrameLineStyle.Color = ChartKit.AxisColor;
            axis.FrameLineStyle.Width = 0.75f;
            axis.FrameLineStyle.AntiAlias = true;
        }

        ChartKit.HideAxis(plot.Axes.Top, SmallFontSize);
        ChartKit.HideAxis(plot.Axes.Right, SmallFontSize);
        foreach (var grid in new[] { plot.Grid.XAxisStyle, plot.Grid.YAxisStyle })
        {
            grid.MajorLineStyle.Color = ChartKit.GridColor.WithAlpha(0.6);
            grid.MajorLineStyle.Width = 0.5f;
            grid.MajorLineStyle.AntiAlias = true;
            grid.MinorLineStyle.Width = 0;
        }

        var vertical = ChartLines.AddVertical(plot, PerformanceCrosshair, 0.9f, CrosshairColor, LinePattern.DenselyDashed);
        var horizontal = ChartLines.AddHorizontal(plot, ImportanceCrosshair, 0.9f, CrosshairColor, LinePattern.DenselyDashed);
        vertical.LineStyle.AntiAlias = true;
        horizontal.LineStyle.AntiAlias = true;

        plot.RenderManager.RenderActions.Add(new PlacedMarkers(layout.Markers));
        plot.RenderManager.RenderActions.Add(new PlacedTexts(layout.Texts));
        return plot;
    }
}

/// <summary>Where a <see cref="PriorityMatrixChart"/> puts things, in points from its top-left corner.</summary>
internal sealed record PriorityMatrixLayout(
    SKRect Bounds,
    SKRect DataRect,
    double XLow,
    double XHigh,
    double YLow,
    double YHigh,
    IReadOnlyList<(double Value, string Text)> XTicks,
    IReadOnlyList<(double Value, string Text)> YTicks,
    IReadOnlyList<string> Labels,
    IReadOnlyList<SKRect> LabelRects,
    IReadOnlyList<SKPoint> Centres,
    IReadOnlyList<ChartText> Texts,
    IReadOnlyList<ChartMarker> Markers);
