using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Definitions.Yaml;
using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Resources;

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

        map.Error(key, Text.Format(key == "label" ? DefinitionMessages.LabelTooLong : DefinitionMessages.StatementTooLong, value.Length, max),
            key == "label" ? DefinitionMessages.LabelTooLongHint : DefinitionMessages.StatementTooLongHint,
            DiagnosticCodes.ValueTooLong);
        return null;
    }

    private static bool OverLimit(DiagnosticBag bag) => bag.Items.Any(d => d.Code == DiagnosticCodes.TooManyDefinitions);

    public static IndicatorCatalog? Load(string path, string displayPath, DiagnosticBag bag)
    {
        var root = YamlDocument.Load(path, displayPath, bag, DefinitionMessages.IndicatorFileWhat, DefinitionMessages.IndicatorFileNoun);
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
            root.Error("overall", Text.Format(DefinitionMessages.OverallNotDefined, overall), IndicatorHint(overall, ids), DiagnosticCodes.UnknownReference);
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
        foreach (var map in root.Maps("scales", i => Text.Format(DefinitionMessages.ScaleNumber, i), required: true))
        {
            var id = ReadId(map, seen, DefinitionKind.Scale);
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
                map.Error("categories", Text.Format(DefinitionMessages.ScaleRangeAndCategories, id), DefinitionMessages.ScaleRangeAndCategoriesHint);
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
                map.Error("id", Text.Format(DefinitionMessages.ScaleWithoutAnswers, id), Text.Format(DefinitionMessages.ScaleWithoutAnswersHint), DiagnosticCodes.MissingKey);
                continue;
            }
            else if (!categories.Any(c => c.Satisfied))
            {
                map.Error("categories", Text.Format(DefinitionMessages.ScaleWithoutSatisfied, id), DefinitionMessages.ScaleWithoutSatisfiedHint);
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
        // satisfied_from is what a share indicator counts; a scale read only as a score or a net score needs none
        // (a share indicator on a scale without it is reported where the indicator names the scale, RG158).
        var hasFrom = range.Has("satisfied_from");
        var from = range.Score("satisfied_from", required: false, min: -1000, max: 1000, DefinitionMessages.SatisfiedFromHint);
        var unit = range.String("unit", trim: false);
        range.ReportUnknownKeys();
        if (min is null || max is null || (hasFrom && from is null))
        {
            return null;
        }

        if (max <= min || max - min > 100)
        {
            range.Error("max", Text.Format(DefinitionMessages.BadScoreRange, min, max), null);
            return null;
        }

        if (from <= min || from > max)
        {
            range.Error("satisfied_from", Text.Format(DefinitionMessages.SatisfiedFromOutOfRange, min, max, from), DefinitionMessages.SatisfiedFromOutOfRangeHint);
            return null;
        }

        return new NumericRange(min.Value, max.Value, from) { Unit = unit };
    }

    private static List<ScaleCategory> ReadCategories(YamlMap map, string key, bool satisfiable)
    {
        var categories = new List<ScaleCategory>();
        foreach (var item in map.Maps(key, i => MessageParts.Of(key == "categories" ? DefinitionMessages.CategoryNumberOf : DefinitionMessages.ExcludedNumberOf, i, map.Context), max: MaxCategories))
        {
            var code = item.String("code");
            var label = item.String("label");
            var satisfied = satisfiable ? item.Bool("satisfied") ?? false : false;
            var aliases = item.Strings("aliases");
            item.ReportUnknownKeys();
            if (code is null && label is null)
            {
                item.Error("code", Text.Format(DefinitionMessages.CategoryWithoutCode, item.Context), DefinitionMessages.CategoryWithoutCodeHint, DiagnosticCodes.MissingKey);
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
                    map.Error("categories", Text.Format(DefinitionMessages.AmbiguousAnswer, scaleId, answer, other, category.Label),
                        DefinitionMessages.AmbiguousAnswerHint, DiagnosticCodes.DuplicateDefinition);
                }

                owner[answer] = category.Label;
            }
        }
    }

    private static List<ThemeDefinition> ReadThemes(YamlMap root)
    {
        var themes = new List<ThemeDefinition>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var map in root.Maps("themes", i => Text.Format(DefinitionMessages.ThemeNumber, i)))
        {
            var id = ReadId(map, seen, DefinitionKind.Theme);
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
        foreach (var map in root.Maps("indicators", i => Text.Format(DefinitionMessages.IndicatorNumber, i), required: true, max: MaxIndicators))
        {
            var id = ReadId(map, seen, DefinitionKind.Indicator);
            var label = Bounded(map, "label", map.String("label", required: true), MaxLabelChars);
            var statement = Bounded(map, "statement", map.String("statement", required: true), MaxStatementChars);
            var column = map.String("column", required: true);
            var scale = map.String("scale", required: true);
            var theme = map.String("theme", required: true);
            var kind = ReadKind(map);
            var scaleDefinition = scale is null ? null : scales.FirstOrDefault(s => s.Id == scale);
            var target = ReadTarget(map, kind, scaleDefinition);
            var options = ReadKindOptions(map, kind, scaleDefinition);
            var qualiHlm = map.String("quali_hlm");
            var iso = map.Strings("iso_9001");
            var axis = map.String("axis");
            var headline = map.Bool("headline") ?? true;
            map.ReportUnknownKeys();

            foreach (var clause in iso)
            {
                if (!IsoClause().IsMatch(clause))
                {
                    map.Error("iso_9001", Text.Format(DefinitionMessages.NotIsoClause, clause), DefinitionMessages.NotIsoClauseHint);
                }
            }

            if (scale is not null && !declaredScales.Contains(scale))
            {
                map.Error("scale", Text.Format(DefinitionMessages.UnknownScale, map.Context, scale),
                    MessageParts.Hint(scale, declaredScales, DefinitionMessages.KnownScales, DefinitionMessages.NoScales), DiagnosticCodes.UnknownReference);
            }
            else if (scale is not null && !scaleIds.Contains(scale))
            {
                // The scale is defined but was rejected; its own problem is reported where it is defined.
                continue;
            }

            if (theme is not null && !themeIds.Contains(theme))
            {
                map.Error("theme", Text.Format(DefinitionMessages.UnknownTheme, map.Context, theme), ThemeHint(theme, themeIds), DiagnosticCodes.UnknownReference);
            }

            if (kind is { } known && scaleDefinition is not null && !ScaleFitsKind(map, known, scaleDefinition))
            {
                continue;
            }

            if (id is null || label is null || statement is null || column is null || scale is null || theme is null || kind is null || options is null)
            {
                continue;
            }

            indicators.Add(new IndicatorDefinition(id, label, statement, column, scale, theme, kind == IndicatorKind.Share ? target : null, qualiHlm, iso, axis, headline, map.Location)
            {
                ColumnLocation = map.LocationOf("column"),
                Kind = kind.Value,
                Target = target,
                Threshold = options.Threshold,
                CutOffs = options.CutOffs,
            });
        }

        return indicators;
    }

    private static List<WorkstreamDefinition> ReadWorkstreams(YamlMap root, List<string> indicatorIds)
    {
        var workstreams = new List<WorkstreamDefinition>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var map in root.Maps("workstreams", i => Text.Format(DefinitionMessages.WorkstreamNumber, i)))
        {
            var id = ReadId(map, seen, DefinitionKind.Workstream);
            var label = map.String("label", required: true);
            var indicators = map.Strings("indicators");
            var themes = map.Strings("themes");
            map.ReportUnknownKeys();
            foreach (var indicator in indicators.Where(i => !indicatorIds.Contains(i)))
            {
                map.Error("indicators", Text.Format(DefinitionMessages.UnknownIndicator, map.Context, indicator), IndicatorHint(indicator, indicatorIds), DiagnosticCodes.UnknownReference);
            }

            if (indicators.Count == 0 && themes.Count == 0)
            {
                map.Error("id", Text.Format(DefinitionMessages.WorkstreamWithoutLinks, map.Context), DefinitionMessages.WorkstreamWithoutLinksHint, DiagnosticCodes.MissingKey);
            }

            if (id is not null && label is not null)
            {
                workstreams.Add(new WorkstreamDefinition(id, label, indicators, themes) { Location = map.LocationOf("themes") });
            }
        }

        return workstreams;
    }

    /// <summary>"did you mean …? Known indicators: …" for an indicator id that is not defined.</summary>
    internal static string IndicatorHint(string id, IReadOnlyCollection<string> ids) =>
        MessageParts.Hint(id, ids, DefinitionMessages.KnownIndicators, DefinitionMessages.NoIndicators);

    /// <summary>"did you mean …? Known themes: …" for a theme id that is not defined.</summary>
    internal static string ThemeHint(string id, IReadOnlyCollection<string> ids) =>
        MessageParts.Hint(id, ids, DefinitionMessages.KnownThemes, DefinitionMessages.NoThemes);

    internal static string? ReadId(YamlMap map, Dictionary<string, SourceLocation> seen, DefinitionKind what)
    {
        var id = map.String("id", required: true);
        if (id is null)
        {
            return null;
        }

        if (!IdPattern().IsMatch(id))
        {
            map.Error("id", Text.Format(what switch
            {
                DefinitionKind.Scale => DefinitionMessages.BadScaleId,
                DefinitionKind.Theme => DefinitionMessages.BadThemeId,
                DefinitionKind.Indicator => DefinitionMessages.BadIndicatorId,
                DefinitionKind.Workstream => DefinitionMessages.BadWorkstreamId,
                DefinitionKind.Axis => DefinitionMessages.BadAxisId,
                _ => DefinitionMessages.BadActionId,
            }, id), DefinitionMessages.BadIdHint);
            return null;
        }

        if (seen.TryGetValue(id, out var first))
        {
            map.Error("id", Text.Format(what switch
            {
                DefinitionKind.Scale => DefinitionMessages.DuplicateScaleId,
                DefinitionKind.Theme => DefinitionMessages.DuplicateThemeId,
                DefinitionKind.Indicator => DefinitionMessages.DuplicateIndicatorId,
                DefinitionKind.Workstream => DefinitionMessages.DuplicateWorkstreamId,
                DefinitionKind.Axis => DefinitionMessages.DuplicateAxisId,
                _ => DefinitionMessages.DuplicateActionId,
            }, id, first.Line), DefinitionMessages.DuplicateIdHint, DiagnosticCodes.DuplicateDefinition);
            return null;
        }

        seen[id] = map.LocationOf("id");
        map.Context = Text.Format(what switch
        {
            DefinitionKind.Scale => DefinitionMessages.ScaleContext,
            DefinitionKind.Theme => DefinitionMessages.ThemeContext,
            DefinitionKind.Indicator => DefinitionMessages.IndicatorContext,
            DefinitionKind.Workstream => DefinitionMessages.WorkstreamContext,
            DefinitionKind.Axis => DefinitionMessages.AxisContext,
            _ => DefinitionMessages.ActionContext,
        }, id);
        return id;
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_\-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^(4|5|6|7|8|9|10)(\.[0-9]{1,2}){0,2}$")]
    private static partial Regex IsoClause();
}
