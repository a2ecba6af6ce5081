using System.Globalization;
using ReportGen.Definitions.Yaml;
using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen.Definitions;

/// <summary>
/// Reads and checks the benchmark file (<c>benchmarks:</c> of the project, beside the indicator file as the action plan
/// is): reference values per indicator, each in its indicator's unit — % for a share, points for a net score, the
/// scale's units for a score — with its source and year. Every problem is reported with its file, line and column.
/// </summary>
internal static class BenchmarkLoader
{
    /// <summary>The values of <c>unit</c>, in the order of <see cref="MeasureUnit"/>.</summary>
    public static IReadOnlyList<string> UnitNames { get; } = ["percent", "points", "score"];

    /// <summary>The word of the benchmark file for a unit.</summary>
    public static string UnitName(MeasureUnit unit) => UnitNames[(int)unit];

    public static BenchmarkSet? Load(string path, string displayPath, IndicatorCatalog catalog, DiagnosticBag bag)
    {
        var before = bag.Count;
        var root = YamlDocument.Load(path, displayPath, bag, ScoreDefinitionMessages.BenchmarkFileWhat, ScoreDefinitionMessages.BenchmarkFileNoun);
        if (root is null)
        {
            return null;
        }

        var benchmarks = new List<BenchmarkDefinition>();
        var seen = new Dictionary<(string, string, int, string), (string Context, SourceLocation Location)>();
        var ids = catalog.Indicators.Select(i => i.Id).ToList();
        foreach (var map in root.Maps("benchmarks", i => Text.Format(ScoreDefinitionMessages.BenchmarkNumber, i), required: true))
        {
            var benchmark = Read(map, catalog, ids);
            if (benchmark is null)
            {
                continue;
            }

            var key = (benchmark.IndicatorId, benchmark.Source.ToUpperInvariant(), benchmark.Year, benchmark.Label?.ToUpperInvariant() ?? "");
            if (seen.TryGetValue(key, out var first))
            {
                map.Error("indicator", Text.Format(ScoreDefinitionMessages.BenchmarkDuplicate, map.Context, first.Context, first.Location.Line, benchmark.IndicatorId),
                    ScoreDefinitionMessages.BenchmarkDuplicateHint, DiagnosticCodes.BenchmarkDuplicate);
                continue;
            }

            seen[key] = (map.Context, benchmark.Location);
            benchmarks.Add(benchmark);
        }

        root.ReportUnknownKeys();
        return bag.Count > before ? null : new BenchmarkSet(path, displayPath, benchmarks);
    }

    private static BenchmarkDefinition? Read(YamlMap map, IndicatorCatalog catalog, List<string> ids)
    {
        var indicatorId = map.String("indicator", required: true);
        var unit = ReadUnit(map);
        var indicator = indicatorId is not null && ids.Contains(indicatorId) ? catalog.Indicator(indicatorId) : null;
        // A value in the wrong unit is not read in it: the unit is what is wrong, and is reported alone.
        var mismatch = indicator is not null && unit is { } declared && declared != indicator.Unit;
        var value = mismatch ? Skip(map, "value") : ReadValue(map, unit, indicator, indicator is null ? null : catalog.Scale(indicator.ScaleId));
        var source = map.String("source", required: true);
        var year = map.Int("year", required: true, min: YamlMap.MinYear, max: YamlMap.MaxYear);
        var respondents = map.Int("base", min: 1);
        var label = map.String("label");
        map.ReportUnknownKeys();
        if (indicatorId is not null && indicator is null)
        {
            map.Error("indicator", Text.Format(ScoreDefinitionMessages.BenchmarkUnknownIndicator, map.Context, indicatorId), IndicatorLoader.IndicatorHint(indicatorId, ids),
                DiagnosticCodes.UnknownReference);
            return null;
        }

        if (mismatch && indicator is not null && unit is { } u)
        {
            map.Error("unit", Text.Format(ScoreDefinitionMessages.BenchmarkWrongUnit, map.Context, UnitName(u), indicator.Id, KindPhrase(indicator, catalog), UnitName(indicator.Unit)),
                Text.Format(ScoreDefinitionMessages.BenchmarkWrongUnitHint, UnitName(indicator.Unit), Example(indicator, catalog)), DiagnosticCodes.BenchmarkWrongUnit);
            return null;
        }

        if (indicator is null || unit is null || value is null || source is null || year is null)
        {
            return null;
        }

        return new BenchmarkDefinition(indicator.Id, value.Value, unit.Value, source, year.Value, map.Location) { Base = respondents, Label = label };
    }

