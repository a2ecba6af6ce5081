using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen.Ingest;

/// <summary>
/// The pieces that messages of the inputs are assembled from, in the user's language: a quoted value ('x' in English,
/// « x » in French), a list of them, the last two items joined by "and", the singular or plural of a count. Only
/// called when a message is built, never on the path of a good row.
/// </summary>
internal static class MessageParts
{
    /// <summary>A value of the inputs quoted: 'accueil', « accueil ».</summary>
    public static string Quote(string value) => Text.Format(IngestMessages.QuotedValue, value);

    /// <summary>Values quoted and separated by commas: 'a', 'b', 'c'.</summary>
    public static string QuoteAll(IEnumerable<string> values) => string.Join(", ", values.Select(Quote));

    /// <summary>Items separated by commas, the last two by "and": "a, b and c", « a, b et c ».</summary>
    public static string JoinAnd(IReadOnlyList<string> items) =>
        items.Count == 0 ? "" : items.Count == 1 ? items[0] : Text.Format(IngestMessages.ListAnd, string.Join(", ", items.Take(items.Count - 1)), items[^1]);

    /// <summary>
    /// <paramref name="one"/> or <paramref name="many"/> as <paramref name="count"/> asks in the language spoken: both
    /// resources are the same words in English, where the messages have always said "row(s)"; French takes the
    /// singular for 0 and 1 (« 1 ligne », « 2 lignes »).
    /// </summary>
    public static string Plural(long count, string one, string many) => count is >= -1 and <= 1 ? one : many;

    /// <summary>
    /// The hint <see cref="Suggestions.Hint"/> gives, with its words from the resources: <paramref name="none"/> when
    /// there is no candidate, else "did you mean …? Known …: …" (<paramref name="didYouMean"/>, {0} the closest, {1} the
    /// list) or "known …: …" (<paramref name="known"/>, {0} the list), the candidates quoted in ordinal order.
    /// </summary>
    public static string Known(string value, IReadOnlyCollection<string> candidates, string none, string known, string didYouMean)
    {
        if (candidates.Count == 0)
        {
            return none;
        }

        var list = QuoteAll(candidates.Order(StringComparer.Ordinal));
        return Suggestions.Closest(value, candidates) is { } closest ? Text.Format(didYouMean, closest, list) : Text.Format(known, list);
    }
}
