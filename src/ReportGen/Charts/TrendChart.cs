using ReportGen.Analysis;
using ReportGen.Publishing;
using ScottPlot;
using ScottPlot.Plottables;
using SkiaSharp;

namespace ReportGen.Charts;

/// <summary>
/// "Évolution par indicateur": small multiples, one panel per indicator, in the order given, left to right and top to
/// bottom. Each panel has the indicator's name, its current figure and its change since the previous wave (a ▲ or ▼
/// only when significant after correction for multiple testing, else "n.s."), and its line over the waves (oldest
/// at the left) with the confidence interval of each wave; a suppressed figure is a gap marked "n.p.".
/// Every panel shares one percentage scale, so that a slope means the same thing in all of them. Units are PDF
/// points; the chart has no title: documents caption it.
/// </summary>
/// <remarks>
/// Small multiples rather than one plot of eleven lines: indicators sit within a few points of each other, so
/// eleven lines would cross and their intervals overlap into one grey band, and end labels would collide; one
/// panel each keeps every line, interval and call readable, in black and white too, on an A4 page.
/// </remarks>
public sealed partial class TrendChart : IChart
{
    /// <summary>Font size of the indicator names, in points.</summary>
    internal const float TitleFontSize = 8.5f;

    /// <summary>Font size of the current figure of each panel, in points.</summary>
    internal const float ValueFontSize = 9f;

    /// <summary>Font size of the change since the previous wave, in points.</summary>
    internal const float ChangeFontSize = 8f;

    /// <summary>Font size of the axis labels, the "n.p." marks and the legend, in points.</summary>
    internal const float SmallFontSize = 7.5f;

    /// <summary>Follows a change that is not significant after correction.</summary>
    internal const string NotSignificant = "\u00A0n.s.";

    /// <summary>Marks a wave whose figure was not published.</summary>
    internal const string NotPublished = "n.p.";

    /// <summary>Stands for the change of an indicator that could not be tested.</summary>
    internal const string NotTested = "non testé";

    private const float MinPanelWidth = 140f;
    private const int MaxColumns = 4;
    private const float ColumnGap = 16f;
    private const float RowGap = 14f;
    private const float PreferredDataHeight = 72f;
    private const float MinDataHeight = 24f;
    private const double MinSpan = 0.2;
    private const float TitleGap = 1f;
    private const float ValueGap = 3f;
    private const float TickGap = 3f;
    private const float GutterGap = 4f;
    private const float DotSize = 6f;
    private const float TriangleSize = 7f;
    private const float TriangleGap = 3f;
    private const float CapSize = 4f;
    private const float SeriesLineWidth = 1.5f;
    private const float IntervalLineWidth = 0.9f;
    private const float LegendGap = 10f;
    private const float LegendSymbolWidth = 10f;
    private const float LegendSymbolGap = 4f;
    private const float LegendEntryGap = 3f;

    private static readonly ScottPlot.Color LineColor = ChartKit.PrimaryColor;
    private static readonly ScottPlot.Color IntervalColor = ScottPlot.Color.FromHex("#8FA9C2");
    private static readonly ScottPlot.Color UpColor = ScottPlot.Color.FromHex("#1B5E9C");
    private static readonly ScottPlot.Color DownColor = ScottPlot.Color.FromHex("#C0392B");

    /// <summary>A chart of the given indicators over <paramref name="waves"/> (oldest first, at least two).</summary>
    /// <param name="confidenceLevel">Names the intervals in the legend.</param>
    /// <param name="correction">Names the correction for multiple testing in the legend.</param>
    public TrendChart(IReadOnlyList<string> waves, IReadOnlyList<TrendSeries> series, double confidenceLevel = 0.95, MultipleTestingCorrection correction = MultipleTestingCorrection.Holm)
    {
        ArgumentNullException.ThrowIfNull(waves);
        ArgumentNullException.ThrowIfNull(series);
        if (waves.Count < 2 || waves.Distinct(StringComparer.Ordinal).Count() != waves.Count)
        {
            throw new ArgumentException("a trend chart needs at least two distinct waves.", nameof(waves));
        }

        if (series.Count == 0)
        {
            throw new ArgumentException("a trend chart needs at least one indicator.", nameof(series));
        }

        foreach (var one in series)
        {
            ArgumentNullException.ThrowIfNull(one, nameof(series));
            Check(one, waves);
        }

        if (!(confidenceLevel is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "a confidence level is in ]0, 1[.");
        }

        Waves = [.. waves];
        Series = [.. series];
        ConfidenceLevel = confidenceLevel;
        Correction = correction;
    }

