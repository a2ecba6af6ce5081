using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.Text.RegularExpressions;
using ReportGen.Documents;
using ReportGen.Documents.Layout;
using ScottPlot;
using ScottPlot.Rendering.RenderActions;
using SkiaSharp;

namespace ReportGen.Charts;

/// <summary>
/// What every chart shares: the palette, the text styles, the ScottPlot plot set up to draw only inside a given
/// rectangle, the wrapping of labels, and the SVG and PNG outputs. Units are PDF points throughout.
/// </summary>
internal static partial class ChartKit
{
    /// <summary>Labels drawn from the chart's left edge never touch it.</summary>
    public const float OuterPadding = 2f;

    public static readonly ScottPlot.Color PrimaryColor = ScottPlot.Color.FromHex("#2E5E8C");
    public static readonly ScottPlot.Color TextColor = ScottPlot.Color.FromHex("#262626");
    public static readonly ScottPlot.Color MutedTextColor = ScottPlot.Color.FromHex("#595959");
    public static readonly ScottPlot.Color LightTextColor = ScottPlot.Color.FromHex("#8C8C8C");
    public static readonly ScottPlot.Color GridColor = ScottPlot.Color.FromHex("#D9D9D9");
    public static readonly ScottPlot.Color AxisColor = ScottPlot.Color.FromHex("#7F7F7F");

    /// <summary>Sets a text element to our family, at a size and colour, upright.</summary>
    public static void StyleText(LabelStyle style, float size, ScottPlot.Color color, bool bold = false)
    {
        // A style made after a plot's Font.Set has a typeface of its own, which would win over the name and the weight.
        style.Font = null;
        style.FontName = ChartFonts.Family;
        style.FontSize = size;
        style.ForeColor = color;
        style.Bold = bold;
        style.Italic = false;
    }

    /// <summary>Checks the size a layout is asked for and makes sure the fonts are registered.</summary>
    public static void CheckArea(float width, float height)
    {
        if (!float.IsFinite(width) || width <= 0 || !float.IsFinite(height) || height < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"a chart of {width} × {height} pt cannot be drawn.");
        }

