using System.Text;
using ReportGen.Diagnostics;
using ReportGen.Resources;

namespace ReportGen.Localization;

/// <summary>
/// The pieces that every message is assembled from, in the language of <see cref="UiLanguage"/>: a quoted value
/// ('x' in English, « x » in French), lists of them, the last two items joined by "and", the singular or plural of a
/// count, the "did you mean …? Known …" hint, and French's contraction of « de le » into « du ». Only called when a
/// message is built, never on the path of a good row.
/// </summary>
internal static class MessageParts
{
    /// <summary>A value as messages quote it: 'accueil', « accueil ».</summary>
    public static string Quote(string value) => Text.Format(DiagnosticMessages.Quoted, value);

    /// <summary>Values quoted and separated by commas, in the order given: 'a', 'b', 'c'.</summary>
    public static string QuoteAll(IEnumerable<string> values) => string.Join(", ", values.Select(Quote));

    /// <summary>Values quoted and listed in ordinal order: 'a', 'b' or « a », « b ».</summary>
    public static string List(IEnumerable<string> values) => QuoteAll(values.Order(StringComparer.Ordinal));

    /// <summary>Items separated by commas, the last two by "and": "a, b and c", « a, b et c ».</summary>
    public static string JoinAnd(IReadOnlyList<string> items) =>
        items.Count == 0 ? "" : items.Count == 1 ? items[0] : Text.Format(DiagnosticMessages.ListAnd, string.Join(", ", items.Take(items.Count - 1)), items[^1]);

    /// <summary>
    /// <paramref name="one"/> or <paramref name="many"/> as <paramref name="count"/> asks in the language spoken: both
    /// resources are the same words in English, where the messages have always said "row(s)"; French takes the
    /// singular for 0 and 1 (« 1 ligne », « 2 lignes »).
    /// </summary>
    public static string Plural(long count, string one, string many) => count is >= -1 and <= 1 ? one : many;

    /// <summary>
    /// A hint naming the candidate closest to <paramref name="value"/>, then all of them, quoted in ordinal order:
    /// <paramref name="known"/> is the whole phrase that lists them ("known scales: {0}."), <paramref name="none"/> the
    /// one said when there are none ("no scales is defined."); with a close candidate, "did you mean 'x'? Known
    /// scales: …" (the phrase capitalized).
    /// </summary>
    public static string Hint(string value, IReadOnlyCollection<string> candidates, string known, string none)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 0)
        {
            return none;
        }

        var list = Text.Format(known, List(candidates));
        return Suggestions.Closest(value, candidates) is { } closest ? Text.Format(DiagnosticMessages.DidYouMean, closest, Capitalized(list)) : list;
    }

    /// <summary>
    /// The same hint with its own "did you mean" phrase, <paramref name="didYouMean"/> ({0} the closest, {1} the list),
    /// for messages whose list reads differently after the question ("Columns found: …").
    /// </summary>
    public static string Hint(string value, IReadOnlyCollection<string> candidates, string known, string none, string didYouMean)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 0)
        {
            return none;
        }

        var list = List(candidates);
        return Suggestions.Closest(value, candidates) is { } closest ? Text.Format(didYouMean, closest, list) : Text.Format(known, list);
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
