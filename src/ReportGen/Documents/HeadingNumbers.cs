using System.Globalization;

namespace ReportGen.Documents;

/// <summary>A heading as every format shows it: its level, number ("2.3", empty when unnumbered), text and anchor.</summary>
public sealed record HeadingEntry(int Level, string Number, string Text, string Anchor, bool InContents = true)
{
    /// <summary>The heading's text with its number before it, as headings, contents and bookmarks show it.</summary>
    public string Label => Number.Length == 0 ? Text : $"{Number}  {Text}";
}

/// <summary>
/// Numbers and anchors the headings of a document, once for every format, so that the PDF, the HTML page and the
/// Word file show the same numbers and link the same anchors.
/// </summary>
public static class HeadingNumbers
{
    /// <summary>One entry per <see cref="Heading"/> of <paramref name="blocks"/>, in order.</summary>
    public static IReadOnlyList<HeadingEntry> Of(IReadOnlyList<Block> blocks, bool numberHeadings)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var numbers = new int[6];
        var anchors = 0;
        var headings = new List<HeadingEntry>();
        foreach (var heading in blocks.OfType<Heading>())
        {
            var level = Math.Clamp(heading.Level, 1, 6);
            if (heading.Plain)
            {
                headings.Add(new HeadingEntry(level, "", heading.Text, heading.Anchor ?? $"h{++anchors}", InContents: false));
                continue;
            }

            numbers[level - 1]++;
            Array.Clear(numbers, level, numbers.Length - level);
            var number = numberHeadings ? string.Join('.', numbers.Take(level).Select(n => n.ToString(CultureInfo.InvariantCulture))) : "";
            headings.Add(new HeadingEntry(level, number, heading.Text, heading.Anchor ?? $"h{++anchors}"));
        }

        return headings;
    }
}
