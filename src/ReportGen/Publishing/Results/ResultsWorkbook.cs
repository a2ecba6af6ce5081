using ReportGen.Analysis;
using ReportGen.Definitions;
using ReportGen.Verbatims;

namespace ReportGen.Publishing.Results;

/// <summary>
/// <c>results.xlsx</c>: the evidence pack's tables for the quality team to work in Excel, one sheet per table, only
/// the sheets with data, after an « À propos » sheet that says what each holds. Numbers are numeric cells holding the
/// full double (shares as proportions shown as percentages), so that sums, filters and pivot tables work; a
/// suppressed figure is an empty cell, and the row's note says why.
/// </summary>
public static partial class ResultsWorkbook
{
    /// <summary>The file's name in an output folder.</summary>
    public const string OutputName = "results.xlsx";

    public const string AboutSheet = "À propos";
    public const string IndicatorsSheet = "Indicateurs";
    public const string SegmentsSheet = "Par segment";
    public const string TrendsSheet = "Évolutions";
    public const string MirrorSheet = "Écarts miroir";
    public const string ThemesSheet = "Thèmes et irritants";
    public const string PrioritiesSheet = "Priorités";
    public const string WorkstreamsSheet = "Chantiers prioritaires";
    public const string ActionPlanSheet = "Plan d’actions";
    public const string WeightingSheet = "Pondération";
    public const string WeightingWavesSheet = "Pondération par vague";

    public static byte[] Write(SurveyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var tables = new List<(WorkbookSheet Sheet, string Description)>();
        void Add(WorkbookSheet? sheet, string description)
        {
            if (sheet is { Rows.Count: > 0 })
            {
                tables.Add((sheet, description));
            }
        }

        Add(Indicators(results), "Chaque indicateur : base, base pondérée, base effective, part de satisfaits et son intervalle de confiance, marge d’erreur, cible et statut, importance dérivée.");
        Add(Scores(results), "Chaque score (note moyenne) : bases, moyenne et son erreur type, intervalle de confiance (loi de Student), objectif, part des réponses au seuil ou plus.");
        Add(NetScores(results), "Chaque score net (recommandation) : parts de promoteurs, passifs et détracteurs, score net en points, son erreur type et son intervalle de confiance, objectif.");
        Add(Benchmarks(results), "Chaque valeur de référence (moyenne régionale…) : sa source, l’estimation de l’office, l’écart, le test et la lecture ; une part en pourcentage, une note dans l’unité de son échelle, un score net en points.");
        Add(Segments(results), "Chaque indicateur pour chaque valeur de chaque colonne de segmentation (agence, résidence…), vague analysée.");
        Add(ScoreSegments(results), "Chaque score et score net pour chaque valeur de chaque colonne de segmentation, vague analysée.");
        Add(Trends(results), "La part de satisfaits de chaque indicateur à chaque vague, l’évolution depuis la vague précédente, sa p-value brute et corrigée, et la lecture.");
        Add(ScoreTrends(results), "La moyenne ou le score net de chaque indicateur de score à chaque vague, l’évolution, le test de Welch, sa p-value brute et corrigée (dans la même famille que les parts), et la lecture.");
        Add(Mirror(results), "L’enquête miroir : part estimée par les collaborateurs, part des locataires, écart en points, test et lecture.");
        Add(ScoreMirror(results), "Les notes données par les collaborateurs et par les locataires, l’écart dans l’unité de l’échelle, le test de Welch et la lecture.");
        Add(Themes(results), "Les thèmes des commentaires libres (comptes et parts, sans aucun texte de commentaire) et le rang des irritants.");
        Add(Priorities(results), "La matrice importance–performance : importance dérivée, part de satisfaits et quadrant de chaque indicateur.");
        Add(Workstreams(results), "Les chantiers classés par les signaux qui appellent une action, et ceux qui sont retenus.");
        Add(ActionPlan(results), "Chaque action du plan, avec son pilote, son échéance, son statut et son effet sur chacun de ses indicateurs à la vague suivante.");
        Add(Weighting(results), "Pour chaque vague, chaque catégorie de chaque marge : part dans la population (cible), dans l’échantillon brut et dans l’échantillon pondéré (atteinte).");
        Add(WeightingWaves(results), "Pour chaque vague, les itérations du calage, l’écart final, les cellules écrêtées, l’effet de plan et l’étendue des poids.");

        var sheets = new List<WorkbookSheet> { About(results, tables) };
        sheets.AddRange(tables.Select(t => t.Sheet));
        var project = results.Project;
        var title = $"Résultats — {project.Survey} {project.Period.Label}" + (results.Scope is { } scope ? $" — {scope.Value}" : "");
        return WorkbookWriter.Write(sheets, title, $"ReportGen {ReportBuilder.GeneratorVersion}", project.PublicationDate);
    }

