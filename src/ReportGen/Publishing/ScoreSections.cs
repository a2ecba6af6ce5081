using ReportGen.Analysis;
using ReportGen.Analysis.Scores;
using ReportGen.Definitions;
using ReportGen.Documents;

namespace ReportGen.Publishing;

/// <summary>
/// The evidence pack's score indicators (a mean out of 10, or of any declared scale) and net scores (recommendation):
/// their results tables beside the distribution charts, the rows of the method, the mirror gaps of the scores and the
/// formulas of the annex. Each part is empty when the project has no such indicator, so a project of shares reads as
/// before. Every figure is the analysis's, formatted here only.
/// </summary>
public static class ScoreSections
{
    /// <summary>The anchor of the scores' results, for links.</summary>
    public const string Anchor = "notes";

    /// <summary>
    /// The results of the scores and net scores: one table of the figures against their targets (the result, its
    /// t interval, standard error, bases and status), one of the shares behind them (the share at or above a score's
    /// threshold with its Wilson interval; a net score's promoters, passives and detractors, with its cut-offs), then
    /// the distribution figures. Nothing when there is none.
    /// </summary>
    public static IEnumerable<Block> Results(SurveyResults results, IReadOnlyList<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(figures);
        var scores = results.Scores;
        if (scores.IsEmpty)
        {
            yield break;
        }

        var project = results.Project;
        var catalog = project.Catalog;
        var confidence = FrenchFormat.Percent(project.Thresholds.ConfidenceLevel, 0);
        yield return new Heading(2, Title(scores), Anchor);
        yield return Para(string.Concat(
            scores.Scores.Count > 0 ? "Une note est la moyenne pondérée des notes données parmi les réponses exprimées. " : "",
            scores.NetScores.Count > 0 ? "Un score de recommandation (score net) est le pourcentage de promoteurs moins celui de détracteurs, en points de −100 à +100 ; c’est la moyenne pondérée, × 100, de d = 1[promoteur] − 1[détracteur]. " : "",
            $"L’erreur type est calculée par linéarisation et l’intervalle de confiance à {confidence} est celui de la loi de Student à n_eff − 1 degrés de liberté (base effective de Kish). ",
            "Le statut compare cet intervalle à la cible, comme pour les pourcentages."));
        yield return new Table(
            [
                new TableColumn("Indicateur", 1.7f),
                new TableColumn("Résultat", 0.75f, ParagraphAlignment.Right),
                new TableColumn($"IC à {confidence} (t)", 1.05f, ParagraphAlignment.Right),
                new TableColumn("Erreur type", 0.7f, ParagraphAlignment.Right),
                new TableColumn("Base", 0.6f, ParagraphAlignment.Right),
                new TableColumn("Base eff.", 0.6f, ParagraphAlignment.Right),
                new TableColumn("Exclues / vides", 0.75f, ParagraphAlignment.Right),
                new TableColumn("Cible", 0.6f, ParagraphAlignment.Right),
                new TableColumn("Statut", 1.4f),
            ],
            [.. scores.Scores.Select(s => ScoreRow(catalog, s)).Concat(scores.NetScores.Select(n => NetRow(catalog, n)))]);
        var shares = ShareRows(catalog, scores).ToList();
        if (shares.Count > 0)
        {
            yield return new Table(
                [
                    new TableColumn("Indicateur", 1.7f),
                    new TableColumn("Réponses", 2.2f),
                    new TableColumn("Part", 0.8f, ParagraphAlignment.Right),
                    new TableColumn($"IC à {confidence} (Wilson)", 1.3f, ParagraphAlignment.Right),
                ],
                shares);
        }

        yield return Para(
                "Résultat : note moyenne, ou score net en points. Erreur type : en unités de la note, ou en points de score net. Base : réponses exprimées ; base eff. : base effective de Kish ; " +
                "exclues / vides : réponses exclues de la base (« ne sait pas »…) et non-réponses. " +
                $"(base faible) : base effective inférieure à {project.Thresholds.LowBase}, résultat fragile ; non publié : moins de {project.Thresholds.SuppressBelow} réponses. " +
                "Part : part pondérée des réponses exprimées ; l’intervalle de Wilson, sur la base effective, n’est donné que pour la part au seuil demandée par le projet.",
            DocumentTheme.Small);
        foreach (var figure in figures)
        {
            yield return figure;
        }
    }

