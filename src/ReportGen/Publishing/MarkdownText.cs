using System.Text;

namespace ReportGen.Publishing;

/// <summary>
/// Plain text made inert for Markdown: whatever an input holds (an organisation name, a label, a comment), it reads
/// as the same characters in <c>newsletter.md</c>, in its HTML and in its PDF, and never adds structure — no heading,
/// list, quote, table, link, image, emphasis, code, HTML or comment. Only the template, written by the communications
/// team, makes structure. Escaping is CommonMark's backslash before an ASCII punctuation character, kept to the
/// characters that can start markup where they stand, so the Markdown still reads naturally.
/// </summary>
public static class MarkdownText
{
    /// <summary>
    /// The text on one line (<see cref="OneLine"/>) with every character that could start Markdown or HTML escaped:
    /// <c>\ ` * [ ] &lt; &gt; | ~</c> everywhere, <c>_</c> unless inside a word, <c>&amp;</c> before what could be
    /// an entity, and at the start (where the template may have put the value at the start of a line) the markers of
    /// headings, lists, quotes, thematic breaks and setext underlines: <c># - + = </c> and <c>1. </c> / <c>1) </c>.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = OneLine(text);
        var builder = new StringBuilder(line.Length + 8);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var escape = c switch
            {
                '\\' or '`' or '*' or '[' or ']' or '<' or '>' or '|' or '~' => true,
                '_' => i == 0 || i == line.Length - 1 || !char.IsLetterOrDigit(line[i - 1]) || !char.IsLetterOrDigit(line[i + 1]),
                '&' => i + 1 < line.Length && (char.IsAsciiLetterOrDigit(line[i + 1]) || line[i + 1] == '#'),
                '#' or '-' or '=' => i == 0,
                // A signed figure (« +12 ») is no list marker, which needs a space after the sign: only a bare leading '+' is escaped.
                '+' => i == 0 && !(i + 1 < line.Length && char.IsAsciiDigit(line[i + 1])),
                '.' or ')' => IsListNumber(line, i) && (i + 1 == line.Length || line[i + 1] == ' '),
                _ => false,
            };
            if (escape)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The text as a Markdown code span (a file name, an id), on one line: fenced by one backtick more than the longest
    /// run of backticks it holds, so that no character of it can close the span early.
    /// </summary>
    public static string Code(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = OneLine(text);
        int longest = 0, run = 0;
        foreach (var c in line)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = line.StartsWith('`') || line.EndsWith('`') ? " " : "";
        return $"{fence}{pad}{line}{pad}{fence}";
    }

    /// <summary>The text on one line: every run of white space holding a line break or a tab becomes one space; trimmed.</summary>
    public static string OneLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny('\n', '\r', '\t') < 0)
        {
            return text.Trim();
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\t' or ' ')
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Whether the '.' or ')' at <paramref name="index"/> ends a number that starts the text ("1." would open an ordered list).</summary>
    private static bool IsListNumber(string text, int index)
    {
        if (index == 0 || index > 9)
        {
            return false;
        }

        for (var i = 0; i < index; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