    private static WorkbookSheet About(SurveyResults results, IReadOnlyList<(WorkbookSheet Sheet, string Description)> tables)
    {
        var project = results.Project;
        var thresholds = project.Thresholds;
        var rows = new List<IReadOnlyList<object?>>
        {
            Row("Enquête", project.Survey),
            Row("Organisme", project.Organisation),
            Row("Période", project.Period.Label),
            Row("Vague analysée", results.Wave.Length == 0 ? "unique" : results.Wave),
            Row("Périmètre", results.Scope is { } scope ? $"{scope.Label} : {scope.Value}" : "ensemble des répondants"),
            Row("Date de publication", project.PublicationDate),
            Row("Répondants", results.Survey.Respondents),
            Row("Pondération", WeightingSection.Describe(results)),
            Row("Niveau de confiance", thresholds.ConfidenceLevel),
            Row("Seuils de publication", $"base effective < {thresholds.LowBase} : résultat signalé fragile (base faible) ; base < {thresholds.SuppressBelow} : résultat non publié (cellule vide, la note dit pourquoi)."),
            Row("Généré par", $"ReportGen {ReportBuilder.GeneratorVersion}"),
        };
        if (results.Verbatims is { } verbatims)
        {
            rows.Add(Row("Règles de codage des commentaires", $"version {verbatims.Tally.RuleSetVersion}"));
        }

        rows.Add(Row("Lecture des nombres",
            "Les parts (satisfaits, intervalles, cibles, parts des thèmes et des marges) sont des proportions de 0 à 1 affichées en pourcentage : une cellule qui vaut 0,852 s’affiche 85,2 %. " +
            "Les évolutions et les écarts sont en points de pourcentage. " +
            (results.Scores.IsEmpty ? "" : "Les notes sont dans l’unité de leur échelle (sur 10) et les scores nets en points, de −100 à +100. ") + "Chaque cellule garde la valeur calculée complète ; seul l’affichage est arrondi."));
        rows.Add(Row("Fichier machine", "results.json : les mêmes résultats et tous les autres calculs (bases, tests, pondération), en pleine précision, décrits par results.schema.json."));
        rows.AddRange(tables.Select(t => Row($"Feuille « {t.Sheet.Name} »", t.Description)));
        return new WorkbookSheet(AboutSheet, [new SheetColumn("Élément", 34), new SheetColumn("Valeur", 110, CellFormat.WrappedText)], rows) { Filter = false };
    }

    /// <summary>A row of the « À propos » sheet; a date, a count or a proportion keeps its type.</summary>
    private static IReadOnlyList<object?> Row(string name, object value) => [name, value switch
    {
        double share => FrenchFormat.Percent(share, 0),
        long count => FrenchFormat.Count(count),
        DateOnly date => FrenchFormat.Date(date),
        _ => value,
    }];

