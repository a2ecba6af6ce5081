using System.Globalization;
using System.Text;

namespace ReportGen.Documents.Html;

/// <summary>
/// Writes blocks as one accessible HTML page: landmarks (header, contents, main, footer), real heading levels, runs
/// as strong/em and safe links, tables with their header cells scoped, key figures as text, and each chart as inline
/// SVG named by its caption and described in words, followed by its data table. The same blocks give the same page.
/// </summary>
internal sealed partial class HtmlDocumentWriter
{
    private readonly StringBuilder html = new();
    private readonly DocumentInfo info;
    private readonly IReadOnlyList<Block> blocks;
    private readonly IReadOnlyList<HeadingEntry> headings;
    private readonly string[] headingIds;
    private readonly HashSet<string> ids = new(StringComparer.Ordinal) { MainId };
    private readonly bool hasTitle;
    private bool titleWritten;
    private int headingIndex;
    private int figureCount;
    private int boxCount;
    private int tableCount;

    /// <summary>The level of the last heading written (1 for the title), so that no level is ever skipped.</summary>
    private int lastLevel;

    private const string MainId = "contenu";

    private HtmlDocumentWriter(DocumentInfo info, IReadOnlyList<Block> blocks)
    {
        this.info = info;
        this.blocks = blocks;
        headings = HeadingNumbers.Of(blocks, info.NumberHeadings);
        headingIds = [.. headings.Select(h => Unique(h.Anchor))];
        hasTitle = blocks.Any(b => b is TitleBlock);
    }

    public static string Write(DocumentInfo info, IReadOnlyList<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(blocks);
        return new HtmlDocumentWriter(info, blocks).Page();
    }

    private string Page()
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(HtmlText.Encode(info.Title)).Append("</title>\n");
        Meta("author", info.Author);
        Meta("description", info.Subject);
        Meta("keywords", info.Keywords);
        Meta("generator", info.Creator);
        html.Append("<style>\n").Append(HtmlStyleSheet.Text).Append("</style>\n</head>\n<body>\n");
        html.Append("<a class=\"skip\" href=\"#").Append(MainId).Append("\">Aller au contenu</a>\n");
        Masthead();
        html.Append("<main id=\"").Append(MainId).Append("\">\n<div class=\"wrap\">\n");
        for (var i = 0; i < blocks.Count; i++)
        {
            WriteBlock(i);
        }

        html.Append("</div>\n</main>\n");
        Footer();
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private void Meta(string name, string? content)
    {
        if (!string.IsNullOrWhiteSpace(content))
        {
            html.Append("<meta name=\"").Append(name).Append("\" content=\"").Append(HtmlText.Encode(content)).Append("\">\n");
        }
    }

    /// <summary>The page furniture of the PDF's header: the title, the reference and the version with its date.</summary>
    private void Masthead()
    {
        html.Append("<header class=\"masthead\">\n<div class=\"wrap\">\n");
        html.Append("<p class=\"masthead-title\">").Append(HtmlText.Encode(info.Title)).Append("</p>\n");
        html.Append("<p class=\"masthead-meta\">").Append(HtmlText.Encode(Identification())).Append("</p>\n");
        html.Append("</div>\n</header>\n");
    }

    private void Footer()
    {
        html.Append("<footer>\n<div class=\"wrap\">\n");
        html.Append("<p>").Append(HtmlText.Encode(info.Author)).Append(" — ").Append(HtmlText.Encode(Identification())).Append("</p>\n");
        html.Append("<p>").Append(HtmlText.Encode($"Version accessible en HTML du document PDF, de même contenu. Produit par {info.Creator}.")).Append("</p>\n");
        html.Append("</div>\n</footer>\n");
    }

    /// <summary>"Réf. QUAL-2020-07 · Version 1.0 du 3 mars 2020", as the PDF's header and footer say them.</summary>
    private string Identification()
    {
        var version = $"Version {info.Version} du {Publishing.FrenchFormat.Date(info.Date)}";
        return string.IsNullOrWhiteSpace(info.Reference) ? version : $"Réf. {info.Reference} · {version}";
    }

