using System.Text.RegularExpressions;
using ReportGen.Definitions.Yaml;
using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Resources;

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
        var root = YamlDocument.Load(path, displayPath, bag, VerbatimMessages.RuleSetWhat, VerbatimMessages.RuleSetNoun);
        if (root is null)
        {
            return null;
        }

        var version = root.String("version", required: true);
        var negations = Words(root, "negations", VerbatimRuleSet.DefaultNegations);
        var negativeWords = Words(root, "negative_words", VerbatimRuleSet.DefaultNegativeWords);
        var positiveWords = Words(root, "positive_words", VerbatimRuleSet.DefaultPositiveWords);
        var lexicon = Lexicon(root);
        var spellings = Spellings(root);
        var intensifiers = root.Strings("intensifiers");
        var suggestions = root.Strings("suggestions");
        var questions = root.Strings("complaint_questions");
        var irony = root.Strings("irony");
        var sarcasm = root.Strings("sarcasm");
        CheckPatterns(root, "sarcasm", sarcasm);
        CheckPatterns(root, "intensifiers", intensifiers);
        CheckPatterns(root, "suggestions", suggestions);
        CheckPatterns(root, "complaint_questions", questions);
        CheckPatterns(root, "irony", irony);
        var themes = new List<VerbatimTheme>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var map in root.Maps("themes", i => Text.Format(VerbatimMessages.ThemeNumber, i), required: true))
        {
            var id = map.String("id", required: true);
            var idLocation = map.LocationOf("id");
            var label = map.String("label", required: true);
            var keywords = map.Strings("keywords");
            var hasKeywords = map.Has("keywords");
            var exclude = map.Strings("exclude");
            var markers = map.Strings("negative_markers");
            var prior = Prior(map);
            var positiveMarkers = map.Strings("positive_markers");
            var objectNouns = map.Strings("object_nouns");
            CheckPatterns(map, "object_nouns", objectNouns);
            CheckPatterns(map, "positive_markers", positiveMarkers);
            var contextual = Contextual(map);
            if (id is not null)
            {
                if (!IdPattern().IsMatch(id))
                {
                    map.Error("id", Text.Format(VerbatimMessages.ThemeIdCharacters, id), VerbatimMessages.ThemeIdCharactersHint);
                    id = null;
                }
                else if (seen.TryGetValue(id, out var first))
                {
                    map.Error("id", Text.Format(VerbatimMessages.ThemeIdUsed, id, first.Line), VerbatimMessages.ThemeIdUsedHint, DiagnosticCodes.DuplicateDefinition);
                    id = null;
                }
                else
                {
                    seen[id] = idLocation;
                    map.Context = Text.Format(VerbatimMessages.ThemeNamed, id);
                }
            }

            if (keywords.Count == 0)
            {
                map.Error(hasKeywords ? "keywords" : "id", Text.Format(VerbatimMessages.ThemeNoKeywords, map.Context),
                    VerbatimMessages.ThemeNoKeywordsHint, DiagnosticCodes.MissingKey);
            }

            CheckPatterns(map, "keywords", keywords);
            CheckPatterns(map, "exclude", exclude);
            CheckPatterns(map, "negative_markers", markers);
            map.ReportUnknownKeys();
            if (id is not null && label is not null && keywords.Count > 0)
            {
                themes.Add(new VerbatimTheme(id, label, keywords, exclude, markers, map.Location) { Prior = prior, Contextual = contextual, PositiveMarkers = positiveMarkers, ObjectNouns = objectNouns });
            }
        }

        foreach (var negation in negations)
        {
            var parts = negation.Split(['…'], StringSplitOptions.None);
            if (parts.Length > 2 || parts.Any(p => Tokenizer.Pattern(p).Length == 0))
            {
                root.Error("negations", Text.Format(VerbatimMessages.NegationInvalid, negation), VerbatimMessages.NegationInvalidHint);
            }
        }

        root.ReportUnknownKeys();
        if (bag.Count > before || version is null)
        {
            return null;
        }

        var rules = new VerbatimRuleSet(version, themes, negations, negativeWords, positiveWords, displayPath)
        {
            Spellings = spellings,
            Intensifiers = intensifiers,
            Suggestions = suggestions,
            ComplaintQuestions = questions,
            Irony = irony,
            Sarcasm = sarcasm,
        };
        return lexicon is null ? rules : rules with { Lexicon = lexicon };
    }

    /// <summary><c>lexicon:</c> word or phrase → weight, a number from −5 to 5 (negative: a complaint; 0: a phrase whose words do not count, « bien sûr »); null when absent.</summary>
    private static List<LexiconEntry>? Lexicon(YamlMap root)
    {
        if (!root.Has("lexicon"))
        {
            return null;
        }

        var entries = new List<LexiconEntry>();
        foreach (var (word, value, location) in root.StringEntries("lexicon"))
        {
            if (value is null || !double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var weight)
                || !double.IsFinite(weight) || Math.Abs(weight) > 5)
            {
                root.Bag.Add(location, DiagnosticCodes.InvalidValue, Text.Format(VerbatimMessages.LexiconWeightInvalid, word, value), VerbatimMessages.LexiconWeightInvalidHint);
                continue;
            }

            if (Tokenizer.Pattern(word).Length == 0)
            {
                root.Bag.Add(location, DiagnosticCodes.InvalidValue, Text.Format(VerbatimMessages.LexiconNoWord, word), VerbatimMessages.NoWordHint);
                continue;
            }

            entries.Add(new LexiconEntry(word, weight));
        }

        return entries;
    }

    /// <summary><c>spellings:</c> a form written by tenants → the word(s) it stands for, each a single word on the left.</summary>
    private static Dictionary<string, string> Spellings(YamlMap root)
    {
        var spellings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (form, meaning, location) in root.StringEntries("spellings"))
        {
            var words = Tokenizer.Pattern(form);
            if (words.Length != 1 || words[0].EndsWith('*') || meaning is null || Tokenizer.Pattern(meaning).Length == 0)
            {
                root.Bag.Add(location, DiagnosticCodes.InvalidValue, Text.Format(VerbatimMessages.SpellingInvalid, form, meaning), VerbatimMessages.SpellingInvalidHint);
                continue;
            }

            if (!spellings.TryAdd(words[0], string.Join(' ', Tokenizer.Pattern(meaning))))
            {
                root.Bag.Add(location, DiagnosticCodes.DuplicateDefinition, Text.Format(VerbatimMessages.SpellingTwice, form), VerbatimMessages.SpellingTwiceHint);
            }
        }

        return spellings;
    }

    private static Polarity Prior(YamlMap map)
    {
        var prior = map.String("prior");
        switch (prior)
        {
            case null or "neutral":
                return Polarity.Neutral;
            case "negative":
                return Polarity.Negative;
            case "positive":
                return Polarity.Positive;
            default:
                map.Error("prior", Text.Format(VerbatimMessages.PriorInvalid, prior, map.Context), VerbatimMessages.PriorInvalidHint);
                return Polarity.Neutral;
        }
    }

    private static List<ContextualKeyword> Contextual(YamlMap map)
    {
        var contextual = new List<ContextualKeyword>();
        foreach (var item in map.Maps("contextual", i => Text.Format(VerbatimMessages.ContextualKeywordNumber, i, map.Context)))
        {
            var keyword = item.String("keyword", required: true);
            var near = item.Strings("near");
            if (near.Count == 0)
            {
                item.Error("keyword", Text.Format(VerbatimMessages.ContextualNoNear, keyword, map.Context),
                    VerbatimMessages.ContextualNoNearHint, DiagnosticCodes.MissingKey);
            }

            CheckPatterns(item, "near", near);
            item.ReportUnknownKeys();
            if (keyword is not null && Tokenizer.Pattern(keyword).Length > 0 && near.Count > 0)
            {
                contextual.Add(new ContextualKeyword(keyword, near));
            }
        }

        return contextual;
    }

    private static IReadOnlyList<string> Words(YamlMap root, string key, IReadOnlyList<string> defaults) =>
        root.Has(key) ? [.. root.Strings(key).Select(w => w.Replace("...", "…", StringComparison.Ordinal))] : defaults;

    private static void CheckPatterns(YamlMap map, string key, IReadOnlyList<string> patterns)
    {
        foreach (var pattern in patterns)
        {
            if (Tokenizer.Pattern(pattern).Length == 0)
            {
                map.Error(key, Text.Format(VerbatimMessages.PatternNoWord, pattern, key, map.Context), VerbatimMessages.NoWordHint);
            }
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_\-]*$")]
    private static partial Regex IdPattern();
}