    private static MeasureUnit? ReadUnit(YamlMap map)
    {
        var text = map.String("unit", required: true);
        if (text is null)
        {
            return null;
        }

        var index = UnitNames.ToList().IndexOf(text);
        if (index >= 0)
        {
            return (MeasureUnit)index;
        }

        map.Error("unit", Text.Format(ScoreDefinitionMessages.UnknownUnit, map.Context, text),
            MessageParts.Hint(text, [.. UnitNames], ScoreDefinitionMessages.KnownUnits, ScoreDefinitionMessages.KnownUnits), DiagnosticCodes.BenchmarkWrongUnit);
        return null;
    }

    /// <summary>
    /// The value in <paramref name="unit"/>: a share 0–100 (a proportion or a % sign refused as for targets, RG135-RG136), a
    /// net score −100 to +100 points, a score within the bounds of the indicator's scale. Without a unit, only read.
    /// </summary>
    private static double? ReadValue(YamlMap map, MeasureUnit? unit, IndicatorDefinition? indicator, ScaleDefinition? scale)
    {
        if (!map.Has("value"))
        {
            map.String("value", required: true);
            return null;
        }

        switch (unit)
        {
            case MeasureUnit.Percent:
                return Bounded(map, map.Percentage("value", double.MinValue, double.MaxValue, " %", oneIsAmbiguous: true), 0, 100, ScoreDefinitionMessages.BenchmarkPercentOutOfBounds);
            case MeasureUnit.Points:
                return Bounded(map, map.Percentage("value", double.MinValue, double.MaxValue, " points", oneIsAmbiguous: false), -100, 100, ScoreDefinitionMessages.BenchmarkPointsOutOfBounds);
            case MeasureUnit.Score:
                var text = map.String("value")!;
                if (text.Contains('%', StringComparison.Ordinal) && indicator is { Kind: IndicatorKind.Score } && scale?.Range is { } r)
                {
                    map.Error("value", Text.Format(ScoreDefinitionMessages.BenchmarkPercentForScore, map.Context, text, indicator.Id, Text.Format(ScoreDefinitionMessages.KindScore, r.Min, r.Max)),
                        Text.Format(ScoreDefinitionMessages.BenchmarkWrongUnitHint, UnitName(MeasureUnit.Score), Text.Format(ScoreDefinitionMessages.ExampleScore, r.DisplayUnit)),
                        DiagnosticCodes.BenchmarkWrongUnit);
                    return null;
                }

                var score = map.Double("value");
                if (score is { } s && indicator is { Kind: IndicatorKind.Score } && scale?.Range is { } range && !range.Contains(s))
                {
                    map.Error("value", Text.Format(ScoreDefinitionMessages.BenchmarkScoreOutOfBounds, map.Context, Show(s), scale.Id, indicator.Id, range.Min, range.Max),
                        ScoreDefinitionMessages.BenchmarkOutOfBoundsHint, DiagnosticCodes.BenchmarkOutOfBounds);
                    return null;
                }

                return score;
            default:
                return null;
        }
    }

    private static double? Skip(YamlMap map, string key)
    {
        map.Has(key);
        return null;
    }

    private static double? Bounded(YamlMap map, double? value, double min, double max, string message)
    {
        if (value is { } v && (v < min || v > max))
        {
            map.Error("value", Text.Format(message, map.Context, Show(v)), ScoreDefinitionMessages.BenchmarkOutOfBoundsHint, DiagnosticCodes.BenchmarkOutOfBounds);
            return null;
        }

        return value;
    }

    /// <summary>What the indicator is, in words: « une part de satisfaits », « un score de 0 à 10 », « un score net ».</summary>
    private static string KindPhrase(IndicatorDefinition indicator, IndicatorCatalog catalog) => indicator.Kind switch
    {
        IndicatorKind.Score when catalog.Scale(indicator.ScaleId).Range is { } r => Text.Format(ScoreDefinitionMessages.KindScore, r.Min, r.Max),
        IndicatorKind.Net => ScoreDefinitionMessages.KindNet,
        _ => ScoreDefinitionMessages.KindShare,
    };

    private static string Example(IndicatorDefinition indicator, IndicatorCatalog catalog) => indicator.Kind switch
    {
        IndicatorKind.Score => Text.Format(ScoreDefinitionMessages.ExampleScore, catalog.Scale(indicator.ScaleId).Range?.DisplayUnit ?? ""),
        IndicatorKind.Net => ScoreDefinitionMessages.ExamplePoints,
        _ => ScoreDefinitionMessages.ExamplePercent,
    };

    private static string Show(double value) => value.ToString(CultureInfo.InvariantCulture);
}
