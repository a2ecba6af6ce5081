using ReportGen.Analysis;
using ReportGen.Definitions;
using ReportGen.Documents;
using ReportGen.Publishing;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Publishing;

public class ActionPlanSectionsTests
{
    /// <summary>Two actions of the 2021 wave (one done, one overdue), one planned and one cancelled of 2024, the current wave.</summary>
    private const string Plan = """
        title: Plan test
        version: "2024-1"
        axes:
          - id: accueillir
            label: Vous accueillir
            summary: Un accueil plus disponible.
            actions:
              - id: A-2021-01
                label: Numéro unique
                finding: accueil sous l'objectif
                wave: "2021"
                owner: Service relation client
                start: 2021-09-01
                due: 2022-12-31
                status: done
                indicators: [accueil]
              - id: A-2021-02
                label: Visites des logements
                finding: logement jugé mal entretenu
                wave: "2021"
                owner: Direction du patrimoine
                due: 2023-06-30
                status: in_progress
                themes: [logement]
          - id: simplifier
            label: Simplifier votre quotidien
            summary: Moins de démarches.
            actions:
              - id: A-2024-01
                label: Espace locataire en ligne
                what_changes: Vous suivez vos demandes en ligne.
                finding: délais de réponse
                wave: "2024"
                owner: Direction des systèmes d'information
                due: 2024-09-30
                status: planned
                indicators: [logement]
              - id: A-2024-02
                label: Borne en agence
                what_changes: Cette phrase ne doit pas paraître.
                finding: accueil en agence
                wave: "2024"
                owner: Direction des agences
                due: 2024-12-31
                status: cancelled
                indicators: [accueil]
        """;

    // Accueil 75.0 % → 80.0 %: +5.0 points, a significant rise; logement 70.0 % → 69.0 %: −1.0 point, stable.
    private static readonly TrendResults Trends = HandMadeTrends.Of(["2021", "2024"],
        HandMadeTrends.Trend("accueil", TrendDirection.Up, ("2021", 0.75), ("2024", 0.80)),
        HandMadeTrends.Trend("logement", TrendDirection.Stable, ("2021", 0.70), ("2024", 0.69)));

    private static readonly Lazy<SurveyResults> WithPlan = new(() =>
    {
        using var project = new TempProject(project: TempProject.DefaultProject.Replace("indicators: indicators.yaml", "indicators: indicators.yaml\naction_plan: action-plan.yaml", StringComparison.Ordinal));
        project.Write("action-plan.yaml", Plan);
        return ReportBuilder.Check(project.ProjectFile);
    });

    private static readonly Lazy<SurveyResults> Sample = new(() => ReportBuilder.Check(Repo.Path("data", "reportgen.yaml")));

    private static SurveyResults WithTrends => WithPlan.Value with { Trends = Trends };

    [Fact]
    public void Project_without_action_plan_has_no_such_sections()
    {
        using var project = new TempProject();
        Assert.Empty(ActionPlanSections.Compose(ReportBuilder.Check(project.ProjectFile)));
    }

    [Fact]
    public void Plan_section_traces_each_finding_to_its_action_owner_due_date_status_and_effect()
    {
        var blocks = ActionPlanSections.Compose(WithTrends).ToList();
        var heading = Assert.IsType<Heading>(blocks[0]);
        Assert.Equal((1, "Amélioration continue\u00A0: plan d’actions (ISO\u00A09001 §\u00A010.3)", ActionPlanSections.PlanAnchor), (heading.Level, heading.Text, heading.Anchor));
        Assert.Contains(blocks.OfType<Heading>(), h => h.Level == 2 && h.Text == "Vous accueillir");

        var rows = blocks.OfType<Table>().First().Rows.Select(r => r.Select(Text).ToList()).ToList();
        Assert.Equal(
            [
                "accueil sous l’objectif (vague 2021)", "A-2021-01 Numéro unique", "Service relation client", "31/12/2022", "réalisée",
                "Accueil\u00A0: +5,0\u00A0pts (2021 → 2024), hausse significative",
            ],
            rows[0]);
        // Measured through its theme; overdue on the publication date (1 June 2024).
        Assert.Equal(["Direction du patrimoine", "30/06/2023", "en cours en retard", "Logement\u00A0: −1,0\u00A0pt (2021 → 2024), non significatif"], rows[1][2..]);
        var current = blocks.OfType<Table>().ElementAt(1).Rows.Select(r => r.Select(Text).ToList()).ToList();
        Assert.Equal("à mesurer à la prochaine vague", current[0][5]);
        Assert.Equal("abandonnée", current[1][4]);
    }

