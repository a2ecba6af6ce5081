using ReportGen.Analysis;
using ReportGen.Analysis.Scores;
using ReportGen.Definitions;

namespace ReportGen.Publishing.Results;

/// <summary>
/// The sheets of the scores (means in the scale's units), the net scores (points; their shares as proportions) and the
/// benchmarks, each with the number formats of the other sheets.
/// </summary>
public static partial class ResultsWorkbook
{
    public const string ScoresSheet = "Scores";
    public const string NetScoresSheet = "Scores nets";
    public const string ScoreSegmentsSheet = "Scores par segment";
    public const string ScoreTrendsSheet = "Évolutions des scores";
    public const string ScoreMirrorSheet = "Écarts miroir des scores";
    public const string BenchmarksSheet = "Références";

    private static WorkbookSheet Scores(SurveyResults results)
    {
        var catalog = results.Project.Catalog;
        var confidence = ConfidenceText(results);
        return new WorkbookSheet(ScoresSheet,
            [
                new("Identifiant", 14), new("Indicateur", 32), new("Thème", 18), new("Échelle", 10), new("Base", 9, CellFormat.Count), new("Base pondérée", 11, CellFormat.Decimal1),
                new("Base effective", 11, CellFormat.Decimal1), new("NSP, hors base", 10, CellFormat.Count), new("Sans réponse", 10, CellFormat.Count),
                new("Moyenne", 10, CellFormat.Decimal2), new("Erreur type", 10, CellFormat.Decimal3), new("Degrés de liberté", 10, CellFormat.Decimal1),
                new($"IC {confidence} bas", 10, CellFormat.Decimal2), new($"IC {confidence} haut", 10, CellFormat.Decimal2), new("Objectif", 9, CellFormat.Decimal1),
                new("Seuil", 7, CellFormat.Count), new("Part au seuil ou plus", 12, CellFormat.Percent), new($"IC {confidence} bas (part)", 11, CellFormat.Percent),
                new($"IC {confidence} haut (part)", 11, CellFormat.Percent), new("Base faible", 9), new("Note", 30, CellFormat.WrappedText),
            ],
            [.. results.Scores.Scores.Select(e =>
            {
                var indicator = catalog.Indicator(e.IndicatorId);
                return (IReadOnlyList<object?>)
                [
                    e.IndicatorId, indicator.Label, catalog.Theme(indicator.ThemeId).Label, ScaleText(e.Minimum, e.Maximum), e.ValidBase, e.WeightedBase, e.EffectiveBase,
                    e.ExcludedAnswers, e.BlankAnswers, e.Mean, e.StandardError, e.DegreesOfFreedom, e.Interval?.Lower, e.Interval?.Upper, indicator.Target,
                    e.ShareFrom, e.ShareAtOrAbove, e.ShareInterval?.Lower, e.ShareInterval?.Upper, LowBaseText(e.Suppressed, e.LowBase),
                    Note(e.Suppressed, e.LowBase, results.Project.Thresholds),
                ];
            })]);
    }

    private static WorkbookSheet NetScores(SurveyResults results)
    {
        var catalog = results.Project.Catalog;
        var confidence = ConfidenceText(results);
        return new WorkbookSheet(NetScoresSheet,
            [
                new("Identifiant", 14), new("Indicateur", 32), new("Thème", 18), new("Détracteurs jusqu’à", 11, CellFormat.Count), new("Promoteurs à partir de", 11, CellFormat.Count),
                new("Base", 9, CellFormat.Count), new("Base pondérée", 11, CellFormat.Decimal1), new("Base effective", 11, CellFormat.Decimal1),
                new("NSP, hors base", 10, CellFormat.Count), new("Sans réponse", 10, CellFormat.Count),
                new("Promoteurs", 11, CellFormat.Percent), new("Passifs", 11, CellFormat.Percent), new("Détracteurs", 11, CellFormat.Percent),
                new("Score net (points)", 11, CellFormat.Points), new("Erreur type (points)", 11, CellFormat.Decimal2), new("Degrés de liberté", 10, CellFormat.Decimal1),
                new($"IC {confidence} bas", 10, CellFormat.Points), new($"IC {confidence} haut", 10, CellFormat.Points), new("Objectif (points)", 10, CellFormat.Points),
                new("Base faible", 9), new("Note", 30, CellFormat.WrappedText),
            ],
            [.. results.Scores.NetScores.Select(e =>
            {
                var indicator = catalog.Indicator(e.IndicatorId);
                var cutOffs = indicator.CutOffs ?? NetCutOffs.Default;
                return (IReadOnlyList<object?>)
                [
                    e.IndicatorId, indicator.Label, catalog.Theme(indicator.ThemeId).Label, cutOffs.DetractorsTo, cutOffs.PromotersFrom, e.ValidBase, e.WeightedBase, e.EffectiveBase,
                    e.ExcludedAnswers, e.BlankAnswers, e.Promoters, e.Passives, e.Detractors, e.Score, e.StandardError, e.DegreesOfFreedom,
                    e.Interval?.Lower, e.Interval?.Upper, indicator.Target, LowBaseText(e.Suppressed, e.LowBase), Note(e.Suppressed, e.LowBase, results.Project.Thresholds),
                ];
            })]);
    }

