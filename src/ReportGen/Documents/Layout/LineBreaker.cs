using System.Text;

namespace ReportGen.Documents.Layout;

/// <summary>
/// Breaks runs into lines of a given width: after spaces and after hyphens, never at a no-break space
/// (U+00A0) or a narrow no-break space (U+202F), so that "85,2 %" and "4 000" stay whole. A word wider than
/// the line is cut between letters as a last resort.
/// </summary>
internal static class LineBreaker
{
    public static IReadOnlyList<TextLine> Break(TextEngine engine, IReadOnlyList<Run> runs, TextStyle baseStyle, float width)
    {
        var tokens = Tokenize(runs, baseStyle);
        var lines = new List<TextLine>();
        var current = new List<(string Text, TextStyle Style, string? Link)>();
        var currentWidth = 0f;

        void Flush()
        {
            // Trailing spaces do not count at the end of a line.
            while (current.Count > 0 && string.IsNullOrWhiteSpace(current[^1].Text.Replace('\u00A0', 'x').Replace('\u202F', 'x')))
            {
                current.RemoveAt(current.Count - 1);
            }

            if (current.Count > 0)
            {
                var last = current[^1];
                current[^1] = (last.Text.TrimEnd(' '), last.Style, last.Link);
            }

            lines.Add(Compose(engine, current, baseStyle));
            current = [];
            currentWidth = 0;
        }

        foreach (var token in tokens)
        {
            if (token.Text == "\n")
            {
                Flush();
                continue;
            }

            var tokenWidth = engine.Measure(token.Text.TrimEnd(' '), token.Style);
            if (currentWidth + tokenWidth > width && current.Count > 0)
            {
                Flush();
                if (token.Text.Trim().Length == 0)
                {
                    continue;
                }
            }

            if (tokenWidth > width)
            {
                foreach (var piece in SplitLongWord(engine, token.Text, token.Style, width))
                {
                    current.Add((piece, token.Style, token.Link));
                    Flush();
                }

                continue;
            }

            current.Add(token);
            currentWidth += engine.Measure(token.Text, token.Style);
        }

        if (current.Count > 0 || lines.Count == 0)
        {
            Flush();
        }

        return lines;
    }

    private static TextLine Compose(TextEngine engine, List<(string Text, TextStyle Style, string? Link)> tokens, TextStyle baseStyle)
    {
        // Neighbouring tokens of the same style and link are drawn as one piece, so kerning spans them.
        var merged = new List<(StringBuilder Text, TextStyle Style, string? Link)>();
        foreach (var (text, style, link) in tokens)
        {
            if (merged.Count > 0 && merged[^1].Style == style && merged[^1].Link == link)
            {
                merged[^1].Text.Append(text);
            }
            else
            {
                merged.Add((new StringBuilder(text), style, link));
            }
        }

        var pieces = new List<LinePiece>();
        var x = 0f;
        var (ascent, height) = engine.Metrics(baseStyle);
        foreach (var (text, style, link) in merged)
        {
            var s = text.ToString();
            var w = engine.Measure(s, style);
            pieces.Add(new LinePiece(s, style, link, x, w));
            x += w;
            var (a, h) = engine.Metrics(style);
            ascent = Math.Max(ascent, a);
            height = Math.Max(height, h);
        }

        return new TextLine(pieces, x, ascent, height);
    }

    /// <summary>Words with their trailing space, pieces ending in a hyphen, and explicit line breaks.</summary>
    private static List<(string Text, TextStyle Style, string? Link)> Tokenize(IReadOnlyList<Run> runs, TextStyle baseStyle)
    {
        var tokens = new List<(string, TextStyle, string?)>();
        foreach (var run in runs)
        {
            var style = run.Style ?? run.Emphasis switch
            {
                RunEmphasis.Bold => baseStyle.WithBold(),
                RunEmphasis.Italic => baseStyle.WithItalic(),
                _ => baseStyle,
            };
            if (run.Link is not null && run.Style is null)
            {
                style = style with { Color = DocumentTheme.Link };
            }

            var start = 0;
            var text = run.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\n')
                {
                    if (i > start)
                    {
                        tokens.Add((text[start..i], style, run.Link));
                    }

                    tokens.Add(("\n", style, null));
                    start = i + 1;
                }
                else if (c == ' ' || (c == '-' && i > start && i + 1 < text.Length && char.IsLetter(text[i + 1])))
                {
                    // Spaces stay with the word before; a hyphen between letters is a break opportunity.
                    var end = i + 1;
                    while (c == ' ' && end < text.Length && text[end] == ' ')
                    {
                        end++;
                    }

                    tokens.Add((text[start..end], style, run.Link));
                    start = end;
                    i = end - 1;
                }
            }

            if (start < text.Length)
            {
                tokens.Add((text[start..], style, run.Link));
            }
        }

        return tokens;
    }

    private static IEnumerable<string> SplitLongWord(TextEngine engine, string word, TextStyle style, float width)
    {
        var start = 0;
        for (var end = 1; end <= word.Length; end++)
        {
            if (engine.Measure(word[start..end], style) > width && end - 1 > start)
            {
                yield return word[start..(end - 1)];
                start = end - 1;
            }
        }

        if (start < word.Length)
        {
            yield return word[start..];
        }
    }
}
