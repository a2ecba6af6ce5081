using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Definitions;

public class ActionPlanLoaderTests
{
    /// <summary>The test project's indicators with one work-stream, for the links to check against.</summary>
    private const string Indicators = TempProject.DefaultIndicators + """

        workstreams:
          - id: demandes
            label: Le traitement des demandes
            indicators: [accueil]
        """;

    // A small plan whose lines the tests below refer to:
    //  1 title: L'attention au cœur de nos actions
    //  4   - id: accueillir
    //  8       - id: A-2017-01
    // 17       - id: A-2020-01
    // 29   - id: logement
    // 32       - id: A-2020-02
    private const string Base = """
        title: L'attention au cœur de nos actions
        version: "2020-1"
        axes:
          - id: accueillir
            label: Vous accueillir
            summary: Un accueil plus disponible.
            actions:
              - id: A-2017-01
                label: Numéro d'appel unique
                finding: accueil sous l'objectif
                wave: "2017"
                owner: Service relation client
                start: 2017-09-01
                due: 2018-12-31
                status: done
                indicators: [accueil]
              - id: A-2020-01
                label: Livret d'accueil
                what_changes: Chaque nouveau locataire reçoit un livret d'accueil.
                finding: intégration des nouveaux résidents
                wave: 2020
                owner: Direction de la proximité
                start: 2020-04-01
                due: 2020-12-31
                status: in_progress
                workstream: demandes
                themes: [accueil]
                irritants: [accompagnement]
          - id: logement
            label: Simplifier votre quotidien
            actions:
              - id: A-2020-02
                label: Visite du logement
                finding: logement
                wave: "2020"
                owner: Direction du patrimoine
                due: 2021-06-30
                status: planned
                indicators: logement
        """;

    private static (ActionPlan? Plan, IReadOnlyList<Diagnostic> Problems) Load(string yaml)
    {
        using var project = new TempProject(indicators: Indicators);
        project.Write("action-plan.yaml", yaml);
        var bag = new DiagnosticBag();
        var catalog = IndicatorLoader.Load(project.Path("indicators.yaml"), "indicators.yaml", bag)!;
        Assert.Empty(bag.Items);
        var plan = ActionPlanLoader.Load(project.Path("action-plan.yaml"), "action-plan.yaml", catalog, bag);
        return (plan, bag.Items);
    }

    private static string Edit(string from, string to)
    {
        Assert.Contains(from, Base, StringComparison.Ordinal);
        return Base.Replace(from, to, StringComparison.Ordinal);
    }

    /// <summary>Loads an edited plan and returns the single diagnostic with the code, after checking the plan is rejected.</summary>
    private static Diagnostic Rejected(string yaml, string code)
    {
        var (plan, problems) = Load(yaml);
        Assert.Null(plan);
        return DiagnosticAssert.Single(problems, code);
    }