    public IReadOnlyList<string> Waves { get; }

    public IReadOnlyList<TrendSeries> Series { get; }

    public double ConfidenceLevel { get; }

    public MultipleTestingCorrection Correction { get; }

    /// <summary>
    /// The chart of the trends of <paramref name="results"/>, one panel per indicator in the order of the trends,
    /// labelled in French typography; null when there are no trends or fewer than two waves.
    /// </summary>
    public static TrendChart? FromTrends(SurveyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Trends is not { } trends || trends.Waves.Count < 2 || trends.Indicators.Count == 0)
        {
            return null;
        }

        var catalog = results.Project.Catalog;
        var series = trends.Indicators
            .Select(t => new TrendSeries(
                FrenchFormat.Typography(catalog.Indicator(t.IndicatorId).Label),
                [.. t.Waves.Select(w => PointOf(w))],
                t.ChangePoints,
                t.Direction))
            .ToList();
        return new TrendChart(trends.Waves, series, results.Project.Thresholds.ConfidenceLevel, trends.Correction);
    }

    /// <summary>A change in French points, signed: "+3,1 pts", "–4,2 pts" (an en dash: the chart font has no minus sign), "0,0 pt".</summary>
    public static string FormatChange(double points)
    {
        var rounded = Math.Round(points, 1, MidpointRounding.AwayFromZero);
        var sign = rounded > 0 ? "+" : "";
        var unit = Math.Abs(rounded) >= 2 ? "pts" : "pt";
        return $"{sign}{ChartKit.Number(rounded, 1)}{FrenchFormat.NoBreakSpace}{unit}";
    }

    /// <summary>The French name of a correction for multiple testing.</summary>
    public static string CorrectionName(MultipleTestingCorrection correction) => correction switch
    {
        MultipleTestingCorrection.BenjaminiHochberg => "Benjamini–Hochberg",
        _ => "Holm",
    };

    /// <summary>The size, in points, that fits the panels at the given width: about 120 pt a row of panels, plus the legend.</summary>
    public SKSize PreferredSize(float width)
    {
        var layout = ComputeLayout(width, 0);
        return new SKSize(width, MathF.Ceiling(layout.ContentHeight));
    }

    /// <summary>Draws the chart as vectors into <paramref name="rect"/> of any canvas (a PDF page, an SVG, a bitmap), in the canvas's units.</summary>
    public void Draw(SKCanvas canvas, SKRect rect)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        var layout = ComputeLayout(rect.Width, rect.Height);
        for (var i = 0; i < Series.Count; i++)
        {
            using var panel = BuildPanel(Series[i], layout.Panels[i]);
            ChartKit.Render(panel, canvas, rect);
        }

        using var overlay = ChartKit.NewPlot(new SKRect(0, 0, rect.Width, rect.Height));
        foreach (var axis in new IAxis[] { overlay.Axes.Left, overlay.Axes.Right, overlay.Axes.Top, overlay.Axes.Bottom })
        {
            ChartKit.HideAxis(axis, SmallFontSize);
        }

        overlay.HideGrid();
        overlay.RenderManager.RenderActions.Add(new PlacedMarkers(layout.Markers));
        overlay.RenderManager.RenderActions.Add(new PlacedTexts(layout.Texts));
        ChartKit.Render(overlay, canvas, rect);
    }

    /// <summary>Where everything goes for a chart of the given size in points (height 0: the preferred height).</summary>
    internal TrendChartLayout ComputeLayout(float width, float height)
    {
        ChartKit.CheckArea(width, height);
        using var titleFont = new TextMeasurer(TitleFontSize, bold: true);
        using var valueFont = new TextMeasurer(ValueFontSize, bold: true);
        using var changeFont = new TextMeasurer(ChangeFontSize);
        using var changeBoldFont = new TextMeasurer(ChangeFontSize, bold: true);
        using var smallFont = new TextMeasurer(SmallFontSize);

        var span = Span();
        var gutter = smallFont.Width(FrenchFormat.Percent(1, 0)) + GutterGap;
        var left = ChartKit.OuterPadding;
        var right = width - ChartKit.OuterPadding;
        var count = Series.Count;
        var columns = (int)Math.Clamp(Math.Floor((right - left + ColumnGap) / (MinPanelWidth + ColumnGap)), 1, Math.Min(MaxColumns, count));
        var panelWidth = (right - left - ((columns - 1) * ColumnGap)) / columns;
        if (panelWidth - gutter < 60)
        {
            throw new ArgumentException($"a width of {width} pt is too small for a trend chart.", nameof(width));
        }

        var rows = (count + columns - 1) / columns;

        // A row's names take as many lines as its longest, set at the foot of that band, just over the figures.
        var titles = Series.Select(s => ChartKit.Wrap(s.Label, panelWidth, titleFont)).ToList();
        var titleBands = Enumerable.Range(0, rows)
            .Select(r => (titles.Skip(r * columns).Take(columns).Max(t => t.Count) * titleFont.LineHeight) + TitleGap)
            .ToList();
        var valueBand = Math.Max(valueFont.LineHeight, changeFont.LineHeight) + ValueGap;
        var waveBand = TickGap + smallFont.LineHeight;

        // The legend takes the empty places of the last row when it fits there, else a band under the panels.
        var entries = LegendEntries(span);
        var free = (rows * columns) - count;
        LegendLayout? beside = null;
        if (free > 0)
        {
            beside = VerticalLegend(entries, left + ((columns - free) * (panelWidth + ColumnGap)), 0, right, smallFont);
            if (beside.Rect.Height > titleBands[^1] + valueBand + PreferredDataHeight + waveBand)
            {
                beside = null;
            }
        }

        var legendBand = beside is null ? LegendBelow(entries, left, 0, right, smallFont).Rect.Height + LegendGap : 0;
        var fixedHeight = titleBands.Sum() + (rows * (valueBand + waveBand)) + ((rows - 1) * RowGap) + ChartKit.OuterPadding;
        var dataHeight = height <= 0 ? PreferredDataHeight : Math.Max(MinDataHeight, (height - legendBand - fixedHeight) / rows);

        // Dots and caps at the ends of a scale stay inside the data area.
        var pad = span * ((DotSize / 2) + 1) / Math.Max(1, dataHeight - DotSize - 2);

        var texts = new List<ChartText>();
        var markers = new List<ChartMarker>();
        var panels = new List<TrendPanelLayout>(count);
        var waveLabels = Waves.Select(FrenchFormat.Typography).ToList();
        var current = Waves[^1];
        var rowTops = new float[rows + 1];
        for (var r = 0; r < rows; r++)
        {
            rowTops[r + 1] = rowTops[r] + titleBands[r] + valueBand + dataHeight + waveBand + RowGap;
        }

        for (var i = 0; i < count; i++)
        {
            var series = Series[i];
            var column = i % columns;
            var row = i / columns;
            var panelLeft = left + (column * (panelWidth + ColumnGap));
            var panelTop = rowTops[row];
            var lineTop = panelTop + titleBands[row];
            var dataTop = lineTop + valueBand;
            var bounds = new SKRect(panelLeft, panelTop, panelLeft + panelWidth, dataTop + dataHeight + waveBand);

            var titleText = string.Join('\n', titles[i]);
            var titleHeight = titles[i].Count * titleFont.LineHeight;
            var titleRect = new SKRect(panelLeft, lineTop - TitleGap - titleHeight, panelLeft + titleFont.Width(titleText), lineTop - TitleGap);
            texts.Add(new ChartText(titleText, titleRect, TitleFontSize, ChartKit.TextColor, Bold: true));

            // The current figure at the left, the change at the right, on one line.
            var lineMiddle = lineTop + (valueFont.LineHeight / 2);
            var now = series.Points.FirstOrDefault(p => p.Wave == current);
            var valueText = now?.Value is { } v ? FrenchFormat.Percent(v) : NotPublished;
            var valueRect = new SKRect(panelLeft, lineMiddle - (valueFont.LineHeight / 2), panelLeft + valueFont.Width(valueText), lineMiddle + (valueFont.LineHeight / 2));
            texts.Add(new ChartText(valueText, valueRect, ValueFontSize, now?.Value is null ? ChartKit.MutedTextColor : ChartKit.TextColor, Bold: true, Alignment.MiddleLeft));

            var (changeText, changeColor, changeBold) = Change(series);
            var changeWidth = (changeBold ? changeBoldFont : changeFont).Width(changeText);
            var changeRect = new SKRect(bounds.Right - changeWidth, lineMiddle - (changeFont.LineHeight / 2), bounds.Right, lineMiddle + (changeFont.LineHeight / 2));
            texts.Add(new ChartText(changeText, changeRect, ChangeFontSize, changeColor, changeBold, Alignment.MiddleRight));
            var changeLeft = changeRect.Left;
            if (series.Direction is TrendDirection.Up or TrendDirection.Down)
            {
                var centre = new SKPoint(changeRect.Left - TriangleGap - (TriangleSize / 2), lineMiddle);
                markers.Add(new ChartMarker(centre, Triangle(series.Direction)));
                changeLeft = centre.X - (TriangleSize / 2);
            }

            if (changeLeft < valueRect.Right + 4)
            {
                throw new ArgumentException($"a width of {width} pt is too small for the figures of '{series.Label}'.", nameof(width));
            }

            var dataRect = new SKRect(panelLeft + gutter, dataTop, bounds.Right, dataTop + dataHeight);
            var (low, ticks) = Scale(series, span);
            var yMin = low - pad;
            var yMax = low + span + pad;
            float X(int wave) => dataRect.Left + ((wave + 0.5f) * dataRect.Width / Waves.Count);
            float Y(double value) => dataRect.Bottom - (float)((value - yMin) / (yMax - yMin) * dataRect.Height);

            foreach (var tick in ticks)
            {
                var y = Y(tick);
                texts.Add(new ChartText(FrenchFormat.Percent(tick, 0), new SKRect(panelLeft, y - (smallFont.LineHeight / 2), dataRect.Left - GutterGap, y + (smallFont.LineHeight / 2)),
                    SmallFontSize, ChartKit.MutedTextColor, Alignment: Alignment.MiddleRight));
            }

            var points = new SKPoint?[Waves.Count];
            for (var w = 0; w < Waves.Count; w++)
            {
                var waveText = waveLabels[w];
                var waveWidth = smallFont.Width(waveText);
                texts.Add(new ChartText(waveText, new SKRect(X(w) - (waveWidth / 2), dataRect.Bottom + TickGap, X(w) + (waveWidth / 2), dataRect.Bottom + TickGap + smallFont.LineHeight),
                    SmallFontSize, ChartKit.MutedTextColor, Alignment: Alignment.UpperCenter));

                var point = series.Points.FirstOrDefault(p => p.Wave == Waves[w]);
                if (point?.Value is { } value)
                {
                    points[w] = new SKPoint(X(w), Y(value));
                    markers.Add(new ChartMarker(points[w]!.Value, point.LowBase ? OpenDot() : Dot()));
                }
                else if (point is { Suppressed: true })
                {
                    var npWidth = smallFont.Width(NotPublished);
                    var middle = dataRect.MidY;
                    texts.Add(new ChartText(NotPublished, new SKRect(X(w) - (npWidth / 2), middle - (smallFont.LineHeight / 2), X(w) + (npWidth / 2), middle + (smallFont.LineHeight / 2)),
                        SmallFontSize, ChartKit.MutedTextColor, Alignment: Alignment.MiddleCenter));
                }
            }

            panels.Add(new TrendPanelLayout(bounds, dataRect, yMin, yMax, ticks, titleRect, valueRect, changeRect, points));
        }

        var gridBottom = rowTops[rows] - RowGap;
        var legend = beside is not null
            ? VerticalLegend(entries, beside.Rect.Left, rowTops[rows - 1], right, smallFont)
            : LegendBelow(entries, left, gridBottom + LegendGap, right, smallFont);
        texts.AddRange(legend.Texts);
        markers.AddRange(legend.Markers);
        var contentHeight = Math.Max(gridBottom, legend.Rect.Bottom) + ChartKit.OuterPadding;
        return new TrendChartLayout(new SKRect(0, 0, width, height), columns, rows, span, panels, legend.Rect, contentHeight, texts, markers);
    }

    /// <summary>
    /// The height of every panel's scale, as a share: whole tens of points that hold the widest spread of one
    /// indicator (its intervals included) with a margin. Every panel spans the same number of points, so that a
    /// slope reads the same everywhere, but each sits around its own figures.
    /// </summary>
    private double Span()
    {
        var widest = Series
            .Select(s => s.Points.Where(p => p.Value is not null).ToList())
            .Where(p => p.Count > 0)
            .Select(p => p.Max(x => x.High ?? x.Value!.Value) - p.Min(x => x.Low ?? x.Value!.Value))
            .DefaultIfEmpty(0)
            .Max();
        return Math.Min(1, Math.Max(MinSpan, Math.Ceiling(Math.Round((widest + 0.04) * 10, 6)) / 10));
    }

    /// <summary>Where a panel's scale starts (a multiple of five points) so that its figures sit in its middle, and its ticks at whole tens.</summary>
    private static (double Low, List<double> Ticks) Scale(TrendSeries series, double span)
    {
        var published = series.Points.Where(p => p.Value is not null).ToList();
        var lowest = published.Count == 0 ? 0.5 : published.Min(p => p.Low ?? p.Value!.Value);
        var highest = published.Count == 0 ? 0.5 : published.Max(p => p.High ?? p.Value!.Value);
        var low = Math.Floor(Math.Round((((lowest + highest) / 2) - (span / 2)) * 20, 6)) / 20;
        if (low + span < highest)
        {
            low += 0.05;
        }

        low = Math.Clamp(low, 0, 1 - span);
        var step = span > 0.5 ? 0.2 : 0.1;
        var ticks = new List<double>();
        for (var tick = Math.Ceiling(Math.Round(low / step, 6)) * step; tick <= low + span + 1e-9; tick += step)
        {
            ticks.Add(Math.Round(tick, 2));
        }

        return (Math.Round(low, 2), ticks);
    }

    private static void Check(TrendSeries series, IReadOnlyList<string> waves)
    {
        if (series.Points.Select(p => p.Wave).Distinct(StringComparer.Ordinal).Count() != series.Points.Count)
        {
            throw new ArgumentException($"the indicator '{series.Label}' has two points for one wave.", nameof(series));
        }

        foreach (var point in series.Points)
        {
            if (!waves.Contains(point.Wave, StringComparer.Ordinal))
            {
                throw new ArgumentException($"the indicator '{series.Label}' has a point for the wave '{point.Wave}', which is not one of the chart's waves.", nameof(series));
            }

            if (point.Value is not { } value)
            {
                continue;
            }

            var lowBound = point.Low ?? value;
            var highBound = point.High ?? value;
            if (!ChartKit.IsProportion(value) || !ChartKit.IsProportion(lowBound) || !ChartKit.IsProportion(highBound) || lowBound > value || value > highBound)
            {
                throw new ArgumentException($"the indicator '{series.Label}' has, in wave '{point.Wave}', a share or a bound outside [0, 1] or a share outside its interval.", nameof(series));
            }
        }
    }

    private static TrendPoint PointOf(WaveEstimate wave)
    {
        var estimate = wave.Estimate;
        if (estimate.Suppressed || estimate.Satisfied is not { } value)
        {
            return TrendPoint.Withheld(wave.Wave);
        }

        return TrendPoint.Published(wave.Wave, value, estimate.Interval?.Lower ?? value, estimate.Interval?.Upper ?? value, estimate.LowBase);
    }

    /// <summary>The change since the previous wave as a panel writes it, its colour and weight.</summary>
    private static (string Text, ScottPlot.Color Color, bool Bold) Change(TrendSeries series) => series.Direction switch
    {
        TrendDirection.Up when series.ChangePoints is { } points => (FormatChange(points), UpColor, true),
        TrendDirection.Down when series.ChangePoints is { } points => (FormatChange(points), DownColor, true),
        TrendDirection.Stable when series.ChangePoints is { } points => (FormatChange(points) + NotSignificant, ChartKit.MutedTextColor, false),
        TrendDirection.Up => ("hausse", UpColor, true),
        TrendDirection.Down => ("baisse", DownColor, true),
        TrendDirection.Stable => ("stable", ChartKit.MutedTextColor, false),
        _ => (NotTested, ChartKit.MutedTextColor, false),
    };

    private static MarkerStyle Dot() => new(MarkerShape.FilledCircle, DotSize, LineColor)
    {
        OutlineColor = ScottPlot.Colors.White,
        OutlineWidth = 0.75f,
    };

    /// <summary>A low base: a white dot ringed in the line's colour, which reads the same in grey.</summary>
    private static MarkerStyle OpenDot() => new(MarkerShape.FilledCircle, DotSize, ScottPlot.Colors.White)
    {
        OutlineColor = LineColor,
        OutlineWidth = 1.25f,
    };

    private static MarkerStyle Triangle(TrendDirection direction) => direction == TrendDirection.Up
        ? new MarkerStyle(MarkerShape.FilledTriangleUp, TriangleSize, UpColor)
        : new MarkerStyle(MarkerShape.FilledTriangleDown, TriangleSize, DownColor);

    private List<LegendEntry> LegendEntries(double span)
    {
        var points = Series.SelectMany(s => s.Points).ToList();
        var entries = new List<LegendEntry>
        {
            new("% de satisfaits", Dot(), ChartKit.TextColor),
            new($"intervalle de confiance à {FrenchFormat.Percent(ConfidenceLevel, 0)}",
                new MarkerStyle(MarkerShape.FilledSquare, LegendSymbolWidth, IntervalColor) { LineWidth = IntervalLineWidth, CustomRenderer = new IntervalMarker() }, ChartKit.TextColor),
        };
        if (points.Any(p => p.LowBase && p.Value is not null))
        {
            entries.Add(new LegendEntry("base faible", OpenDot(), ChartKit.TextColor));
        }

        var correction = CorrectionName(Correction);
        if (Series.Any(s => s.Direction == TrendDirection.Up))
        {
            entries.Add(new LegendEntry("hausse significative", Triangle(TrendDirection.Up), ChartKit.TextColor));
        }

        if (Series.Any(s => s.Direction == TrendDirection.Down))
        {
            entries.Add(new LegendEntry("baisse significative", Triangle(TrendDirection.Down), ChartKit.TextColor));
        }

        if (Series.Any(s => s.Direction == TrendDirection.Stable))
        {
            entries.Add(new LegendEntry("n.s.\u00A0: évolution non significative", null, ChartKit.MutedTextColor));
        }

        if (points.Any(p => p.Suppressed))
        {
            entries.Add(new LegendEntry($"{NotPublished}\u00A0: non publié (base insuffisante)", null, ChartKit.MutedTextColor));
        }

        entries.Add(new LegendEntry(
            $"Évolution depuis la vague précédente, tests corrigés par la méthode de {correction}. Chaque panneau couvre {FrenchFormat.Number(span * 100, 0)} points.",
            null,
            ChartKit.MutedTextColor));
        return entries;
    }

    /// <summary>The legend as rows of entries under the panels, its closing note (the last entry) wrapped on lines of its own.</summary>
    private static LegendLayout LegendBelow(List<LegendEntry> entries, float left, float top, float right, TextMeasurer font)
    {
        var rows = LegendLayout.Create(entries.Take(entries.Count - 1).ToList(), left, top, right, font);
        var note = VerticalLegend([entries[^1]], left, rows.Rect.Bottom + LegendEntryGap, right, font);
        var rect = new SKRect(left, top, Math.Max(rows.Rect.Right, note.Rect.Right), note.Rect.Bottom);
        return new LegendLayout(rect, [.. rows.Texts, .. note.Texts], [.. rows.Markers, .. note.Markers]);
    }

    /// <summary>The legend as a column of entries between <paramref name="left"/> and <paramref name="right"/> from <paramref name="top"/>, long texts wrapped.</summary>
    private static LegendLayout VerticalLegend(IReadOnlyList<LegendEntry> entries, float left, float top, float right, TextMeasurer font)
    {
        var texts = new List<ChartText>();
        var markers = new List<ChartMarker>();
        var y = top;
        var widest = left;
        foreach (var entry in entries)
        {
            var indent = entry.Symbol is null ? 0 : LegendSymbolWidth + LegendSymbolGap;
            var lines = ChartKit.Wrap(entry.Text, right - left - indent, font, maxLines: 20);
            var text = string.Join('\n', lines);
            var size = font.Measure(text);
            if (entry.Symbol is { } symbol)
            {
                markers.Add(new ChartMarker(new SKPoint(left + (LegendSymbolWidth / 2), y + (font.LineHeight / 2)), symbol));
            }

            texts.Add(new ChartText(text, new SKRect(left + indent, y, left + indent + size.Width, y + (lines.Count * font.LineHeight)), font.Size, entry.TextColor));
            widest = Math.Max(widest, left + indent + size.Width);
            y += (lines.Count * font.LineHeight) + LegendEntryGap;
        }

        return new LegendLayout(new SKRect(left, top, widest, y - LegendEntryGap), texts, markers);
    }

    private Plot BuildPanel(TrendSeries series, TrendPanelLayout panel)
    {
        var plot = ChartKit.NewPlot(panel.DataRect);
        var waves = Waves.Count;
        plot.Axes.SetLimits(-0.5, waves - 0.5, panel.YMin, panel.YMax);
        foreach (var axis in new IAxis[] { plot.Axes.Left, plot.Axes.Right, plot.Axes.Top, plot.Axes.Bottom })
        {
            ChartKit.HideAxis(axis, SmallFontSize);
        }

        plot.HideGrid();
        foreach (var tick in panel.Ticks)
        {
            var grid = plot.Add.Line(-0.5, tick, waves - 0.5, tick);
            grid.LineColor = ChartKit.GridColor;
            grid.LineWidth = 0.5f;
            grid.MarkerSize = 0;
        }

        var byWave = Waves.Select(w => series.Points.FirstOrDefault(p => p.Wave == w)).ToList();
        var intervals = Enumerable.Range(0, waves).Where(w => byWave[w] is { Value: not null } p && (p.High ?? 0) > (p.Low ?? 1)).ToList();
        if (intervals.Count > 0)
        {
            plot.PlottableList.Add(new ErrorBar(
                [.. intervals.Select(w => (double)w)],
                [.. intervals.Select(w => byWave[w]!.Value!.Value)],
                null,
                null,
                [.. intervals.Select(w => byWave[w]!.High!.Value - byWave[w]!.Value!.Value)],
                [.. intervals.Select(w => byWave[w]!.Value!.Value - byWave[w]!.Low!.Value)])
            {
                LineColor = IntervalColor,
                LineWidth = IntervalLineWidth,
                CapSize = CapSize,
            });
        }

        // A line only between consecutive published waves: a suppressed figure leaves a gap.
        for (var w = 0; w + 1 < waves; w++)
        {
            if (byWave[w]?.Value is { } from && byWave[w + 1]?.Value is { } to)
            {
                var segment = plot.Add.Line(w, from, w + 1, to);
                segment.LineColor = LineColor;
                segment.LineWidth = SeriesLineWidth;
                segment.MarkerSize = 0;
            }
        }

        return plot;
    }

    /// <summary>The legend symbol of an interval: a vertical line between two caps.</summary>
    private sealed class IntervalMarker : IMarker
    {
        public void Render(SKCanvas canvas, ScottPlot.Paint paint, Pixel center, float size, MarkerStyle markerStyle)
        {
            var half = size / 2;
            var cap = CapSize / 2;
            var style = markerStyle.LineStyle;
            ChartLines.Draw(canvas, paint, new PixelLine(center.X, center.Y - half, center.X, center.Y + half), style);
            ChartLines.Draw(canvas, paint, new PixelLine(center.X - cap, center.Y - half, center.X + cap, center.Y - half), style);
            ChartLines.Draw(canvas, paint, new PixelLine(center.X - cap, center.Y + half, center.X + cap, center.Y + half), style);
        }
    }
}

/// <summary>Where a <see cref="TrendChart"/> puts things, in points from its top-left corner.</summary>
internal sealed record TrendChartLayout(
    SKRect Bounds,
    int Columns,
    int Rows,
    double Span,
    IReadOnlyList<TrendPanelLayout> Panels,
    SKRect LegendRect,
    float ContentHeight,
    IReadOnlyList<ChartText> Texts,
    IReadOnlyList<ChartMarker> Markers);

/// <summary>One panel of a <see cref="TrendChart"/>: its place, its data area and scale, its texts, and each wave's point (null: a gap).</summary>
internal sealed record TrendPanelLayout(
    SKRect Bounds,
    SKRect DataRect,
    double YMin,
    double YMax,
    IReadOnlyList<double> Ticks,
    SKRect TitleRect,
    SKRect ValueRect,
    SKRect ChangeRect,
    IReadOnlyList<SKPoint?> Points);
