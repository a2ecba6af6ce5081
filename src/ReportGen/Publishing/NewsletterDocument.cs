using System.Text.RegularExpressions;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Documents;
using ReportGen.Resources;

namespace ReportGen.Publishing;

/// <summary>
/// The article as one document for every format (the A4 magazine page, the web page, the Word file): the Markdown
/// the template rendered, read into blocks once, with its list of figures shown as a key-figure box and the
/// satisfaction chart after it. The text is the text of <c>newsletter.md</c>, word for word.
/// </summary>
public static partial class NewsletterDocument
{
    private const float CompactChart = 0.8f;

    private static readonly TextStyle MethodStyle = new(8.5f, Color: DocumentTheme.Muted);

    public static IReadOnlyList<Block> Compose(string markdown, Figure? chart, ProjectDefinition? project = null)
    {
        var blocks = new List<Block>();
        var figuresPlaced = false;
        var inMethod = false;
        var parsed = MarkdownBlocks.Parse(markdown, out var unsafeLinks);
        if (unsafeLinks > 0 && project is not null)
        {
            // Links are kept only to http, https, mailto and anchors; any other target (javascript:, data:…) becomes text, in every format.
            Warnings.Add(new SourceLocation(project.Outputs.Newsletter), DiagnosticCodes.UnsafeLink,
                PublishingMessages.UnsafeLink, PublishingMessages.UnsafeLinkHint);
        }

        foreach (var block in parsed)
        {
            switch (block)
            {
                case Paragraph paragraph when blocks.Count == 1 && paragraph.Runs.All(r => r.Emphasis == RunEmphasis.Italic):
                    // The line under the title ("Décryptage — 3 mars 2020") is the standfirst.
                    blocks.Add(paragraph with { Style = new TextStyle(10.5f, Italic: true, Color: DocumentTheme.Muted) });
                    break;
                case ListBlock list when !figuresPlaced && list.Items.Count > 0 && list.Items.All(IsKeyFigure):
                    var figures = list.Items.Select(item =>
                    {
                        var text = MarkdownBlocks.Plain(item);
                        var match = LeadingFigure().Match(text);
                        return new KeyFigure(match.Value.TrimEnd(), text[match.Length..]);
                    }).ToList();
                    blocks.Add(new KeyFigureBox(null, figures));
                    if (chart is not null)
                    {
                        // A magazine page is one page: the chart is drawn more compact than in the evidence pack.
                        blocks.Add(chart with { HeightScale = chart.HeightScale * CompactChart });
                    }

                    figuresPlaced = true;
                    break;
                case Heading heading:
                    // The method note is set smaller, as magazines set their “Méthodologie” boxes.
                    inMethod = heading.Text.StartsWith("Méthode", StringComparison.OrdinalIgnoreCase);
                    blocks.Add(heading);
                    break;
                case Paragraph paragraph when inMethod:
                    blocks.Add(paragraph with { Style = MethodStyle });
                    break;
                default:
                    blocks.Add(block);
                    break;
            }
        }

        if (!figuresPlaced && chart is not null)
        {
            blocks.Add(chart);
        }

        return blocks;
    }

    private static bool IsKeyFigure(IReadOnlyList<Run> item) => LeadingFigure().IsMatch(MarkdownBlocks.Plain(item));

    /// <summary>"85,2 %" at the start of a list item, with its narrow no-break space.</summary>
    [GeneratedRegex(@"^\d{1,3}(,\d)?\u202F% ")]
    private static partial Regex LeadingFigure();
}