        ChartFonts.EnsureRegistered();
    }

    /// <summary>
    /// A plot whose data area is <paramref name="dataRect"/> and which draws only what shows: no clearing of the
    /// host canvas, and no transparent backgrounds (an SVG writer turns a transparent rectangle into a black one).
    /// </summary>
    public static Plot NewPlot(SKRect dataRect)
    {
        var plot = new Plot();
        plot.RenderManager.RenderActions.RemoveAll(a => a is ClearCanvas or RenderFigureBackground or RenderDataBackground);
        plot.Font.Set(ChartFonts.Family);
        plot.Layout.Fixed(new PixelRect(dataRect.Left, dataRect.Right, dataRect.Bottom, dataRect.Top));
        return plot;
    }

    /// <summary>Hides an axis entirely: no frame, no ticks, no labels.</summary>
    public static void HideAxis(IAxis axis, float fontSize)
    {
        axis.FrameLineStyle.Width = 0;
        axis.FrameLineStyle.Color = Colors.Transparent;
        axis.MajorTickStyle.Length = 0;
        axis.MinorTickStyle.Length = 0;
        StyleText(axis.TickLabelStyle, fontSize, Colors.Transparent);
        axis.TickLabelStyle.IsVisible = false;
    }

    /// <summary>Renders a plot laid out for a chart of <paramref name="rect"/>'s size into <paramref name="rect"/>, clipped to it, its markers drawn by <see cref="ChartMarkers"/> and its dashed lines by <see cref="ChartLines"/> (no native object left to the finalizer).</summary>
    public static void Render(Plot plot, SKCanvas canvas, SKRect rect)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(canvas);
        ChartMarkers.Own(plot);
        ChartLines.Check(plot);

        // ScottPlot renders again, over the first drawing, while the axis limits differ from the previous render's,
        // which they always do on a plot's first render: a first render that draws nothing makes the real one single
        // (a PDF would otherwise hold every text twice).
        using (var nothing = new SKNoDrawCanvas((int)MathF.Ceiling(rect.Width), (int)MathF.Ceiling(rect.Height)))
        {
            plot.Render(nothing, new PixelRect(0, rect.Width, rect.Height, 0));
        }

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

    /// <summary>The drawing as an SVG document of the given size (user units are points), with ids that do not depend on the process.</summary>
    public static string ToSvg(Action<SKCanvas, SKRect> draw, int width, int height)
    {
        CheckSize(width, height);
        using var stream = new MemoryStream();
        using (var managed = new SKManagedWStream(stream))
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), managed))
        {
            draw(canvas, new SKRect(0, 0, width, height));
        }

        return RenumberSvgIds(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>
    /// The drawing as a PNG on white for a placement of <paramref name="width"/> × <paramref name="height"/> points:
    /// its pixel size is points × <paramref name="dpi"/> / 72, and its pHYs chunk records the resolution.
    /// </summary>
    public static byte[] ToPng(Action<SKCanvas, SKRect> draw, int width, int height, int dpi)
    {
        CheckSize(width, height);
        ArgumentOutOfRangeException.ThrowIfLessThan(dpi, 36);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dpi, 2400);
        // Opaque RGB: charts are drawn on white, and a PNG without alpha is about 10 % smaller.
        var info = new SKImageInfo(PixelLength(width, dpi), PixelLength(height, dpi), SKColorType.Rgb888x, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("cannot create a bitmap surface.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);

        // One scale both ways, so that text keeps its proportions; rounding leaves at most half a pixel unused.
        canvas.Scale(dpi / 72f);
        draw(canvas, new SKRect(0, 0, width, height));
        canvas.Flush();
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels() ?? throw new InvalidOperationException("cannot read the chart's pixels.");

        // The 'Sub' filter and zlib level 3 encode a chart (flat colours, thin lines) 5 to 8 times faster than
        // Skia's default (every filter tried per row, level 6) for files about 10 % larger; still lossless.
        using var data = pixels.Encode(PngOptions) ?? throw new InvalidOperationException("cannot encode the chart as PNG.");
        return WithResolution(data.ToArray(), dpi);
    }

    /// <summary>The pixel length of a length in points at a resolution.</summary>
    private static readonly SKPngEncoderOptions PngOptions = new(SKPngEncoderFilterFlags.Sub, 3);

    public static int PixelLength(int points, int dpi) => (int)Math.Round(points * (double)dpi / 72, MidpointRounding.AwayFromZero);

    /// <summary>The most lines a label takes in a chart; a longer label is cut, ending in '…'.</summary>
    public const int MaxLabelLines = 4;

    /// <summary>The most characters of a label a chart looks at (more could never fit <see cref="MaxLabelLines"/> lines).</summary>
    private const int MaxLabelChars = 400;

    /// <summary>
    /// Breaks a label at its spaces into as few lines as fit <paramref name="maxWidth"/>, then evens them out: the
    /// narrowest layout with that many lines, so that no word is left alone on a line when it need not be. A label
    /// that can never fit (a word wider than the room, or more than <see cref="MaxLabelLines"/> lines) is cut with
    /// '…', so a chart's size and drawing time are bounded whatever its labels.
    /// </summary>
    public static List<string> Wrap(string label, float maxWidth, TextMeasurer font, int maxLines = MaxLabelLines)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(font);
        if (label.Length > MaxLabelChars)
        {
            label = Cut(label, MaxLabelChars);
        }

        var best = Greedy(label, maxWidth, font);
        while (best.Count > 1)
        {
            // Each round must make the widest line narrower, else it would run for ever (a word wider than the room).
            var width = best.Max(font.Width);
            var narrower = Greedy(label, width - 0.5f, font);
            if (narrower.Count != best.Count || narrower.Max(font.Width) >= width)
            {
                break;
            }

            best = narrower;
        }

        if (best.Count > maxLines)
        {
            best = [.. best.Take(maxLines - 1), best[maxLines - 1] + "…"];
        }

        return [.. best.Select(line => Fit(line, maxWidth, font))];
    }

    /// <summary>The line itself when it fits, else its longest beginning that fits with '…' after it.</summary>
    private static string Fit(string line, float maxWidth, TextMeasurer font)
    {
        if (font.Width(line) <= maxWidth)
        {
            return line;
        }

        var stem = line.TrimEnd('…');
        int low = 0, high = stem.Length;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (font.Width(Cut(stem, middle).TrimEnd() + "…") <= maxWidth)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return Cut(stem, low).TrimEnd() + "…";
    }

    /// <summary>The first <paramref name="length"/> characters, never splitting a surrogate pair.</summary>
    private static string Cut(string text, int length) =>
        length > 0 && length < text.Length && char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];

    /// <summary>
    /// A number as <see cref="ReportGen.Publishing.FrenchFormat.Number"/> writes it, but with an en dash for the minus sign:
    /// the chart font, Noto Sans, has no U+2212 (documents fall back to Noto Sans Math; charts use one family only).
    /// </summary>
    public static string Number(double value, int decimals) =>
        ReportGen.Publishing.FrenchFormat.Number(value, decimals).Replace('\u2212', '\u2013');

    public static bool IsProportion(double value) => double.IsFinite(value) && value is >= 0 and <= 1;

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
}