    private static IReadOnlyList<TableCell> ScoreRow(IndicatorCatalog catalog, ScoreEstimate s)
    {
        var indicator = catalog.Indicator(s.IndicatorId);
        var range = RangeOf(catalog, indicator);
        return
        [
            Text(indicator.Label) + (s.LowBase && !s.Suppressed ? " (base faible)" : ""),
            s.Mean is { } mean ? FrenchFormat.Score(mean, range) : "non publié",
            s.Interval is { } i ? ScoreInterval(i) : TrendSections.NotPublished,
            s.StandardError is { } se ? FrenchFormat.Number(se, 3) : TrendSections.NotPublished,
            FrenchFormat.Count(s.ValidBase),
            FrenchFormat.Number(s.EffectiveBase, 0),
            $"{FrenchFormat.Count(s.ExcludedAnswers)} / {FrenchFormat.Count(s.BlankAnswers)}",
            indicator.Target is { } t ? FrenchFormat.Score(t, range) : TrendSections.NotPublished,
            s.Suppressed ? "base insuffisante" : StatusText.Of(Status(s.Interval, indicator.Target)),
        ];
    }

    private static IReadOnlyList<TableCell> NetRow(IndicatorCatalog catalog, NetScoreEstimate n)
    {
        var indicator = catalog.Indicator(n.IndicatorId);
        return
        [
            Text(indicator.Label) + (n.LowBase && !n.Suppressed ? " (base faible)" : ""),
            n.Score is { } score ? FrenchFormat.NetScore(score) : "non publié",
            n.Interval is { } i ? NetInterval(i) : TrendSections.NotPublished,
            n.StandardError is { } se ? FrenchFormat.Number(se, 2) : TrendSections.NotPublished,
            FrenchFormat.Count(n.ValidBase),
            FrenchFormat.Number(n.EffectiveBase, 0),
            $"{FrenchFormat.Count(n.ExcludedAnswers)} / {FrenchFormat.Count(n.BlankAnswers)}",
            indicator.Target is { } t ? FrenchFormat.NetScore(t) : TrendSections.NotPublished,
            n.Suppressed ? "base insuffisante" : StatusText.Of(Status(n.Interval, indicator.Target)),
        ];
    }

    /// <summary>
    /// The shares behind the scores: a score's share at or above its threshold (when the project asks for it) with its
    /// Wilson interval, a net score's promoters, passives and detractors with the indicator's cut-offs.
    /// </summary>
    private static IEnumerable<IReadOnlyList<TableCell>> ShareRows(IndicatorCatalog catalog, ScoreResults scores)
    {
        string Share(double? value) => value is { } v ? FrenchFormat.Percent(v) : TrendSections.NotPublished;
        foreach (var s in scores.Scores.Where(s => s.ShareFrom is not null))
        {
            var indicator = catalog.Indicator(s.IndicatorId);
            yield return
            [
                Text(indicator.Label),
                $"notes de {Span(s.ShareFrom!.Value, s.Maximum)}",
                Share(s.ShareAtOrAbove),
                s.ShareInterval is { } i ? EvidencePack.IntervalText(i) : TrendSections.NotPublished,
            ];
        }

        foreach (var n in scores.NetScores)
        {
            var indicator = catalog.Indicator(n.IndicatorId);
            var range = RangeOf(catalog, indicator);
            var cutOffs = CutOffs(indicator);
            yield return [Text(indicator.Label), Fr($"promoteurs : notes de {Span(cutOffs.PromotersFrom, range.Max)}"), Share(n.Promoters), ""];
            yield return ["", cutOffs.DetractorsTo + 1 < cutOffs.PromotersFrom ? Fr($"passifs : notes de {Span(cutOffs.DetractorsTo + 1, cutOffs.PromotersFrom - 1)}") : Fr("passifs : aucune note"), Share(n.Passives), ""];
            yield return ["", Fr($"détracteurs : notes de {Span(range.Min, cutOffs.DetractorsTo)}"), Share(n.Detractors), ""];
        }
    }


