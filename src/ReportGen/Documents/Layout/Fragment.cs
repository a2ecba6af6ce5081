using SkiaSharp;

namespace ReportGen.Documents.Layout;

/// <summary>
/// The unit the paginator places: something of a fixed height that is never split (a line, a table row, a
/// figure). <see cref="KeepWithNext"/> keeps it on the page of the fragment that follows (a heading, the first
/// line of a paragraph); <see cref="RepeatedHeader"/> is drawn again above it when it starts a page (the
/// header row of its table).
/// </summary>
internal sealed class Fragment
{
    public required float Height { get; init; }

    public float SpaceBefore { get; init; }

    public bool KeepWithNext { get; init; }

    public bool BreakBefore { get; init; }

    public Fragment? RepeatedHeader { get; init; }

    /// <summary>The anchor of a heading that starts here, for links, the table of contents and bookmarks.</summary>
    public HeadingEntry? Heading { get; init; }

    public required Action<DrawContext, SKPoint> Draw { get; init; }
}


/// <summary>What a fragment needs to draw: the canvas, and where every heading landed.</summary>
internal sealed record DrawContext(SKCanvas Canvas, TextEngine Text, IReadOnlyDictionary<string, int> AnchorPages, int PageNumber, int PageCount);
