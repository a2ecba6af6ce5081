using System.Globalization;
using ReportGen.Analysis;
using ReportGen.Definitions;
using ReportGen.Documents;

namespace ReportGen.Publishing;

/// <summary>
/// The evidence pack's sections on the action plan: continual improvement (ISO 9001 §10.3) — each finding traced
/// to its action, owner, due date, status and effect at the next wave — and the inputs of the management review
/// (§9.3.2) — trends, status of the actions, overdue actions, actions falling due. Nothing when the project has
/// no action plan.
/// </summary>
public static class ActionPlanSections
{
    /// <summary>The anchor of the §10.3 section, for links.</summary>
    public const string PlanAnchor = "plan-actions";

    /// <summary>The anchor of the §9.3.2 section, for links.</summary>
    public const string ReviewAnchor = "revue-direction";

    public static IEnumerable<Block> Compose(SurveyResults results) =>
        results.Project.ActionPlan is { } plan ? [.. PlanSection(results, plan), .. ReviewSection(results, plan)] : [];

    /// <summary>The French word for a status, as tables print it.</summary>
    internal static string StatusText(ActionStatus status) => status switch
    {
        ActionStatus.Planned => "prévue",
        ActionStatus.InProgress => "en cours",
        ActionStatus.Done => "réalisée",
        _ => "abandonnée",
    };

    /// <summary>
    /// What the effect column says of an action: one line per measured indicator, with the change in points, the
    /// two waves, and whether the change was tested — or why nothing can be said yet.
    /// </summary>
    internal static string EffectText(PlannedAction action, SurveyResults results)
    {
        var catalog = results.Project.Catalog;
        var effects = ActionPlanReview.Effects(action, catalog, results.Trends, ActionPlanReview.CurrentWave(results));
        if (effects.Count == 0)
        {
            return "— (aucun indicateur lié)";
        }

        if (effects[0].Measure == EffectMeasure.NextWave)
        {
            return "à mesurer à la prochaine vague";
        }

        if (effects[0].Measure == EffectMeasure.WaveNotRead)
        {
            return Fr($"non mesurable : vague {Text(action.Wave)} absente des données");
        }

        return Fr(string.Join("\n", effects.Select(e =>
        {
            var label = Text(catalog.Indicator(e.IndicatorId).Label);
            if (e.Measure == EffectMeasure.NotPublished)
            {
                return $"{label} : non publié en {e.FromWave} ou {e.ToWave}";
            }

            var reading = e.Direction switch
            {
                TrendDirection.Up => "hausse significative",
                TrendDirection.Down => "baisse significative",
                TrendDirection.Stable => "non significatif",
                _ => "non testé",
            };
            return $"{label} : {ArticleModelFactory.SignedPoints(e.ChangePoints!.Value)} ({e.FromWave} → {e.ToWave}), {reading}";
        })));
    }

    private static IEnumerable<Block> PlanSection(SurveyResults results, ActionPlan plan)
    {
        var actions = plan.Actions.ToList();
        var asOf = results.Project.PublicationDate;
        yield return new Heading(1, Fr("Amélioration continue : plan d’actions (ISO\u00A09001 §\u00A010.3)"), PlanAnchor);
        yield return Para(
            $"Plan « {Text(plan.Title)} »{(plan.Version is { } v ? $", version {Text(v)}" : "")} ({FileName(plan.DisplayPath)}) : {Actions(actions.Count)} en {FrenchFormat.Count(plan.Axes.Count)} {Plural("axe", plan.Axes.Count)}. " +
            "Chaque action part d’un constat d’une vague d’enquête et porte un pilote, une échéance et un statut.");
        yield return Para(EffectMethod(results));
        foreach (var axis in plan.Axes)
        {
            yield return new Heading(2, Text(axis.Label));
            if (axis.Summary is { } summary)
            {
                yield return new Paragraph(Text(summary));
            }

            if (axis.Actions.Count == 0)
            {
                yield return new Paragraph(Run.Italic("Aucune action définie pour cet axe."));
                continue;
            }

            yield return new Table(
                [
                    new TableColumn("Constat", 1.45f),
                    new TableColumn("Action", 1.8f),
                    new TableColumn("Pilote", 1.4f),
                    new TableColumn("Échéance", 0.95f),
                    new TableColumn("Statut", 1.15f),
                    new TableColumn("Effet à la vague suivante", 1.85f),
                ],
                [.. axis.Actions.Select(a => (IReadOnlyList<TableCell>)
                [
                    $"{Text(a.Finding)} (vague {Text(a.Wave)})",
                    new TableCell([Run.Bold(a.Id + " "), new Run(Text(a.Label))]),
                    Text(a.Owner),
                    ShortDate(a.Due),
                    new TableCell(a.IsOpen && a.Due < asOf ? [new Run(StatusText(a.Status) + " "), Run.Bold("en retard")] : [new Run(StatusText(a.Status))]),
                    EffectText(a, results),
                ])]);
        }

        if (results.Verbatims is { } verbatims)
        {
            yield return new Heading(2, "Irritants et actions du plan");
            yield return Para("Chaque irritant relevé dans les commentaires des locataires est rattaché aux actions qui le traitent (ISO\u00A09001 §\u00A010.2) ; un irritant sans action est signalé.");
            yield return new Table(
                [new TableColumn("Irritant", 2.2f), new TableColumn("Mentions négatives", 1.1f, ParagraphAlignment.Right), new TableColumn("Actions du plan", 3f)],
                [.. verbatims.Irritants.Select(i =>
                {
                    var linked = actions.Where(a => a.Irritants.Contains(i.ThemeId)).Select(a => a.Id).Order(StringComparer.Ordinal).ToList();
                    return (IReadOnlyList<TableCell>)
                    [
                        Text(i.Label),
                        FrenchFormat.Count(i.NegativeMentions),
                        new TableCell([linked.Count == 0 ? Run.Italic("aucune action — à rattacher") : new Run(string.Join(", ", linked))]),
                    ];
                })]);
        }
    }

