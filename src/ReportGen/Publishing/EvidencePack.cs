using System.Globalization;
using ReportGen.Analysis;
using ReportGen.Definitions;
using ReportGen.Documents;

namespace ReportGen.Publishing;

/// <summary>
/// The Quali’Hlm / ISO 9001 evidence pack: document control, method (§9.1.2), results (§9.1.3), the
/// cross-reference of requirements to the sections that evidence them, traceability (§7.5) and the
/// statistical annex. Every figure comes from <see cref="SurveyResults"/>; every input is listed with its
/// SHA-256 so that an auditor can check the figures came from those files.
/// </summary>
public static class EvidencePack
{
    /// <summary>An input file as the traceability section lists it.</summary>
    public sealed record TracedFile(string Path, string Role, long Bytes, string Sha256);

    private const string Method = "methode";
    private const string Results = "resultats";
    private const string Matrix = "matrice";
    private const string Analysis = "analyse";
    private const string MirrorAnchor = "miroir";
    private const string PrioritiesAnchor = "priorites";
    private const string VerbatimsAnchor = "verbatims";
    private const string Corrective = "actions-correctives";
    private const string Traceability = "tracabilite";
    private const string Annex = "annexe";

    /// <summary>The charts of the analysis sections, when there is something to draw.</summary>
    public sealed record AnalysisCharts(Figure? Mirror, Figure? Priorities, Figure? Irritants)
    {
        /// <summary>The trends across waves, when there are at least two.</summary>
        public Figure? Trends { get; init; }

        /// <summary>The distribution of each score and net-score indicator (one figure each, indicator-file order), when the project has any.</summary>
        public IReadOnlyList<Figure> Scores { get; init; } = [];
    }

    public static IReadOnlyList<Block> Compose(SurveyResults results, IReadOnlyList<TracedFile> inputs, string generatorVersion, Figure? chart, AnalysisCharts? charts = null)
    {
        var project = results.Project;
        var blocks = new List<Block>();
        blocks.Add(new TitleBlock(
            $"Dossier de preuves — {Text(project.Survey)} {Text(project.Period.Label)}" + (results.Scope is { } scope ? $" — {Text(scope.Value)}" : ""),
            $"Mesure de la satisfaction des locataires · Quali’Hlm et ISO\u00A09001",
            $"{Text(project.Organisation)} · {FrenchFormat.Date(project.PublicationDate)} · version {project.Control.Version}"));
        blocks.AddRange(DocumentControlSection(project, generatorVersion));
        blocks.Add(new Heading(1, "Sommaire", "sommaire", Plain: true));
        blocks.Add(new TableOfContents());
        blocks.Add(new PageBreak());
        blocks.AddRange(MethodSection(results));
        blocks.AddRange(ResultsSection(results, chart, charts?.Scores ?? []));
        blocks.AddRange(TrendSections.Trends(results, charts?.Trends));
        blocks.AddRange(SegmentSections.Section(results));
        blocks.AddRange(AnalysisSection(results, charts ?? new AnalysisCharts(null, null, null)));
        blocks.AddRange(CorrectiveSection(results));
        blocks.AddRange(ActionPlanSections.Compose(results));
        blocks.AddRange(MatrixSection(results));
        blocks.AddRange(TraceabilitySection(results, inputs, generatorVersion));
        blocks.AddRange(AnnexSection(results));
        return blocks;
    }

    private static IEnumerable<Block> DocumentControlSection(ProjectDefinition project, string generatorVersion)
    {
        yield return new Heading(1, "Maîtrise documentaire", "maitrise");
        yield return new Paragraph(new Run("Dossier de preuves de la mesure de la satisfaction des locataires, établi pour les audits du label Quali’Hlm et de la certification ISO 9001. "),
            new Run("Toutes les valeurs de ce document sont calculées à partir des fichiers listés en section « Traçabilité », dont l’empreinte SHA-256 permet de vérifier l’intégrité."));
        yield return new Table(
            [new TableColumn("Élément", 1.1f), new TableColumn("Valeur", 2.9f)],
            [
                Row("Titre", $"Dossier de preuves — {Text(project.Survey)} {Text(project.Period.Label)}"),
                Row("Organisme", Text(project.Organisation)),
                Row("Référence", project.Reference ?? "—"),
                Row("Version", project.Control.Version),
                Row("Période", Text(project.Period.Label) + (project.Period.Wave is { } wave ? $" (vague {wave})" : "")),
                Row("Date de publication", FrenchFormat.Date(project.PublicationDate)),
                Row("Auteur", Text(project.Control.Author)),
                Row("Approbateur", project.Control.Approver is { } approver ? Text(approver) : "—"),
                Row("Généré par", $"ReportGen {generatorVersion}"),
            ],
            Zebra: true);
    }

