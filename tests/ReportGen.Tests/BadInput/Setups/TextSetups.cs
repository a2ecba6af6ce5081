using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Diagnostics;
using UglyToad.PdfPig;

namespace ReportGen.Tests.BadInput.Setups;

/// <summary>
/// Published text is inert (issue 10, part 3). The case's hostile text carries the marker <c>pwn</c>; the setup puts a
/// template that shows every text of the model both at the start of a line and inside a sentence, so that any markup
/// a value could make would show; after a successful build it checks every output: no hidden character anywhere
/// (PDF text and metadata included), no Markdown structure made of the marked text in <c>newsletter.md</c> nor in
/// <c>quotes.md</c> (read by Markdig with every extension and raw HTML on, as the most permissive viewer would), only
/// plain tags and safe links in <c>newsletter.html</c>, well-formed SVG without scripts, PDF links to http, https and
/// mailto only.
/// </summary>
public sealed partial class PublishedTextIsInert : ICorpusSetup
{
    public const string Marker = "pwn";

    /// <summary>Every text of the article's model, each in a paragraph of its own and once inside a sentence.</summary>
    public const string Template = """
        # Lettre

        {{ organisation }}

        Texte {{ organisation }} texte {{ survey }} texte {{ period }} texte.

        {{ survey }}

        {{ period }}

        {{ reference }}

        {{ institute }}

        {{ population }}

        {{ sample_description }}

        {{ mode }}

        {{ fieldwork }}

        {{ scale_description }}

        {{ excluded_description }}

        {{ scope }}
        {{~ for i in indicators }}

        {{ i.label }}

        {{ i.statement }}

        Texte {{ i.label }} texte {{ i.statement }} texte {{ i.theme }}.

        {{ i.theme }}

        {{ i.quali_hlm }}

        {{ i.axis }}
        {{~ end }}
        {{~ for s in segments }}

        {{ s.label }}

        {{ s.values_text }}
        {{~ end }}
        {{~ for q in quotes }}

        {{ q }}

        Texte {{ q }} texte.
        {{~ end }}
        {{~ for i in irritants }}

        {{ i.label }}
        {{~ end }}
        {{~ for p in priorities }}

        {{ p }}
        {{~ end }}
        {{~ if action_plan }}

        {{ action_plan.title }}
        {{~ for a in action_plan.axes }}

        {{ a.label }}

        {{ a.summary }}
        {{~ for c in a.changes }}

        {{ c }}

        Texte {{ c }} texte.
        {{~ end }}
        {{~ end }}
        {{~ end }}

        """;

    private static readonly MarkdownPipeline Permissive = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private static readonly HashSet<string> HtmlTags = new(StringComparer.Ordinal)
    {
        "html", "head", "meta", "title", "style", "body", "header", "nav", "main", "footer", "section", "article", "div", "span",
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "em", "strong", "blockquote", "a", "br",
        "table", "caption", "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "details", "summary",
        // The charts, as inline SVG: shapes and text only (CheckSvg holds the exported files to the same).
        "svg", "g", "path", "rect", "ellipse", "circle", "line", "polyline", "polygon", "text", "tspan", "clippath", "defs", "desc",
    };

    public string Name => "text-inert";

    public void Apply(CorpusContext context) => File.WriteAllText(context.Path("templates/newsletter.md.sbn"), Template);

    public void Verify(CorpusContext context, int exitCode, string standardError)
    {
        if (exitCode != 0)
        {
            return;
        }

        var outDir = context.OutDir ?? context.Path("out");
        foreach (var (file, text) in BadInputCorpusTests.OutputTexts(outDir).Where(t => !t.File.EndsWith(" (bytes)", StringComparison.Ordinal)))
        {
            var hidden = text.Select((c, i) => (c, i)).FirstOrDefault(p => InputText.IsHidden(p.c) && !(p.i == 0 && p.c == '\uFEFF'));
            Assert.True(hidden == default, $"{context.Name}: {file} holds the hidden character U+{(int)hidden.c:X4} at {hidden.i}");
        }

        CheckMarkdown(context.Name, Path.Combine(outDir, "newsletter.md"), allowQuotes: false);
        if (File.Exists(Path.Combine(outDir, "quotes.md")))
        {
            CheckMarkdown(context.Name, Path.Combine(outDir, "quotes.md"), allowQuotes: true);
        }

        CheckHtml(context.Name, File.ReadAllText(Path.Combine(outDir, "newsletter.html")));
        CheckHtml(context.Name, File.ReadAllText(Path.Combine(outDir, "evidence.html")));
        foreach (var svg in Directory.EnumerateFiles(outDir, "*.svg", SearchOption.AllDirectories))
        {
            CheckSvg(context.Name, svg);
        }

        foreach (var pdf in Directory.EnumerateFiles(outDir, "*.pdf", SearchOption.AllDirectories))
        {
            CheckPdf(context.Name, pdf);
        }
    }