/// <summary>Measures text exactly as ScottPlot will lay it out: same typeface, size, weight and paint settings.</summary>
internal sealed class TextMeasurer : IDisposable
{
    private readonly ScottPlot.Paint paint = ScottPlot.Paint.NewDisposablePaint();
    private readonly LabelStyle style = new();

    public TextMeasurer(float size, bool bold = false)
    {
        ChartKit.StyleText(style, size, ChartKit.TextColor, bold);
        Size = size;
        Bold = bold;
        LineHeight = style.Measure("Ag", paint).LineHeight;
    }

    public float Size { get; }

    public bool Bold { get; }

    public float LineHeight { get; }

    /// <summary>The width of a text; of its widest line when it has several.</summary>
    public float Width(string text) => ChartFallback.Needed(text, Bold) ? ChartFallback.Width(text, Size, Bold) : style.Measure(text, paint).Size.Width;

    /// <summary>The size of a text, one <see cref="LineHeight"/> a line.</summary>
    public SKSize Measure(string text)
    {
        if (ChartFallback.Needed(text, Bold))
        {
            return new SKSize(ChartFallback.Width(text, Size, Bold), ChartFallback.Lines(text).Length * LineHeight);
        }

        var size = style.Measure(text, paint).Size;
        return new SKSize(size.Width, size.Height);
    }

    public void Dispose() => paint.Dispose();
}

/// <summary>A text the chart places itself: drawn in <see cref="Rect"/>, aligned within it by <see cref="Alignment"/>.</summary>
internal sealed record ChartText(string Text, SKRect Rect, float Size, ScottPlot.Color Color, bool Bold = false, Alignment Alignment = Alignment.UpperLeft);

/// <summary>Draws texts at the places a layout computed, after everything else, so that layout and drawing agree.</summary>
internal sealed class PlacedTexts(IReadOnlyList<ChartText> texts) : IRenderAction
{
    public void Render(RenderPack rp)
    {
        foreach (var text in texts)
        {
            // A style and a paint of its own for each text: a paint keeps the typeface it was first given.
            var style = new LabelStyle { BorderWidth = 0, PixelPadding = new PixelPadding(0) };
            ChartKit.StyleText(style, text.Size, text.Color, text.Bold);
            style.Alignment = text.Alignment;
            var r = text.Rect;
            var x = text.Alignment switch
            {
                Alignment.UpperLeft or Alignment.MiddleLeft or Alignment.LowerLeft => r.Left,
                Alignment.UpperRight or Alignment.MiddleRight or Alignment.LowerRight => r.Right,
                _ => r.MidX,
            };
            var y = text.Alignment switch
            {
                Alignment.UpperLeft or Alignment.UpperCenter or Alignment.UpperRight => r.Top,
                Alignment.LowerLeft or Alignment.LowerCenter or Alignment.LowerRight => r.Bottom,
                _ => r.MidY,
            };
            using var paint = ScottPlot.Paint.NewDisposablePaint();
            if (ChartFallback.Needed(text.Text, text.Bold))
            {
                ChartFallback.Draw(rp.Canvas, text, style.Measure("Ag", paint).LineHeight);
                continue;
            }

            style.Render(rp.Canvas, new Pixel(x, y), paint, text.Text, false);
        }
    }
}

/// <summary>Renders the plot's legend in a band outside the data area, after everything else.</summary>
internal sealed class LegendOutside(PixelRect rect) : IRenderAction
{
    public void Render(RenderPack rp) => rp.Plot.Legend.Render(rp.Canvas, rp.Paint, rect, Alignment.UpperLeft);
}

/// <summary>A marker the chart places itself, centred on <see cref="Center"/> (in points from the chart's corner).</summary>
internal sealed record ChartMarker(SKPoint Center, MarkerStyle Style);

