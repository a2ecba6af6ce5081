using ReportGen.Analysis;
using ScottPlot;
using ScottPlot.Plottables;
using SkiaSharp;

namespace ReportGen.Charts;

/// <summary>
/// The distribution of a score question: one vertical bar per answer, lowest first, as tall as the weighted share of
/// the answers it got, with that share written above it. A score marks its mean (with its confidence interval at the
/// top), its target and its benchmarks as vertical lines at their value on the axis of answers; a net score colours
/// its bars detractors, passives and promoters by the indicator's cut-offs and gives the three shares and the score in
/// its legend. Units are PDF points; the chart has no title: documents caption it.
/// </summary>
public sealed partial class ScoreDistributionChart : IChart
{
    /// <summary>Font size of the answers under the bars and of the shares above them, in points.</summary>
    internal const float LabelFontSize = 9f;

    /// <summary>Font size of the legend and of the shares above the bars, in points.</summary>
    internal const float SmallFontSize = 8f;

    private const float BarFraction = 0.72f;
    private const float MinPlotHeight = 150f;
    private const float MaxPitch = 56f;
    private const float LegendGap = 8f;
    private const float ValueGap = 2f;
    private const float TickLabelGap = 3f;
    private const float MeanLineWidth = 1.5f;
    private const float TargetLineWidth = 2f;
    private const float BenchmarkLineWidth = 1.25f;
    private const float IntervalCap = 6f;
    private const float DiamondSize = 8f;
    private const float LowBaseOutlineWidth = 0.75f;

    private static readonly ScottPlot.Color BarColor = ChartKit.PrimaryColor;
    private static readonly ScottPlot.Color LowBaseBarColor = ScottPlot.Color.FromHex("#B4C6D8");
    private static readonly ScottPlot.Color MeanColor = ScottPlot.Color.FromHex("#1B3A57");

    /// <summary>Detractors, passives, promoters: brick, grey, blue — told apart by lightness too, not by hue alone.</summary>
    internal static readonly ScottPlot.Color DetractorColor = ScottPlot.Color.FromHex("#B0503F");
    internal static readonly ScottPlot.Color PassiveColor = ScottPlot.Color.FromHex("#BFBFBF");
    internal static readonly ScottPlot.Color PromoterColor = ChartKit.PrimaryColor;

    /// <summary>A chart of <paramref name="shares"/> (one per answer from <paramref name="minimum"/> up), labelled <paramref name="label"/>.</summary>
    /// <param name="unit">What follows a score (« /10 »).</param>
    /// <param name="marks">For a score: the mean first, then its target and benchmarks; none for a net score.</param>
    /// <param name="net">For a net score: its groups, shares and score.</param>
    /// <param name="meanInterval">The mean's confidence interval at <paramref name="confidenceLevel"/>.</param>
    public ScoreDistributionChart(
        string label,
        int minimum,
        IReadOnlyList<double> shares,
        string unit,
        IReadOnlyList<ScoreMark> marks,
        NetScoreGroups? net = null,
        Interval? meanInterval = null,
        double confidenceLevel = 0.95,
        bool lowBase = false)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(shares);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(marks);
        if (shares.Count < 2)
        {
            throw new ArgumentException("a score distribution chart needs at least two answers.", nameof(shares));
        }

        if (shares.Any(s => !ChartKit.IsProportion(s)))
        {
            throw new ArgumentException($"the distribution of '{label}' has a share outside [0, 1].", nameof(shares));
        }

        var maximum = minimum + shares.Count - 1;
        foreach (var mark in marks)
        {
            ArgumentNullException.ThrowIfNull(mark, nameof(marks));
            if (!double.IsFinite(mark.Value) || mark.Value < minimum || mark.Value > maximum)
            {
                throw new ArgumentException($"the mark '{mark.Name}' ({mark.Value}) is outside the answers {minimum} to {maximum}.", nameof(marks));
            }
        }