    /// <summary>The lines the results' conclusions add for the scores and net scores and for the benchmarks: none for a project of shares.</summary>
    internal static IEnumerable<IReadOnlyList<Run>> Conclusions(SurveyResults results)
    {
        var catalog = results.Project.Catalog;
        string Name(string id) => Text(catalog.Indicator(id).Label).ToLowerInvariant();
        string Reading(string id, string? value, Interval? interval, double? target) =>
            value is null ? $"{Name(id)} (non publié, base insuffisante)"
                : Status(interval, target) is var status and not TargetStatus.NoTarget ? $"{Name(id)} {value} ({StatusText.Of(status)})"
                : $"{Name(id)} {value}";
        var items = results.Scores.Scores
            .Select(s => Reading(s.IndicatorId, s.Mean is { } m ? FrenchFormat.Score(m, RangeOf(catalog, catalog.Indicator(s.IndicatorId))) : null, s.Interval, catalog.Indicator(s.IndicatorId).Target))
            .Concat(results.Scores.NetScores.Select(n => Reading(n.IndicatorId, n.Score is { } v ? FrenchFormat.NetScore(v) : null, n.Interval, catalog.Indicator(n.IndicatorId).Target)))
            .ToList();
        if (items.Count > 0)
        {
            yield return [Run.Bold(Fr($"{Title(results.Scores)} : ")), new Run(Fr(string.Join(", ", items) + " — voir ")), new Run(Fr($"« {Title(results.Scores)} »"), null, "#" + Anchor), new Run(".")];
        }

        if (results.Benchmarks.Count > 0)
        {
            var parts = new[] { BenchmarkVerdict.Above, BenchmarkVerdict.InLine, BenchmarkVerdict.Below, BenchmarkVerdict.Unavailable }
                .Select(v => (Verdict: v, Names: results.Benchmarks.Where(b => b.Comparison.Verdict == v).Select(b => Name(b.Definition.IndicatorId)).Distinct(StringComparer.Ordinal).ToList()))
                .Where(p => p.Names.Count > 0)
                .Select(p => $"{BenchmarkSection.VerdictText(p.Verdict)} pour {FrenchFormat.List(p.Names)}");
            yield return [Run.Bold(Fr($"Valeurs de référence ({results.Benchmarks.Count}) : ")), new Run(Fr(string.Join(" ; ", parts) + " — voir ")),
                new Run(Fr("« Comparaison avec les valeurs de référence »"), null, "#" + BenchmarkSection.Anchor), new Run(".")];
        }
    }

    /// <summary>
    /// The rows of the method table for the scores and the net scores of the project (none when it has none): how each
    /// is computed, naming each indicator's own threshold and cut-offs.
    /// </summary>
    public static IEnumerable<(string Name, string Description)> MethodRows(ProjectDefinition project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var catalog = project.Catalog;
        var scores = catalog.Indicators.Where(i => i.Kind == IndicatorKind.Score).ToList();
        var nets = catalog.Indicators.Where(i => i.Kind == IndicatorKind.Net).ToList();
        var confidence = FrenchFormat.Percent(project.Thresholds.ConfidenceLevel, 0);
        if (scores.Count > 0)
        {
            var thresholds = scores.Where(i => i.Threshold is not null)
                .Select(i => $"pour « {Text(i.Label)} », part des notes de {i.Threshold} ou plus, avec son intervalle de Wilson sur la base effective")
                .ToList();
            yield return ("Note moyenne", Fr(
                $"Moyenne pondérée des notes ({string.Join(" ; ", scores.Select(i => $"« {Text(i.Label)} » de {RangeOf(catalog, i).Min} à {RangeOf(catalog, i).Max}"))}) parmi les réponses exprimées ; " +
                $"erreur type par linéarisation (série de Taylor) ; intervalle de confiance à {confidence} de la loi de Student à n_eff − 1 degrés de liberté, borné à l’échelle" +
                (thresholds.Count > 0 ? " ; " + string.Join(" ; ", thresholds) : "") + "."));
        }

        if (nets.Count > 0)
        {
            yield return ("Score de recommandation", Fr(
                string.Join(" ; ", nets.Select(i => $"« {Text(i.Label)} » : % de promoteurs ({CutOffs(i).PromotersFrom} ou plus) − % de détracteurs ({CutOffs(i).DetractorsTo} ou moins), en points")) +
                $". Variance : celle de la moyenne pondérée de d = 1[promoteur] − 1[détracteur], par linéarisation ; intervalle de confiance à {confidence} de la loi de Student à n_eff − 1 degrés de liberté, borné à [−100 ; +100]."));
        }
    }

    /// <summary>
    /// The mirror gaps of the scores staff answered (and of those they were not asked), after the shares' gaps: the same
    /// reading, tested by Welch's t-test. Nothing when the project has no score indicator.
    /// </summary>
    public static IEnumerable<Block> MirrorGaps(SurveyResults results, MirrorResults mirror)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(mirror);
        var project = results.Project;
        var catalog = project.Catalog;
        var tenants = results.Scores.Scores;
        if (tenants.Count == 0)
        {
            yield break;
        }

