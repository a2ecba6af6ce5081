using System.Net;
using Markdig;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Documents;

namespace ReportGen.Publishing;

/// <summary>The article as a self-contained HTML page (for the web site or a mailing), from the same Markdown.</summary>
public static class NewsletterHtml
{
    // Raw HTML in the text (a comment quoted in the article, say) is written as text, never as markup.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static string Render(string markdown, ProjectDefinition project)
    {
        // Links are kept only to http, https, mailto and anchors; any other target (javascript:, data:…) becomes text.
        var document = Markdown.Parse(markdown, Pipeline);
        if (SafeLink.Neutralize(document) > 0)
        {
            Warnings.Add(new SourceLocation(project.Outputs.Newsletter), DiagnosticCodes.UnsafeLink,
                "the article links to a target other than http, https, mailto or an anchor; it is published as text, without the link.",
                "link only to web pages (https://…) or e-mail addresses (mailto:…) in the template.");
        }

        var body = document.ToHtml(Pipeline).ReplaceLineEndings("\n");
        var title = WebUtility.HtmlEncode(FrenchFormat.Typography($"{project.Survey} {project.Period.Label}"));
        var organisation = WebUtility.HtmlEncode(FrenchFormat.Typography(project.Organisation));
        return $$"""
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="author" content="{{organisation}}">
            <title>{{title}}</title>
            <style>
            body { font-family: "Noto Sans", "Segoe UI", Arial, sans-serif; color: #222b33; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
            h1, h2 { color: #1b3a57; line-height: 1.25; }
            h1 { border-bottom: 1px solid #c9d2db; padding-bottom: .3rem; }
            li { margin: .2rem 0; }
            </style>
            </head>
            <body>
            <article>
            {{body}}</article>
            </body>
            </html>

            """;
    }
}
