using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Publishing;

namespace ReportGen.Tests.Publishing;

/// <summary>Input text made inert for Markdown: it reads back as the same characters and never makes structure.</summary>
public sealed class MarkdownTextTests
{
    private static readonly MarkdownPipeline Permissive = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static TheoryData<string> Hostile =>
    [
        "# Titre",
        "## Titre",
        "- liste",
        "+ liste",
        "+12",
        "+12 points",
        "* liste",
        "1. liste",
        "12) liste",
        "> citation",
        "| a | b |",
        "---",
        "===",
        "***",
        "___",
        "[x](javascript:alert(1))",
        "![x](data:image/png;base64,AAAA)",
        "<javascript:alert(1)>",
        "<https://example.org>",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<!-- caché -->",
        "**gras** et *italique* et _souligné_",
        "~~barré~~",
        "`code`",
        "&lt;b&gt; &#x3C; &amp;",
        "fin \\",
        "[^1] note",
        "a\n# titre\n- liste\n\n    code",
        "[lien]: https://example.org",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Escaped_text_reads_back_as_its_characters_in_a_paragraph(string text)
    {
        foreach (var template in new[] { "{0}", "- {0}", "# {0}", "Texte {0} texte.", "> {0}" })
        {
            var markdown = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, MarkdownText.Escape(text));
            var document = Markdown.Parse(markdown, Permissive);

            var block = Assert.Single(document);
            var leaf = block is ContainerBlock container ? Assert.Single(container) : block;
            var inline = Assert.IsAssignableFrom<LeafBlock>(leaf is ContainerBlock nested ? Assert.Single(nested) : leaf).Inline!;
            // A viewer that links bare web addresses may link "https://…", a safe target; nothing else is markup.
            Assert.All(inline.Descendants<Inline>(), i => Assert.True(i is LiteralInline || (i is LinkInline { IsAutoLink: true } link && ReportGen.Documents.SafeLink.IsAllowed(link.Url)),
                $"{template} / {text}: {i.GetType().Name}"));
            var literal = string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
            Assert.Contains(MarkdownText.OneLine(text), literal, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Office Public de l’Habitat", "Office Public de l’Habitat")]
    [InlineData("q1_accueil, 85,2 %, 2024-Q3 (bis)", "q1_accueil, 85,2 %, 2024-Q3 (bis)")]
    [InlineData("Eau & Habitat", "Eau & Habitat")]
    [InlineData("Plan 2024. Suite", "Plan 2024. Suite")]
    [InlineData("2024. Bilan", "2024\\. Bilan")]
    [InlineData("- liste", "\\- liste")]
    [InlineData("un\r\n\r\ndeux\ttrois", "un deux trois")]
    public void Plain_text_stays_readable(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Escape(text));

    [Theory]
    [InlineData("data.csv", "`data.csv`")]
    [InlineData("a`b", "``a`b``")]
    [InlineData("`x`", "`` `x` ``")]
    public void Code_spans_cannot_be_closed_early(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Code(text));

    [Theory]
    [InlineData("+12", "+12")]
    [InlineData("+ liste", "\\+ liste")]
    [InlineData("+", "\\+")]
    public void A_signed_figure_keeps_its_plus_sign_unescaped(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Escape(text));
}