    /// <summary>How the effect is measured, in the terms of the trends actually computed.</summary>
    private static string EffectMethod(SurveyResults results)
    {
        var method = "L’effet d’une action est l’évolution, de la vague du constat à la vague suivante, du pourcentage de satisfaits des indicateurs qu’elle nomme et de ceux de ses thèmes, en points. ";
        var trends = results.Trends;
        method += trends?.PreviousWave is { } previous
            ? $"Une évolution n’est dite significative que pour les vagues {previous} → {trends.CurrentWave}, que l’analyse des tendances teste (comparaison de deux proportions sur les bases effectives, correction {CorrectionText(trends.Correction)} pour tests multiples) ; entre d’autres vagues, elle est donnée « non testée ». "
            : $"Une seule vague est analysée ({ActionPlanReview.CurrentWave(results)}) : l’effet des actions qui en sont issues sera mesuré à la vague suivante. ";
        return method + "Une évolution n’est pas imputable à la seule action : elle dit si le constat s’est résorbé.";
    }

    private static IEnumerable<Block> ReviewSection(SurveyResults results, ActionPlan plan)
    {
        var project = results.Project;
        var asOf = project.PublicationDate;
        var current = ActionPlanReview.CurrentWave(results);
        var date = FrenchFormat.Date(asOf);
        yield return new Heading(1, "Éléments d’entrée de la revue de direction (ISO\u00A09001 §\u00A09.3.2)", ReviewAnchor);
        yield return Para($"Éléments établis à la date de publication ({date}) : tendances de la satisfaction des locataires, état des actions décidées aux vagues précédentes, actions en retard et échéances des {FrenchFormat.Count(ActionPlanReview.DueSoonMonths)} prochains mois.");

        yield return new Heading(2, "Tendances de la satisfaction");
        foreach (var block in TrendBlocks(results))
        {
            yield return block;
        }

        yield return new Heading(2, "État des actions");
        var actions = plan.Actions.ToList();
        var previous = actions.Where(a => a.Wave != current).ToList();
        yield return Para(previous.Count == 0
            ? $"Toutes les actions du plan sont issues de la vague {current} : aucune action d’une vague précédente n’est à suivre."
            : $"Actions issues des vagues précédentes : {FrenchFormat.Count(previous.Count)}, dont {FrenchFormat.List([.. StatusOrder.Select(s => (Status: s, Count: previous.Count(a => a.Status == s))).Where(s => s.Count > 0).Select(s => $"{FrenchFormat.Count(s.Count)} {Plural(StatusText(s.Status), s.Count)}")])}.");
        yield return new Table(
            [
                new TableColumn("Vague du constat", 1.6f),
                new TableColumn("Prévues", 0.8f, ParagraphAlignment.Right),
                new TableColumn("En cours", 0.8f, ParagraphAlignment.Right),
                new TableColumn("Réalisées", 0.8f, ParagraphAlignment.Right),
                new TableColumn("Abandonnées", 0.9f, ParagraphAlignment.Right),
                new TableColumn("Total", 0.7f, ParagraphAlignment.Right),
            ],
            [.. actions.GroupBy(a => a.Wave).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (IReadOnlyList<TableCell>)
            [
                Text(g.Key) + (g.Key == current ? " (vague actuelle)" : ""),
                Count(g, ActionStatus.Planned),
                Count(g, ActionStatus.InProgress),
                Count(g, ActionStatus.Done),
                Count(g, ActionStatus.Cancelled),
                FrenchFormat.Count(g.Count()),
            ])]);

        yield return new Heading(2, "Actions en retard");
        var overdue = ActionPlanReview.Overdue(plan, asOf);
        if (overdue.Count == 0)
        {
            yield return Para($"Aucune action en retard au {date}.");
        }
        else
        {
            yield return Para($"Actions ni réalisées ni abandonnées dont l’échéance est antérieure au {date} :");
            yield return new Table(
                [new TableColumn("Action", 2.6f), new TableColumn("Pilote", 1.5f), new TableColumn("Échéance", 0.9f), new TableColumn("Statut", 0.8f), new TableColumn("Retard", 0.9f, ParagraphAlignment.Right)],
                [.. overdue.Select(o => (IReadOnlyList<TableCell>)
                [
                    new TableCell([Run.Bold(o.Action.Id + " "), new Run(Text(o.Action.Label))]),
                    Text(o.Action.Owner),
                    ShortDate(o.Action.Due),
                    StatusText(o.Action.Status),
                    new TableCell([Run.Bold($"{FrenchFormat.Count(o.DaysLate)} jour{(o.DaysLate > 1 ? "s" : "")}")]),
                ])]);
        }