    private static IEnumerable<Block> MethodSection(SurveyResults results)
    {
        var project = results.Project;
        var catalog = project.Catalog;
        var scales = catalog.Indicators.Select(i => catalog.Scale(i.ScaleId)).Distinct().ToList();
        var shareScales = catalog.Shares.Select(i => catalog.Scale(i.ScaleId)).Distinct().ToList();
        var excluded = scales.SelectMany(s => s.Excluded).Select(c => $"« {c.Label} »").Distinct(StringComparer.Ordinal);
        var confidence = FrenchFormat.Percent(project.Thresholds.ConfidenceLevel, 0);
        var survey = results.Survey;
        yield return new Heading(1, "Méthode de mesure (ISO\u00A09001 §\u00A09.1.2)", Method);
        yield return new Paragraph("La satisfaction des locataires est mesurée selon une méthode définie, appliquée comme prévu ; les éléments ci-dessous la décrivent.");
        yield return new Table(
            [new TableColumn("Élément", 1.1f), new TableColumn("Description", 2.9f)],
            [
                Row("Institut", project.Institute is { } institute ? Text(institute) : "—"),
                Row("Population", project.Population is { } population ? Text(population) : "—"),
                Row("Échantillon", $"{FrenchFormat.Count(survey.Respondents)} répondants" + (project.Sample.Description is { } d ? $" ; {Text(d)}" : "")),
                Row("Mode de recueil", project.Sample.Mode is { } mode ? Text(mode) : "—"),
                Row("Terrain", project.Sample.Fieldwork is { } fieldwork ? Text(fieldwork) : "—"),
                Row("Échelle", string.Join(" ; ", scales.Select(ScaleText))),
                Row("% de satisfaits", $"Part pondérée des réponses {string.Join(" ; ", shareScales.Select(s => s.SatisfiedDescription))} parmi les réponses exprimées."),
                .. ScoreSections.MethodRows(project).Select(r => Row(r.Name, r.Description)),
                Row("NSP et non-concernés", $"Les réponses {string.Join(", ", excluded)} et les non-réponses sont exclues de la base."),
                Row("Pondération", WeightingSection.Describe(results)),
                Row("Intervalle de confiance", $"Intervalle de Wilson à {confidence}, calculé sur la base effective" + (catalog.Scores.Count > 0 ? " ; pour une note ou un score net, intervalle de Student (ci-dessus)." : ".")),
                Row("Seuils de publication", $"Base effective < {project.Thresholds.LowBase} : résultat signalé fragile ; base < {project.Thresholds.SuppressBelow} : résultat non publié."),
            ]);
        foreach (var block in WeightingSection.Blocks(results))
        {
            yield return block;
        }
    }

    private static IEnumerable<Block> ResultsSection(SurveyResults results, Figure? chart, IReadOnlyList<Figure> scoreCharts)
    {
        var catalog = results.Project.Catalog;
        yield return new Heading(1, "Résultats (ISO\u00A09001 §\u00A09.1.3)", Results);
        yield return new Paragraph("Chaque indicateur est rapporté avec sa base, son intervalle de confiance et son statut au regard de l’objectif. Un objectif n’est dit atteint, ou non, que lorsque l’intervalle de confiance ne contient pas la cible.");
        yield return new Heading(2, "Indicateurs");
        yield return new Table(
            [
                new TableColumn("Indicateur", 2.5f),
                new TableColumn("Base", 0.7f, ParagraphAlignment.Right),
                new TableColumn("Base eff.", 0.75f, ParagraphAlignment.Right),
                new TableColumn("% satisf.", 0.8f, ParagraphAlignment.Right),
                new TableColumn("IC à 95 %", 1.35f, ParagraphAlignment.Right),
                new TableColumn("Cible", 0.6f, ParagraphAlignment.Right),
                new TableColumn("Statut", 1.6f),
            ],
            [.. results.Estimates.Select(e =>
            {
                var indicator = catalog.Indicator(e.IndicatorId);
                var label = Text(indicator.Label) + (e.LowBase && !e.Suppressed ? " (base faible)" : "");
                return (IReadOnlyList<TableCell>)
                [
                    label,
                    FrenchFormat.Count(e.ValidBase),
                    FrenchFormat.Number(e.EffectiveBase, 0),
                    e.Satisfied is { } p ? FrenchFormat.Percent(p) : "non publié",
                    e.Interval is { } i ? $"{FrenchFormat.Number(i.Lower * 100, 1)} – {FrenchFormat.Percent(i.Upper)}" : "—",
                    e.Target is { } t ? FrenchFormat.Percent(t, 0) : "—",
                    e.Suppressed ? "base insuffisante" : StatusText.Of(e.Status),
                ];
            })]);
        if (chart is not null)
        {
            yield return chart;
        }

        foreach (var block in ScoreSections.Results(results, scoreCharts).Concat(BenchmarkSection.Blocks(results)))
        {
            yield return block;
        }

        yield return new Heading(2, "Rattachement des indicateurs");
        yield return new Table(
            [new TableColumn("Indicateur", 2f), new TableColumn("Thème", 1.5f), new TableColumn("Engagement Quali’Hlm", 2.4f), new TableColumn("ISO 9001", 0.9f), new TableColumn("Axe du plan d’actions", 1.6f)],
            [.. catalog.Indicators.Select(i => (IReadOnlyList<TableCell>)
            [
                Text(i.Label),
                Text(catalog.Theme(i.ThemeId).Label),
                i.QualiHlmEngagement is { } q ? Text(q) : "—",
                i.IsoClauses.Count == 0 ? "—" : string.Join(", ", i.IsoClauses.Select(c => $"§\u00A0{c}")),
                i.ActionAxis is { } a ? Text(a) : "—",
            ])]);
        yield return new Heading(2, "Conclusions");
        yield return new ListBlock([.. Conclusions(results)]);
    }

