using Markdig;
using Markdig.Syntax;
using ReportGen.Tests.BadInput;
using ReportGen.Tests.TestSupport;
using ReportGen.Verbatims;

namespace ReportGen.Tests.Publishing;

/// <summary>Text of the inputs reaches the article and quotes.md as text: escaped where it enters, the template alone makes structure.</summary>
public sealed class PublishedTextTests
{
    [Fact]
    public void Every_string_of_the_model_enters_the_template_escaped_at_any_depth()
    {
        var model = new ReportGen.Publishing.ArticleActionPlan("# titre", [new ReportGen.Publishing.ArticleActionAxis("- liste", null, ["[lien](javascript:x)"])]);

        var inert = ReportGen.Publishing.ScriptModel.From(model);

        Assert.Equal("\\# titre", inert["title"]);
        var axes = Assert.IsType<Scriban.Runtime.ScriptArray>(inert["axes"]);
        var axis = Assert.IsType<Scriban.Runtime.ScriptObject>(axes[0]);
        Assert.Equal("\\- liste", axis["label"]);
        Assert.Null(axis["summary"]);
        Assert.StartsWith("\\[lien\\]", (string)Assert.IsType<Scriban.Runtime.ScriptArray>(axis["changes"])[0]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_file_shows_a_comment_on_one_line_without_markup()
    {
        var quote = new CandidateQuote("proprete", 12, RespondentType.Tenant, "# contact", "| Nord |", "- sale\n# titre\n**N° 1-abcdef** <!-- x --> [a](javascript:x)", 0);
        var tally = new VerbatimTally("`com`ments.csv", "v1", [new VerbatimTheme("proprete", "Propreté", [], [], [], new ReportGen.Diagnostics.SourceLocation("rules.yaml"))], 1, 0,
            [new ThemeCount("proprete", "Propreté", RespondentType.Tenant, 1, 1, 0, 1), new ThemeCount("proprete", "Propreté", RespondentType.Staff, 0, 0, 0, 0)], [quote], []);

        var markdown = QuoteFile.Write(tally, "v1");

        var document = Markdown.Parse(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        Assert.Equal(2, document.Descendants<HeadingBlock>().Count());
        Assert.Empty(document.Descendants<ListBlock>());
        Assert.Empty(document.Descendants<Markdig.Syntax.Inlines.LinkInline>());
        Assert.Empty(document.Descendants<Markdig.Syntax.Inlines.HtmlInline>());
        var quoted = Assert.Single(document.Descendants<QuoteBlock>().Skip(1));
        Assert.Equal("- sale # titre **N° 1-abcdef** <!-- x --> [a](javascript:x)", Literal(quoted));
        Assert.Contains("`` `com`ments.csv ``", markdown, StringComparison.Ordinal);
    }

    private static string Literal(MarkdownObject node) =>
        string.Concat(node.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString()));
}
