using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Resources;
using SkiaSharp;

namespace ReportGen.Documents;

/// <summary>
/// Which shipped font draws each character, the one place that decides it for documents, charts and warnings.
/// A text is cut into runs by the first font of the chain that has every character of a grapheme (a letter
/// with its accents, an emoji sequence): the style's Noto Sans, its Noto Sans Extended, the regular Noto Sans and
/// Noto Sans Extended, Noto Sans Math, Noto Sans Arabic. A grapheme none of them has is drawn as <see cref="Replacement"/> (never dropped), and text read
/// from an input is reported once by <see cref="WarnUncovered"/> where it is loaded, with its file and line.
/// Spaces between two Arabic graphemes belong to the Arabic run, so that an Arabic name or phrase inside a French
/// sentence is shaped right to left as one piece and placed in visual order; no other bidi reordering is done.
/// </summary>
public static class FontCoverage
{
    /// <summary>What a character no shipped font has is drawn as (in Noto Sans Extended).</summary>
    public const char Replacement = '\uFFFD';

    private static readonly ConcurrentDictionary<(SKTypeface Face, int Rune), bool> Coverage = new();

    /// <summary>
    /// Warns (RG510) when the text has characters that no shipped font draws, naming them: they will be shown as
    /// <see cref="Replacement"/> in the PDFs and charts (the Markdown and HTML keep them).
    /// </summary>
    public static void WarnUncovered(string? text, SourceLocation where)
    {
        var missing = Uncovered(text);
        if (missing.Count == 0)
        {
            return;
        }

        const int shown = 8;
        var codes = string.Join(' ', missing.Take(shown).Select(r => $"U+{r.Value:X4}"));
        if (missing.Count > shown)
        {
            codes = Text.Format(PublishingMessages.GlyphsMore, codes, missing.Count - shown);
        }

        Warnings.Add(where, DiagnosticCodes.GlyphMissing, Text.Format(PublishingMessages.GlyphMissing, Excerpt(text!), codes, Replacement), PublishingMessages.GlyphMissingHint);
    }

    /// <summary>The distinct characters of the text that no shipped font draws, in order of first appearance.</summary>
    public static IReadOnlyList<Rune> Uncovered(string? text)
    {
        var missing = new List<Rune>();
        if (string.IsNullOrEmpty(text) || text.All(c => c < 0x250))
        {
            // Everything below U+0250 is in Noto Sans or Noto Sans Extended (fast path for the common case).
            return missing;
        }

        var fonts = FontSet.Shared;
        foreach (var element in Graphemes(text))
        {
            if (FaceFor(element, fonts.Regular, fonts, bold: false) is null)
            {
                foreach (var rune in element.EnumerateRunes())
                {
                    if (!IsIgnorable(rune) && !HasAny(rune, fonts) && !missing.Contains(rune))
                    {
                        missing.Add(rune);
                    }
                }
            }
        }

        return missing;
    }

    /// <summary>Whether every character of the text is drawn by a shipped font.</summary>
    public static bool CoversAll(string? text) => Uncovered(text).Count == 0;

    /// <summary>
    /// The text cut into runs, each in the typeface that draws it, in logical order; a right-to-left run's text is
    /// in logical order too (the shaper places its glyphs visually). Uncovered graphemes become <see cref="Replacement"/>.
    /// </summary>
    internal static IReadOnlyList<FontRun> Itemize(string text, SKTypeface primary, bool bold)
    {
        var fonts = FontSet.Shared;
        var items = new List<(string Text, SKTypeface? Face)>();
        foreach (var element in Graphemes(text))
        {
            if (element.Length == 1 && char.IsWhiteSpace(element[0]))
            {
                items.Add((element, null));
                continue;
            }

            var face = FaceFor(element, primary, fonts, bold);
            items.Add(face is null ? (Replacement.ToString(), Extended(primary, fonts)) : (element, face));
        }

        // Spaces take the face of their neighbours when both sides agree (inside an Arabic phrase), else the primary.
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Face is not null)
            {
                continue;
            }

