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
        var all = blocks.OfType<Heading>().ToList();
        // A heading without an anchor of its own is named from its words (« Pondération » → ponderation), so that a link
        // to a section of the web page (evidence.html#ponderation) still leads there when another section is added.
        var taken = new HashSet<string>(all.Where(h => h.Anchor is not null).Select(h => h.Anchor!), StringComparer.OrdinalIgnoreCase);
        string AnchorOf(Heading heading)
        {
            if (heading.Anchor is { } anchor)
            {
                return anchor;
            }

            var slug = Slug(heading.Text);
            var candidate = slug;
            for (var n = 2; !taken.Add(candidate); n++)
            {
                candidate = string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
            }

            return candidate;
        }

        var headings = new List<HeadingEntry>();
        foreach (var heading in all)
        {
            var level = Math.Clamp(heading.Level, 1, 6);
            if (heading.Plain)
            {
                headings.Add(new HeadingEntry(level, "", heading.Text, AnchorOf(heading), InContents: false));
                continue;
            }

            numbers[level - 1]++;
            Array.Clear(numbers, level, numbers.Length - level);
            var number = numberHeadings ? string.Join('.', numbers.Take(level).Select(n => n.ToString(CultureInfo.InvariantCulture))) : "";
            headings.Add(new HeadingEntry(level, number, heading.Text, AnchorOf(heading)));
        }

        return headings;
    }

    /// <summary>The words of a heading as an anchor: lower-case ASCII letters and digits joined by hyphens, at most 48 characters, never empty and never starting with a digit.</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slug = ProjectPaths.Fold(text);
        slug = slug.Length > 48 ? slug[..48].TrimEnd('-') : slug;
        return slug.Length == 0 ? "section" : char.IsAsciiDigit(slug[0]) ? "s-" + slug : slug;
    }
}
