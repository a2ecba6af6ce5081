using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Definitions.Yaml;
using ReportGen.Diagnostics;

namespace ReportGen.Definitions;

/// <summary>Reads and checks the indicator file: scales, themes, indicators and their cross-references.</summary>
internal static partial class IndicatorLoader
{
    /// <summary>The most indicators of a survey (a real one has 10 to 80): every chart, table and page stays readable and quick to draw.</summary>
    public const int MaxIndicators = 200;

    /// <summary>The most answers listed for one scale (a real one has 2 to 11; a score range has at most 101 points).</summary>
    public const int MaxCategories = 101;

    /// <summary>The longest indicator label: it names the indicator in charts, tables and headings (a real one is 10 to 60 characters).</summary>
    public const int MaxLabelChars = 200;

    /// <summary>The longest indicator statement: one sentence of the article (a real one is under 120 characters).</summary>
    public const int MaxStatementChars = 500;

    /// <summary>The value, or null after reporting it longer than <paramref name="max"/> characters.</summary>
    private static string? Bounded(YamlMap map, string key, string? value, int max)
    {
        if (value is null || value.Length <= max)
        {
            return value;
        }

        map.Error(key, $"this {key} is {value.Length} characters long; an indicator's {key} is limited to {max}.",
            key == "label" ? "a label names the indicator in charts and tables: a few words (put the full question in 'statement')." : "a statement is one sentence of the article: shorten it.",
            DiagnosticCodes.ValueTooLong);
        return null;
    }

    private static bool OverLimit(DiagnosticBag bag) => bag.Items.Any(d => d.Code == DiagnosticCodes.TooManyDefinitions);

    public static IndicatorCatalog? Load(string path, string displayPath, DiagnosticBag bag)
    {
        var root = YamlDocument.Load(path, displayPath, bag, "indicator file");
        if (root is null)
        {
            return null;
        }

        var declaredScales = new List<string>();
        var scales = ReadScales(root, declaredScales);
        var themes = ReadThemes(root);
        var indicators = ReadIndicators(root, scales, declaredScales, themes);
        if (OverLimit(bag))
        {
            // A file over a limit is not read further: what would follow (references to what was not read) is noise.
            return null;
        }

        var ids = indicators.Select(i => i.Id).ToList();
        var overall = root.String("overall");
        if (overall is not null && !ids.Contains(overall))
        {
            root.Error("overall", $"'overall' names the indicator '{overall}', which is not defined.", Suggestions.Hint(overall, ids, "indicators"), DiagnosticCodes.UnknownReference);
            overall = null;
        }

        var workstreams = ReadWorkstreams(root, ids);
        root.ReportUnknownKeys();
        return new IndicatorCatalog(displayPath, scales, themes, indicators) { OverallId = overall, Workstreams = workstreams };
    }

    private static List<ScaleDefinition> ReadScales(YamlMap root, List<string> declared)
    {
        var scales = new List<ScaleDefinition>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var map in root.Maps("scales", i => $"scale #{i}", required: true))
        {
            var id = ReadId(map, seen, "scale");
            if (id is not null)
            {
                declared.Add(id);
            }

            var label = map.String("label");
            var hasRange = map.Has("range");
            var range = ReadRange(map);
            var categories = ReadCategories(map, "categories", satisfiable: true);
            var excluded = ReadCategories(map, "excluded", satisfiable: false);
            map.ReportUnknownKeys();
            if (id is null)
            {
                continue;
            }

            if (range is not null && categories.Count > 0)
            {
                map.Error("categories", $"scale '{id}' has both 'range' and 'categories'.", "a scale is either a score range (0–10) or a list of categories: keep one.");
                continue;
            }

            if (range is not null)
            {
                categories = [.. Enumerable.Range(range.Min, range.Max - range.Min + 1).Reverse().Select(v =>
                {
                    var code = v.ToString(CultureInfo.InvariantCulture);
                    return new ScaleCategory(code, code, v >= range.SatisfiedFrom, []);
                })];
            }
            else if (hasRange)
            {
                // ReadRange has said what is wrong with it.
                continue;
            }
            else if (categories.Count == 0 && OverLimit(map.Bag))
            {
                // The list was refused as too long: that is the problem to report.
                continue;
            }
            else if (categories.Count == 0)
            {
                map.Error("id", $"scale '{id}' has neither 'categories' nor 'range'.",
                    "list the answers under 'categories:' (best first, with 'satisfied: true' on the satisfied ones), or give 'range: { min: 0, max: 10, satisfied_from: 7 }'.",
                    DiagnosticCodes.MissingKey);
                continue;
            }
            else if (!categories.Any(c => c.Satisfied))
            {
                map.Error("categories", $"scale '{id}' has no category marked 'satisfied: true', so % satisfied cannot be computed.",
                    "add 'satisfied: true' to the satisfied answers (for example Très satisfait and Plutôt satisfait).");
            }

            CheckAnswersUnique(map, id, categories.Concat(excluded));
            scales.Add(new ScaleDefinition(id, label, categories, excluded, range));
        }

