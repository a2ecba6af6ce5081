using System.Text.RegularExpressions;
using ReportGen.Definitions.Yaml;
using ReportGen.Diagnostics;

namespace ReportGen.Verbatims;

/// <summary>
/// Reads and checks a verbatim rule set (<c>verbatim-themes.yaml</c>): <c>version</c>, <c>themes</c> (id,
/// label, keywords, optional exclude and negative_markers), and optional <c>negations</c>,
/// <c>negative_words</c> and <c>positive_words</c> that replace the defaults of <see cref="VerbatimRuleSet"/>.
/// Every problem is reported with its file, line and column.
/// </summary>
public static partial class VerbatimRuleLoader
{
    public static VerbatimRuleSet? Load(string path, string displayPath, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(bag);
        var before = bag.Count;
        var root = YamlDocument.Load(path, displayPath, bag, "verbatim rule set");
        if (root is null)
        {
            return null;
        }

        var version = root.String("version", required: true);
        var negations = Words(root, "negations", VerbatimRuleSet.DefaultNegations);
        var negativeWords = Words(root, "negative_words", VerbatimRuleSet.DefaultNegativeWords);
        var positiveWords = Words(root, "positive_words", VerbatimRuleSet.DefaultPositiveWords);
        var themes = new List<VerbatimTheme>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var map in root.Maps("themes", i => $"theme #{i}", required: true))
        {
            var id = map.String("id", required: true);
            var idLocation = map.LocationOf("id");
            var label = map.String("label", required: true);
            var keywords = map.Strings("keywords");
            var hasKeywords = map.Has("keywords");
            var exclude = map.Strings("exclude");
            var markers = map.Strings("negative_markers");
            if (id is not null)
            {
                if (!IdPattern().IsMatch(id))
                {
                    map.Error("id", $"the theme id '{id}' has characters other than letters, digits, '-' and '_'.", "use for example 'proprete'.");
                    id = null;
                }
                else if (seen.TryGetValue(id, out var first))
                {
                    map.Error("id", $"the theme id '{id}' is already used at line {first.Line}.", "give each theme a distinct id.", DiagnosticCodes.DuplicateDefinition);
                    id = null;
                }
                else
                {
                    seen[id] = idLocation;
                    map.Context = $"theme '{id}'";
                }
            }

            if (keywords.Count == 0)
            {
                map.Error(hasKeywords ? "keywords" : "id", $"{map.Context} has no keywords, so no comment can be coded into it.",
                    "list its words and phrases under 'keywords:', plurals included: [ascenseur, ascenseurs, …].", DiagnosticCodes.MissingKey);
            }

            CheckPatterns(map, "keywords", keywords);
            CheckPatterns(map, "exclude", exclude);
            CheckPatterns(map, "negative_markers", markers);
            map.ReportUnknownKeys();
            if (id is not null && label is not null && keywords.Count > 0)
            {
                themes.Add(new VerbatimTheme(id, label, keywords, exclude, markers, map.Location));
            }
        }

        foreach (var negation in negations)
        {
            var parts = negation.Split(['…'], StringSplitOptions.None);
            if (parts.Length > 2 || parts.Any(p => Tokenizer.Pattern(p).Length == 0))
            {
                root.Error("negations", $"the negation '{negation}' is neither a phrase ('pas de') nor a frame around a verb ('ne … pas').",
                    "write a frame with '…' between its two words.");
            }
        }

        root.ReportUnknownKeys();
        if (bag.Count > before || version is null)
        {
            return null;
        }

        return new VerbatimRuleSet(version, themes, negations, negativeWords, positiveWords, displayPath);
    }

    private static IReadOnlyList<string> Words(YamlMap root, string key, IReadOnlyList<string> defaults) =>
        root.Has(key) ? [.. root.Strings(key).Select(w => w.Replace("...", "…", StringComparison.Ordinal))] : defaults;

    private static void CheckPatterns(YamlMap map, string key, IReadOnlyList<string> patterns)
    {
        foreach (var pattern in patterns)
        {
            if (Tokenizer.Pattern(pattern).Length == 0)
            {
                map.Error(key, $"'{pattern}' in '{key}' of {map.Context} has no word to match.", "write words made of letters or digits.");
            }
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_\-]*$")]
    private static partial Regex IdPattern();
}