    [Fact]
    public void Plan_loads_with_its_axes_actions_dates_statuses_and_links()
    {
        var (plan, problems) = Load(Base);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));

        Assert.Equal("L'attention au cœur de nos actions", plan!.Title);
        Assert.Equal("2020-1", plan.Version);
        Assert.Equal(["accueillir", "logement"], plan.Axes.Select(a => a.Id));
        Assert.Equal("Un accueil plus disponible.", plan.Axes[0].Summary);
        Assert.Null(plan.Axes[1].Summary);
        Assert.Equal(["A-2017-01", "A-2020-01", "A-2020-02"], plan.Actions.Select(a => a.Id));

        var first = plan.Actions.First();
        Assert.Equal(new DateOnly(2017, 9, 1), first.Start);
        Assert.Equal(new DateOnly(2018, 12, 31), first.Due);
        Assert.Equal(ActionStatus.Done, first.Status);
        Assert.Equal("2017", first.Wave);
        Assert.Null(first.WhatChanges);
        Assert.Null(first.Workstream);
        Assert.Equal(["accueil"], first.Indicators);

        var second = plan.Actions.ElementAt(1);
        Assert.Equal("2020", second.Wave);
        Assert.Equal(ActionStatus.InProgress, second.Status);
        Assert.Equal("demandes", second.Workstream);
        Assert.Equal(["accueil"], second.Themes);
        Assert.Equal(["accompagnement"], second.Irritants);
        Assert.Equal("Chaque nouveau locataire reçoit un livret d'accueil.", second.WhatChanges);
        Assert.Equal(new SourceLocation("action-plan.yaml", 17, 9), second.Location);
        Assert.Equal(new SourceLocation("action-plan.yaml", 28, 20), second.IrritantsLocation);

        var third = plan.Actions.Last();
        Assert.Null(third.Start);
        Assert.Equal(ActionStatus.Planned, third.Status);
        Assert.Equal(["logement"], third.Indicators);
        Assert.Same(third, Assert.Single(plan.Axes[1].Actions));
    }

    [Fact]
    public void Unknown_indicator_link_is_reported_at_the_list_with_the_closest_indicator()
    {
        var yaml = Edit("indicators: [accueil]", "indicators: [acceuil]");
        var problem = Rejected(yaml, DiagnosticCodes.UnknownReference);
        DiagnosticAssert.At(problem, "action-plan.yaml", 16, DiagnosticAssert.ColumnOf(yaml, 16, "[acceuil]"));
        Assert.Contains("action 'A-2017-01' names the indicator 'acceuil'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'accueil'?", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_theme_link_is_reported_with_the_closest_theme()
    {
        var yaml = Edit("themes: [accueil]", "themes: [acueil]");
        var problem = Rejected(yaml, DiagnosticCodes.UnknownReference);
        DiagnosticAssert.At(problem, "action-plan.yaml", 27, DiagnosticAssert.ColumnOf(yaml, 27, "[acueil]"));
        Assert.Contains("theme 'acueil'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'accueil'?", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_workstream_is_reported_with_the_work_streams_defined()
    {
        var yaml = Edit("workstream: demandes", "workstream: demande");
        var problem = Rejected(yaml, DiagnosticCodes.UnknownReference);
        DiagnosticAssert.At(problem, "action-plan.yaml", 26, DiagnosticAssert.ColumnOf(yaml, 26, "demande"));
        Assert.Contains("work-stream 'demande'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'demandes'?", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Action_due_before_it_starts_is_reported_at_its_due_date()
    {
        var yaml = Edit("due: 2018-12-31", "due: 2017-06-30");
        var problem = Rejected(yaml, DiagnosticCodes.DateOrder);
        DiagnosticAssert.At(problem, "action-plan.yaml", 14, DiagnosticAssert.ColumnOf(yaml, 14, "2017-06-30"));
        Assert.Contains("due on 2017-06-30, before it starts on 2017-09-01", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Action_due_on_its_start_date_is_accepted()
    {
        var (plan, problems) = Load(Edit("due: 2018-12-31", "due: 2017-09-01"));
        Assert.Empty(problems);
        Assert.Equal(new DateOnly(2017, 9, 1), plan!.Actions.First().Due);
    }

    [Fact]
    public void Duplicate_action_id_is_reported_at_the_second_with_the_line_of_the_first()
    {
        var yaml = Edit("- id: A-2020-02", "- id: A-2017-01");
        var problem = Rejected(yaml, DiagnosticCodes.DuplicateDefinition);
        DiagnosticAssert.At(problem, "action-plan.yaml", 32, DiagnosticAssert.ColumnOf(yaml, 32, "A-2017-01"));
        Assert.Contains("already used at line 8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_axis_id_is_reported()
    {
        var yaml = Edit("- id: logement", "- id: accueillir");
        var problem = Rejected(yaml, DiagnosticCodes.DuplicateDefinition);
        DiagnosticAssert.At(problem, "action-plan.yaml", 29, DiagnosticAssert.ColumnOf(yaml, 29, "accueillir"));
        Assert.Contains("axis id 'accueillir' is already used at line 4", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_status_lists_the_allowed_values_and_the_closest()
    {
        var yaml = Edit("status: in_progress", "status: in progress");
        var problem = Rejected(yaml, DiagnosticCodes.InvalidValue);
        DiagnosticAssert.At(problem, "action-plan.yaml", 25, DiagnosticAssert.ColumnOf(yaml, 25, "in progress"));
        Assert.Contains("must be one of planned, in_progress, done, cancelled; found 'in progress'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'in_progress'?", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_owner_is_reported_at_the_action()
    {
        var yaml = Edit("        owner: Direction du patrimoine\n", "");
        var problem = Rejected(yaml, DiagnosticCodes.MissingKey);
        DiagnosticAssert.At(problem, "action-plan.yaml", 32, DiagnosticAssert.ColumnOf(yaml, 32, "id:"));
        Assert.Equal("action 'A-2020-02' has no 'owner'.", problem.Message);
    }

    [Fact]
    public void Date_not_written_YYYY_MM_DD_is_reported_with_an_example()
    {
        var yaml = Edit("due: 2021-06-30", "due: 30/06/2021");
        var problem = Rejected(yaml, DiagnosticCodes.InvalidValue);
        DiagnosticAssert.At(problem, "action-plan.yaml", 37, DiagnosticAssert.ColumnOf(yaml, 37, "30/06/2021"));
        Assert.Contains("must be a date written YYYY-MM-DD", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Action_without_any_link_is_an_error_at_the_action()
    {
        var yaml = Edit("\n        indicators: logement", "");
        var problem = Rejected(yaml, DiagnosticCodes.UntracedAction);
        DiagnosticAssert.At(problem, "action-plan.yaml", 32, DiagnosticAssert.ColumnOf(yaml, 32, "id:"));
        Assert.Contains("action 'A-2020-02' traces to no finding", problem.Message, StringComparison.Ordinal);
        Assert.Contains("ISO 9001 §10.3", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Misspelt_key_is_reported_once_with_the_known_key()
    {
        var yaml = Edit("        wave: \"2017\"", "        wav: \"2017\"");
        var (_, problems) = Load(yaml);
        var problem = DiagnosticAssert.Single(problems, DiagnosticCodes.UnknownKey);
        DiagnosticAssert.At(problem, "action-plan.yaml", 11, DiagnosticAssert.ColumnOf(yaml, 11, "wav"));
        Assert.Contains("did you mean 'wave'?", problem.Hint, StringComparison.Ordinal);
        Assert.DoesNotContain(problems, p => p.Code == DiagnosticCodes.MissingKey);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var yaml = Base
            .Replace("indicators: [accueil]", "indicators: [acceuil]", StringComparison.Ordinal)
            .Replace("due: 2018-12-31", "due: 2017-06-30", StringComparison.Ordinal)
            .Replace("status: in_progress", "status: started", StringComparison.Ordinal)
            .Replace("\n        indicators: logement", "", StringComparison.Ordinal)
            .Replace("- id: logement", "- id: accueillir", StringComparison.Ordinal);
        var (plan, problems) = Load(yaml);
        Assert.Null(plan);
        Assert.Equal(
            [DiagnosticCodes.UnknownReference, DiagnosticCodes.DateOrder, DiagnosticCodes.InvalidValue, DiagnosticCodes.DuplicateDefinition, DiagnosticCodes.UntracedAction],
            problems.Select(p => p.Code));
        Assert.All(problems, p => Assert.True(p.Location.Line > 0 && p.Location.Column > 0 && p.Hint is not null, p.ToString()));
    }

    [Fact]
    public void Plan_without_title_or_axes_is_rejected()
    {
        var (plan, problems) = Load("version: \"1\"\n");
        Assert.Null(plan);
        Assert.Equal(["action plan has no 'title'.", "action plan has no 'axes'."], problems.Select(p => p.Message));
    }

    [Fact]
    public void Sample_project_loads_its_action_plan_of_five_axes_and_lists_the_file_as_an_input()
    {
        var project = ProjectLoader.Load(Repo.Path("data", "reportgen.yaml"));
        var plan = project.ActionPlan!;
        Assert.Equal("L'attention au cœur de nos actions", plan.Title);
        Assert.Equal(
            ["Vous accueillir", "Simplifier votre quotidien", "Agir vite et bien", "Encourager le bien-vivre ensemble", "Personnaliser votre accompagnement"],
            plan.Axes.Select(a => a.Label));
        Assert.InRange(plan.Actions.Count(), 12, 16);
        Assert.Contains(Repo.Path("data", "action-plan.yaml"), project.InputFiles);

        // Actions of the 2020 wave belong to the four work-streams the article names.
        var workstreams = plan.Actions.Where(a => a.Wave == "2020").Select(a => a.Workstream).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["accompagnement", "communication-relations", "maintenance", "traitement-demandes"], workstreams);

        // Actions of 2017 are done or cancelled by the publication date, but one, which is overdue.
        var open = plan.Actions.Where(a => a.Wave == "2017" && a.IsOpen).ToList();
        Assert.True(Assert.Single(open).Due < project.PublicationDate);
    }

    [Fact]
    public void Action_plan_file_that_does_not_exist_is_reported_at_its_key()
    {
        using var project = new TempProject(project: TempProject.DefaultProject.Replace("indicators: indicators.yaml", "indicators: indicators.yaml\naction_plan: plan.yaml", StringComparison.Ordinal));
        var bag = new DiagnosticBag();
        Assert.Null(ProjectLoader.TryLoad(project.ProjectFile, bag));
        var problem = DiagnosticAssert.Single(bag.Items, DiagnosticCodes.FileNotFound);
        DiagnosticAssert.At(problem, "reportgen.yaml", 6, 14);
        Assert.EndsWith("plan.yaml' does not exist.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_in_the_action_plan_are_reported_through_the_project()
    {
        using var project = new TempProject(project: TempProject.DefaultProject.Replace("indicators: indicators.yaml", "indicators: indicators.yaml\naction_plan: action-plan.yaml", StringComparison.Ordinal));
        project.Write("action-plan.yaml", Edit("status: done", "status: Done").Replace("        workstream: demandes\n", "", StringComparison.Ordinal));
        var problems = DiagnosticAssert.Thrown(() => ProjectLoader.Load(project.ProjectFile));
        var problem = DiagnosticAssert.Single(problems, DiagnosticCodes.InvalidValue);
        DiagnosticAssert.At(problem, "action-plan.yaml", 15, 17);
        Assert.Contains("did you mean 'done'?", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Irritant_the_comment_rules_do_not_define_is_reported_in_the_action_plan()
    {
        using var copy = SampleCopy();
        var plan = File.ReadAllText(copy.Path("action-plan.yaml"));
        var edited = ReplaceFirst(plan, "irritants: [demandes]", "irritants: [demande]");
        copy.Write("action-plan.yaml", edited);
        var line = edited[..edited.IndexOf("irritants: [demande]", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var problems = DiagnosticAssert.Thrown(() => ReportBuilder.Check(copy.ProjectFile));
        var problem = DiagnosticAssert.Single(problems, DiagnosticCodes.UnknownReference);
        DiagnosticAssert.At(problem, "action-plan.yaml", line, DiagnosticAssert.ColumnOf(edited, line, "[demande]"));
        Assert.StartsWith("action 'A-2020-03' names the irritant 'demande', which ", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("data/verbatim-themes.yaml does not define.", problem.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'demandes'?", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void New_codes_are_documented()
    {
        var documented = File.ReadAllText(Repo.Path("docs", "diagnostics.md"));
        foreach (var code in new[] { DiagnosticCodes.DateOrder, DiagnosticCodes.UntracedAction })
        {
            Assert.Contains($"| {code} |", documented, StringComparison.Ordinal);
        }
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var index = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0, find);
        return string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + find.Length));
    }

    /// <summary>The sample project copied into a temporary folder named data, so that messages print data/….</summary>
    private static SampleFolder SampleCopy()
    {
        var folder = new SampleFolder();
        foreach (var file in Directory.EnumerateFiles(Repo.Path("data")))
        {
            File.Copy(file, folder.Path(System.IO.Path.GetFileName(file)));
        }

        return folder;
    }

    private sealed class SampleFolder : IDisposable
    {
        private readonly string _root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reportgen-tests", Guid.NewGuid().ToString("N"));

        public SampleFolder() => Directory.CreateDirectory(System.IO.Path.Combine(_root, "data"));

        public string ProjectFile => Path("reportgen.yaml");

        public string Path(string name) => System.IO.Path.Combine(_root, "data", name);

        public void Write(string name, string text) => File.WriteAllText(Path(name), text);

        public void Dispose() => Directory.Delete(_root, recursive: true);
    }
}