        return scales;
    }

    private static NumericRange? ReadRange(YamlMap map)
    {
        var range = map.Map("range");
        if (range is null)
        {
            return null;
        }

        var min = range.Int("min", required: true, min: -1000, max: 1000);
        var max = range.Int("max", required: true, min: -1000, max: 1000);
        var from = range.Score("satisfied_from", required: true, min: -1000, max: 1000,
            "'satisfied_from' is the lowest score counted as satisfied: for example 7 on a 0–10 range (7, 8, 9 and 10 are satisfied).");
        range.ReportUnknownKeys();
        if (min is null || max is null || from is null)
        {
            return null;
        }

        if (max <= min || max - min > 100)
        {
            range.Error("max", $"a score range must have max above min, with at most 100 points; found {min} to {max}.", null);
            return null;
        }

        if (from <= min || from > max)
        {
            range.Error("satisfied_from", $"'satisfied_from' must lie above min ({min}) and at most max ({max}); found {from}.", "for a 0–10 score, 7 is usual.");
            return null;
        }

        return new NumericRange(min.Value, max.Value, from.Value);
    }

    private static List<ScaleCategory> ReadCategories(YamlMap map, string key, bool satisfiable)
    {
        var categories = new List<ScaleCategory>();
        foreach (var item in map.Maps(key, i => $"{key} #{i} of {map.Context}", max: MaxCategories))
        {
            var code = item.String("code");
            var label = item.String("label");
            var satisfied = satisfiable ? item.Bool("satisfied") ?? false : false;
            var aliases = item.Strings("aliases");
            item.ReportUnknownKeys();
            if (code is null && label is null)
            {
                item.Error("code", $"{item.Context} has neither 'code' nor 'label'.", "give the code found in the data (1, 2…) and/or the label (Très satisfait…).", DiagnosticCodes.MissingKey);
                continue;
            }

            categories.Add(new ScaleCategory(code ?? label!, label ?? code!, satisfied, aliases));
        }

        return categories;
    }

    private static void CheckAnswersUnique(YamlMap map, string scaleId, IEnumerable<ScaleCategory> categories)
    {
        var owner = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var category in categories)
        {
            foreach (var answer in new[] { category.Code, category.Label }.Concat(category.Aliases).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (owner.TryGetValue(answer, out var other) && other != category.Label)
                {
                    map.Error("categories", $"in scale '{scaleId}', the answer '{answer}' stands for both '{other}' and '{category.Label}'.",
                        "each code, label and alias must designate one category.", DiagnosticCodes.DuplicateDefinition);
                }

                owner[answer] = category.Label;
            }
        }
    }

    private static List<ThemeDefinition> ReadThemes(YamlMap root)
    {
        var themes = new List<ThemeDefinition>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var map in root.Maps("themes", i => $"theme #{i}"))
        {
            var id = ReadId(map, seen, "theme");
            var label = map.String("label", required: true);
            map.ReportUnknownKeys();
            if (id is not null && label is not null)
            {
                themes.Add(new ThemeDefinition(id, label));
            }
        }

        return themes;
    }

    private static List<IndicatorDefinition> ReadIndicators(YamlMap root, List<ScaleDefinition> scales, List<string> declaredScales, List<ThemeDefinition> themes)
    {
        var indicators = new List<IndicatorDefinition>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var scaleIds = scales.Select(s => s.Id).ToList();
        var themeIds = themes.Select(t => t.Id).ToList();
        foreach (var map in root.Maps("indicators", i => $"indicator #{i}", required: true, max: MaxIndicators))
        {
            var id = ReadId(map, seen, "indicator");
            var label = Bounded(map, "label", map.String("label", required: true), MaxLabelChars);
            var statement = Bounded(map, "statement", map.String("statement", required: true), MaxStatementChars);
            var column = map.String("column", required: true);
            var scale = map.String("scale", required: true);
            var theme = map.String("theme", required: true);
            var target = map.Percentage("target", min: 0, max: 100, " %", oneIsAmbiguous: true);
            var qualiHlm = map.String("quali_hlm");
            var iso = map.Strings("iso_9001");
            var axis = map.String("axis");
            var headline = map.Bool("headline") ?? true;
            map.ReportUnknownKeys();

            foreach (var clause in iso)
            {
                if (!IsoClause().IsMatch(clause))
                {
                    map.Error("iso_9001", $"'{clause}' is not an ISO 9001 clause number.", "write clause numbers such as 9.1.2 or 10.2, quoted: \"9.1.2\".");
                }
            }

            if (scale is not null && !declaredScales.Contains(scale))
            {
                map.Error("scale", $"{map.Context} uses the scale '{scale}', which is not defined.", Suggestions.Hint(scale, declaredScales, "scales"), DiagnosticCodes.UnknownReference);
            }
            else if (scale is not null && !scaleIds.Contains(scale))
            {
                // The scale is defined but was rejected; its own problem is reported where it is defined.
                continue;
            }

            if (theme is not null && !themeIds.Contains(theme))
            {
                map.Error("theme", $"{map.Context} belongs to the theme '{theme}', which is not defined.", Suggestions.Hint(theme, themeIds, "themes"), DiagnosticCodes.UnknownReference);
            }

            if (id is null || label is null || statement is null || column is null || scale is null || theme is null)
            {
                continue;
            }

            indicators.Add(new IndicatorDefinition(id, label, statement, column, scale, theme, target, qualiHlm, iso, axis, headline, map.Location)
            {
                ColumnLocation = map.LocationOf("column"),
            });
        }

        return indicators;
    }

    private static List<WorkstreamDefinition> ReadWorkstreams(YamlMap root, List<string> indicatorIds)
    {
        var workstreams = new List<WorkstreamDefinition>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var map in root.Maps("workstreams", i => $"work-stream #{i}"))
        {
            var id = ReadId(map, seen, "work-stream");
            var label = map.String("label", required: true);
            var indicators = map.Strings("indicators");
            var themes = map.Strings("themes");
            map.ReportUnknownKeys();
            foreach (var indicator in indicators.Where(i => !indicatorIds.Contains(i)))
            {
                map.Error("indicators", $"{map.Context} names the indicator '{indicator}', which is not defined.", Suggestions.Hint(indicator, indicatorIds, "indicators"), DiagnosticCodes.UnknownReference);
            }

            if (indicators.Count == 0 && themes.Count == 0)
            {
                map.Error("id", $"{map.Context} has neither 'indicators' nor 'themes'.", "list the indicators and verbatim themes this work-stream acts on.", DiagnosticCodes.MissingKey);
            }

            if (id is not null && label is not null)
            {
                workstreams.Add(new WorkstreamDefinition(id, label, indicators, themes) { Location = map.LocationOf("themes") });
            }
        }

        return workstreams;
    }

    internal static string? ReadId(YamlMap map, Dictionary<string, SourceLocation> seen, string what)
    {
        var id = map.String("id", required: true);
        if (id is null)
        {
            return null;
        }

        if (!IdPattern().IsMatch(id))
        {
            map.Error("id", $"the {what} id '{id}' has characters other than letters, digits, '-' and '_'.", "ids appear in file names and templates: use for example 'proprete-parties-communes'.");
            return null;
        }

        if (seen.TryGetValue(id, out var first))
        {
            map.Error("id", $"the {what} id '{id}' is already used at line {first.Line}.", "give each one a distinct id.", DiagnosticCodes.DuplicateDefinition);
            return null;
        }

        seen[id] = map.LocationOf("id");
        map.Context = $"{what} '{id}'";
        return id;
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_\-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^(4|5|6|7|8|9|10)(\.[0-9]{1,2}){0,2}$")]
    private static partial Regex IsoClause();
}