        var horizon = asOf.AddMonths(ActionPlanReview.DueSoonMonths);
        yield return new Heading(2, $"Échéances des {FrenchFormat.Count(ActionPlanReview.DueSoonMonths)} prochains mois");
        var soon = ActionPlanReview.DueSoon(plan, asOf);
        if (soon.Count == 0)
        {
            yield return Para($"Aucune action ouverte n’arrive à échéance d’ici le {FrenchFormat.Date(horizon)}.");
        }
        else
        {
            yield return Para($"Actions ouvertes dont l’échéance tombe entre le {date} et le {FrenchFormat.Date(horizon)} :");
            yield return new Table(
                [new TableColumn("Action", 2.6f), new TableColumn("Pilote", 1.5f), new TableColumn("Échéance", 0.9f), new TableColumn("Statut", 0.8f)],
                [.. soon.Select(a => (IReadOnlyList<TableCell>)
                [
                    new TableCell([Run.Bold(a.Id + " "), new Run(Text(a.Label))]),
                    Text(a.Owner),
                    ShortDate(a.Due),
                    StatusText(a.Status),
                ])]);
        }
    }

    private static IEnumerable<Block> TrendBlocks(SurveyResults results)
    {
        if (results.Trends is not { PreviousWave: { } previous } trends)
        {
            yield return Para($"Une seule vague d’enquête est analysée ({ActionPlanReview.CurrentWave(results)}) : aucune tendance n’est mesurable. Les tendances figureront dans la revue qui suivra la prochaine vague.");
            yield break;
        }

        var catalog = results.Project.Catalog;
        string Item(IndicatorTrend t) =>
            Text(catalog.Indicator(t.IndicatorId).Label) + (t.ChangePoints is { } p ? $" ({ArticleModelFactory.SignedPoints(p)})" : "");
        string ScoreItem(ScoreTrend t) =>
            Text(catalog.Indicator(t.IndicatorId).Label) + (t.Change is { } c ? $" ({TrendSections.ScoreChange(catalog.Indicator(t.IndicatorId), c)})" : "");
        var test = trends.Scores.Count > 0
            ? "comparaison de deux proportions, ou test t de Welch pour une note, sur les bases effectives"
            : "comparaison de deux proportions sur les bases effectives";
        yield return Para($"De la vague {previous} à la vague {trends.CurrentWave}, chaque indicateur publié dans les deux vagues est testé ({test}, correction {CorrectionText(trends.Correction)} pour tests multiples) :");
        var groups = new (string Title, TrendDirection Direction)[]
        {
            ("En hausse significative", TrendDirection.Up),
            ("En baisse significative", TrendDirection.Down),
            ("Stables", TrendDirection.Stable),
            ("Non testés", TrendDirection.NotTested),
        };
        yield return new ListBlock([.. groups
            .Select(g => (g.Title, Items: trends.Indicators.Where(t => t.Direction == g.Direction).Select(Item)
                .Concat(trends.Scores.Where(t => t.Direction == g.Direction).Select(ScoreItem)).ToList()))
            .Where(g => g.Items.Count > 0)
            .Select(g => (IReadOnlyList<Run>)[Run.Bold(Fr($"{g.Title} ({g.Items.Count}) : ")), new Run(string.Join(", ", g.Items) + ".")])]);
    }

    private static string CorrectionText(MultipleTestingCorrection correction) =>
        correction == MultipleTestingCorrection.Holm ? "de Holm" : "de Benjamini–Hochberg";

    private static string Count(IEnumerable<PlannedAction> actions, ActionStatus status) => FrenchFormat.Count(actions.Count(a => a.Status == status));

    private static string Actions(int count) => $"{FrenchFormat.Count(count)} {Plural("action", count)}";

    /// <summary>A French word agreeing with a count: "réalisée" for 1, "réalisées" for 2; "en cours" is invariable.</summary>
    private static string Plural(string word, int count) => count > 1 && !word.EndsWith('s') ? word + "s" : word;

    /// <summary>The statuses in the order a review reads them: done first.</summary>
    private static readonly ActionStatus[] StatusOrder = [ActionStatus.Done, ActionStatus.InProgress, ActionStatus.Planned, ActionStatus.Cancelled];

    private static string ShortDate(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string FileName(string path) => path.Split('/')[^1];

    private static string Text(string value) => FrenchFormat.Typography(value);

    /// <summary>The no-break spaces of French punctuation in the sentences written here.</summary>
    private static string Fr(string text) => FrenchFormat.FixSpacing(text);

    private static Paragraph Para(string text) => new(new Run(Fr(text)));
}
