using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WordRun = DocumentFormat.OpenXml.Wordprocessing.Run;

namespace ReportGen.Documents.Docx;

/// <summary>
/// Runs as WordprocessingML: each run's look resolved as the PDF resolves it (its own style, else the block's
/// with its emphasis), then written as direct formatting only where it differs from the paragraph's style, so
/// that restyling a paragraph in Word restyles its text. <c>#anchor</c> links become internal hyperlinks to the
/// heading's bookmark; <c>http:</c>, <c>https:</c> and <c>mailto:</c> links (<see cref="SafeLink"/>) external ones;
/// anything else is its text.
/// </summary>
internal static class DocxRuns
{
    /// <summary>Appends <paramref name="runs"/> to <paramref name="paragraph"/>, over a paragraph style that looks like <paramref name="styleLook"/>.</summary>
    /// <param name="blockLook">The block's style, which runs without a style of their own take (the PDF's base style).</param>
    public static void Append(OpenXmlElement paragraph, IReadOnlyList<Run> runs, TextStyle blockLook, TextStyle styleLook, DocxContext context)
    {
        foreach (var run in runs)
        {
            var look = run.Style ?? run.Emphasis switch
            {
                RunEmphasis.Bold => blockLook.WithBold(),
                RunEmphasis.Italic => blockLook.WithItalic(),
                _ => blockLook,
            };
            var link = run.Link is { } target && SafeLink.IsAllowed(target) ? target : null;
            if (link is null)
            {
                paragraph.Append(Text(run.Text, Properties(look, styleLook)));
                continue;
            }

            // A link without a style of its own takes the Hyperlink character style (the link colour, underlined).
            var linked = run.Style is null ? Properties(look with { Color = DocumentTheme.Link }, styleLook with { Color = DocumentTheme.Link }, DocxStyles.Hyperlink) : Properties(look, styleLook);
            Hyperlink? hyperlink = null;
            if (link.StartsWith('#'))
            {
                hyperlink = new Hyperlink { Anchor = context.Bookmark(link[1..]), History = true };
            }
            else if (context.ExternalLink(link) is { } relationship)
            {
                hyperlink = new Hyperlink { Id = relationship, History = true };
            }

            if (hyperlink is null)
            {
                paragraph.Append(Text(run.Text, Properties(look, styleLook)));
                continue;
            }

            hyperlink.Append(Text(run.Text, linked));
            paragraph.Append(hyperlink);
        }
    }

    /// <summary>
    /// The text as a Word run: line breaks as <c>w:br</c>, tabs as <c>w:tab</c>, and the control characters XML cannot
    /// hold dropped.
    /// </summary>
    public static WordRun Text(string text, RunProperties? properties = null)
    {
        var run = new WordRun();
        if (properties is not null)
        {
            run.RunProperties = properties;
        }

        var pending = new StringBuilder();
        void Flush()
        {
            if (pending.Length > 0)
            {
                run.Append(new Text(pending.ToString()) { Space = SpaceProcessingModeValues.Preserve });
                pending.Clear();
            }
        }

        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        foreach (var c in normalized)
        {
            switch (c)
            {
                case '\n':
                    Flush();
                    run.Append(new Break());
                    break;
                case '\t':
                    Flush();
                    run.Append(new TabChar());
                    break;
                case < ' ':
                case '\uFFFE' or '\uFFFF':
                    break;
                default:
                    pending.Append(c);
                    break;
            }
        }

        Flush();
        return run;
    }

    /// <summary>Direct formatting for <paramref name="look"/> over a style that looks like <paramref name="styleLook"/>; null when they agree.</summary>
    public static RunProperties? Properties(TextStyle look, TextStyle styleLook, string? characterStyle = null)
    {
        var properties = new RunProperties();
        var any = false;
        if (characterStyle is not null)
        {
            properties.RunStyle = new RunStyle { Val = characterStyle };
            any = true;
        }

        if (look.Bold != styleLook.Bold)
        {
            properties.Bold = new Bold { Val = look.Bold ? null : OnOffValue.FromBoolean(false) };
            properties.BoldComplexScript = new BoldComplexScript { Val = look.Bold ? null : OnOffValue.FromBoolean(false) };
            any = true;
        }

        if (look.Italic != styleLook.Italic)
        {
            properties.Italic = new Italic { Val = look.Italic ? null : OnOffValue.FromBoolean(false) };
            properties.ItalicComplexScript = new ItalicComplexScript { Val = look.Italic ? null : OnOffValue.FromBoolean(false) };
            any = true;
        }

        if (look.Ink != styleLook.Ink)
        {
            properties.Color = new Color { Val = DocxUnits.Hex(look.Ink) };
            any = true;
        }

        if (MathF.Abs(look.Size - styleLook.Size) > 0.01f)
        {
            properties.FontSize = new FontSize { Val = DocxUnits.HalfPoints(look.Size) };
            properties.FontSizeComplexScript = new FontSizeComplexScript { Val = DocxUnits.HalfPoints(look.Size) };
            any = true;
        }

        return any ? properties : null;
    }
}
