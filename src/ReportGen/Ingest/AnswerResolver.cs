using ReportGen.Definitions;

namespace ReportGen.Ingest;

/// <summary>
/// Maps an answer as found in the data (a code, the label, or an alias; any case, surrounding spaces and
/// either apostrophe) to its category, without allocating a string per field.
/// </summary>
internal sealed class AnswerResolver
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public AnswerResolver(ScaleDefinition scale)
    {
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        void AddAll(ScaleCategory category, int value)
        {
            foreach (var answer in new[] { category.Code, category.Label }.Concat(category.Aliases))
            {
                var key = Normalise(answer);
                map.TryAdd(key, value);
            }
        }

        for (var i = 0; i < scale.Categories.Count; i++)
        {
            AddAll(scale.Categories[i], i);
        }

        for (var i = 0; i < scale.Excluded.Count; i++)
        {
            AddAll(scale.Excluded[i], ~i);
        }

        _lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
        Scale = scale;
    }

    public ScaleDefinition Scale { get; }

    /// <summary>
    /// The category index (≥ 0), the excluded answer as a complement (<c>~index</c>), or null when the
    /// answer is not on the scale. <paramref name="answer"/> must be trimmed and non-empty.
    /// </summary>
    public int? Resolve(ReadOnlySpan<char> answer)
    {
        if (_lookup.TryGetValue(answer, out var value))
        {
            return value;
        }

        // Only answers with a typographic apostrophe or a double space take this slower path.
        if (answer.IndexOfAny('’', ' ') >= 0)
        {
            var normalised = Normalise(answer.ToString());
            return _lookup.Dictionary.TryGetValue(normalised, out value) ? value : null;
        }

        return null;
    }

    /// <summary>The allowed answers, for an error message.</summary>
    public string Describe()
    {
        var parts = Scale.Categories.Concat(Scale.Excluded)
            .Select(c => c.Code == c.Label ? c.Code : $"{c.Code} ({c.Label})");
        return string.Join(", ", parts);
    }

    private static string Normalise(string answer)
    {
        var text = answer.Trim().Replace('’', '\'');
        while (text.Contains("  ", StringComparison.Ordinal))
        {
            text = text.Replace("  ", " ", StringComparison.Ordinal);
        }

        return text;
    }
}