    private static IEnumerable<IReadOnlyList<Run>> Conclusions(SurveyResults results)
    {
        var catalog = results.Project.Catalog;
        string Name(IndicatorEstimate e) => Text(catalog.Indicator(e.IndicatorId).Label).ToLowerInvariant();
        string List(IEnumerable<IndicatorEstimate> items) => string.Join(", ", items.Select(e => $"{Name(e)} ({FrenchFormat.Percent(e.Satisfied!.Value)})"));
        var published = results.Estimates.Where(e => !e.Suppressed).ToList();
        var met = published.Where(e => e.Status == TargetStatus.Met).ToList();
        var below = published.Where(e => e.Status == TargetStatus.Below).ToList();
        var unclear = published.Where(e => e.Status == TargetStatus.NotSignificantlyDifferent).ToList();
        if (met.Count > 0)
        {
            yield return [Run.Bold($"Objectif atteint ({met.Count}) : "), new Run(List(met) + ".")];
        }

        if (below.Count > 0)
        {
            yield return [Run.Bold($"Sous l’objectif ({below.Count}) : "), new Run(List(below) + " — points à traiter dans le plan d’actions (§\u00A010.2).")];
        }

        if (unclear.Count > 0)
        {
            yield return [Run.Bold($"Non significativement différent de l’objectif ({unclear.Count}) : "), new Run(List(unclear) + ".")];
        }

        if (published.Count > 0)
        {
            var lowest = published.MinBy(e => e.Satisfied!.Value)!;
            var highest = published.MaxBy(e => e.Satisfied!.Value)!;
            yield return [new Run($"Résultat le plus élevé : {Name(highest)} ({FrenchFormat.Percent(highest.Satisfied!.Value)}) ; le plus faible : {Name(lowest)} ({FrenchFormat.Percent(lowest.Satisfied!.Value)}).")];
        }

        var suppressed = results.Estimates.Count(e => e.Suppressed);
        if (suppressed > 0)
        {
            yield return [new Run($"{suppressed} indicateur(s) non publié(s) faute d’une base suffisante.")];
        }

        foreach (var line in ScoreSections.Conclusions(results))
        {
            yield return line;
        }

        yield return results.Trends is { Waves.Count: >= 2 }
            ? [new Run("Évolution par rapport à la vague précédente : "), new Run("voir « Évolution entre vagues »", null, "#" + TrendSections.Anchor), new Run(".")]
            : [new Run("Évolution par rapport à la vague précédente : non disponible dans cette version (une seule vague analysée).")];
    }

