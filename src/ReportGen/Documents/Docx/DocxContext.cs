using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace ReportGen.Documents.Docx;

/// <summary>
/// What the writing of one document shares: the main part (for images and link relationships), the headings and
/// their bookmarks, the list instances, and the counters of every id the file carries. Every id is counted from
/// one, in the order of the blocks, so that the same blocks give the same file (the Open XML SDK would otherwise
/// draw random relationship ids).
/// </summary>
internal sealed class DocxContext
{
    private readonly Dictionary<string, string> _bookmarks = new(StringComparer.Ordinal);
    private readonly HashSet<string> _bookmarkNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _links = new(StringComparer.Ordinal);
    private int _bookmarkIds;
    private int _drawings;
    private int _images;

    public DocxContext(MainDocumentPart main, IReadOnlyList<HeadingEntry> headings)
    {
        Main = main;
        Headings = headings;
        foreach (var heading in headings)
        {
            Bookmark(heading.Anchor);
        }
    }

    public MainDocumentPart Main { get; }

    /// <summary>Every heading of the document, numbered as every format numbers them.</summary>
    public IReadOnlyList<HeadingEntry> Headings { get; }

    public DocxNumbering Numbering { get; } = new();

    /// <summary>The next <c>w:bookmarkStart</c> id.</summary>
    public string NextBookmarkId() => (_bookmarkIds++).ToString(CultureInfo.InvariantCulture);

    /// <summary>The next drawing id (<c>wp:docPr</c>), unique in the document.</summary>
    public uint NextDrawingId() => (uint)++_drawings;

    /// <summary>The relationship id of the next image part.</summary>
    public string NextImageRelationship() => string.Create(CultureInfo.InvariantCulture, $"rIdImage{++_images}");

    /// <summary>
    /// The Word bookmark that stands for <paramref name="anchor"/>: the anchor itself when Word accepts it as a
    /// bookmark name (a letter first, then letters, digits and underscores, at most 40 characters), else the anchor
    /// with every other character made an underscore ("plan-actions" → "plan_actions"), made unique.
    /// </summary>
    public string Bookmark(string anchor)
    {
        if (_bookmarks.TryGetValue(anchor, out var known))
        {
            return known;
        }

        var name = new StringBuilder(anchor.Length + 2);
        foreach (var c in anchor)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        }

        if (name.Length == 0 || !char.IsAsciiLetter(name[0]))
        {
            name.Insert(0, "h_");
        }

        var candidate = name.Length > 40 ? name.ToString(0, 40) : name.ToString();
        for (var n = 2; !_bookmarkNames.Add(candidate); n++)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $"_{n}");
            candidate = (name.Length + suffix.Length > 40 ? name.ToString(0, 40 - suffix.Length) : name.ToString()) + suffix;
        }

        _bookmarks[anchor] = candidate;
        return candidate;
    }

    /// <summary>The relationship id of an external link, one per distinct address; null when the address is no valid URI.</summary>
    public string? ExternalLink(string url)
    {
        if (_links.TryGetValue(url, out var id))
        {
            return id;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        id = string.Create(CultureInfo.InvariantCulture, $"rIdLink{_links.Count + 1}");
        Main.AddHyperlinkRelationship(uri, true, id);
        _links[url] = id;
        return id;
    }
}
