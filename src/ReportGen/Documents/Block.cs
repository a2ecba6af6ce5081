namespace ReportGen.Documents;

/// <summary>
/// A unit of the document's content. Blocks are plain data; the layout layer measures them and places them
/// on pages.
/// </summary>
public abstract record Block;

/// <summary>
/// A heading, numbered when the document numbers its headings; <see cref="Anchor"/> names it for links and the
/// table of contents. A <see cref="Plain"/> heading is neither numbered nor listed in the contents (“Sommaire”).
/// </summary>
public sealed record Heading(int Level, string Text, string? Anchor = null, bool Plain = false) : Block;

/// <summary>The title block of a document's first page: title, subtitle and a line of details.</summary>
public sealed record TitleBlock(string Title, string? Subtitle, string? Details) : Block;

/// <summary>A paragraph of styled runs.</summary>
public sealed record Paragraph(IReadOnlyList<Run> Runs, TextStyle? Style = null, ParagraphAlignment Alignment = ParagraphAlignment.Left) : Block
{
    public Paragraph(params Run[] runs)
        : this((IReadOnlyList<Run>)runs)
    {
    }
}

/// <summary>How the lines of a paragraph sit in its width.</summary>
public enum ParagraphAlignment
{
    Left,
    Center,
    Right,
}

/// <summary>A bullet or numbered list; each item is a paragraph of runs.</summary>
public sealed record ListBlock(IReadOnlyList<IReadOnlyList<Run>> Items, bool Numbered = false) : Block;

/// <summary>
/// A table: a header row repeated on every page it spans, rows that are never split across pages, zebra
/// rows. Column widths are relative weights of the available width.
/// </summary>
public sealed record Table(IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<TableCell>> Rows, bool Zebra = true) : Block
{
    /// <summary>How many of the first rows go with the header row: drawn under it and repeated with it on every page (a reference row, such as the whole office).</summary>
    public int HeaderRows { get; init; }
}

/// <summary>A column of a table: its header text, relative width and alignment.</summary>
public sealed record TableColumn(string Header, float Width = 1, ParagraphAlignment Alignment = ParagraphAlignment.Left)
{
    /// <summary>
    /// The header is written bottom to top, so that a narrow column of figures can carry a long name (a heat table
    /// with one column per indicator); the other headers of the table then sit at the foot of the header row.
    /// </summary>
    public bool RotatedHeader { get; init; }
}

/// <summary>A cell of a table.</summary>
public sealed record TableCell(IReadOnlyList<Run> Runs)
{
    /// <summary>A background of its own, painted over the row's zebra fill; null keeps the row's.</summary>
    public SkiaSharp.SKColor? Fill { get; init; }

    public static implicit operator TableCell(string text) => new([new Run(text)]);
}

/// <summary>
/// A chart with its caption. Every format draws it from <see cref="Chart"/>: the PDF as vectors on the page, HTML as
/// inline SVG followed by the chart's data table, Word as an image with the chart's description as alternative text.
/// <see cref="HeightScale"/> draws it more compact (the magazine page).
/// </summary>
public sealed record Figure(Charts.IChart Chart, string Caption) : Block
{
    /// <summary>A factor on the chart's preferred height (1: as the chart sizes itself).</summary>
    public float HeightScale { get; init; } = 1;

    /// <summary>The height of the figure, in points, at <paramref name="width"/>.</summary>
    public float Measure(float width) => Chart.PreferredSize(width).Height * HeightScale;

    /// <summary>Draws the chart into <paramref name="rect"/>, as vectors.</summary>
    public void Draw(SkiaSharp.SKCanvas canvas, SkiaSharp.SKRect rect) => Chart.Draw(canvas, rect);
}

/// <summary>A shaded box of key figures: each a large figure and the words that go with it.</summary>
public sealed record KeyFigureBox(string? Title, IReadOnlyList<KeyFigure> Figures) : Block;

/// <summary>One key figure: "85,2 %" and "satisfaits de l’accueil".</summary>
public sealed record KeyFigure(string Figure, string Text);

/// <summary>Starts a new page.</summary>
public sealed record PageBreak : Block;

/// <summary>The table of contents: the headings of level ≤ <see cref="Depth"/> with their page numbers, linked.</summary>
public sealed record TableOfContents(int Depth = 2) : Block;
