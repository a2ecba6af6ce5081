using System.Text;

namespace ReportGen.Documents.Html;

/// <summary>Text and attribute values escaped for HTML.</summary>
internal static class HtmlText
{
    /// <summary>
    /// The text with <c>&amp; &lt; &gt; " '</c> escaped, as <see cref="System.Net.WebUtility.HtmlEncode(string)"/> does, but
    /// leaving accented letters as they are (the page is UTF-8, and its source stays readable for whoever edits it
    /// for the website); controls an HTML page may not hold are dropped, and line breaks become spaces.
    /// </summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '"':
                    builder.Append("&quot;");
                    break;
                case '\'':
                    builder.Append("&#39;");
                    break;
                case '\r' or '\n' or '\t':
                    builder.Append(' ');
                    break;
                case < ' ' or (>= '\u007F' and <= '\u009F') or '\uFFFE' or '\uFFFF':
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