    private static WorkbookSheet Indicators(SurveyResults results)
    {
        var catalog = results.Project.Catalog;
        var confidence = ConfidenceText(results);
        return new WorkbookSheet(IndicatorsSheet,
            [
                new("Identifiant", 14), new("Indicateur", 32), new("Thème", 18), new("Base", 9, CellFormat.Count), new("Base pondérée", 11, CellFormat.Decimal1),
                new("Base effective", 11, CellFormat.Decimal1), new("NSP, hors base", 10, CellFormat.Count), new("Sans réponse", 10, CellFormat.Count),
                new("Satisfaits", 11, CellFormat.Percent), new($"IC {confidence} bas", 10, CellFormat.Percent), new($"IC {confidence} haut", 10, CellFormat.Percent),
                new("Marge d’erreur", 10, CellFormat.Percent), new("Cible", 9, CellFormat.Percent), new("Statut", 24, CellFormat.WrappedText), new("Importance", 11, CellFormat.Decimal2),
                new("Base faible", 9), new("Note", 30, CellFormat.WrappedText),
            ],
            [.. results.Estimates.Select(e =>
            {
                var indicator = catalog.Indicator(e.IndicatorId);
                return (IReadOnlyList<object?>)
                [
                    e.IndicatorId, indicator.Label, catalog.Theme(indicator.ThemeId).Label, e.ValidBase, e.WeightedBase, e.EffectiveBase, e.ExcludedAnswers, e.BlankAnswers,
                    e.Satisfied, e.Interval?.Lower, e.Interval?.Upper, e.MarginOfError, e.Target, e.Suppressed ? "base insuffisante" : StatusText.Of(e.Status),
                    results.Importance.TryGetValue(e.IndicatorId, out var importance) ? importance : null, LowBaseText(e), Note(e, results.Project.Thresholds),
                ];
            })]);
    }

    private static WorkbookSheet Segments(SurveyResults results)
    {
        var catalog = results.Project.Catalog;
        var confidence = ConfidenceText(results);
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var segment in results.Segments)
        {
            foreach (var value in segment.Values)
            {
                rows.AddRange(value.Estimates.Select(e => (IReadOnlyList<object?>)
                [
                    segment.Label, value.Value, value.Respondents, e.IndicatorId, catalog.Indicator(e.IndicatorId).Label, e.ValidBase, e.EffectiveBase,
                    e.Satisfied, e.Interval?.Lower, e.Interval?.Upper, LowBaseText(e), Note(e, results.Project.Thresholds),
                ]));
            }
        }

