using System.Buffers;
using System.Globalization;
using System.Text;
using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen.Diagnostics;

/// <summary>
/// The one gate every text of the inputs passes before it becomes a model value: YAML scalars (<c>YamlMap</c>),
/// the segment, wave and margin values of the survey CSVs (<c>SurveyReader</c>) and the fields of the comments file
/// (<c>VerbatimReader</c>). <see cref="Clean"/> removes the characters a reader cannot see but a program obeys —
/// control characters (terminal escape sequences, backspace, carriage return alone), bidirectional embeddings,
/// overrides, isolates and marks (the "Trojan Source" trick, which reorders what is displayed), zero-width and other
/// format characters (U+200B–U+200D, U+2060, U+FEFF, the invisible tag characters U+E0000–U+E007F), lone surrogates —
/// and reports each place once as warning RG500, so that what is published is what the author saw in an editor.
/// Tabs and line breaks are kept (a YAML block or a quoted CSV field may span lines); line and paragraph
/// separators (U+2028, U+2029) become spaces. The glyph-coverage check of the fonts hooks in here too, since every
/// published text passes through this method.
/// </summary>
public static class InputText
{
    /// <summary>Every UTF-16 code unit that may start a hidden character: the fast path skips text holding none.</summary>
    private static readonly SearchValues<char> Suspects = SearchValues.Create(BuildSuspects());

    /// <summary>
    /// <paramref name="value"/> without its hidden characters; when some were removed, warning RG500 names them at
    /// <paramref name="where"/>. Text holding none is returned as it is (no copy).
    /// </summary>
    public static string Clean(string value, SourceLocation where)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.AsSpan().IndexOfAny(Suspects) < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        var removed = new List<int>();
        var total = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            int codePoint = c;
            var width = 1;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, value[i + 1]);
                width = 2;
            }

            if (c is '\u2028' or '\u2029')
            {
                builder.Append(' ');
                Note(removed, codePoint, ref total);
            }
            else if (IsHidden(codePoint) || (width == 1 && char.IsSurrogate(c)))
            {
                Note(removed, codePoint, ref total);
            }
            else
            {
                builder.Append(value, i, width);
            }

            i += width - 1;
        }

        if (total == 0)
        {
            return value;
        }

        var names = string.Join(", ", removed.Select(Describe));
        Warnings.Add(where, DiagnosticCodes.HiddenCharacters,
            total == 1 ? Text.Format(DiagnosticMessages.HiddenCharacterRemoved, names) : Text.Format(DiagnosticMessages.HiddenCharactersRemoved, total, names),
            DiagnosticMessages.HiddenCharactersHint);
        return builder.ToString();
    }

    /// <summary>
    /// Whether the code point is a character that is not seen but acts: a control character other than tab, line feed
    /// and carriage return, or a format character (category Cf: bidi controls, zero-width characters, tags, soft hyphen).
    /// </summary>
    public static bool IsHidden(int codePoint)
    {
        if (codePoint is '\t' or '\n' or '\r')
        {
            return false;
        }

        if (codePoint is >= 0xD800 and <= 0xDFFF)
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }

    /// <summary>
    /// The text with every hidden character and carriage return written visibly, <c>\u001B</c> style, for what is
    /// printed to a terminal or a CI log: a value quoted in a diagnostic (an off-scale answer, an unknown column) then
    /// shows what the file holds without the terminal obeying it.
    /// </summary>
    public static string Visible(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(Suspects) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                if (IsHidden(codePoint))
                {
                    builder.Append(CultureInfo.InvariantCulture, $"\\U{codePoint:X8}");
                }
                else
                {
                    builder.Append(c).Append(text[i + 1]);
                }

                i++;
            }
            else if (c == '\r' || IsHidden(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static void Note(List<int> removed, int codePoint, ref int total)
    {
        total++;
        if (!removed.Contains(codePoint) && removed.Count < 5)
        {
            removed.Add(codePoint);
        }
    }

    private static string Describe(int codePoint)
    {
        var name = codePoint switch
        {
            0x1B => "ESCAPE",
            0x07 => "BELL",
            0x08 => "BACKSPACE",
            0x7F => "DELETE",
            0x9B => "CONTROL SEQUENCE INTRODUCER",
            0x00AD => "SOFT HYPHEN",
            0x061C => "ARABIC LETTER MARK",
            0x200B => "ZERO WIDTH SPACE",
            0x200C => "ZERO WIDTH NON-JOINER",
            0x200D => "ZERO WIDTH JOINER",
            0x200E => "LEFT-TO-RIGHT MARK",
            0x200F => "RIGHT-TO-LEFT MARK",
            0x202A => "LEFT-TO-RIGHT EMBEDDING",
            0x202B => "RIGHT-TO-LEFT EMBEDDING",
            0x202C => "POP DIRECTIONAL FORMATTING",
            0x202D => "LEFT-TO-RIGHT OVERRIDE",
            0x202E => "RIGHT-TO-LEFT OVERRIDE",
            0x2028 => "LINE SEPARATOR",
            0x2029 => "PARAGRAPH SEPARATOR",
            0x2060 => "WORD JOINER",
            0x2066 => "LEFT-TO-RIGHT ISOLATE",
            0x2067 => "RIGHT-TO-LEFT ISOLATE",
            0x2068 => "FIRST STRONG ISOLATE",
            0x2069 => "POP DIRECTIONAL ISOLATE",
            0xFEFF => "ZERO WIDTH NO-BREAK SPACE",
            >= 0xE0000 and <= 0xE007F => "TAG",
            >= 0xD800 and <= 0xDFFF => "LONE SURROGATE",
            < 0x20 or (>= 0x80 and < 0xA0) => "CONTROL",
            _ => "FORMAT",
        };
        return codePoint > 0xFFFF
            ? string.Create(CultureInfo.InvariantCulture, $"U+{codePoint:X5} {name}")
            : string.Create(CultureInfo.InvariantCulture, $"U+{codePoint:X4} {name}");
    }

    private static string BuildSuspects()
    {
        var suspects = new StringBuilder();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            // Surrogates stand for the hidden characters outside the BMP (tags): checked one by one on the slow path.
            if (c == '\r' || IsHidden(c))
            {
                suspects.Append((char)c);
            }
        }

        return suspects.ToString();
    }
}