        var definition = project.Mirror!;
        var confidence = FrenchFormat.Percent(project.Thresholds.ConfidenceLevel, 0);
        var thresholds = mirror.ScoreGaps.Select(g => g.Threshold).Distinct().ToList();
        yield return new Heading(3, "Notes : collaborateurs et locataires");
        yield return Para(
            "Pour chaque note, l’écart (note moyenne des collaborateurs moins celle des locataires, en points de note) est testé par le test t de Welch sur les bases effectives des deux enquêtes, " +
            $"au niveau de confiance de {confidence}. " +
            (thresholds.Count == 1
                ? $"Un écart inférieur à {FrenchFormat.Number(thresholds[0], 1)} point de note ({FrenchFormat.Number(definition.ConvergencePoints, 0)} % de l’étendue de l’échelle), ou non significatif, est une convergence."
                : $"Un écart inférieur à {FrenchFormat.Number(definition.ConvergencePoints, 0)} % de l’étendue de l’échelle, ou non significatif, est une convergence."));
        yield return new Table(
            [
                new TableColumn("Indicateur", 2f),
                new TableColumn("Locataires", 0.9f, ParagraphAlignment.Right),
                new TableColumn("Collaborateurs", 1.2f, ParagraphAlignment.Right),
                new TableColumn("Écart", 0.7f, ParagraphAlignment.Right),
                new TableColumn("t", 0.6f, ParagraphAlignment.Right),
                new TableColumn("ddl", 0.6f, ParagraphAlignment.Right),
                new TableColumn("p", 0.65f, ParagraphAlignment.Right),
                new TableColumn("Lecture", 1.8f),
            ],
            [.. tenants.Select(t =>
            {
                var indicator = catalog.Indicator(t.IndicatorId);
                var range = RangeOf(catalog, indicator);
                var gap = mirror.ScoreGaps.FirstOrDefault(g => g.IndicatorId == t.IndicatorId);
                var reading = gap is { Class: MirrorGapClass.StaffOverestimate or MirrorGapClass.StaffUnderestimate } ? Run.Bold(MirrorText.Of(gap.Class))
                    : new Run(mirror.NotAsked.Contains(t.IndicatorId) ? "question non posée aux collaborateurs"
                        : mirror.WithheldItems.Contains(t.IndicatorId) ? $"non publié : moins de {definition.MinGroup} collaborateurs ont répondu"
                        : gap is null ? MirrorText.Of(MirrorGapClass.Unavailable) : MirrorText.Of(gap.Class));
                return (IReadOnlyList<TableCell>)
                [
                    Text(indicator.Label),
                    gap?.TenantMean is { } tm ? FrenchFormat.Score(tm, range) : t.Mean is { } own ? FrenchFormat.Score(own, range) : TrendSections.NotPublished,
                    gap?.StaffMean is { } sm ? FrenchFormat.Score(sm, range) : TrendSections.NotPublished,
                    gap?.Gap is { } g ? ScoreChange(g) : TrendSections.NotPublished,
                    gap?.T is { } tt ? FrenchFormat.Number(tt, 2) : TrendSections.NotPublished,
                    gap?.DegreesOfFreedom is { } df ? FrenchFormat.Number(df, 1) : TrendSections.NotPublished,
                    gap?.PValue is { } p ? EvidencePack.PValue(p) : TrendSections.NotPublished,
                    new TableCell([reading]),
                ];
            })]);
    }

    /// <summary>The annex's formulas of the scores, net scores and benchmark tests the project has; nothing for a project of shares.</summary>
    public static IEnumerable<Block> Annex(SurveyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var project = results.Project;
        var kinds = project.Catalog.Indicators.Select(i => i.Kind).ToHashSet();
        if (kinds.Contains(IndicatorKind.Score) || kinds.Contains(IndicatorKind.Net))
        {
            yield return new Heading(2, "Note moyenne et score de recommandation");
            yield return Para(
                "Note moyenne : ȳ = Σ wᵢ yᵢ / Σ wᵢ sur les réponses exprimées. Variance par linéarisation (Wolter, 2007, §\u00A06.11 ; Lumley, 2010, §\u00A02.2, comme « svymean » du paquet R survey) : " +
                "V(ȳ) = n/(n − 1) · Σ wᵢ² (yᵢ − ȳ)² / (Σ wᵢ)², erreur type = √V. Intervalle : ȳ ± t · erreur type, où t est le quantile de la loi de Student à n_eff − 1 degrés de liberté, " +
                "borné à l’échelle. Score de recommandation (Reichheld, 2003) : 100 · (P − D), la moyenne pondérée × 100 de dᵢ = 1 pour un promoteur, −1 pour un détracteur, 0 sinon ; " +
                "même variance appliquée à dᵢ, même intervalle, borné à [−100 ; +100].");
        }

        if (results.Trends is { Scores.Count: > 0 })
        {
            yield return new Heading(2, "Évolution d’une note entre vagues");
            yield return Para(
                "Test t de Welch (1947) : t = (ȳ₁ − ȳ₂) / √(ET₁² + ET₂²), à ν = (ET₁² + ET₂²)² / (ET₁⁴/ν₁ + ET₂⁴/ν₂) degrés de liberté (Satterthwaite, 1946), νₖ = n_eff,ₖ − 1 ; " +
                "p bilatérale, corrigée avec celles des pourcentages dans une même famille de tests.");
        }

        if (results.Benchmarks.Count > 0)
        {
            yield return new Heading(2, "Comparaison avec les valeurs de référence");
            yield return Para(
                "Pourcentage, valeur de référence fixe : z = (p − r) / √(r(1 − r)/n_eff), le test que l’intervalle de Wilson inverse. Pourcentage, référence avec sa base n_r : test z de deux proportions " +
                "sur n_eff et n_r, comme entre vagues. Note ou score net, valeur fixe : t = (ȳ − r) / ET à n_eff − 1 degrés de liberté. Note ou score net, référence avec sa base : test t de Welch, " +
                "l’erreur type de la référence étant s/√n_r, avec s l’écart type publié ou, à défaut, celui de l’Office (ET · √n_eff), et ν_r = n_r − 1. " +
                $"Verdict « supérieur » ou « inférieur » si p < {FrenchFormat.Percent(1 - project.Thresholds.ConfidenceLevel, 0)}, « dans la moyenne » sinon.");
        }
    }

    /// <summary>An interval of a mean as the tables write it: "7,62 – 7,98".</summary>
    internal static string ScoreInterval(Interval interval) => $"{FrenchFormat.Number(interval.Lower, 2)} – {FrenchFormat.Number(interval.Upper, 2)}";

    /// <summary>An interval of a net score, both bounds signed: "+8,3 à +15,7".</summary>
    internal static string NetInterval(Interval interval) => $"{FrenchFormat.WithSign(interval.Lower, 1)} à {FrenchFormat.WithSign(interval.Upper, 1)}";

    /// <summary>A change or gap of a mean, in the score's units, signed: "+0,12".</summary>
    internal static string ScoreChange(double change) => FrenchFormat.WithSign(change, 2);

    /// <summary>A score or net score against its target, judged on the interval as the shares are (<see cref="IndicatorAnalysis"/>).</summary>
    internal static TargetStatus Status(Interval? interval, double? target) =>
        interval is not { } i || target is not { } t ? TargetStatus.NoTarget
            : i.Lower >= t ? TargetStatus.Met
            : i.Upper < t ? TargetStatus.Below
            : TargetStatus.NotSignificantlyDifferent;

    /// <summary>The numeric range of a score or net-score indicator's scale.</summary>
    internal static NumericRange RangeOf(IndicatorCatalog catalog, IndicatorDefinition indicator) =>
        catalog.Scale(indicator.ScaleId).Range ?? throw new InvalidOperationException($"the indicator '{indicator.Id}' has no numeric scale.");

    /// <summary>The heading of the results: "Notes et recommandation", or the one kind the project has.</summary>
    private static string Title(ScoreResults scores) =>
        scores.Scores.Count > 0 && scores.NetScores.Count > 0 ? "Notes et recommandation" : scores.Scores.Count > 0 ? "Notes" : "Recommandation (score net)";

    /// <summary>A run of scores in words: "9 à 10", or "10" alone.</summary>
    private static string Span(int from, int to) => from == to ? $"{from}" : $"{from} à {to}";

    private static NetCutOffs CutOffs(IndicatorDefinition indicator) => indicator.CutOffs ?? NetCutOffs.Default;

    private static string Text(string value) => FrenchFormat.Typography(value);

    /// <summary>The no-break spaces of French punctuation in a text written here.</summary>
    private static string Fr(string text) => FrenchFormat.FixSpacing(text);

    /// <summary>A paragraph of text written here, with the no-break spaces of French punctuation.</summary>
    private static Paragraph Para(string text, TextStyle? style = null) => new([new Run(FrenchFormat.FixSpacing(text))], style);
}