            var before = Neighbour(items, i, -1);
            var after = Neighbour(items, i, +1);
            items[i] = (items[i].Text, before is not null && before == after && IsArabic(before, fonts) && Has(before, items[i].Text) ? before : primary);
        }

        var runs = new List<FontRun>();
        var current = new StringBuilder();
        SKTypeface? currentFace = null;
        foreach (var (piece, face) in items)
        {
            if (currentFace is not null && face != currentFace)
            {
                runs.Add(new FontRun(current.ToString(), currentFace, IsArabic(currentFace, fonts)));
                current.Clear();
            }

            currentFace = face;
            current.Append(piece);
        }

        if (currentFace is not null)
        {
            runs.Add(new FontRun(current.ToString(), currentFace, IsArabic(currentFace, fonts)));
        }

        return runs;
    }

    /// <summary>The text with every grapheme no shipped font has replaced by <see cref="Replacement"/>.</summary>
    public static string Displayable(string text)
    {
        if (CoversAll(text))
        {
            return text;
        }

        var fonts = FontSet.Shared;
        var builder = new StringBuilder(text.Length);
        foreach (var element in Graphemes(text))
        {
            builder.Append(FaceFor(element, fonts.Regular, fonts, bold: false) is null ? Replacement.ToString() : element);
        }

        return builder.ToString();
    }

    /// <summary>Whether some grapheme of the text is not in <paramref name="face"/> itself (it needs a fallback or a replacement).</summary>
    internal static bool NeedsFallback(string text, SKTypeface face)
    {
        if (text.All(c => c < 0x180 && !char.IsControl(c)))
        {
            return false;
        }

        foreach (var element in Graphemes(text))
        {
            if (!(element.Length == 1 && char.IsWhiteSpace(element[0])) && !Has(face, element))
            {
                return true;
            }
        }

        return false;
    }

    private static SKTypeface? Neighbour(List<(string Text, SKTypeface? Face)> items, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < items.Count; j += step)
        {
            if (items[j].Face is not null)
            {
                return items[j].Face;
            }
        }

        return null;
    }

    /// <summary>The Extended face of a Noto Sans style (the face itself for the other fonts).</summary>
    private static SKTypeface Extended(SKTypeface face, FontSet fonts) =>
        face == fonts.Bold ? fonts.BoldExtended
        : face == fonts.Italic ? fonts.ItalicExtended
        : face == fonts.BoldItalic ? fonts.BoldItalicExtended
        : face == fonts.Regular ? fonts.RegularExtended
        : face;

    private static bool IsArabic(SKTypeface face, FontSet fonts) => face == fonts.Arabic || face == fonts.ArabicBold;

    /// <summary>The first typeface of the chain that has every character of the grapheme, or null.</summary>
    private static SKTypeface? FaceFor(string element, SKTypeface primary, FontSet fonts, bool bold)
    {
        if (Has(primary, element))
        {
            return primary;
        }

        var extended = Extended(primary, fonts);
        if (Has(extended, element))
        {
            return extended;
        }

        if (Has(fonts.Regular, element))
        {
            return fonts.Regular;
        }

        if (Has(fonts.RegularExtended, element))
        {
            return fonts.RegularExtended;
        }

        if (Has(fonts.Math, element))
        {
            return fonts.Math;
        }

        var arabic = bold ? fonts.ArabicBold : fonts.Arabic;
        return Has(arabic, element) ? arabic : null;
    }

    private static bool Has(SKTypeface face, string element)
    {
        foreach (var rune in element.EnumerateRunes())
        {
            if (!IsIgnorable(rune) && !Has(face, rune.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Has(SKTypeface face, int rune) =>
        Coverage.GetOrAdd((face, rune), static key => key.Face.GetGlyph(key.Rune) != 0);

    private static bool HasAny(Rune rune, FontSet fonts) =>
        Has(fonts.Regular, rune.Value) || Has(fonts.RegularExtended, rune.Value) || Has(fonts.Math, rune.Value) || Has(fonts.Arabic, rune.Value);

    /// <summary>Format characters that shape the text around them but draw nothing (joiners, variation selectors).</summary>
    private static bool IsIgnorable(Rune rune) =>
        rune.Value is 0x200C or 0x200D or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF);

    private static IEnumerable<string> Graphemes(string text)
    {
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            yield return enumerator.GetTextElement();
        }
    }

    private static string Excerpt(string text)
    {
        var line = new string([.. text.ReplaceLineEndings(" ").Select(c => char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format ? ' ' : c)]);
        var cut = line.Length > 57 && char.IsHighSurrogate(line[56]) ? 56 : 57;
        return line.Length <= 60 ? line : line[..cut] + "…";
    }
}

/// <summary>A piece of text drawn in one typeface; right to left for Arabic.</summary>
internal readonly record struct FontRun(string Text, SKTypeface Typeface, bool RightToLeft);