    private static IEnumerable<Block> AnalysisSection(SurveyResults results, AnalysisCharts charts)
    {
        if (results.Mirror is null && results.Priorities is null && results.Verbatims is null)
        {
            yield break;
        }

        var project = results.Project;
        var catalog = project.Catalog;
        string Label(string id) => Text(catalog.Indicator(id).Label);
        var confidence = FrenchFormat.Percent(project.Thresholds.ConfidenceLevel, 0);
        yield return new Heading(1, "Analyse (ISO\u00A09001 §\u00A09.1.3)", Analysis);
        if (results.Mirror is { Withheld: true })
        {
            // No staff figure of a group under min_group, the whole staff file included: the section says so instead.
            yield return new Heading(2, "Enquête miroir", MirrorAnchor);
            yield return new Paragraph(ArticleModelFactory.MirrorWithheld(project.Mirror!.MinGroup));
        }
        else if (results.Mirror is { } mirror)
        {
            var definition = project.Mirror!;
            yield return new Heading(2, "Enquête miroir", MirrorAnchor);
            yield return new Paragraph(
                $"{ArticleModelFactory.StaffCount(mirror.Staff.Respondents, definition.MinGroup)} collaborateurs ont répondu aux questions des locataires comme ils pensent que les locataires y répondraient" +
                (definition.Invited is { } invited ? $" (étaient invités : {Text(invited)}). " : ". ") +
                $"Pour chaque indicateur, l’écart (collaborateurs moins locataires, en points) est testé par un test de comparaison de deux proportions sur les bases effectives, au seuil de {confidence}. " +
                $"Un écart inférieur à {FrenchFormat.Number(definition.ConvergencePoints, 0)} points, ou non significatif, est une convergence ; au-delà, les collaborateurs surestiment ou sous-estiment la satisfaction des locataires.");
            yield return new Table(
                [
                    new TableColumn("Indicateur", 2.1f),
                    new TableColumn("Locataires", 0.95f, ParagraphAlignment.Right),
                    new TableColumn("Collaborateurs", 1.25f, ParagraphAlignment.Right),
                    new TableColumn("Écart", 0.85f, ParagraphAlignment.Right),
                    new TableColumn("p", 0.7f, ParagraphAlignment.Right),
                    new TableColumn("Lecture", 1.9f),
                ],
                [.. mirror.Gaps.Select(g => (IReadOnlyList<TableCell>)
                [
                    Label(g.IndicatorId),
                    g.TenantSatisfied is { } t ? FrenchFormat.Percent(t) : "—",
                    g.StaffSatisfied is { } s ? FrenchFormat.Percent(s) : "—",
                    g.GapPoints is { } p ? ArticleModelFactory.SignedPoints(p) : "—",
                    g.PValue is { } pv ? PValue(pv) : "—",
                    new TableCell([g.Class is MirrorGapClass.StaffOverestimate or MirrorGapClass.StaffUnderestimate ? Run.Bold(MirrorText.Of(g.Class))
                        : new Run(mirror.NotAsked.Contains(g.IndicatorId) ? "question non posée aux collaborateurs"
                            : mirror.WithheldItems.Contains(g.IndicatorId) ? $"non publié : moins de {definition.MinGroup} collaborateurs ont répondu" : MirrorText.Of(g.Class))]),
                ])]);
            if (charts.Mirror is not null)
            {
                yield return charts.Mirror;
            }

            foreach (var block in ScoreSections.MirrorGaps(results, mirror))
            {
                yield return block;
            }

            if (mirror.Groups.Count > 0)
            {
                yield return new Heading(3, "Répondants de l’enquête miroir par groupe");
                yield return new Paragraph($"Aucun groupe de moins de {definition.MinGroup} répondants n’est publié ; quand un groupe masqué pourrait être retrouvé par différence avec le total, un second groupe est masqué aussi.");
            }

            foreach (var group in mirror.Groups)
            {
                yield return new Table(
                    [new TableColumn(Text(Capitalised(Singular(group.Label))), 3f), new TableColumn("Répondants", 1f, ParagraphAlignment.Right)],
                    [
                        .. group.Table.Cells.Select(c => (IReadOnlyList<TableCell>)
                        [
                            group.Values[c.Index].Length == 0 ? "non renseigné" : Text(group.Values[c.Index]),
                            c.Shown ? FrenchFormat.Count(c.Count) : c.Reason == Suppression.Primary ? $"< {definition.MinGroup}" : "masqué",
                        ]),
                        [new TableCell([Run.Bold("Total")]), group.Table.TotalShown ? FrenchFormat.Count(group.Table.Total) : "masqué"],
                    ]);
            }
        }

        if (results.Verbatims is { } verbatims)
        {
            var tally = verbatims.Tally;
            yield return new Heading(2, "Commentaires libres (verbatims)", VerbatimsAnchor);
            yield return new Paragraph(
                $"{FrenchFormat.Count(tally.TenantComments)} commentaires de locataires et {FrenchFormat.Count(tally.StaffComments)} de collaborateurs ont été codés en thèmes par le jeu de règles « {project.Verbatims!.RulesDisplayPath.Split('/')[^1]} », version {tally.RuleSetVersion} : mots-clés rapprochés par leur racine (racinisation légère du français) et, pour les fautes d’orthographe, par leur prononciation, écritures SMS corrigées, mots-clés ambigus lus dans leur contexte, exclusions, portée des négations (« ne … pas », « pas de », « jamais »…), propositions séparées par « mais », « en revanche »…, lexique pondéré de plaintes et de satisfactions, plusieurs thèmes par commentaire, chacun avec la règle qui a décidé de sa polarité. " +
                "Un irritant est un thème classé par le nombre de commentaires négatifs de locataires qui le mentionnent ; les thèmes que les commentaires ne permettent pas de départager sont classés ex aequo (voir « Irritants et actions correctives »). " +
                $"La part d’un thème est celle des {FrenchFormat.Count(tally.TenantComments)} commentaires de locataires qui le mentionnent, avec son intervalle de confiance de Wilson à {FrenchFormat.Percent(project.Thresholds.ConfidenceLevel, 0)}. " +
                "Avant toute citation, les données personnelles sont masquées (courriels, téléphones, adresses, numéros de logement, noms, santé).");
            yield return new Table(
                [
                    new TableColumn("Thème", 2f),
                    new TableColumn("Locataires", 0.9f, ParagraphAlignment.Right),
                    new TableColumn("Part", 0.7f, ParagraphAlignment.Right),
                    new TableColumn($"IC à {FrenchFormat.Percent(project.Thresholds.ConfidenceLevel, 0)}", 1.2f, ParagraphAlignment.Right),
                    new TableColumn("dont négatifs", 0.9f, ParagraphAlignment.Right),
                    new TableColumn("Collaborateurs", 1.4f, ParagraphAlignment.Right),
                    new TableColumn("dont négatifs", 0.9f, ParagraphAlignment.Right),
                ],
                [.. tally.Themes.Select(t =>
                {
                    var tenants = tally.Count(t.Id, Verbatims.RespondentType.Tenant);
                    var staff = tally.Count(t.Id, Verbatims.RespondentType.Staff);
                    var share = tally.TenantComments == 0 ? (double?)null : (double)tenants.Mentions / tally.TenantComments;
                    var interval = share is { } p ? Proportions.Wilson(p, tally.TenantComments, Proportions.CriticalValue(project.Thresholds.ConfidenceLevel)) : (Interval?)null;
                    return (IReadOnlyList<TableCell>)
                    [
                        Text(t.Label),
                        FrenchFormat.Count(tenants.Mentions),
                        share is { } shown ? FrenchFormat.Percent(shown) : "—",
                        interval is { } i ? IntervalText(i) : "—",
                        FrenchFormat.Count(tenants.NegativeMentions),
                        FrenchFormat.Count(staff.Mentions),
                        FrenchFormat.Count(staff.NegativeMentions),
                    ];
                })]);
            if (charts.Irritants is not null)
            {
                yield return charts.Irritants;
            }

            foreach (var block in CodingReviewSection.Blocks(results))
            {
                yield return block;
            }
        }

        if (results.Priorities is { } priorities)
        {
            yield return new Heading(2, "Priorités : importance et performance", PrioritiesAnchor);
            yield return new Paragraph(
                "L’importance de chaque indicateur est dérivée : c’est sa corrélation (pondérée) avec la satisfaction globale, sur les répondants qui ont répondu aux deux. " +
                $"La matrice importance–performance (Martilla et James, 1977) place chaque indicateur selon cette importance et son pourcentage de satisfaits. Les axes sont placés à la moyenne des indicateurs : {FrenchFormat.Percent(priorities.PerformanceCrosshair)} de satisfaits et une importance de {FrenchFormat.Number(priorities.ImportanceCrosshair, 2)} ; les déplacer changerait les quadrants.");
            yield return new Table(
                [new TableColumn("Indicateur", 2.4f), new TableColumn("Importance", 0.9f, ParagraphAlignment.Right), new TableColumn("% satisf.", 0.9f, ParagraphAlignment.Right), new TableColumn("Quadrant", 2.2f)],
                [.. priorities.Items.Select(i => (IReadOnlyList<TableCell>)
                [
                    Label(i.IndicatorId),
                    FrenchFormat.Number(i.Importance, 2),
                    FrenchFormat.Percent(i.Performance),
                    new TableCell([i.Quadrant == PriorityQuadrant.ImprovementPriority ? Run.Bold(QuadrantText(i.Quadrant)) : new Run(QuadrantText(i.Quadrant))]),
                ])]);
            if (charts.Priorities is not null)
            {
                yield return charts.Priorities;
            }

            yield return new Heading(3, "Chantiers prioritaires");
            yield return new Paragraph($"Chaque chantier compte un point par type de signal : un indicateur dans le quadrant « priorité d’amélioration », une surestimation significative par les collaborateurs, un thème parmi les {priorities.TopIrritants} premiers irritants (de rang {priorities.TopIrritants} au plus, ex aequo compris : un rang partagé compte en entier). Les chantiers sont classés par points, puis par le rang de leur irritant le plus cité, puis par mentions négatives des locataires ; les {priorities.TopIrritants} premiers sont retenus.");
            yield return new Table(
                [new TableColumn("Rang", 0.5f, ParagraphAlignment.Right), new TableColumn("Chantier", 1.9f), new TableColumn("Signaux", 3.2f), new TableColumn("Points", 0.6f, ParagraphAlignment.Right), new TableColumn("Retenu", 0.7f)],
                [.. priorities.Workstreams.Select(w => (IReadOnlyList<TableCell>)
                [
                    w.Rank.ToString(CultureInfo.InvariantCulture),
                    new TableCell([w.Selected ? Run.Bold(Text(w.Workstream.Label)) : new Run(Text(w.Workstream.Label))]),
                    Signals(w, Label),
                    w.Score.ToString(CultureInfo.InvariantCulture),
                    FrenchFormat.YesNo(w.Selected),
                ])]);
        }
    }