    /// <summary>Each segment value × score or net score: the mean (scale units) or the score (points), its interval, and the bases.</summary>
    private static WorkbookSheet ScoreSegments(SurveyResults results)
    {
        var catalog = results.Project.Catalog;
        var confidence = ConfidenceText(results);
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var segment in results.Segments)
        {
            foreach (var value in segment.Values)
            {
                rows.AddRange(value.Scores.Scores.Select(e => (IReadOnlyList<object?>)
                [
                    segment.Label, value.Value, value.Respondents, e.IndicatorId, catalog.Indicator(e.IndicatorId).Label, $"moyenne {ScaleText(e.Minimum, e.Maximum)}", e.ValidBase, e.EffectiveBase,
                    Formatted(e.Mean, CellFormat.Decimal2), Formatted(e.Interval?.Lower, CellFormat.Decimal2), Formatted(e.Interval?.Upper, CellFormat.Decimal2),
                    LowBaseText(e.Suppressed, e.LowBase), Note(e.Suppressed, e.LowBase, results.Project.Thresholds),
                ]));
                rows.AddRange(value.Scores.NetScores.Select(e => (IReadOnlyList<object?>)
                [
                    segment.Label, value.Value, value.Respondents, e.IndicatorId, catalog.Indicator(e.IndicatorId).Label, "score net (points)", e.ValidBase, e.EffectiveBase,
                    Formatted(e.Score, CellFormat.Points), Formatted(e.Interval?.Lower, CellFormat.Points), Formatted(e.Interval?.Upper, CellFormat.Points),
                    LowBaseText(e.Suppressed, e.LowBase), Note(e.Suppressed, e.LowBase, results.Project.Thresholds),
                ]));
            }
        }

