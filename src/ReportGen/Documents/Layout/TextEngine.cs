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
    private readonly Dictionary<(SKTypeface, char), bool> _coverage = [];

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
            foreach (var (segment, typeface) in Segments(text, style))
            {
                using var font = Font(typeface, style.Size);
                width += Shaper(typeface).Shape(segment, font).Width;
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
        foreach (var (segment, typeface) in Segments(text, style))
        {
            using var font = Font(typeface, style.Size);
            var shaper = Shaper(typeface);
            canvas.DrawShapedText(shaper, segment, x, baseline, font, paint);
            x += shaper.Shape(segment, font).Width;
        }
    }

    public void Dispose()
    {
        foreach (var shaper in _shapers.Values)
        {
            shaper.Dispose();
        }
    }

    /// <summary>The text cut where the style's typeface lacks a glyph that the mathematical fallback has.</summary>
    private List<(string Text, SKTypeface Typeface)> Segments(string text, TextStyle style)
    {
        var primary = _fonts.Get(style.Bold, style.Italic);
        var segments = new List<(string, SKTypeface)>();
        var start = 0;
        SKTypeface? current = null;
        for (var i = 0; i < text.Length; i++)
        {
            var face = Has(primary, text[i]) || !Has(_fonts.Math, text[i]) ? primary : _fonts.Math;
            if (current is not null && face != current)
            {
                segments.Add((text[start..i], current));
                start = i;
            }

            current = face;
        }

        segments.Add((text[start..], current ?? primary));
        return segments;
    }

    private bool Has(SKTypeface typeface, char c)
    {
        if (!_coverage.TryGetValue((typeface, c), out var has))
        {
            has = char.IsWhiteSpace(c) || typeface.GetGlyph(c) != 0;
            _coverage[(typeface, c)] = has;
        }

        return has;
    }

    /// <summary>Whether every character of the text has a glyph in the shipped fonts.</summary>
    public bool CanDraw(string text, TextStyle style)
    {
        var primary = _fonts.Get(style.Bold, style.Italic);
        return text.All(c => Has(primary, c) || Has(_fonts.Math, c));
    }

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
