using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportGen.Documents;

/// <summary>
/// Reads the Markdown that article templates produce (headings, paragraphs, lists, emphasis, links) into
/// document blocks with Markdig, so that the PDF of an article says exactly what its Markdown says.
/// </summary>
public static class MarkdownBlocks
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>The style of quotations (Markdown block quotes).</summary>
    public static TextStyle QuoteStyle { get; } = new(10.5f, Italic: true, Color: DocumentTheme.AccentLight);

    public static IReadOnlyList<Block> Parse(string markdown) => Parse(markdown, out _);

    /// <summary>The blocks of <paramref name="markdown"/>; <paramref name="unsafeLinks"/> counts the links made text because their target is not allowed (<see cref="SafeLink"/>).</summary>
    public static IReadOnlyList<Block> Parse(string markdown, out int unsafeLinks)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        unsafeLinks = SafeLink.Neutralize(document);
        var blocks = new List<Block>();
        foreach (var node in document)
        {
            switch (node)
            {
                case HeadingBlock heading:
                    blocks.Add(new Heading(heading.Level, Plain(Runs(heading.Inline))));
                    break;
                case ParagraphBlock paragraph:
                    blocks.Add(new Paragraph(Runs(paragraph.Inline)));
                    break;
                case Markdig.Syntax.ListBlock list:
                    var items = list.OfType<ListItemBlock>()
                        .Select(item => (IReadOnlyList<Run>)[.. item.OfType<ParagraphBlock>().SelectMany(p => Runs(p.Inline))])
                        .ToList();
                    blocks.Add(new ListBlock(items, list.IsOrdered));
                    break;
                case QuoteBlock quote:
                    // A quotation: set apart in italics, in the accent colour.
                    foreach (var paragraph in quote.OfType<ParagraphBlock>())
                    {
                        blocks.Add(new Paragraph(Runs(paragraph.Inline), QuoteStyle));
                    }

                    break;
                case ThematicBreakBlock:
                    break;
                default:
                    blocks.Add(new Paragraph(new Run(markdown.Substring(node.Span.Start, node.Span.Length))));
                    break;
            }
        }

        return blocks;
    }

    /// <summary>The text of runs, without their styles.</summary>
    public static string Plain(IEnumerable<Run> runs) => string.Concat(runs.Select(r => r.Text));

    private static List<Run> Runs(ContainerInline? container, RunEmphasis emphasis = RunEmphasis.None, string? link = null)
    {
        var runs = new List<Run>();
        if (container is null)
        {
            return runs;
        }

        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    runs.Add(new Run(literal.Content.ToString(), null, link) { Emphasis = emphasis });
                    break;
                case EmphasisInline emphasisInline:
                    runs.AddRange(Runs(emphasisInline, emphasisInline.DelimiterCount >= 2 ? RunEmphasis.Bold : RunEmphasis.Italic, link));
                    break;
                case LinkInline linkInline:
                    runs.AddRange(Runs(linkInline, emphasis, linkInline.Url));
                    break;
                case CodeInline code:
                    runs.Add(new Run(code.Content, null, link) { Emphasis = emphasis });
                    break;
                case LineBreakInline lineBreak:
                    runs.Add(new Run(lineBreak.IsHard ? "\n" : " ", null, link) { Emphasis = emphasis });
                    break;
                case ContainerInline nested:
                    runs.AddRange(Runs(nested, emphasis, link));
                    break;
                default:
                    runs.Add(new Run(inline.ToString() ?? "", null, link) { Emphasis = emphasis });
                    break;
            }
        }

        return Merge(runs);
    }

    /// <summary>Joins neighbouring runs of the same emphasis and link, as Markdig splits text at every delimiter.</summary>
    private static List<Run> Merge(List<Run> runs)
    {
        var merged = new List<Run>();
        var text = new StringBuilder();
        Run? current = null;
        foreach (var run in runs)
        {
            if (current is not null && current.Emphasis == run.Emphasis && current.Link == run.Link && current.Style == run.Style)
            {
                text.Append(run.Text);
                continue;
            }

            if (current is not null)
            {
                merged.Add(current with { Text = text.ToString() });
            }

            current = run;
            text.Clear().Append(run.Text);
        }

        if (current is not null)
        {
            merged.Add(current with { Text = text.ToString() });
        }

        return merged;
    }
}