    /// <summary>ISO 9001 § 10.2: each irritant traced to the work-stream that acts on it.</summary>
    private static IEnumerable<Block> CorrectiveSection(SurveyResults results)
    {
        if (results.Verbatims is not { } verbatims)
        {
            yield break;
        }

        var workstreams = results.Priorities?.Workstreams ?? [];
        yield return new Heading(1, "Irritants et actions correctives (ISO\u00A09001 §\u00A010.2)", Corrective);
        yield return new Paragraph("Chaque irritant est rattaché au chantier qui le traite ; les actions correctives détaillées, leurs pilotes et leurs échéances relèvent du plan d’actions, et leur efficacité sera vérifiée à la vague suivante.");
        var confidence = FrenchFormat.Percent(results.Project.Thresholds.ConfidenceLevel, 0);
        yield return new Table(
            [
                new TableColumn("Rang", 0.9f, ParagraphAlignment.Right),
                new TableColumn("Irritant", 1.8f),
                new TableColumn("Commentaires négatifs", 1.5f, ParagraphAlignment.Right),
                new TableColumn("Part", 0.7f, ParagraphAlignment.Right),
                new TableColumn($"IC à {confidence}", 1.2f, ParagraphAlignment.Right),
                new TableColumn("Chantier correctif", 2f),
            ],
            [.. verbatims.Irritants.Select(i =>
            {
                var stream = workstreams.FirstOrDefault(w => w.Workstream.Themes.Contains(i.ThemeId));
                var action = stream is null ? "aucun chantier défini — à rattacher" : $"{Text(stream.Workstream.Label)}{(stream.Selected ? " (prioritaire)" : "")}";
                return (IReadOnlyList<TableCell>)
                [
                    RankText(i),
                    Text(i.Label),
                    FrenchFormat.Count(i.NegativeMentions),
                    FrenchFormat.Percent(i.Share),
                    IntervalText(i.ShareInterval),
                    new TableCell([stream?.Selected == true ? Run.Bold(action) : new Run(action)]),
                ];
            })]);
        yield return new Paragraph(IrritantMethod(verbatims.Tally.TenantComments, results.Project.Thresholds.ConfidenceLevel));
    }

    /// <summary>A rank as the irritant table writes it: "1", or, when the theme shares it, the French ordinal: "1er ex aequo", "3e ex aequo".</summary>
    internal static string RankText(Verbatims.Irritant irritant) =>
        irritant.Tied
            ? irritant.Rank.ToString(CultureInfo.InvariantCulture) + (irritant.Rank == 1 ? "er" : "e") + "\u00A0ex\u00A0aequo"
            : irritant.Rank.ToString(CultureInfo.InvariantCulture);