        return new WorkbookSheet(SegmentsSheet,
            [
                new("Segment", 12), new("Valeur", 28), new("Répondants", 11, CellFormat.Count), new("Identifiant", 14), new("Indicateur", 34),
                new("Base", 9, CellFormat.Count), new("Base effective", 11, CellFormat.Decimal1), new("Satisfaits", 11, CellFormat.Percent),
                new($"IC {confidence} bas", 10, CellFormat.Percent), new($"IC {confidence} haut", 10, CellFormat.Percent), new("Base faible", 9), new("Note", 44, CellFormat.WrappedText),
            ],
            rows);
    }

    private static WorkbookSheet? Trends(SurveyResults results)
    {
        if (results.Trends is not { } trends)
        {
            return null;
        }

        var catalog = results.Project.Catalog;
        var columns = new List<SheetColumn> { new("Identifiant", 16), new("Indicateur", 40) };
        columns.AddRange(trends.Waves.Select(w => new SheetColumn($"Satisfaits {w}", 11, CellFormat.Percent)));
        columns.AddRange(
        [
            new($"Évolution {trends.PreviousWave} → {trends.CurrentWave} (points)", 14, CellFormat.Points), new("z", 8, CellFormat.Decimal2),
            new("p brute", 9, CellFormat.PValue), new($"p corrigée ({(trends.Correction == MultipleTestingCorrection.Holm ? "Holm" : "Benjamini–Hochberg")})", 12, CellFormat.PValue),
            new("Lecture", 12), new("Note", 40, CellFormat.WrappedText),
        ]);
        var rows = trends.Indicators.Select(t =>
        {
            var row = new List<object?> { t.IndicatorId, catalog.Indicator(t.IndicatorId).Label };
            row.AddRange(trends.Waves.Select(w => t.Waves.FirstOrDefault(x => x.Wave == w)?.Estimate is { Suppressed: false, Satisfied: { } p } ? p : (object?)null));
            var suppressed = trends.Waves.Where(w => t.Waves.FirstOrDefault(x => x.Wave == w)?.Estimate is not { Suppressed: false }).ToList();
            row.AddRange([t.ChangePoints, t.Z, t.PValue, t.AdjustedPValue, TrendText.Of(t.Direction),
                suppressed.Count == 0 ? null : $"non publié ou absent en {FrenchFormat.List(suppressed)}" + (t.Direction == TrendDirection.NotTested ? " : évolution non testée" : "")]);
            return (IReadOnlyList<object?>)row;
        }).ToList();
        return new WorkbookSheet(TrendsSheet, columns, rows);
    }

    private static WorkbookSheet? Mirror(SurveyResults results)
    {
        if (results.Mirror is not { } mirror || results.Project.Mirror is not { } definition)
        {
            return null;
        }

        var catalog = results.Project.Catalog;
        return new WorkbookSheet(MirrorSheet,
            [
                new("Identifiant", 16), new("Indicateur", 40), new("Locataires", 11, CellFormat.Percent), new("Collaborateurs", 15, CellFormat.Percent),
                new("Écart (points)", 11, CellFormat.Points), new("z", 8, CellFormat.Decimal2), new("p", 9, CellFormat.PValue), new("Significatif", 10),
                new("Lecture", 34), new("Base eff. locataires", 12, CellFormat.Decimal1), new("Base eff. collaborateurs", 15, CellFormat.Decimal1), new("Note", 40, CellFormat.WrappedText),
            ],
            [.. mirror.Gaps.Select(g => (IReadOnlyList<object?>)
            [
                g.IndicatorId, catalog.Indicator(g.IndicatorId).Label, g.TenantSatisfied, g.StaffSatisfied, g.GapPoints, g.Z, g.PValue, FrenchFormat.YesNo(g.Significant),
                MirrorText.Of(g.Class), g.TenantBase, g.StaffBase,
                mirror.NotAsked.Contains(g.IndicatorId) ? "question non posée aux collaborateurs"
                    : mirror.Withheld || mirror.WithheldItems.Contains(g.IndicatorId) ? $"non publié : moins de {definition.MinGroup} collaborateurs ont répondu"
                    : g.Class == MirrorGapClass.Unavailable ? "non publié : base insuffisante" : null,
            ])]);
    }

    private static WorkbookSheet? Themes(SurveyResults results)
    {
        if (results.Verbatims is not { } verbatims)
        {
            return null;
        }

        var tally = verbatims.Tally;
        var z = Proportions.CriticalValue(results.Project.Thresholds.ConfidenceLevel);
        var confidence = ConfidenceText(results);
        var irritants = verbatims.Irritants.ToDictionary(i => i.ThemeId, StringComparer.Ordinal);
        return new WorkbookSheet(ThemesSheet,
            [
                new("Identifiant", 16), new("Thème", 30), new("Mentions locataires", 11, CellFormat.Count), new("Part des commentaires", 13, CellFormat.Percent),
                new($"IC {confidence} bas", 10, CellFormat.Percent), new($"IC {confidence} haut", 10, CellFormat.Percent), new("dont négatives", 10, CellFormat.Count),
                new("dont positives", 10, CellFormat.Count), new("Mentions collaborateurs", 15, CellFormat.Count), new("dont négatives (collab.)", 12, CellFormat.Count),
                new("Rang d’irritant", 10, CellFormat.Count), new("Ex aequo", 9), new("Part négative", 10, CellFormat.Percent),
                new($"IC {confidence} bas (négatifs)", 12, CellFormat.Percent), new($"IC {confidence} haut (négatifs)", 12, CellFormat.Percent), new("p (McNemar)", 12, CellFormat.PValue),
            ],
            [.. tally.Themes.Select(t =>
            {
                var tenants = tally.Count(t.Id, RespondentType.Tenant);
                var staff = tally.Count(t.Id, RespondentType.Staff);
                var interval = tally.TenantComments == 0 ? (Interval?)null : Proportions.Wilson(tenants.Share, tally.TenantComments, z);
                var irritant = irritants.GetValueOrDefault(t.Id);
                return (IReadOnlyList<object?>)
                [
                    t.Id, t.Label, tenants.Mentions, tally.TenantComments == 0 ? null : tenants.Share, interval?.Lower, interval?.Upper, tenants.NegativeMentions,
                    tenants.PositiveMentions, staff.Mentions, staff.NegativeMentions, irritant?.Rank, irritant is null ? null : FrenchFormat.YesNo(irritant.Tied), irritant?.Share,
                    irritant?.ShareInterval.Lower, irritant?.ShareInterval.Upper, irritant?.PValue,
                ];
            })]);
    }

    private static WorkbookSheet? Priorities(SurveyResults results)
    {
        if (results.Priorities is not { } priorities)
        {
            return null;
        }

        var catalog = results.Project.Catalog;
        return new WorkbookSheet(PrioritiesSheet,
            [new("Identifiant", 16), new("Indicateur", 44), new("Importance", 11, CellFormat.Decimal2), new("Satisfaits", 11, CellFormat.Percent), new("Quadrant", 28)],
            [.. priorities.Items.Select(i => (IReadOnlyList<object?>)
                [i.IndicatorId, catalog.Indicator(i.IndicatorId).Label, i.Importance, i.Performance, EvidencePack.QuadrantText(i.Quadrant)])]);
    }

    private static WorkbookSheet? Workstreams(SurveyResults results)
    {
        if (results.Priorities is not { } priorities)
        {
            return null;
        }

        var catalog = results.Project.Catalog;
        string Labels(IEnumerable<string> ids) => string.Join(", ", ids.Select(id => catalog.Indicator(id).Label));
        return new WorkbookSheet(WorkstreamsSheet,
            [
                new("Rang", 7, CellFormat.Count), new("Identifiant", 22), new("Chantier", 34), new("Points", 8, CellFormat.Count), new("Retenu", 8),
                new("Priorité d’amélioration", 30, CellFormat.WrappedText), new("Surestimé par les collaborateurs", 30, CellFormat.WrappedText),
                new("Irritants", 24, CellFormat.WrappedText), new("Mentions négatives", 11, CellFormat.Count),
            ],
            [.. priorities.Workstreams.Select(w => (IReadOnlyList<object?>)
            [
                w.Rank, w.Workstream.Id, w.Workstream.Label, w.Score, FrenchFormat.YesNo(w.Selected), Labels(w.PriorityIndicators), Labels(w.MisreadIndicators),
                string.Join(", ", w.IrritantThemes), w.NegativeMentions,
            ])]);
    }

    private static WorkbookSheet? ActionPlan(SurveyResults results)
    {
        if (results.Project.ActionPlan is not { } plan)
        {
            return null;
        }

        var catalog = results.Project.Catalog;
        var asOf = results.Project.PublicationDate;
        var current = ActionPlanReview.CurrentWave(results);
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var axis in plan.Axes)
        {
            foreach (var action in axis.Actions)
            {
                IReadOnlyList<object?> Line(ActionEffect? effect) =>
                [
                    action.Id, axis.Label, action.Label, action.Finding, action.Wave, action.Owner, action.Start, action.Due,
                    ActionPlanSections.StatusText(action.Status), action.IsOpen && action.Due < asOf ? (long)(asOf.DayNumber - action.Due.DayNumber) : null,
                    effect?.IndicatorId, effect is null ? null : catalog.Indicator(effect.IndicatorId).Label, effect?.ChangePoints, effect?.ToWave, EffectText(effect),
                ];
                var effects = ActionPlanReview.Effects(action, catalog, results.Trends, current);
                rows.AddRange(effects.Count == 0 ? [Line(null)] : effects.Select(Line));
            }
        }

        return new WorkbookSheet(ActionPlanSheet,
            [
                new("Action", 12), new("Axe", 24), new("Libellé", 44, CellFormat.WrappedText), new("Constat", 40, CellFormat.WrappedText), new("Vague du constat", 10),
                new("Pilote", 26), new("Début", 11, CellFormat.Date), new("Échéance", 11, CellFormat.Date), new("Statut", 11), new("Retard (jours)", 10, CellFormat.Count),
                new("Indicateur mesuré", 16), new("Libellé de l’indicateur", 34), new("Évolution (points)", 11, CellFormat.Points), new("Vague suivante", 10), new("Lecture de l’effet", 34, CellFormat.WrappedText),
            ],
            rows);
    }

    private static string EffectText(ActionEffect? effect) => effect?.Measure switch
    {
        null => "aucun indicateur lié",
        EffectMeasure.NextWave => "à mesurer à la prochaine vague",
        EffectMeasure.WaveNotRead => $"non mesurable : vague {effect.FromWave} absente des données",
        EffectMeasure.NotPublished => $"non publié en {effect.FromWave} ou {effect.ToWave}",
        _ => effect.Direction switch
        {
            TrendDirection.Up => "hausse significative",
            TrendDirection.Down => "baisse significative",
            TrendDirection.Stable => "non significatif",
            _ => "non testé",
        },
    };

    private static WorkbookSheet? Weighting(SurveyResults results)
    {
        if (results.Weighting is not { } weighting)
        {
            return null;
        }

        return new WorkbookSheet(WeightingSheet,
            [
                new("Vague", 9), new("Marge", 16), new("Catégorie", 22), new("Population", 12, CellFormat.Count), new("Part de la population (cible)", 14, CellFormat.Percent),
                new("Échantillon brut", 12, CellFormat.Percent), new("Échantillon pondéré (atteint)", 14, CellFormat.Percent),
            ],
            [.. weighting.Waves.SelectMany(w => w.Margins.Select(m => (IReadOnlyList<object?>)
                [w.Wave, m.Margin, m.Category, ResultsJson.Population(results.Project.Weighting, m), m.PopulationShare, m.SampleShare, m.WeightedShare]))]);
    }

    private static WorkbookSheet? WeightingWaves(SurveyResults results)
    {
        if (results.Weighting is not { } weighting)
        {
            return null;
        }

        return new WorkbookSheet(WeightingWavesSheet,
            [
                new("Vague", 9), new("Méthode", 18), new("Répondants", 11, CellFormat.Count), new("Itérations", 10, CellFormat.Count),
                new("Écart relatif final", 12, CellFormat.Scientific), new("Tolérance", 10, CellFormat.Scientific), new("Cellules écrêtées", 10, CellFormat.Count),
                new("Effet de plan", 10, CellFormat.Decimal2), new("Poids min. (cellule)", 11, CellFormat.Decimal3), new("Poids max. (cellule)", 11, CellFormat.Decimal3),
                new("Poids moyen", 10, CellFormat.Decimal3),
            ],
            [.. weighting.Waves.Select(w => (IReadOnlyList<object?>)
                [w.Wave, weighting.Method, w.Respondents, w.Iterations, w.MaxRelativeGap, weighting.Tolerance, w.TrimmedCells, w.DesignEffect, w.MinWeight, w.MaxWeight, w.MeanWeight])]);
    }

    /// <summary>Why a row's figure is missing or fragile; null when there is nothing to say.</summary>
    private static string? Note(IndicatorEstimate estimate, Thresholds thresholds) =>
        estimate.Suppressed ? $"non publié : moins de {thresholds.SuppressBelow} réponses"
        : estimate.LowBase ? $"base faible : base effective inférieure à {thresholds.LowBase}, résultat fragile"
        : null;

    /// <summary>"oui" or "non"; empty for a suppressed result, which is not published at all (the note says why), as results.json has no figure for it.</summary>
    private static string? LowBaseText(IndicatorEstimate estimate) => estimate.Suppressed ? null : FrenchFormat.YesNo(estimate.LowBase);

    /// <summary>"95 %", for column headers.</summary>
    private static string ConfidenceText(SurveyResults results) => FrenchFormat.Percent(results.Project.Thresholds.ConfidenceLevel, 0);
}