    private void WriteBlock(int index)
    {
        switch (blocks[index])
        {
            case TitleBlock title:
                WriteTitle(title);
                break;
            case Heading:
                // The contents' heading goes with them when print leaves them out (links without page numbers are no use on paper).
                WriteHeading(headings[headingIndex], headingIds[headingIndex], index + 1 < blocks.Count && blocks[index + 1] is TableOfContents);
                headingIndex++;
                break;
            case Paragraph paragraph when IsQuote(paragraph):
                // Consecutive quotation paragraphs are one quotation.
                if (index == 0 || blocks[index - 1] is not Paragraph previous || !IsQuote(previous))
                {
                    html.Append("<blockquote>\n");
                }

                WriteParagraph(paragraph, quoted: true);
                if (index + 1 >= blocks.Count || blocks[index + 1] is not Paragraph next || !IsQuote(next))
                {
                    html.Append("</blockquote>\n");
                }

                break;
            case Paragraph paragraph:
                WriteParagraph(paragraph, quoted: false);
                break;
            case ListBlock list:
                WriteList(list);
                break;
            case Table table:
                var named = index > 0 && blocks[index - 1] is Heading;
                WriteTable(table, named ? headingIds[headingIndex - 1] : null, named ? headings[headingIndex - 1].Label : null);
                break;
            case Figure figure:
                WriteFigure(figure);
                break;
            case KeyFigureBox box:
                WriteKeyFigures(box);
                break;
            case PageBreak:
                html.Append("<div class=\"page-break\"></div>\n");
                break;
            case TableOfContents toc:
                WriteContents(toc, labelled: index > 0 && blocks[index - 1] is Heading);
                break;
            default:
                throw new NotSupportedException($"no HTML for {blocks[index].GetType().Name}");
        }
    }

    private void WriteTitle(TitleBlock title)
    {
        // The title is the page's one h1; a second title block, if a document had one, is set alike but is no heading.
        var tag = titleWritten ? "p" : "h1";
        html.Append("<div class=\"title-block\">\n");
        html.Append('<').Append(tag).Append(tag == "p" ? " class=\"title\">" : ">").Append(HtmlText.Encode(title.Title)).Append("</").Append(tag).Append(">\n");
        if (title.Subtitle is { } subtitle)
        {
            html.Append("<p class=\"subtitle\">").Append(HtmlText.Encode(subtitle)).Append("</p>\n");
        }

        if (title.Details is { } details)
        {
            html.Append("<p class=\"details\">").Append(HtmlText.Encode(details)).Append("</p>\n");
        }

        html.Append("</div>\n");
        titleWritten = true;
        lastLevel = Math.Max(lastLevel, 1);
    }

    /// <summary>
    /// A heading one level below the title when the document has a title block (its h1), else at its own level; never
    /// more than one level deeper than the heading before it.
    /// </summary>
    private void WriteHeading(HeadingEntry entry, string id, bool contents)
    {
        var level = Math.Clamp(entry.Level + (hasTitle ? 1 : 0), hasTitle ? 2 : 1, 6);
        level = Math.Min(level, lastLevel + 1);
        lastLevel = level;
        var tag = level.ToString(CultureInfo.InvariantCulture);
        html.Append("<h").Append(tag).Append(" id=\"").Append(HtmlText.Encode(id)).Append("\" class=\"level-")
            .Append(Math.Clamp(entry.Level, 1, 6).ToString(CultureInfo.InvariantCulture)).Append(contents ? " toc-heading" : "").Append("\">");
        if (entry.Number.Length > 0)
        {
            html.Append("<span class=\"number\">").Append(HtmlText.Encode(entry.Number)).Append("</span> ");
        }

        html.Append(HtmlText.Encode(entry.Text)).Append("</h").Append(tag).Append(">\n");
    }

    private void WriteParagraph(Paragraph paragraph, bool quoted)
    {
        var classes = quoted ? [] : ParagraphClasses(paragraph);
        html.Append("<p");
        if (classes.Count > 0)
        {
            html.Append(" class=\"").Append(string.Join(' ', classes)).Append('"');
        }

        html.Append('>');
        WriteRuns(paragraph.Runs);
        html.Append("</p>\n");
    }

    private static bool IsQuote(Paragraph paragraph) => paragraph.Style == MarkdownBlocks.QuoteStyle;

    /// <summary>The CSS classes of a paragraph's style: smaller text (a method note), a standfirst, emphasis, a muted colour, an alignment.</summary>
    private static List<string> ParagraphClasses(Paragraph paragraph)
    {
        var classes = new List<string>();
        if (paragraph.Style is { } style)
        {
            var body = DocumentTheme.Body.Size;
            if (style.Size < body - 0.25f)
            {
                classes.Add("small");
            }
            else if (style.Size > body + 0.25f && style.Italic)
            {
                classes.Add("lead");
            }
            else
            {
                if (style.Italic)
                {
                    classes.Add("italic");
                }

                if (style.Color == DocumentTheme.Muted)
                {
                    classes.Add("muted");
                }
            }

            if (style.Bold)
            {
                classes.Add("bold");
            }
        }

        switch (paragraph.Alignment)
        {
            case ParagraphAlignment.Center:
                classes.Add("center");
                break;
            case ParagraphAlignment.Right:
                classes.Add("right");
                break;
        }

        return classes;
    }