    /// <summary>An interval of a share as the tables write it: "26,0 – 34,2 %".</summary>
    internal static string IntervalText(Interval interval) => $"{FrenchFormat.Number(interval.Lower * 100, 1)} – {FrenchFormat.Percent(interval.Upper)}";

    /// <summary>How the irritants' shares, intervals and ranks are computed, and what they leave out (docs/analysis.md, "Irritants and their uncertainty").</summary>
    internal static string IrritantMethod(int tenantComments, double confidenceLevel)
    {
        var confidence = FrenchFormat.Percent(confidenceLevel, 0);
        var alpha = FrenchFormat.Percent(TwoProportionResult.Alpha(confidenceLevel), 0);
        return $"Méthode. La part d’un irritant rapporte les commentaires de locataires négatifs sur le thème aux {FrenchFormat.Count(tenantComments)} commentaires de locataires, sans pondération ; " +
            $"son intervalle de confiance à {confidence} est l’intervalle de score de Wilson. Un commentaire pouvant être négatif sur plusieurs thèmes, deux thèmes se comparent sur les mêmes commentaires : " +
            $"test exact de McNemar (loi binomiale des commentaires négatifs sur l’un des deux thèmes seulement), au seuil de {alpha}. En descendant le classement, un thème ouvre un nouveau rang " +
            "lorsqu’il est significativement moins cité que le premier thème du rang en cours ; sinon il partage ce rang, ex aequo. Ex aequo ne veut pas dire « autant cités » : " +
            "les commentaires ne permettent pas de départager ces thèmes. Intervalles et tests ne couvrent que l’aléa des commentaires recueillis, pas les erreurs du codage automatique, " +
            "que mesurent la qualité du codeur et, lorsqu’un échantillon a été relu, l’accord entre codage automatique et relecture.";
    }

    private static string Signals(WorkstreamPriority w, Func<string, string> label)
    {
        var parts = new List<string>();
        if (w.PriorityIndicators.Count > 0)
        {
            parts.Add($"priorité d’amélioration : {string.Join(", ", w.PriorityIndicators.Select(label))}");
        }

        if (w.MisreadIndicators.Count > 0)
        {
            parts.Add($"surestimé par les collaborateurs : {string.Join(", ", w.MisreadIndicators.Select(label))}");
        }

        if (w.IrritantThemes.Count > 0)
        {
            parts.Add($"irritant : {string.Join(", ", w.IrritantThemes)}");
        }

        return parts.Count == 0 ? "aucun" : string.Join(" ; ", parts);
    }

    internal static string QuadrantText(PriorityQuadrant quadrant) => quadrant switch
    {
        PriorityQuadrant.ImprovementPriority => "priorité d’amélioration",
        PriorityQuadrant.StrengthToMaintain => "point fort à maintenir",
        PriorityQuadrant.SecondaryPriority => "priorité secondaire",
        _ => "surqualité possible",
    };

    internal static string PValue(double p) => p < 0.001 ? "< 0,001" : FrenchFormat.Number(p, 3);

    private static string Singular(string label) => label.EndsWith('s') ? label[..^1] : label;

