using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen.Diagnostics;

/// <summary>"Did you mean …?" for misspelt keys, ids and column names.</summary>
public static class Suggestions
{
    /// <summary>The candidate closest to <paramref name="value"/> (case-insensitive edit distance), if close enough to be a typo.</summary>
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Order(StringComparer.Ordinal))
        {
            var distance = Distance(value.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // A third of the word may be wrong: "indicatrs" → "indicators", but not "foo" → "weight".
        return best is not null && bestDistance <= Math.Max(2, value.Length / 3) ? best : null;
    }

    /// <summary>
    /// A hint naming the closest candidate, then all of them, quoted as <see cref="MessageParts"/> quotes. Prefer
    /// <see cref="MessageParts.Hint(string, IReadOnlyCollection{string}, string, string)"/> with whole phrases from the resources.
    /// </summary>
    /// <param name="what">What the candidates are, plural, in the language of the messages (a resource, never an English literal): "scales", « échelles ».</param>
    public static string Hint(string value, IReadOnlyCollection<string> candidates, string what)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var list = MessageParts.List(candidates);
        if (candidates.Count == 0)
        {
            return Text.Format(DiagnosticMessages.SuggestionNoneDefined, what);
        }

        return Closest(value, candidates) is { } closest
            ? Text.Format(DiagnosticMessages.SuggestionDidYouMean, closest, what, list)
            : Text.Format(DiagnosticMessages.SuggestionKnown, what, list);
    }

    /// <summary>Damerau–Levenshtein distance (optimal string alignment): transposed letters count as one edit.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
