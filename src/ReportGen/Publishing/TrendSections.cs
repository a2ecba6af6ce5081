using ReportGen.Analysis;
using ReportGen.Documents;

namespace ReportGen.Publishing;

/// <summary>
/// The evidence pack's section on trends across waves: ISO 9001 § 9.1.3 asks whether each indicator is stable,
/// improving or worse, and § 9.3.2 takes the trends into the management review. The test, the correction for
/// multiple testing and the size of the family are stated, and a direction is called only when the adjusted
/// p-value allows it.
/// </summary>
public static class TrendSections
{
    /// <summary>The anchor of the section, for links.</summary>
    public const string Anchor = "evolutions";

    /// <summary>Follows a figure whose effective base is low.</summary>
    internal const string LowBaseMark = "†";

    /// <summary>Stands for a figure not published (or a wave the indicator was not measured in).</summary>
    internal const string NotPublished = "—";

    /// <summary>The table shows this many waves at most, the latest; the chart shows them all.</summary>
    private const int MaxTableWaves = 5;

    /// <summary>The section, or nothing when fewer than two waves were read.</summary>
    /// <param name="chart">The trend chart's figure, placed after the summary, or null.</param>
    public static IEnumerable<Block> Trends(SurveyResults results, Figure? chart)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Trends is not { } trends || trends.Waves.Count < 2 || (trends.Indicators.Count == 0 && trends.Scores.Count == 0))
        {
            yield break;
        }

        var project = results.Project;
        var catalog = project.Catalog;
        string Label(string id) => FrenchFormat.Typography(catalog.Indicator(id).Label);
        var level = FrenchFormat.Percent(1 - project.Thresholds.ConfidenceLevel, 0);
        var family = trends.FamilySize;
        var waves = trends.Waves.Select(FrenchFormat.Typography).ToList();
        var previous = trends.PreviousWave is { } p ? FrenchFormat.Typography(p) : "—";
        var current = FrenchFormat.Typography(trends.CurrentWave);

        yield return new Heading(1, "Évolution entre vagues (ISO\u00A09001 §\u00A09.1.3 et §\u00A09.3.2)", Anchor);
        yield return new Paragraph(
            $"Les résultats de {waves.Count} vagues sont comparés : {FrenchFormat.List(waves)}. " +
            $"Pour chaque indicateur, l’évolution entre la vague précédente ({previous}) et la vague actuelle ({current}) est mesurée en points " +
            "et testée par un test de comparaison de deux proportions (test z à variance commune) sur les bases effectives de Kish des deux vagues. " +
            (trends.Scores.Count > 0
                ? "Pour une note ou un score de recommandation, l’évolution est mesurée en points de note ou de score net et testée par le test t de Welch sur les bases effectives (degrés de liberté de Welch–Satterthwaite). "
                : "") +
            $"Les {family} tests{(trends.Scores.Count > 0 && trends.Indicators.Count > 0 ? ", pourcentages et notes ensemble," : "")} forment une famille : leurs p-values sont corrigées par {TrendText.Of(trends.Correction)}. " +
            $"Une évolution n’est dite « en hausse » ou « en baisse » que si sa p-value corrigée est inférieure à {level} ; sinon l’indicateur est « stable », même si son pourcentage a bougé. " +
            "« Non testé » : le résultat n’est pas publié dans l’une des deux vagues.");
        yield return new ListBlock([.. Summary(trends, Label, catalog)]);
        var shown = trends.Waves.Skip(Math.Max(0, trends.Waves.Count - MaxTableWaves)).ToList();
        if (trends.Indicators.Count > 0)
        {
            var columns = new List<TableColumn> { new("Indicateur", 2.4f) };
            columns.AddRange(shown.Select(w => new TableColumn(FrenchFormat.Typography(w), 0.8f, ParagraphAlignment.Right)));
            columns.Add(new TableColumn("Évolution", 0.9f, ParagraphAlignment.Right));
            columns.Add(new TableColumn("p", 0.7f, ParagraphAlignment.Right));
            columns.Add(new TableColumn("p corrigée", 0.85f, ParagraphAlignment.Right));
            columns.Add(new TableColumn("Tendance", 0.95f));
            yield return new Table(columns, [.. trends.Indicators.Select(t => Row(t, shown, Label))]);
        }

        if (trends.Scores.Count > 0)
        {
            yield return ScoreTable(trends, shown, catalog);
        }

        yield return new Paragraph(
            [new Run(
                $"Évolution : vague {current} moins vague {previous}, en points" + (trends.Scores.Count > 0 ? FrenchFormat.FixSpacing(" (pour une note, en points de note ; pour un score de recommandation, en points de score net)") : "") +
                $". p : p-value du test ; p corrigée : après correction pour {family} tests. " +
                (trends.Scores.Count > 0 ? FrenchFormat.FixSpacing("t : statistique du test de Welch ; ddl : ses degrés de liberté. ") : "") +
                $"{NotPublished} : résultat non publié (moins de {project.Thresholds.SuppressBelow} réponses) ou indicateur non mesuré ; † : base effective inférieure à {project.Thresholds.LowBase}, résultat fragile." +
                (shown.Count < trends.Waves.Count && chart is not null ? $" Le tableau montre les {shown.Count} dernières vagues ; la figure les montre toutes." : ""))],
            DocumentTheme.Small);
        if (chart is not null)
        {
            yield return chart;
        }
    }

    /// <summary>A figure as the trend table writes it: italic with a dagger when its base is low, a dash when not published.</summary>
    internal static TableCell Figure(IndicatorEstimate? estimate)
    {
        if (estimate is null || estimate.Suppressed || estimate.Satisfied is not { } value)
        {
            return NotPublished;
        }

        var text = FrenchFormat.Percent(value);
        return estimate.LowBase ? new TableCell([Run.Italic(text + LowBaseMark)]) : text;
    }

    private static List<TableCell> Row(IndicatorTrend trend, IReadOnlyList<string> waves, Func<string, string> label)
    {
        var cells = new List<TableCell> { label(trend.IndicatorId) };
        cells.AddRange(waves.Select(w => Figure(trend.Waves.FirstOrDefault(x => x.Wave == w)?.Estimate)));
        cells.Add(trend.ChangePoints is { } change ? ArticleModelFactory.SignedPoints(change) : NotPublished);
        cells.Add(trend.PValue is { } p ? EvidencePack.PValue(p) : NotPublished);
        cells.Add(trend.AdjustedPValue is { } adjusted ? EvidencePack.PValue(adjusted) : NotPublished);
        var words = TrendText.Of(trend.Direction);
        cells.Add(new TableCell([trend.Direction is TrendDirection.Up or TrendDirection.Down ? Run.Bold(words) : new Run(words)]));
        return cells;
    }

    /// <summary>
    /// The trends of the scores and net scores: each wave's value in the indicator's unit, the change, Welch's t and its
    /// degrees of freedom, the raw and adjusted p-values (in the shares' family) and the direction.
    /// </summary>
    private static Table ScoreTable(TrendResults trends, IReadOnlyList<string> waves, Definitions.IndicatorCatalog catalog)
    {
        var columns = new List<TableColumn> { new("Note ou score net", 2f) };
        columns.AddRange(waves.Select(w => new TableColumn(FrenchFormat.Typography(w), 0.75f, ParagraphAlignment.Right)));
        columns.Add(new TableColumn("Évolution", 0.8f, ParagraphAlignment.Right));
        columns.Add(new TableColumn("t", 0.55f, ParagraphAlignment.Right));
        columns.Add(new TableColumn("ddl", 0.6f, ParagraphAlignment.Right));
        columns.Add(new TableColumn("p", 0.6f, ParagraphAlignment.Right));
        columns.Add(new TableColumn("p corrigée", 0.75f, ParagraphAlignment.Right));
        columns.Add(new TableColumn("Tendance", 0.85f));
        return new Table(columns, [.. trends.Scores.Select(t =>
        {
            var indicator = catalog.Indicator(t.IndicatorId);
            var cells = new List<TableCell> { FrenchFormat.Typography(indicator.Label) };
            cells.AddRange(waves.Select(w => ScoreFigure(t.Waves.FirstOrDefault(x => x.Wave == w), indicator, catalog)));
            cells.Add(t.Change is { } change ? ScoreChange(indicator, change) : NotPublished);
            cells.Add(t.T is { } tt ? FrenchFormat.Number(tt, 2) : NotPublished);
            cells.Add(t.DegreesOfFreedom is { } df ? FrenchFormat.Number(df, 1) : NotPublished);
            cells.Add(t.PValue is { } p ? EvidencePack.PValue(p) : NotPublished);
            cells.Add(t.AdjustedPValue is { } adjusted ? EvidencePack.PValue(adjusted) : NotPublished);
            var words = TrendText.Of(t.Direction);
            cells.Add(new TableCell([t.Direction is TrendDirection.Up or TrendDirection.Down ? Run.Bold(words) : new Run(words)]));
            return (IReadOnlyList<TableCell>)cells;
        })]);
    }

    /// <summary>A score's or net score's value in one wave, as <see cref="Figure"/> writes a share's: "7,8/10", "+12", italic with a dagger at a low base.</summary>
    internal static TableCell ScoreFigure(ScoreWaveValue? value, Definitions.IndicatorDefinition indicator, Definitions.IndicatorCatalog catalog)
    {
        if (value is null || value.Suppressed || value.Value is not { } v)
        {
            return NotPublished;
        }

        var text = BenchmarkSection.Value(catalog, indicator, v);
        return value.LowBase ? new TableCell([Run.Italic(text + LowBaseMark)]) : text;
    }

    /// <summary>A change of a score (score units: "+0,12") or of a net score (points: "+3,0 pts").</summary>
    internal static string ScoreChange(Definitions.IndicatorDefinition indicator, double change) =>
        indicator.Kind == Definitions.IndicatorKind.Score ? ScoreSections.ScoreChange(change) : ArticleModelFactory.SignedPoints(change);

    private static IEnumerable<IReadOnlyList<Run>> Summary(TrendResults trends, Func<string, string> label, Definitions.IndicatorCatalog catalog)
    {
        string Names(IEnumerable<IndicatorTrend> items, IEnumerable<ScoreTrend> scores, bool withChange) => string.Join(", ", items.Select(t =>
            label(t.IndicatorId).ToLowerInvariant() + (withChange && t.ChangePoints is { } c ? $" ({ArticleModelFactory.SignedPoints(c)})" : ""))
            .Concat(scores.Select(t => label(t.IndicatorId).ToLowerInvariant() + (withChange && t.Change is { } c ? $" ({ScoreChange(catalog.Indicator(t.IndicatorId), c)})" : ""))));

        foreach (var (direction, heading, withChange) in new[]
        {
            (TrendDirection.Up, "En hausse", true),
            (TrendDirection.Down, "En baisse", true),
            (TrendDirection.Stable, "Stables", false),
            (TrendDirection.NotTested, "Non testés", false),
        })
        {
            var items = trends.Indicators.Where(t => t.Direction == direction).ToList();
            var scores = trends.Scores.Where(t => t.Direction == direction).ToList();
            if (items.Count + scores.Count > 0)
            {
                yield return [Run.Bold($"{heading} ({items.Count + scores.Count}) : "), new Run(Names(items, scores, withChange) + ".")];
            }
        }
    }
}