    private void WriteList(ListBlock list)
    {
        var tag = list.Numbered ? "ol" : "ul";
        html.Append('<').Append(tag).Append(">\n");
        foreach (var item in list.Items)
        {
            html.Append("<li>");
            WriteRuns(item);
            html.Append("</li>\n");
        }

        html.Append("</").Append(tag).Append(">\n");
    }

    /// <summary>Runs as text, with <c>strong</c>, <c>em</c>, line breaks and the links <see cref="SafeLink"/> allows (any other is its text).</summary>
    private void WriteRuns(IReadOnlyList<Run> runs)
    {
        foreach (var run in runs)
        {
            var bold = run.Emphasis == RunEmphasis.Bold || run.Style?.Bold == true;
            var italic = run.Emphasis == RunEmphasis.Italic || run.Style?.Italic == true;
            var link = SafeLink.IsAllowed(run.Link) ? run.Link : null;
            if (link is not null)
            {
                html.Append("<a href=\"").Append(HtmlText.Encode(link)).Append("\">");
            }

            html.Append(bold ? "<strong>" : "").Append(italic ? "<em>" : "");
            var lines = run.Text.ReplaceLineEndings("\n").Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                html.Append(i > 0 ? "<br>" : "").Append(HtmlText.Encode(lines[i]));
            }

            html.Append(italic ? "</em>" : "").Append(bold ? "</strong>" : "");
            if (link is not null)
            {
                html.Append("</a>");
            }
        }
    }

    private void WriteKeyFigures(KeyFigureBox box)
    {
        var id = Unique($"chiffres-cles-{(++boxCount).ToString(CultureInfo.InvariantCulture)}");
        html.Append("<section class=\"key-figures\" ");
        if (box.Title is { } title)
        {
            html.Append("aria-labelledby=\"").Append(id).Append("\">\n<p class=\"key-figures-title\" id=\"").Append(id).Append("\">").Append(HtmlText.Encode(title)).Append("</p>\n");
        }
        else
        {
            html.Append("aria-label=\"Chiffres clés\">\n");
        }

        html.Append("<ul>\n");
        foreach (var figure in box.Figures)
        {
            html.Append("<li><strong class=\"figure\">").Append(HtmlText.Encode(figure.Figure)).Append("</strong> <span>")
                .Append(HtmlText.Encode(figure.Text.Trim())).Append("</span></li>\n");
        }

        html.Append("</ul>\n</section>\n");
    }

    /// <summary>The contents as nested lists of links to the headings' anchors, to <see cref="TableOfContents.Depth"/>.</summary>
    private void WriteContents(TableOfContents toc, bool labelled)
    {
        html.Append("<nav class=\"toc\" aria-label=\"Sommaire\">\n");
        if (!labelled && titleWritten)
        {
            html.Append("<h2>Sommaire</h2>\n");
            lastLevel = 2;
        }

        var open = new Stack<int>();
        for (var i = 0; i < headings.Count; i++)
        {
            var entry = headings[i];
            if (entry.Level > toc.Depth || !entry.InContents)
            {
                continue;
            }

            if (open.Count == 0 || entry.Level > open.Peek())
            {
                html.Append(open.Count == 0 ? "" : "\n").Append("<ul>\n");
                open.Push(entry.Level);
            }
            else
            {
                html.Append("</li>\n");
                while (open.Count > 1 && entry.Level < open.Peek())
                {
                    open.Pop();
                    html.Append("</ul>\n</li>\n");
                }
            }

            html.Append("<li><a href=\"#").Append(HtmlText.Encode(headingIds[i])).Append("\">").Append(HtmlText.Encode(entry.Label)).Append("</a>");
        }

        while (open.Count > 0)
        {
            open.Pop();
            html.Append("</li>\n</ul>\n");
        }

        html.Append("</nav>\n");
    }

    /// <summary>An id not yet used on the page: the wanted one, else with "-2", "-3"… after it.</summary>
    private string Unique(string wanted)
    {
        var id = wanted.Length == 0 ? "section" : wanted;
        for (var n = 2; !ids.Add(id); n++)
        {
            id = $"{wanted}-{n.ToString(CultureInfo.InvariantCulture)}";
        }

        return id;
    }
}