    /// <summary>No heading, list, table, link, emphasis, code, HTML or comment holds the marked text: it is all literal.</summary>
    internal static void CheckMarkdown(string name, string path, bool allowQuotes)
    {
        var markdown = File.ReadAllText(path);
        var document = Markdown.Parse(markdown, Permissive);
        string Source(MarkdownObject node) => node.Span.IsEmpty || node.Span.Start < 0 ? "" : markdown.Substring(node.Span.Start, Math.Min(node.Span.Length, markdown.Length - node.Span.Start));
        foreach (var node in document.Descendants())
        {
            var structural = node switch
            {
                HeadingBlock or ListBlock or ListItemBlock or Markdig.Extensions.Tables.Table or HtmlBlock or CodeBlock or ThematicBreakBlock => true,
                QuoteBlock => !allowQuotes,
                EmphasisInline or LinkInline or AutolinkInline or CodeInline or HtmlInline or HtmlEntityInline => true,
                _ => false,
            };
            if (structural)
            {
                Assert.False(Source(node).Contains(Marker, StringComparison.Ordinal),
                    $"{name}: {Path.GetFileName(path)} makes a {node.GetType().Name} of the input text: {Source(node)}");
            }
        }
    }

    /// <summary>Only plain tags, no event attribute, links to http, https, mailto or anchors only.</summary>
    internal static void CheckHtml(string name, string html)
    {
        foreach (Match tag in Tag().Matches(html))
        {
            Assert.True(HtmlTags.Contains(tag.Groups[1].Value.ToLowerInvariant()), $"{name}: newsletter.html holds the tag <{tag.Groups[1].Value}>");
            foreach (Match attribute in Attribute().Matches(tag.Groups[2].Value))
            {
                Assert.False(attribute.Groups[1].Value.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{name}: newsletter.html has an event attribute: {tag.Value}");
            }
        }

        Assert.DoesNotContain("<!--", html, StringComparison.Ordinal);
        foreach (Match href in Href().Matches(html))
        {
            Assert.True(ReportGen.Documents.SafeLink.IsAllowed(System.Net.WebUtility.HtmlDecode(href.Groups[1].Value)), $"{name}: newsletter.html links to {href.Groups[1].Value}");
        }
    }

    /// <summary>Well-formed XML, no script nor foreign content, no event attribute, no link out.</summary>
    internal static void CheckSvg(string name, string path)
    {
        var svg = XDocument.Load(path);
        foreach (var element in svg.Descendants())
        {
            Assert.False(element.Name.LocalName is "script" or "foreignObject" or "a" or "iframe" or "object" or "embed" or "set" or "animate",
                $"{name}: {Path.GetFileName(path)} holds <{element.Name.LocalName}>");
            Assert.DoesNotContain(element.Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Link annotations to http, https, mailto only; metadata and bookmarks without hidden characters.</summary>
    internal static void CheckPdf(string name, string path)
    {
        var bytes = Encoding.Latin1.GetString(File.ReadAllBytes(path));
        foreach (Match uri in PdfUri().Matches(bytes))
        {
            Assert.True(ReportGen.Documents.SafeLink.IsAllowed(uri.Groups[1].Value), $"{name}: {Path.GetFileName(path)} links to {uri.Groups[1].Value}");
        }

        using var pdf = PdfDocument.Open(path);
        var info = pdf.Information;
        foreach (var text in new[] { info.Title, info.Author, info.Subject, info.Keywords, info.Creator, info.Producer })
        {
            Assert.True(text is null || !text.Any(c => InputText.IsHidden(c)), $"{name}: {Path.GetFileName(path)} metadata holds a hidden character: {text}");
        }

        if (pdf.TryGetBookmarks(out var bookmarks))
        {
            foreach (var bookmark in bookmarks.GetNodes())
            {
                Assert.False(bookmark.Title.Any(c => InputText.IsHidden(c)), $"{name}: {Path.GetFileName(path)} bookmark holds a hidden character: {bookmark.Title}");
            }
        }
    }

    /// <summary>A tag, its name and its attributes (quoted values skipped whole); any '&lt;' a letter follows counts.</summary>
    [GeneratedRegex(@"<\s*/?\s*([A-Za-z][A-Za-z0-9:-]*)((?:\s+[^\s=>/""']+(?:\s*=\s*(?:""[^""]*""|'[^']*'|[^\s>""']+))?)*)")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+([^\s=>/""']+)(?:\s*=\s*(?:""[^""]*""|'[^']*'|[^\s>""']+))?")]
    private static partial Regex Attribute();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();

    [GeneratedRegex(@"/URI\s*\(((?:\\.|[^\\)])*)\)")]
    private static partial Regex PdfUri();
}
