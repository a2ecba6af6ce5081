using System.Text;
using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen.Definitions;

/// <summary>
/// The pieces that messages about definitions are assembled from, in the language of <see cref="UiLanguage"/>: a
/// quoted value, a list of known values with the closest one ("did you mean …?"), and the place of a mapping in
/// words ("'directory' of 'outputs' of project file", « « directory » de « outputs » du fichier projet »).
/// </summary>
internal static class MessageText
{
    /// <summary>A value as messages quote it: 'value' in English, « value » in French.</summary>
    public static string Quote(string value) => Text.Format(DefinitionMessages.Quoted, value);

    /// <summary>Values quoted and listed in ordinal order: 'a', 'b' or « a », « b ».</summary>
    public static string List(IEnumerable<string> values) => string.Join(", ", values.Order(StringComparer.Ordinal).Select(Quote));

    /// <summary>
    /// A hint naming the candidate closest to <paramref name="value"/>, then all of them:
    /// <paramref name="known"/> is the whole phrase that lists them ("known scales: {0}."), <paramref name="none"/>
    /// the one said when there are none ("no scales is defined."). The English is that of <see cref="Suggestions.Hint"/>.
    /// </summary>
    public static string Hint(string value, IReadOnlyCollection<string> candidates, string known, string none)
    {
        if (candidates.Count == 0)
        {
            return none;
        }

        var list = Text.Format(known, List(candidates));
        return Suggestions.Closest(value, candidates) is { } closest ? Text.Format(DefinitionMessages.DidYouMean, closest, Capitalized(list)) : list;
    }

    /// <summary>A place inside <paramref name="context"/>: "{what} of {context}", with French's « du » and « des » for « de le » and « de les ».</summary>
    public static string Of(string format, object key, string context) => Contracted(Text.Format(format, key, context));

    /// <summary>
    /// French contracts « de le » into « du » and « de les » into « des »: a French place is assembled from phrases
    /// that carry their article (« « outputs » de » + « le fichier projet »). Quoted values (« … ») are left as written.
    /// </summary>
    public static string Contracted(string text)
    {
        if (UiLanguage.Current != Language.French)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] == '«' ? 1 : text[i] == '»' && depth > 0 ? -1 : 0;
            if (depth == 0 && (i == 0 || text[i - 1] == ' ') && string.CompareOrdinal(text, i, "de le ", 0, 6) == 0)
            {
                result.Append("du ");
                i += 5;
            }
            else if (depth == 0 && (i == 0 || text[i - 1] == ' ') && string.CompareOrdinal(text, i, "de les ", 0, 7) == 0)
            {
                result.Append("des ");
                i += 6;
            }
            else
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
