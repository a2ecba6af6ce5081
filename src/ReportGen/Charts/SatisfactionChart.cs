using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.Text.RegularExpressions;
using ReportGen.Analysis;
using ReportGen.Documents;
using ReportGen.Publishing;
using ScottPlot;
using ScottPlot.Plottables;
using ScottPlot.Rendering.RenderActions;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace ReportGen.Charts;

/// <summary>
/// "Satisfaction by indicator": one horizontal bar per indicator, first at the top, with its confidence
/// interval, its target and its value in French. Units are PDF points throughout (1/72 in): the layout is
/// computed in points and the PNG is the same drawing scaled to its resolution, so every output reads the same.
/// The chart has no title: documents caption it.
/// </summary>
public sealed partial class SatisfactionChart
{
    /// <summary>Font size of the indicator labels and of the values, in points.</summary>
    internal const float LabelFontSize = 9f;

    /// <summary>Font size of the axis ticks and of the legend, in points.</summary>
    internal const float SmallFontSize = 8f;

    private const float MinRowPitch = 22f;
    private const float BarFraction = 0.6f;
    private const float MaxBarThickness = 16f;
    private const float OuterPadding = 2f;
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

    private static readonly ScottPlot.Color BarColor = ScottPlot.Color.FromHex("#2E5E8C");
    private static readonly ScottPlot.Color LowBaseBarColor = ScottPlot.Color.FromHex("#B4C6D8");
    private static readonly ScottPlot.Color IntervalColor = ScottPlot.Color.FromHex("#1B3A57");
    private static readonly ScottPlot.Color TargetColor = ScottPlot.Color.FromHex("#C0392B");
    private static readonly ScottPlot.Color TextColor = ScottPlot.Color.FromHex("#262626");
    private static readonly ScottPlot.Color MutedTextColor = ScottPlot.Color.FromHex("#595959");
    private static readonly ScottPlot.Color GridColor = ScottPlot.Color.FromHex("#D9D9D9");
    private static readonly ScottPlot.Color AxisColor = ScottPlot.Color.FromHex("#7F7F7F");

    /// <summary>Appended to the label of a low-base bar; its no-break space keeps it on one line.</summary>
    internal const string LowBaseSuffix = " (base\u00A0faible)";

    private readonly string[] labels;