/// <summary>Draws markers at the places a layout computed, unclipped by the data area.</summary>
internal sealed class PlacedMarkers(IReadOnlyList<ChartMarker> markers) : IRenderAction
{
    public void Render(RenderPack rp)
    {
        foreach (var marker in markers)
        {
            ChartMarkers.Own(marker.Style).Render(rp.Canvas, new Pixel(marker.Center.X, marker.Center.Y), rp.Paint);
        }
    }
}

/// <summary>One entry of a legend row: a symbol (or none) and its text.</summary>
internal sealed record LegendEntry(string Text, MarkerStyle? Symbol, ScottPlot.Color TextColor);

/// <summary>A legend laid out in rows, as texts and markers to draw.</summary>
internal sealed record LegendLayout(SKRect Rect, IReadOnlyList<ChartText> Texts, IReadOnlyList<ChartMarker> Markers)
{
    private const float SymbolWidth = 10f;
    private const float SymbolGap = 4f;
    private const float ItemGap = 16f;

    /// <summary>Lays the entries out from (<paramref name="left"/>, <paramref name="top"/>), wrapping before <paramref name="right"/>.</summary>
    public static LegendLayout Create(IReadOnlyList<LegendEntry> entries, float left, float top, float right, TextMeasurer font)
    {
        var texts = new List<ChartText>();
        var markers = new List<ChartMarker>();
        var x = left;
        var y = top;
        var widest = left;
        foreach (var entry in entries)
        {
            var symbol = entry.Symbol is null ? 0 : SymbolWidth + SymbolGap;
            var width = symbol + font.Width(entry.Text);
            if (x > left && x + width > right)
            {
                x = left;
                y += font.LineHeight + 2;
            }

            if (entry.Symbol is { } style)
            {
                markers.Add(new ChartMarker(new SKPoint(x + (SymbolWidth / 2), y + (font.LineHeight / 2)), style));
            }

            texts.Add(new ChartText(entry.Text, new SKRect(x + symbol, y, x + width, y + font.LineHeight), font.Size, entry.TextColor, font.Bold));
            widest = Math.Max(widest, x + width);
            x += width + ItemGap;
        }

        return new LegendLayout(new SKRect(left, top, widest, y + font.LineHeight), texts, markers);
    }
}

/// <summary>
/// Chart texts that Noto Sans alone cannot draw (an Arabic name, a mathematical sign, a character no shipped font
/// has): ScottPlot draws a label in one typeface, so these are measured and drawn by the documents' text engine
/// instead, with the same font fallback, Arabic shaping and replacement marks (<see cref="FontCoverage"/>).
/// Texts Noto Sans draws go through ScottPlot unchanged.
/// </summary>
internal static class ChartFallback
{
    public static bool Needed(string text, bool bold) => FontCoverage.NeedsFallback(text, FontSet.Shared.Get(bold, false));

    public static string[] Lines(string text) => text.ReplaceLineEndings("\n").Split('\n');

    public static float Width(string text, float size, bool bold)
    {
        using var engine = new TextEngine(FontSet.Shared);
        var style = new TextStyle(size, bold);
        return Lines(text).Max(line => engine.Measure(line, style));
    }

    /// <summary>Draws the text's lines in its rectangle, aligned as ScottPlot would align them.</summary>
    public static void Draw(SKCanvas canvas, ChartText text, float lineHeight)
    {
        using var engine = new TextEngine(FontSet.Shared);
        var style = new TextStyle(text.Size, text.Bold, Color: text.Color.ToSKColor());
        var lines = Lines(text.Text);
        var (ascent, _) = engine.Metrics(style);
        var r = text.Rect;
        var height = lines.Length * lineHeight;
        var top = text.Alignment switch
        {
            Alignment.UpperLeft or Alignment.UpperCenter or Alignment.UpperRight => r.Top,
            Alignment.LowerLeft or Alignment.LowerCenter or Alignment.LowerRight => r.Bottom - height,
            _ => r.MidY - (height / 2),
        };
        for (var i = 0; i < lines.Length; i++)
        {
            var width = engine.Measure(lines[i], style);
            var x = text.Alignment switch
            {
                Alignment.UpperLeft or Alignment.MiddleLeft or Alignment.LowerLeft => r.Left,
                Alignment.UpperRight or Alignment.MiddleRight or Alignment.LowerRight => r.Right - width,
                _ => r.MidX - (width / 2),
            };
            engine.Draw(canvas, lines[i], x, top + (i * lineHeight) + ascent + ((lineHeight - (text.Size * DocumentTheme.LineHeight)) / 2), style);
        }
    }
}