        if (net is not null && (marks.Count > 0 || minimum != 0 || maximum != 10))
        {
            throw new ArgumentException("a net score is read on the answers 0 to 10 and marks no value on them.", nameof(net));
        }

        if (net is not null && (!ChartKit.IsProportion(net.Detractors) || !ChartKit.IsProportion(net.Passives) || !ChartKit.IsProportion(net.Promoters) || net.DetractorsTo >= net.PromotersFrom))
        {
            throw new ArgumentException($"the net score groups of '{label}' are not shares of ordered cut-offs.", nameof(net));
        }

        if (!(confidenceLevel is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "a confidence level is in ]0, 1[.");
        }

        Label = label;
        Minimum = minimum;
        Shares = [.. shares];
        Unit = unit;
        Marks = [.. marks];
        Net = net;
        MeanInterval = meanInterval;
        ConfidenceLevel = confidenceLevel;
        LowBase = lowBase;
    }

    /// <summary>The indicator's label, as the description names it.</summary>
    public string Label { get; }

    public int Minimum { get; }

    public int Maximum => Minimum + Shares.Count - 1;

    /// <summary>The weighted share of each answer, <see cref="Minimum"/> first.</summary>
    public IReadOnlyList<double> Shares { get; }

    public string Unit { get; }

    public IReadOnlyList<ScoreMark> Marks { get; }

    public NetScoreGroups? Net { get; }

    public Interval? MeanInterval { get; }

    public double ConfidenceLevel { get; }

    public bool LowBase { get; }

    /// <summary>The size, in points, that fits the chart at the given width: the legend, a plot of about half the width and the answers.</summary>
    public SKSize PreferredSize(float width)
    {
        var layout = ComputeLayout(width, 0);
        return new SKSize(width, MathF.Ceiling(layout.LegendBand + Math.Max(MinPlotHeight, Math.Min(width * 0.42f, 220f)) + layout.AxisBand));
    }

    /// <summary>Draws the chart as vectors into <paramref name="rect"/> of any canvas (a PDF page, an SVG, a bitmap), in the canvas's units.</summary>
    public void Draw(SKCanvas canvas, SKRect rect)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        var layout = ComputeLayout(rect.Width, rect.Height);
        using var plot = BuildPlot(layout);
        ChartKit.Render(plot, canvas, rect);
    }

    /// <summary>The colour of the bar of <paramref name="answer"/>.</summary>
    internal ScottPlot.Color BarColorOf(int answer) => Net is { } net
        ? answer <= net.DetractorsTo ? DetractorColor : answer >= net.PromotersFrom ? PromoterColor : PassiveColor
        : LowBase ? LowBaseBarColor : BarColor;

    /// <summary>Where everything goes for a chart of the given size in points (height 0: only the measures that do not depend on it).</summary>
    internal ScoreDistributionLayout ComputeLayout(float width, float height)
    {
        ChartKit.CheckArea(width, height);
        using var labelFont = new TextMeasurer(LabelFontSize);
        using var smallFont = new TextMeasurer(SmallFontSize);

        var left = ChartKit.OuterPadding;
        var right = width - ChartKit.OuterPadding;
        var legend = LegendLayout.Create(LegendEntries(), left, 0, right, smallFont);
        var legendBand = legend.Rect.Height + LegendGap;
        var axisBand = TickLabelGap + labelFont.LineHeight + ChartKit.OuterPadding;

        // Bars no wider than a comfortable pitch, centred: a wide chart does not make eleven bars fat.
        var count = Shares.Count;
        var pitch = Math.Min((right - left) / count, MaxPitch);
        var values = Shares.Select(BarValue).ToList();
        if (pitch < values.Max(smallFont.Width) + 2)
        {
            throw new ArgumentException($"a width of {width} pt is too small for {count} answers.", nameof(width));
        }

        var dataLeft = (left + right - (pitch * count)) / 2;
        var dataTop = legendBand;
        var dataBottom = Math.Max(dataTop + 1, height - axisBand);
        var dataRect = new SKRect(dataLeft, dataTop, dataLeft + (pitch * count), dataBottom);

        // The tallest bar leaves room above it for its share and, over it, the interval of the mean.
        var headroom = smallFont.LineHeight + ValueGap + (Marks.Count > 0 ? IntervalCap + 4 : 0);
        var scale = (float)((dataRect.Height - headroom) / Math.Max(Shares.Max(), 0.01));

        var texts = new List<ChartText>(legend.Texts);
        var halos = new List<SKRect>();
        var bars = new List<SKRect>(count);
        for (var i = 0; i < count; i++)
        {
            var centre = dataLeft + ((i + 0.5f) * pitch);
            var half = pitch * BarFraction / 2;
            var top = dataBottom - (scale * (float)Shares[i]);
            bars.Add(new SKRect(centre - half, top, centre + half, dataBottom));
            var valueWidth = smallFont.Width(values[i]);
            var valueRect = new SKRect(centre - (valueWidth / 2), top - ValueGap - smallFont.LineHeight, centre + (valueWidth / 2), top - ValueGap);
            texts.Add(new ChartText(values[i], valueRect, SmallFontSize, ChartKit.TextColor, Alignment: Alignment.LowerCenter));
            halos.Add(SKRect.Inflate(valueRect, 1, 0));
            var answer = (Minimum + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var answerWidth = labelFont.Width(answer);
            texts.Add(new ChartText(answer, new SKRect(centre - (answerWidth / 2), dataBottom + TickLabelGap, centre + (answerWidth / 2), dataBottom + TickLabelGap + labelFont.LineHeight), LabelFontSize, ChartKit.MutedTextColor, Alignment: Alignment.UpperCenter));
        }

        var lines = new List<(PixelLine Line, LineStyle Style)>();
        var markers = new List<ChartMarker>(legend.Markers);
        float X(double value) => dataLeft + (float)((value - Minimum + 0.5) * pitch);
        var markTop = dataTop + 1;
        foreach (var mark in Marks)
        {
            var x = X(mark.Value);
            var style = LineStyleOf(mark.Kind);

            // A white casing under each line keeps it visible where it crosses a bar of a close colour.
            lines.Add((new PixelLine(x, markTop, x, dataBottom), new LineStyle { Width = style.Width + 1.5f, Color = Colors.White, AntiAlias = true }));
            lines.Add((new PixelLine(x, markTop, x, dataBottom), style));
            if (mark.Kind == ScoreMarkKind.Mean && MeanInterval is { } interval)
            {
                var y = markTop + (IntervalCap / 2);
                var (low, high) = (X(Math.Max(interval.Lower, Minimum)), X(Math.Min(interval.Upper, Maximum)));
                var whisker = new LineStyle { Width = 1f, Color = MeanColor, AntiAlias = true };
                lines.Add((new PixelLine(low, y, high, y), whisker));
                lines.Add((new PixelLine(low, y - (IntervalCap / 2), low, y + (IntervalCap / 2)), whisker));
                lines.Add((new PixelLine(high, y - (IntervalCap / 2), high, y + (IntervalCap / 2)), whisker));
            }
            else if (mark.Kind == ScoreMarkKind.Benchmark)
            {
                markers.Add(new ChartMarker(new SKPoint(x, markTop + (DiamondSize / 2)), SatisfactionChart.BenchmarkMarker(DiamondSize)));
            }
        }

        return new ScoreDistributionLayout(
            new SKRect(0, 0, width, height),
            dataRect,
            pitch,
            scale,
            legendBand,
            axisBand,
            bars,
            texts,
            halos,
            lines,
            markers);
    }

    private static string BarValue(double share) => Publishing.FrenchFormat.Percent(share, 0);

    private static LineStyle LineStyleOf(ScoreMarkKind kind) => kind switch
    {
        ScoreMarkKind.Mean => new LineStyle { Width = MeanLineWidth, Color = MeanColor, AntiAlias = true },
        ScoreMarkKind.Target => new LineStyle { Width = TargetLineWidth, Color = SatisfactionChart.TargetColor, AntiAlias = true },
        _ => new LineStyle { Width = BenchmarkLineWidth, Color = SatisfactionChart.BenchmarkLineColor, Pattern = LinePattern.Dashed, AntiAlias = true },
    };

    private Plot BuildPlot(ScoreDistributionLayout layout)
    {
        var plot = ChartKit.NewPlot(layout.DataRect);
        var data = layout.DataRect;

        // One unit across and up is one point, so that bars end where the layout says.
        plot.Axes.SetLimits(0, data.Width, 0, data.Height);
        foreach (var axis in new IAxis[] { plot.Axes.Left, plot.Axes.Top, plot.Axes.Right })
        {
            ChartKit.HideAxis(axis, SmallFontSize);
        }

        var bottom = plot.Axes.Bottom;
        ChartKit.HideAxis(bottom, SmallFontSize);
        bottom.FrameLineStyle.Color = ChartKit.AxisColor;
        bottom.FrameLineStyle.Width = 0.75f;
        bottom.FrameLineStyle.AntiAlias = true;
        plot.Grid.XAxisStyle.IsVisible = false;
        plot.Grid.YAxisStyle.IsVisible = false;

        var bars = new List<Bar>(Shares.Count);
        for (var i = 0; i < Shares.Count; i++)
        {
            var rect = layout.Bars[i];
            bars.Add(new Bar
            {
                Position = rect.MidX - data.Left,
                Value = rect.Height,
                ValueBase = 0,
                Size = rect.Width,
                FillColor = BarColorOf(Minimum + i),
                LineColor = BarColor,
                LineWidth = Net is null && LowBase ? LowBaseOutlineWidth : 0,
            });
        }

        plot.Add.Bars(bars);
        plot.RenderManager.RenderActions.Add(new MarksAndHalos(layout.Lines, layout.Halos));
        plot.RenderManager.RenderActions.Add(new PlacedMarkers(layout.Markers));
        plot.RenderManager.RenderActions.Add(new PlacedTexts(layout.Texts));
        return plot;
    }

    /// <summary>The legend: what each mark and colour stands for, with its value, so that the chart reads without its caption.</summary>
    private List<LegendEntry> LegendEntries()
    {
        var entries = new List<LegendEntry>();
        if (Net is { } net)
        {
            entries.Add(new LegendEntry($"détracteurs ({Answers(Minimum, net.DetractorsTo)})\u00A0: {Publishing.FrenchFormat.Percent(net.Detractors)}", Square(DetractorColor), ChartKit.TextColor));
            if (net.PromotersFrom - net.DetractorsTo > 1)
            {
                entries.Add(new LegendEntry($"passifs ({Answers(net.DetractorsTo + 1, net.PromotersFrom - 1)})\u00A0: {Publishing.FrenchFormat.Percent(net.Passives)}", Square(PassiveColor), ChartKit.TextColor));
            }

            entries.Add(new LegendEntry($"promoteurs ({Answers(net.PromotersFrom, Maximum)})\u00A0: {Publishing.FrenchFormat.Percent(net.Promoters)}", Square(PromoterColor), ChartKit.TextColor));
            entries.Add(new LegendEntry($"score net\u00A0: {Signed(net.Score)}", null, ChartKit.TextColor));
            if (net.Target is { } target)
            {
                entries.Add(new LegendEntry($"objectif\u00A0: {Signed(target)}", null, ChartKit.MutedTextColor));
            }

            entries.AddRange(net.Benchmarks.Select(b => new LegendEntry($"{b.Name}\u00A0: {Signed(b.Value)}", null, ChartKit.MutedTextColor)));
        }

        foreach (var mark in Marks)
        {
            var symbol = mark.Kind switch
            {
                ScoreMarkKind.Mean => new MarkerStyle(MarkerShape.VerticalBar, SmallFontSize + 2, MeanColor) { LineWidth = MeanLineWidth },
                ScoreMarkKind.Target => new MarkerStyle(MarkerShape.VerticalBar, SmallFontSize + 2, SatisfactionChart.TargetColor) { LineWidth = TargetLineWidth },
                _ => SatisfactionChart.BenchmarkMarker(DiamondSize),
            };
            var text = $"{mark.Name}\u00A0: {ChartKit.Number(mark.Value, 1)}{Unit}";
            if (mark.Kind == ScoreMarkKind.Mean && MeanInterval is { } interval)
            {
                text += $" (intervalle de confiance à {Publishing.FrenchFormat.Percent(ConfidenceLevel, 0)} de {ChartKit.Number(interval.Lower, 1)} à {ChartKit.Number(interval.Upper, 1)})";
            }

            entries.Add(new LegendEntry(text, symbol, ChartKit.TextColor));
        }

        if (LowBase)
        {
            entries.Add(new LegendEntry("base faible, à lire avec prudence", null, ChartKit.MutedTextColor));
        }

        return entries;
    }

    private static MarkerStyle Square(ScottPlot.Color color) => new(MarkerShape.FilledSquare, SmallFontSize, color);

    /// <summary>A net score in the chart font: "+34", "–4" (an en dash: the chart font has no minus sign), "0".</summary>
    internal static string Signed(double points)
    {
        var rounded = Math.Round(points, 0, MidpointRounding.AwayFromZero);
        return (rounded > 0 ? "+" : "") + ChartKit.Number(points, 0);
    }

    /// <summary>A run of answers as French prose: "10", "7 et 8", "0 à 6".</summary>
    internal static string Answers(int low, int high) => low == high ? Whole(low)
        : high == low + 1 ? $"{Whole(low)} et {Whole(high)}"
        : $"{Whole(low)} à {Whole(high)}";

    private static string Whole(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture).Replace('-', '\u2013');

    /// <summary>
    /// The marks' lines, then white behind each share written above a bar, so that a line crossing it leaves it readable.
    /// </summary>
    private sealed class MarksAndHalos(IReadOnlyList<(PixelLine Line, LineStyle Style)> lines, IReadOnlyList<SKRect> halos) : IRenderAction
    {
        public void Render(RenderPack rp)
        {
            foreach (var (line, style) in lines)
            {
                ChartLines.Draw(rp.Canvas, rp.Paint, line, style); // the benchmark's line is dashed
            }

            using var white = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill, IsAntialias = false };
            foreach (var halo in halos.Where(h => lines.Any(l => Crosses(l.Line, h))))
            {
                rp.Canvas.DrawRect(halo, white);
            }
        }

        private static bool Crosses(PixelLine line, SKRect rect) =>
            Math.Max(line.X1, line.X2) >= rect.Left && Math.Min(line.X1, line.X2) <= rect.Right
            && Math.Max(line.Y1, line.Y2) >= rect.Top && Math.Min(line.Y1, line.Y2) <= rect.Bottom;
    }
}

/// <summary>Where a <see cref="ScoreDistributionChart"/> puts things, in points from its top-left corner.</summary>
internal sealed record ScoreDistributionLayout(
    SKRect Bounds,
    SKRect DataRect,
    float Pitch,
    float Scale,
    float LegendBand,
    float AxisBand,
    IReadOnlyList<SKRect> Bars,
    IReadOnlyList<ChartText> Texts,
    IReadOnlyList<SKRect> Halos,
    IReadOnlyList<(PixelLine Line, LineStyle Style)> Lines,
    IReadOnlyList<ChartMarker> Markers);
