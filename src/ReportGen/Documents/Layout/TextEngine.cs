using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace ReportGen.Documents.Layout;

/// <summary>
/// Measures and draws text with HarfBuzz shaping (kerning, marks) over the shipped typefaces. One engine per
/// document: shapers are not shared between threads.
/// </summary>
internal sealed class TextEngine : IDisposable
{
    private readonly FontSet _fonts;
    private readonly Dictionary<SKTypeface, SKShaper> _shapers = [];
    private readonly Dictionary<(string, float, bool, bool), float> _widths = [];
    private readonly Dictionary<(string, bool, bool), IReadOnlyList<FontRun>> _runs = [];

    public TextEngine(FontSet fonts) => _fonts = fonts;

    public SKFont Font(TextStyle style) => Font(_fonts.Get(style.Bold, style.Italic), style.Size);

    private static SKFont Font(SKTypeface typeface, float size) => new(typeface, size)
    {
        Subpixel = true,
        Edging = SKFontEdging.SubpixelAntialias,
        Hinting = SKFontHinting.None,
    };

    public float Measure(string text, TextStyle style)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var key = (text, style.Size, style.Bold, style.Italic);
        if (!_widths.TryGetValue(key, out var width))
        {
            width = 0;
            foreach (var run in Runs(text, style))
            {
                using var font = Font(run.Typeface, style.Size);
                width += Shape(run, font).Width;
            }

            _widths[key] = width;
        }

        return width;
    }

    /// <summary>The ascent (positive) and full line height of a style.</summary>
    public (float Ascent, float LineHeight) Metrics(TextStyle style)
    {
        using var font = Font(style);
        var metrics = font.Metrics;
        return (-metrics.Ascent, style.Size * DocumentTheme.LineHeight);
    }

    public void Draw(SKCanvas canvas, string text, float x, float baseline, TextStyle style, SKColor? color = null)
    {
        if (text.Length == 0)
        {
            return;
        }

        using var paint = new SKPaint { Color = color ?? style.Ink, IsAntialias = true };
        foreach (var run in Runs(text, style))
        {
            using var font = Font(run.Typeface, style.Size);
            // Shaped at the pen position, as SkiaSharp's DrawShapedText does, so the PDF's coordinates are the same.
            var shaped = Shape(run, font, x, baseline);
            if (shaped.Codepoints.Length > 0)
            {
                using var builder = new SKTextBlobBuilder();
                var buffer = builder.AllocatePositionedRun(font, shaped.Codepoints.Length);
                var glyphs = buffer.Glyphs;
                var positions = buffer.Positions;
                for (var i = 0; i < shaped.Codepoints.Length; i++)
                {
                    glyphs[i] = (ushort)shaped.Codepoints[i];
                    positions[i] = shaped.Points[i];
                }

                using var blob = builder.Build();
                if (blob is not null)
                {
                    canvas.DrawText(blob, 0, 0, paint);
                }
            }

            x += shaped.Width;
        }
    }

    public void Dispose()
    {
        foreach (var shaper in _shapers.Values)
        {
            shaper.Dispose();
        }
    }

    /// <summary>The text cut into runs by the shipped font that draws each grapheme (<see cref="FontCoverage"/>).</summary>
    private IReadOnlyList<FontRun> Runs(string text, TextStyle style)
    {
        var key = (text, style.Bold, style.Italic);
        if (!_runs.TryGetValue(key, out var runs))
        {
            runs = FontCoverage.Itemize(text, _fonts.Get(style.Bold, style.Italic), style.Bold);
            _runs[key] = runs;
        }

        return runs;
    }

    /// <summary>
    /// Shapes a run with HarfBuzz: Latin, Greek and Cyrillic left to right as the shaper guesses them, Arabic
    /// explicitly right to left in Arabic script, so its glyphs come out joined and in visual order.
    /// </summary>
    private SKShaper.Result Shape(FontRun run, SKFont font, float x = 0, float y = 0)
    {
        var shaper = Shaper(run.Typeface);
        if (!run.RightToLeft)
        {
            return shaper.Shape(run.Text, x, y, font);
        }

        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf16(run.Text);
        buffer.Direction = HarfBuzzSharp.Direction.RightToLeft;
        buffer.Script = HarfBuzzSharp.Script.Arabic;
        buffer.Language = new HarfBuzzSharp.Language("ar");
        return shaper.Shape(buffer, x, y, font);
    }

    /// <summary>Whether every character of the text has a glyph in the shipped fonts (none becomes a replacement mark).</summary>
    public static bool CanDraw(string text) => FontCoverage.CoversAll(text);

    private SKShaper Shaper(SKTypeface typeface)
    {
        if (!_shapers.TryGetValue(typeface, out var shaper))
        {
            shaper = new SKShaper(typeface);
            _shapers[typeface] = shaper;
        }

        return shaper;
    }
}