        return new WorkbookSheet(ScoreSegmentsSheet,
            [
                new("Segment", 16), new("Valeur", 24), new("Répondants", 10, CellFormat.Count), new("Identifiant", 14), new("Indicateur", 28), new("Mesure", 16),
                new("Base", 9, CellFormat.Count), new("Base effective", 11, CellFormat.Decimal1), new("Résultat", 10, CellFormat.Decimal2),
                new($"IC {confidence} bas", 10, CellFormat.Decimal2), new($"IC {confidence} haut", 10, CellFormat.Decimal2), new("Base faible", 9), new("Note", 30, CellFormat.WrappedText),
            ],
            rows);
    }

    private static WorkbookSheet? ScoreTrends(SurveyResults results)
    {
        if (results.Trends is not { Scores.Count: > 0 } trends)
        {
            return null;
        }

        var catalog = results.Project.Catalog;
        var columns = new List<SheetColumn> { new("Identifiant", 16), new("Indicateur", 32), new("Mesure", 16) };
        columns.AddRange(trends.Waves.Select(w => new SheetColumn(w, 10, CellFormat.Decimal2)));
        columns.AddRange(
        [
            new($"Évolution {trends.PreviousWave} → {trends.CurrentWave}", 14, CellFormat.Points), new("t (Welch)", 8, CellFormat.Decimal2), new("Degrés de liberté", 10, CellFormat.Decimal1),
            new("p brute", 9, CellFormat.PValue), new($"p corrigée ({(trends.Correction == MultipleTestingCorrection.Holm ? "Holm" : "Benjamini–Hochberg")})", 12, CellFormat.PValue),
            new("Lecture", 12), new("Note", 40, CellFormat.WrappedText),
        ]);
        var rows = trends.Scores.Select(t =>
        {
            var format = t.Kind == IndicatorKind.Net ? CellFormat.Points : CellFormat.Decimal2;
            var row = new List<object?> { t.IndicatorId, catalog.Indicator(t.IndicatorId).Label, t.Kind == IndicatorKind.Net ? "score net (points)" : "moyenne" };
            row.AddRange(trends.Waves.Select(w => t.Waves.FirstOrDefault(x => x.Wave == w) is { Suppressed: false, Value: { } v } ? new FormattedNumber(v, format) : (object?)null));
            var suppressed = trends.Waves.Where(w => t.Waves.FirstOrDefault(x => x.Wave == w) is not { Suppressed: false }).ToList();
            row.AddRange([t.Change, t.T, t.DegreesOfFreedom, t.PValue, t.AdjustedPValue, TrendText.Of(t.Direction),
                suppressed.Count == 0 ? null : $"non publié ou absent en {FrenchFormat.List(suppressed)}" + (t.Direction == TrendDirection.NotTested ? " : évolution non testée" : "")]);
            return (IReadOnlyList<object?>)row;
        }).ToList();
        return new WorkbookSheet(ScoreTrendsSheet, columns, rows);
    }

    private static WorkbookSheet? ScoreMirror(SurveyResults results)
    {
        if (results.Mirror is not { ScoreGaps.Count: > 0 } mirror || results.Project.Mirror is not { } definition)
        {
            return null;
        }

        var catalog = results.Project.Catalog;
        return new WorkbookSheet(ScoreMirrorSheet,
            [
                new("Identifiant", 16), new("Indicateur", 32), new("Locataires (moyenne)", 11, CellFormat.Decimal2), new("Collaborateurs (moyenne)", 13, CellFormat.Decimal2),
                new("Écart", 9, CellFormat.Points), new("t (Welch)", 8, CellFormat.Decimal2), new("Degrés de liberté", 10, CellFormat.Decimal1), new("p", 9, CellFormat.PValue),
                new("Significatif", 10), new("Seuil de convergence", 11, CellFormat.Decimal2), new("Lecture", 34),
                new("Base eff. locataires", 12, CellFormat.Decimal1), new("Base eff. collaborateurs", 15, CellFormat.Decimal1), new("Note", 40, CellFormat.WrappedText),
            ],
            [.. mirror.ScoreGaps.Select(g => (IReadOnlyList<object?>)
            [
                g.IndicatorId, catalog.Indicator(g.IndicatorId).Label, g.TenantMean, g.StaffMean, g.Gap, g.T, g.DegreesOfFreedom, g.PValue, FrenchFormat.YesNo(g.Significant),
                g.Threshold, MirrorText.Of(g.Class), g.TenantBase, g.StaffBase,
                mirror.Withheld || mirror.WithheldItems.Contains(g.IndicatorId) ? $"non publié : moins de {definition.MinGroup} collaborateurs ont répondu"
                    : g.Class == MirrorGapClass.Unavailable ? "non publié : base insuffisante" : null,
            ])]);
    }

    /// <summary>
    /// Each benchmark and the office against it. A share's estimate and reference are proportions shown as percentages
    /// and its gap is in points; a score's are in its scale's units; a net score's in points: each cell has its row's format.
    /// </summary>
    private static WorkbookSheet Benchmarks(SurveyResults results)
    {
        var catalog = results.Project.Catalog;
        return new WorkbookSheet(BenchmarksSheet,
            [
                new("Identifiant", 16), new("Indicateur", 28), new("Référence", 22), new("Source", 26), new("Année", 7), new("Base de la référence", 11, CellFormat.Count),
                new("Unité", 9), new("Office", 10, CellFormat.Decimal2), new("Référence (valeur)", 11, CellFormat.Decimal2), new("Écart", 9, CellFormat.Points),
                new("Test", 40), new("Statistique", 11, CellFormat.Decimal2), new("Degrés de liberté", 10, CellFormat.Decimal1), new("p", 9, CellFormat.PValue),
                new("Lecture", 24), new("Note", 30, CellFormat.WrappedText),
            ],
            [.. results.Benchmarks.Select(b =>
            {
                var (definition, c) = (b.Definition, b.Comparison);
                var share = definition.Unit == MeasureUnit.Percent;
                var format = share ? CellFormat.Percent : definition.Unit == MeasureUnit.Points ? CellFormat.Points : CellFormat.Decimal2;
                var unit = definition.Unit switch
                {
                    MeasureUnit.Percent => "%",
                    MeasureUnit.Points => "points",
                    _ => catalog.Scale(catalog.Indicator(definition.IndicatorId).ScaleId).Range?.DisplayUnit ?? "score",
                };
                return (IReadOnlyList<object?>)
                [
                    definition.IndicatorId, catalog.Indicator(definition.IndicatorId).Label, b.Name, definition.Source, definition.Year, definition.Base is { } n ? (long)n : null, unit,
                    Formatted(c.Estimate, format), Formatted(c.Reference, format), share ? c.Gap * 100 : c.Gap, TestText(c.Test), c.Statistic, c.DegreesOfFreedom, c.PValue,
                    VerdictText(c.Verdict), c.Verdict == BenchmarkVerdict.Unavailable ? "non publié : base insuffisante" : null,
                ];
            })]);
    }

    private static FormattedNumber? Formatted(double? value, CellFormat format) => value is { } v ? new FormattedNumber(v, format) : null;

    private static string ScaleText(int minimum, int maximum) => $"{FrenchFormat.Count(minimum)} à {FrenchFormat.Count(maximum)}";

    private static string? TestText(BenchmarkTest? test) => test switch
    {
        null => null,
        BenchmarkTest.OneSampleProportionZ => "z, une proportion contre une valeur",
        BenchmarkTest.TwoProportionZ => "z, deux proportions",
        BenchmarkTest.OneSampleT => "t de Student, une moyenne contre une valeur",
        _ => "t de Welch, deux moyennes",
    };

    private static string VerdictText(BenchmarkVerdict verdict) => verdict switch
    {
        BenchmarkVerdict.Above => "au-dessus",
        BenchmarkVerdict.Below => "en dessous",
        BenchmarkVerdict.InLine => "dans la moyenne (écart non significatif)",
        _ => "non comparable",
    };

    private static string? Note(bool suppressed, bool lowBase, Thresholds thresholds) =>
        suppressed ? $"non publié : moins de {thresholds.SuppressBelow} réponses"
        : lowBase ? $"base faible : base effective inférieure à {thresholds.LowBase}, résultat fragile"
        : null;

    private static string? LowBaseText(bool suppressed, bool lowBase) => suppressed ? null : FrenchFormat.YesNo(lowBase);
}
