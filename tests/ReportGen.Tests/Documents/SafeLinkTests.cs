using Markdig;
using ReportGen.Documents;

namespace ReportGen.Tests.Documents;

/// <summary>Link targets a document may carry: http, https, mailto and anchors; nothing else.</summary>
public sealed class SafeLinkTests
{
    [Theory]
    [InlineData("https://www.office.fr/enquete")]
    [InlineData("HTTP://example.org")]
    [InlineData("mailto:contact@office.fr")]
    [InlineData("#methode")]
    public void Web_mail_and_anchor_links_are_allowed(string url) => Assert.True(SafeLink.IsAllowed(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox")]
    [InlineData("file:///etc/passwd")]
    [InlineData("//evil.example/x")]
    [InlineData("relative/page.html")]
    [InlineData("https://")]
    [InlineData("https://a b")]
    [InlineData("#a\"onmouseover=x")]
    [InlineData("")]
    [InlineData(null)]
    public void Any_other_target_is_refused(string? url) => Assert.False(SafeLink.IsAllowed(url));

    [Fact]
    public void Refused_links_become_their_text()
    {
        var document = Markdown.Parse("[ok](https://a.fr) [bad](javascript:alert(1)) ![img](data:x) <vbscript:x>");

        Assert.Equal(3, SafeLink.Neutralize(document));
        var html = document.ToHtml();
        Assert.Contains("<a href=\"https://a.fr\">ok</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"vbscript", html, StringComparison.Ordinal);
        Assert.Contains("bad", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pdf_of_an_article_carries_no_unsafe_link_annotation()
    {
        var blocks = MarkdownBlocks.Parse("[ok](https://a.fr) et [bad](javascript:alert(1))");

        var links = blocks.OfType<Paragraph>().SelectMany(p => p.Runs).Where(r => r.Link is not null).Select(r => r.Link).ToList();
        Assert.Equal(["https://a.fr"], links);
    }
}