    private static string Capitalised(string label) => label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..];

    private static IEnumerable<Block> MatrixSection(SurveyResults results)
    {
        var project = results.Project;
        yield return new Heading(1, "Correspondance avec les exigences", Matrix);
        yield return new Paragraph("Chaque exigence est rattachée à la section qui en apporte la preuve. Les exigences qui relèvent d’analyses non encore produites par cette version sont signalées comme telles, et non omises.");
        var covered = "couvert";
        var notYet = "non encore couvert";
        var rows = new List<IReadOnlyList<TableCell>>
        {
            Row3("ISO\u00A09001 §\u00A07.5 — Informations documentées", Link("Maîtrise documentaire ; Traçabilité", Traceability), covered),
            Row3("ISO\u00A09001 §\u00A09.1.1 — Surveillance et mesure, résultats conservés", Link("Traçabilité (empreintes, manifeste)", Traceability), covered),
            Row3("ISO\u00A09001 §\u00A09.1.2 — Satisfaction du client", Link("Méthode de mesure", Method), covered),
            Row3("ISO\u00A09001 §\u00A09.1.3 — Analyse et évaluation", Link(project.Mirror is null && project.Catalog.Workstreams.Count == 0 ? "Résultats et conclusions" : "Résultats, conclusions et analyse (miroir, priorités)", project.Mirror is null && project.Catalog.Workstreams.Count == 0 ? Results : Analysis), covered),
            project.ActionPlan is not null
                ? Row3("ISO\u00A09001 §\u00A09.3.2 — Éléments d’entrée de la revue de direction", Link("Revue de direction : tendances, état des actions, retards, échéances", ActionPlanSections.ReviewAnchor), covered)
                : results.Trends is { Waves.Count: >= 2 }
                ? Row3("ISO\u00A09001 §\u00A09.3.2 — Éléments d’entrée de la revue de direction", Link("Évolution entre vagues (état des actions : à venir)", TrendSections.Anchor), "couvert en partie")
                : Row3("ISO\u00A09001 §\u00A09.3.2 — Éléments d’entrée de la revue de direction", new TableCell([new Run("Tendances entre vagues, état des actions : à venir")]), notYet),
            project.Verbatims is null
                ? Row3("ISO\u00A09001 §\u00A010.2 — Non-conformité et action corrective", new TableCell([new Run("Irritants et actions correctives : à venir")]), notYet)
                : Row3("ISO\u00A09001 §\u00A010.2 — Non-conformité et action corrective", project.ActionPlan is null ? Link("Irritants et actions correctives (plan d’actions détaillé : à venir)", Corrective)
                    : new TableCell([new Run("Irritants et actions correctives", null, "#" + Corrective), new Run(" ; "), new Run("irritants et actions du plan", null, "#" + ActionPlanSections.PlanAnchor)]), covered),
            project.ActionPlan is null
                ? Row3("ISO\u00A09001 §\u00A010.3 — Amélioration continue", new TableCell([new Run("Suivi du plan d’actions : à venir")]), notYet)
                : Row3("ISO\u00A09001 §\u00A010.3 — Amélioration continue", Link("Plan d’actions : constat, action, pilote, échéance, statut, effet", ActionPlanSections.PlanAnchor), covered),
        };
        foreach (var engagement in project.Catalog.Indicators.Select(i => i.QualiHlmEngagement).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var indicators = project.Catalog.Indicators.Where(i => i.QualiHlmEngagement == engagement).Select(i => Text(i.Label));
            rows.Add(Row3($"Quali’Hlm — {Text(engagement)}", Link($"Résultats : {string.Join(", ", indicators)}", Results), covered));
        }

        yield return new Table([new TableColumn("Exigence", 2.6f), new TableColumn("Preuve", 2.6f), new TableColumn("Couverture", 1f)], rows);
    }

    /// <summary>The sentence naming the machine-readable record of the figures, when the build writes it.</summary>
    private static string? MachineReadable(OutputsDefinition outputs)
    {
        var json = outputs.Writes("json");
        var xlsx = outputs.Writes("xlsx");
        return (json, xlsx) switch
        {
            (true, true) => $"L’enregistrement lisible par machine de cette mesure est le fichier results.json livré avec ce dossier : toutes les valeurs calculées, à pleine précision, décrites par le schéma JSON results.schema.json livré à côté (version {ReportGen.Publishing.Results.ResultsJson.SchemaVersion}) ; results.xlsx en donne les tableaux pour un tableur, les nombres stockés comme nombres.",
            (true, false) => $"L’enregistrement lisible par machine de cette mesure est le fichier results.json livré avec ce dossier : toutes les valeurs calculées, à pleine précision, décrites par le schéma JSON results.schema.json livré à côté (version {ReportGen.Publishing.Results.ResultsJson.SchemaVersion}).",
            (false, true) => "Le fichier results.xlsx livré avec ce dossier en donne les tableaux pour un tableur, les nombres stockés comme nombres.",
            _ => null,
        };
    }

    private static IEnumerable<Block> TraceabilitySection(SurveyResults results, IReadOnlyList<TracedFile> inputs, string generatorVersion)
    {
        var project = results.Project;
        var dialect = results.Survey.Dialect;
        yield return new Heading(1, "Traçabilité (ISO\u00A09001 §\u00A07.5)", Traceability);
        yield return new Paragraph("Les valeurs de ce dossier ont été calculées par ReportGen à partir des fichiers ci-dessous. Recalculer l’empreinte SHA-256 d’un fichier (par exemple avec « sha256sum ») et la comparer à celle indiquée prouve qu’il n’a pas changé ; le fichier manifest.json livré avec ce dossier donne aussi l’empreinte de chaque document produit.");
        if (MachineReadable(project.Outputs) is { } record)
        {
            yield return new Paragraph(record);
        }
        yield return new Table(
            // The SHA-256 column fits the 64 digits on one line, so that an auditor can copy them whole.
            [new TableColumn("Fichier", 1.4f), new TableColumn("Rôle", 0.95f), new TableColumn("Octets", 0.7f, ParagraphAlignment.Right), new TableColumn("SHA-256", 3.4f)],
            [.. inputs.Select(f => (IReadOnlyList<TableCell>)
            [
                f.Path,
                f.Role,
                FrenchFormat.Count(f.Bytes),
                new TableCell([new Run(f.Sha256, new TextStyle(6.3f, Color: DocumentTheme.Text))]),
            ])]);
        yield return new Heading(2, "Paramètres de calcul");
        var delimiter = dialect.Delimiter == '\t' ? "tabulation" : $"« {dialect.Delimiter} »";
        yield return new Table(
            [new TableColumn("Paramètre", 1.4f), new TableColumn("Valeur", 2.6f)],
            [
                Row("Générateur", $"ReportGen {generatorVersion}"),
                Row("Niveau de confiance", FrenchFormat.Percent(project.Thresholds.ConfidenceLevel, 0)),
                Row("Seuil de base faible", $"base effective < {project.Thresholds.LowBase}"),
                Row("Seuil de non-publication", $"base < {project.Thresholds.SuppressBelow}"),
                Row("Vague retenue", project.Period.Wave ?? "toutes les lignes"),
                Row("Fichier de données", dialect.Format == "csv"
                    ? $"{project.Data[0].DisplayPath.Split('/')[^1]} : séparateur {delimiter}, encodage {dialect.Encoding}, séparateur décimal « {dialect.DecimalSeparator} »"
                    : $"{project.Data[0].DisplayPath.Split('/')[^1]} : {dialect.Description}"),
                .. results.Survey.Sources.Where(s => s.LeftOut.Any(l => l.Rows > 0)).Select(s => Row("Lignes écartées",
                    $"{s.File.Split('/')[^1]} : {string.Join(" ; ", s.LeftOut.Where(l => l.Rows > 0).Select(l => $"{FrenchFormat.Count(l.Rows)} par la règle « {l.RuleFrench} »"))}")),
                Row("Répondants lus", FrenchFormat.Count(results.Survey.Respondents)),
            ]);
    }

    private static IEnumerable<Block> AnnexSection(SurveyResults results)
    {
        var project = results.Project;
        var z = Proportions.CriticalValue(project.Thresholds.ConfidenceLevel);
        yield return new Heading(1, "Annexe statistique", Annex);
        yield return new Heading(2, "Pourcentage de satisfaits");
        yield return new Paragraph("p = Σ wᵢ yᵢ / Σ wᵢ, sur les seules réponses exprimées, où wᵢ est le poids du répondant i (1 sans pondération) et yᵢ vaut 1 s’il a donné une réponse de satisfaction, 0 sinon.");
        yield return new Heading(2, "Base effective de Kish");
        yield return new Paragraph("n_eff = (Σ wᵢ)² / Σ wᵢ² (Kish, 1965). Avec des poids égaux, n_eff = n ; des poids inégaux réduisent la précision, ce que n_eff mesure. Les intervalles et le signalement des bases faibles utilisent n_eff.");
        yield return new Heading(2, "Intervalle de confiance de Wilson");
        yield return new Paragraph($"Centre = (p + z²/2n) / (1 + z²/n) ; demi-largeur = z · √(p(1 − p)/n + z²/4n²) / (1 + z²/n), avec n = n_eff et z = {FrenchFormat.Number(z, 4)} pour un niveau de {FrenchFormat.Percent(project.Thresholds.ConfidenceLevel, 0)} (Wilson, 1927). Contrairement à l’approximation normale, cet intervalle reste entre 0 et 100 % pour les petites bases : 8 satisfaits sur 10 donnent 49,0 % – 94,3 %.");
        yield return new Heading(2, "Marge d’erreur et statut");
        yield return new Paragraph("Marge d’erreur = z · √(p(1 − p)/n_eff). Statut : « objectif atteint » si la borne basse de l’intervalle est au moins égale à la cible, « sous l’objectif » si la borne haute est inférieure à la cible, « non significativement différent de l’objectif » sinon.");
        yield return new Heading(2, "Seuils");
        yield return new Paragraph($"Un résultat dont la base effective est inférieure à {project.Thresholds.LowBase} est signalé « base faible » ; un résultat fondé sur moins de {project.Thresholds.SuppressBelow} réponses n’est pas publié.");
        yield return new Heading(2, "Évolutions entre vagues");
        yield return new Paragraph("Test z de deux proportions sur les bases effectives : avec p0 = (p1·n1 + p2·n2)/(n1 + n2), z = (p1 − p2)/√(p0(1 − p0)(1/n1 + 1/n2)) et p = 2 (1 − F(|z|)), où F est la fonction de répartition de la loi normale centrée réduite. "
            + (project.Thresholds.Correction == MultipleTestingCorrection.Holm
                ? "Correction de Holm (1979) sur la famille des indicateurs testés : les m p-values triées p(1) ≤ … ≤ p(m) deviennent le maximum, pour j ≤ i, de min(1, (m − j + 1) · p(j))."
                : "Correction de Benjamini et Hochberg (1995) sur la famille des indicateurs testés : les m p-values triées p(1) ≤ … ≤ p(m) deviennent le minimum, pour j ≥ i, de min(1, m · p(j) / j).")
            + $" Une évolution n’est dite en hausse ou en baisse que si sa p-value corrigée est inférieure à {FrenchFormat.Percent(1 - project.Thresholds.ConfidenceLevel, 0)}.");
        yield return new Heading(2, "Pondération par calage sur marges");
        yield return new Paragraph("Avec une seule marge, post-stratification : le poids de chaque répondant de la catégorie h est multiplié par N_h / Σ wᵢ (somme sur les répondants de h). Avec plusieurs marges, calage itératif (raking, Deming et Stephan, 1940) : on applique tour à tour ce facteur pour chaque marge, jusqu’à ce que chaque total pondéré soit à la tolérance près de sa cible ; l’écrêtage, s’il est demandé, borne chaque poids relativement au poids moyen puis recommence le calage sur les autres. Effet de plan dû à la pondération : deff = n Σ wᵢ² / (Σ wᵢ)², et n_eff = n / deff.");
        foreach (var block in ScoreSections.Annex(results))
        {
            yield return block;
        }
    }

    private static string ScaleText(ScaleDefinition scale) =>
        scale.Range is { } r ? $"note de {r.Min} à {r.Max}" : string.Join(" / ", scale.Categories.Select(c => Text(c.Label)));

    private static IReadOnlyList<TableCell> Row(string name, string value) => [new TableCell([Run.Bold(name)]), value];

    private static IReadOnlyList<TableCell> Row3(string requirement, TableCell evidence, string coverage) =>
        [requirement, evidence, new TableCell([coverage == "couvert" ? new Run(coverage) : Run.Italic(coverage)])];

    private static TableCell Link(string text, string anchor) => new([new Run(text, null, "#" + anchor)]);

    private static string Text(string value) => FrenchFormat.Typography(value);
}
