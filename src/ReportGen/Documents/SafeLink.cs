using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportGen.Documents;

/// <summary>
/// Which link targets a document may carry, in HTML and in PDF link annotations alike: <c>http:</c>, <c>https:</c>,
/// <c>mailto:</c> and anchors of the same document (<c>#…</c>). Anything else — <c>javascript:</c>, <c>data:</c>,
/// <c>vbscript:</c>, <c>file:</c>, a relative path — is published as its text, without the link. An allowlist, not a
/// list of bad schemes, so that a scheme nobody thought of is refused too.
/// </summary>
public static class SafeLink
{
    private static readonly string[] Schemes = ["http://", "https://", "mailto:"];

    private static readonly System.Buffers.SearchValues<char> NotInAnchor = System.Buffers.SearchValues.Create(" \t\r\n\"'<>");

    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return false;
        }

        if (url[0] == '#')
        {
            return url.AsSpan(1).IndexOfAny(NotInAnchor) < 0;
        }

        // Browsers skip leading spaces and controls and ignore tabs and line breaks inside the scheme ("java\tscript:"),
        // so the check is on the exact text: any of them, anywhere, refuses the link.
        foreach (var c in url)
        {
            if (char.IsControl(c) || char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return Schemes.Any(scheme => url.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && url.Length > scheme.Length);
    }

    /// <summary>Replaces every link and image of the document whose target <see cref="IsAllowed"/> refuses by its text; returns how many.</summary>
    public static int Neutralize(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var refused = 0;
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (IsAllowed(link.Url))
            {
                continue;
            }

            refused++;
            foreach (var child in link.ToList())
            {
                child.Remove();
                link.InsertBefore(child);
            }

            link.Remove();
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsAllowed(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url))
            {
                refused++;
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        return refused;
    }
}