    /// <summary>A chart of the given bars, top to bottom. <paramref name="confidenceLevel"/> names the intervals in the legend.</summary>
    public SatisfactionChart(IReadOnlyList<ChartBar> bars, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(bars);
        if (bars.Count == 0)
        {
            throw new ArgumentException("a satisfaction chart needs at least one bar.", nameof(bars));
        }

        foreach (var bar in bars)
        {
            ArgumentNullException.ThrowIfNull(bar, nameof(bars));
            if (!IsProportion(bar.Value) || !IsProportion(bar.Low) || !IsProportion(bar.High) || (bar.Target is { } target && !IsProportion(target)))
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
        labels = [.. Bars.Select(b => b.LowBase ? b.Label + LowBaseSuffix : b.Label)];
    }

    public IReadOnlyList<ChartBar> Bars { get; }

    public double ConfidenceLevel { get; }

    /// <summary>
    /// The chart of the published estimates (the suppressed ones left out), in the order of the indicator file,
    /// labelled with the indicators' short labels in French typography.
    /// </summary>
    /// <param name="headlineOnly">Only the indicators of the article's key-figure list (<c>headline: true</c>).</param>
    public static SatisfactionChart? FromEstimates(SurveyResults results, bool headlineOnly = false)
    {
        ArgumentNullException.ThrowIfNull(results);
        var indicators = results.Project.Catalog.Indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var bars = results.Estimates
            .Where(e => !e.Suppressed && e.Satisfied is not null && e.Interval is not null)
            .Where(e => !headlineOnly || indicators[e.IndicatorId].Headline)
            .Select(e => new ChartBar(
                FrenchFormat.Typography(indicators[e.IndicatorId].Label),
                e.Satisfied!.Value,
                e.Interval!.Value.Lower,
                e.Interval.Value.Upper,
                e.Target,
                e.LowBase))
            .ToList();
        return bars.Count == 0 ? null : new SatisfactionChart(bars, results.Project.Thresholds.ConfidenceLevel);
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
        var saved = canvas.Save();
        try
        {
            canvas.Translate(rect.Left, rect.Top);
            canvas.ClipRect(new SKRect(0, 0, rect.Width, rect.Height));
            plot.Render(canvas, new PixelRect(0, rect.Width, rect.Height, 0));
        }
        finally
        {
            canvas.RestoreToCount(saved);
        }
    }

    /// <summary>The chart as an SVG document of the given size (user units are points); text stays text, in "Noto Sans".</summary>
    public string ToSvg(int width, int height)
    {
        CheckSize(width, height);
        using var stream = new MemoryStream();
        using (var managed = new SKManagedWStream(stream))
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), managed))
        {
            Draw(canvas, new SKRect(0, 0, width, height));
        }

        return RenumberSvgIds(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>
    /// The chart as a PNG on white, for a placement of <paramref name="width"/> × <paramref name="height"/> points:
    /// its pixel size is points × <paramref name="dpi"/> / 72, and its pHYs chunk records the resolution.
    /// </summary>
    public byte[] ToPng(int width, int height, int dpi = 300)
    {
        CheckSize(width, height);
        ArgumentOutOfRangeException.ThrowIfLessThan(dpi, 36);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dpi, 2400);
        var info = new SKImageInfo(PixelLength(width, dpi), PixelLength(height, dpi), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("cannot create a bitmap surface.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);

        // One scale both ways, so that text keeps its proportions; rounding leaves at most half a pixel unused.
        canvas.Scale(dpi / 72f);
        Draw(canvas, new SKRect(0, 0, width, height));
        canvas.Flush();
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100) ?? throw new InvalidOperationException("cannot encode the chart as PNG.");
        return WithResolution(data.ToArray(), dpi);
    }

    /// <summary>The pixel length of a length in points at a resolution.</summary>
    internal static int PixelLength(int points, int dpi) => (int)Math.Round(points * (double)dpi / 72, MidpointRounding.AwayFromZero);

    /// <summary>Where everything goes for a chart of the given size in points (height 0: only the measures that do not depend on it).</summary>
    internal SatisfactionChartLayout ComputeLayout(float width, float height)
    {
        if (!float.IsFinite(width) || width <= 0 || !float.IsFinite(height) || height < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"a chart of {width} × {height} pt cannot be drawn.");
        }

        ChartFonts.EnsureRegistered();
        using var labelFont = new TextMeasurer(LabelFontSize);
        using var smallFont = new TextMeasurer(SmallFontSize);
        var labelLineHeight = labelFont.LineHeight;
        var smallLineHeight = smallFont.LineHeight;

        var maxLabelWidth = Math.Max(width * MaxLabelShare, 40f);
        var wrapped = labels.Select(l => Wrap(l, maxLabelWidth, labelFont)).ToList();
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
        var plot = new Plot();
        var count = Bars.Count;

        // Draw only inside the given rectangle and only what shows: no clearing of the host canvas, and no
        // transparent backgrounds (an SVG writer turns a transparent rectangle into a black one).
        plot.RenderManager.RenderActions.RemoveAll(a => a is ClearCanvas or RenderFigureBackground or RenderDataBackground);
        plot.Font.Set(ChartFonts.Family);

        var data = layout.DataRect;
        plot.Layout.Fixed(new PixelRect(data.Left, data.Right, data.Bottom, data.Top));
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
            text.LabelStyle.ForeColor = bar.LowBase ? MutedTextColor : TextColor;
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
    /// interval, or after the target when the target would cross the label there.
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
                return target;
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
        legend.FontColor = TextColor;
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
        StyleText(left.TickLabelStyle, LabelFontSize, TextColor);
        left.FrameLineStyle.Color = AxisColor;
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
        bottom.MajorTickStyle.Color = GridColor;
        bottom.MajorTickStyle.Width = 0.5f;
        bottom.MajorTickStyle.AntiAlias = true;
        bottom.MinorTickStyle.Length = 0;
        StyleText(bottom.TickLabelStyle, SmallFontSize, MutedTextColor);
        bottom.FrameLineStyle.Width = 0;
        bottom.FrameLineStyle.Color = Colors.Transparent;

        foreach (var hidden in new IAxis[] { plot.Axes.Top, plot.Axes.Right })
        {
            hidden.FrameLineStyle.Width = 0;
            hidden.FrameLineStyle.Color = Colors.Transparent;
            hidden.MajorTickStyle.Length = 0;
            hidden.MinorTickStyle.Length = 0;
            StyleText(hidden.TickLabelStyle, SmallFontSize, Colors.Transparent);
            hidden.TickLabelStyle.IsVisible = false;
        }

        plot.Grid.XAxisStyle.MajorLineStyle.Color = GridColor;
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0.5f;
        plot.Grid.XAxisStyle.MajorLineStyle.AntiAlias = true;
        plot.Grid.XAxisStyle.MinorLineStyle.Width = 0;
        plot.Grid.YAxisStyle.IsVisible = false;
    }

    private static void StyleText(LabelStyle style, float size, ScottPlot.Color color)
    {
        style.FontName = ChartFonts.Family;
        style.FontSize = size;
        style.ForeColor = color;
        style.Bold = false;
        style.Italic = false;
    }

    /// <summary>
    /// Breaks a label at its spaces into as few lines as fit <paramref name="maxWidth"/>, then evens them out: the
    /// narrowest layout with that many lines, so that no word is left alone on a line when it need not be.
    /// </summary>
    private static List<string> Wrap(string label, float maxWidth, TextMeasurer font)
    {
        var best = Greedy(label, maxWidth, font);
        while (best.Count > 1)
        {
            var narrower = Greedy(label, best.Max(font.Width) - 0.5f, font);
            if (narrower.Count != best.Count)
            {
                break;
            }

            best = narrower;
        }

        return best;
    }

    private static List<string> Greedy(string label, float maxWidth, TextMeasurer font)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && font.Width(candidate) > maxWidth)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        lines.Add(line);
        return lines;
    }

    private static bool IsProportion(double value) => double.IsFinite(value) && value is >= 0 and <= 1;

    private static void CheckSize(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
    }

    /// <summary>
    /// Skia names an SVG's clip paths from a counter shared by the whole process, so the same chart drawn twice
    /// gets other names: number them again, in order of appearance.
    /// </summary>
    private static string RenumberSvgIds(string svg)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        return SvgId().Replace(svg, m =>
        {
            var name = m.Groups["name"].Value;
            if (!names.TryGetValue(name, out var renamed))
            {
                renamed = $"{m.Groups["prefix"].Value}_{(names.Count + 1).ToString(CultureInfo.InvariantCulture)}";
                names.Add(name, renamed);
            }

            return m.Groups["lead"].Value + renamed;
        });
    }

    [GeneratedRegex(@"(?<lead>id=""|url\(#|href=""#)(?<name>(?<prefix>[A-Za-z]+)_[0-9A-Fa-f]+)\b")]
    private static partial Regex SvgId();

    /// <summary>Inserts a pHYs chunk (pixels per metre) right after the IHDR chunk, so the PNG says its resolution.</summary>
    private static byte[] WithResolution(byte[] png, int dpi)
    {
        const int ihdrEnd = 8 + 4 + 4 + 13 + 4;
        var pixelsPerMetre = (uint)Math.Round(dpi / 0.0254, MidpointRounding.AwayFromZero);
        var chunk = new byte[4 + 4 + 9 + 4];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, 9);
        "pHYs"u8.CopyTo(chunk.AsSpan(4));
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8), pixelsPerMetre);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(12), pixelsPerMetre);
        chunk[16] = 1;
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(17), Crc32.HashToUInt32(chunk.AsSpan(4, 4 + 9)));
        return [.. png.AsSpan(0, ihdrEnd), .. chunk, .. png.AsSpan(ihdrEnd)];
    }

    /// <summary>Measures text exactly as ScottPlot will lay it out: same typeface, size and paint settings.</summary>
    private sealed class TextMeasurer : IDisposable
    {
        private readonly ScottPlot.Paint paint = ScottPlot.Paint.NewDisposablePaint();
        private readonly LabelStyle style = new();

        public TextMeasurer(float size)
        {
            StyleText(style, size, TextColor);
            LineHeight = style.Measure("Ag", paint).LineHeight;
        }

        public float LineHeight { get; }

        public float Width(string text) => style.Measure(text, paint).Size.Width;

        public void Dispose() => paint.Dispose();
    }

    /// <summary>The legend symbol of an interval: a horizontal line between two caps.</summary>
    private sealed class IntervalMarker(float capSize) : IMarker
    {
        public void Render(SKCanvas canvas, ScottPlot.Paint paint, Pixel center, float size, MarkerStyle markerStyle)
        {
            var half = size / 2;
            var cap = capSize / 2;
            var style = markerStyle.LineStyle;
            Drawing.DrawLine(canvas, paint, new PixelLine(center.X - half, center.Y, center.X + half, center.Y), style);
            Drawing.DrawLine(canvas, paint, new PixelLine(center.X - half, center.Y - cap, center.X - half, center.Y + cap), style);
            Drawing.DrawLine(canvas, paint, new PixelLine(center.X + half, center.Y - cap, center.X + half, center.Y + cap), style);
        }
    }

    /// <summary>Renders the plot's legend in a band above the data area, after everything else.</summary>
    private sealed class LegendOutside(PixelRect rect) : IRenderAction
    {
        public void Render(RenderPack rp) => rp.Plot.Legend.Render(rp.Canvas, rp.Paint, rect, Alignment.UpperLeft);
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