    [Fact]
    public void Plan_section_says_how_the_effect_was_measured()
    {
        var text = string.Join("\n", Texts(ActionPlanSections.Compose(WithTrends)));
        Assert.Contains("Une évolution n’est dite significative que pour les vagues 2021 → 2024", text, StringComparison.Ordinal);
        Assert.Contains("correction de Holm", text, StringComparison.Ordinal);
        Assert.Contains("n’est pas imputable à la seule action", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_trends_the_effect_of_older_actions_is_not_measurable_and_no_trend_is_claimed()
    {
        var blocks = ActionPlanSections.Compose(WithPlan.Value).ToList();
        var rows = blocks.OfType<Table>().First().Rows;
        Assert.Equal("non mesurable\u00A0: vague 2021 absente des données", Text(rows[0][5]));
        var text = string.Join("\n", Texts(blocks));
        Assert.Contains("Une seule vague d’enquête est analysée (2024)\u00A0: aucune tendance n’est mesurable.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("significative", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_section_summarises_the_trends_since_the_previous_wave()
    {
        var blocks = ActionPlanSections.Compose(WithTrends).SkipWhile(b => b is not Heading { Anchor: ActionPlanSections.ReviewAnchor }).ToList();
        Assert.Equal("Éléments d’entrée de la revue de direction (ISO\u00A09001 §\u00A09.3.2)", ((Heading)blocks[0]).Text);
        var trends = blocks.OfType<ListBlock>().First().Items.Select(i => string.Concat(i.Select(r => r.Text))).ToList();
        Assert.Equal(["En hausse significative (1)\u00A0: Accueil (+5,0\u00A0pts).", "Stables (1)\u00A0: Logement (−1,0\u00A0pt)."], trends);
    }

    [Fact]
    public void Review_section_counts_the_actions_per_wave_and_status()
    {
        var blocks = ActionPlanSections.Compose(WithTrends).SkipWhile(b => b is not Heading { Anchor: ActionPlanSections.ReviewAnchor }).ToList();
        Assert.Contains("Actions issues des vagues précédentes\u00A0: 2, dont 1 réalisée et 1 en cours.", Texts(blocks));
        var table = blocks.OfType<Table>().First();
        Assert.Equal(["Vague du constat", "Prévues", "En cours", "Réalisées", "Abandonnées", "Total"], table.Columns.Select(c => c.Header));
        Assert.Equal(
            [["2021", "0", "1", "1", "0", "2"], ["2024 (vague actuelle)", "1", "0", "0", "1", "2"]],
            table.Rows.Select(r => r.Select(Text).ToList()));
    }

    [Fact]
    public void Review_section_lists_overdue_actions_with_owner_and_days_late_and_those_due_soon()
    {
        var blocks = ActionPlanSections.Compose(WithTrends).SkipWhile(b => b is not Heading { Text: "Actions en retard" }).ToList();
        // 30 June 2023 → 1 June 2024 (2024 is a leap year): 337 days.
        var overdue = Assert.Single(blocks.OfType<Table>().First().Rows).Select(Text).ToList();
        Assert.Equal(["A-2021-02 Visites des logements", "Direction du patrimoine", "30/06/2023", "en cours", "337 jours"], overdue);
        var soon = Assert.Single(blocks.OfType<Table>().Last().Rows).Select(Text).ToList();
        Assert.Equal(["A-2024-01 Espace locataire en ligne", "Direction des systèmes d’information", "30/09/2024", "prévue"], soon);
        Assert.Contains("Actions ouvertes dont l’échéance tombe entre le 1er juin 2024 et le 1er décembre 2024\u00A0:", Texts(blocks));
    }

    [Fact]
    public void Evidence_pack_links_its_requirements_matrix_to_the_sections()
    {
        var blocks = EvidencePack.Compose(WithTrends, [], "test", null);
        var matrix = blocks.SkipWhile(b => b is not Heading { Text: "Correspondance avec les exigences" }).OfType<Table>().First();
        var rows = matrix.Rows.ToDictionary(r => Text(r[0]), r => r);
        var review = rows["ISO\u00A09001 §\u00A09.3.2 — Éléments d’entrée de la revue de direction"];
        var improvement = rows["ISO\u00A09001 §\u00A010.3 — Amélioration continue"];
        Assert.Equal("#" + ActionPlanSections.ReviewAnchor, review[1].Runs[0].Link);
        Assert.Equal("#" + ActionPlanSections.PlanAnchor, improvement[1].Runs[0].Link);
        Assert.Equal(["couvert", "couvert"], [Text(review[2]), Text(improvement[2])]);
        Assert.Contains(blocks, b => b is Heading { Anchor: ActionPlanSections.PlanAnchor });
        Assert.Contains(blocks, b => b is Heading { Anchor: ActionPlanSections.ReviewAnchor });
    }

    [Fact]
    public void Article_model_announces_what_changes_with_the_current_actions_only()
    {
        var plan = ArticleModelFactory.Create(WithTrends, "test").ActionPlan!;
        Assert.Equal("Plan test", plan.Title);
        Assert.Equal(["Vous accueillir", "Simplifier votre quotidien"], plan.Axes.Select(a => a.Label));
        // The 2021 actions are past; the cancelled one is not announced.
        Assert.Empty(plan.Axes[0].Changes);
        Assert.Equal(["Vous suivez vos demandes en ligne."], plan.Axes[1].Changes);
    }

    [Fact]
    public void Newsletter_lists_the_axes_and_what_changes_without_owners()
    {
        var article = Render(WithTrends);
        Assert.Contains("## Nouveau plan d’actions", article, StringComparison.Ordinal);
        // No work-stream in this project, so no priority to derive the plan from.
        Assert.Contains("Le plan «\u00A0Plan test\u00A0» se décline en 2 axes. Ce qui change pour vous\u00A0:", article, StringComparison.Ordinal);
        Assert.Contains("- **Vous accueillir.** Un accueil plus disponible.", article, StringComparison.Ordinal);
        Assert.Contains("- **Simplifier votre quotidien.** Vous suivez vos demandes en ligne.", article, StringComparison.Ordinal);
        Assert.DoesNotContain("Cette phrase ne doit pas paraître", article, StringComparison.Ordinal);
        Assert.DoesNotContain("Direction", article, StringComparison.Ordinal);
        Assert.DoesNotContain("Service relation client", article, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_newsletter_shows_the_five_axes_of_the_article_and_no_owner()
    {
        var article = Render(Sample.Value);
        var section = article[article.IndexOf("## Nouveau plan d’actions", StringComparison.Ordinal)..];
        foreach (var axis in new[] { "Vous accueillir", "Simplifier votre quotidien", "Agir vite et bien", "Encourager le bien-vivre ensemble", "Personnaliser votre accompagnement" })
        {
            Assert.Contains($"- **{axis}.** ", section, StringComparison.Ordinal);
        }

        Assert.Contains("L’attention au cœur de nos actions", section, StringComparison.Ordinal);
        foreach (var owner in Sample.Value.Project.ActionPlan!.Actions.Select(a => FrenchFormat.Typography(a.Owner)).Distinct())
        {
            Assert.DoesNotContain(owner, article, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Sample_evidence_pack_shows_the_overdue_action_of_2017()
    {
        var blocks = ActionPlanSections.Compose(Sample.Value).SkipWhile(b => b is not Heading { Text: "Actions en retard" }).ToList();
        var overdue = Assert.Single(blocks.OfType<Table>().First().Rows).Select(Text).ToList();
        Assert.StartsWith("A-2017-04 ", overdue[0], StringComparison.Ordinal);
        Assert.Equal(["Service relation client", "30/06/2019", "en cours", "247 jours"], overdue[1..]);
    }

    private static string Render(SurveyResults results) =>
        FrenchFormat.FixSpacing(ArticleRenderer.Render(TemplateSource.Embedded(ProjectLoader.DefaultTemplate), ArticleModelFactory.Create(results, "test")));

    private static string Text(TableCell cell) => string.Concat(cell.Runs.Select(r => r.Text));

    private static IEnumerable<string> Texts(IEnumerable<Block> blocks) => blocks.Select(b => b switch
    {
        Heading h => h.Text,
        Paragraph p => string.Concat(p.Runs.Select(r => r.Text)),
        ListBlock l => string.Join("\n", l.Items.Select(i => string.Concat(i.Select(r => r.Text)))),
        Table t => string.Join("\n", t.Rows.Select(r => string.Join(" | ", r.Select(Text)))),
        _ => "",
    });
}
