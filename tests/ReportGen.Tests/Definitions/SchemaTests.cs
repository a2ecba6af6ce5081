using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using ReportGen.Analysis;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Definitions;

/// <summary>
/// The JSON Schemas in schemas/ let editors complete and check the YAML files. They must say what the loaders
/// say: the same keys, the same required keys, the same allowed values. Each test reads the YAML the way an
/// editor does (YAML 1.2 types) and holds the schema's verdict against the loader's.
/// </summary>
public class SchemaTests
{
    private const string ProjectSchemaFile = "reportgen.schema.json";
    private const string IndicatorSchemaFile = "indicators.schema.json";
    private const string ActionPlanSchemaFile = "action-plan.schema.json";
    private const string BenchmarkSchemaFile = "benchmarks.schema.json";

    /// <summary>A project file that uses every key the project schema declares.</summary>
    private const string MaximalProject = """
        organisation: Office Test
        survey: Enquête test
        reference: REF-2024
        period:
          label: "2024"
          wave: 2024
        publication_date: 2024-06-01
        institute: Institut Test
        population: l'ensemble des locataires
        document:
          author: Direction de la qualité
          approver: Directeur général
          version: "2.1"
        sample:
          description: échantillon aléatoire stratifié
          mode: entretiens téléphoniques
          fieldwork: printemps 2024
        indicators: indicators.yaml
        action_plan: plan.yaml
        benchmarks: benchmarks.yaml
        data:
          - id: locataires
            path: data.csv
            dialect:
              delimiter: ";"
              decimal: ","
              encoding: utf-8
            columns:
              respondent_id: id
              weight: poids
              wave: vague
              segments:
                - { id: agence, column: agence, label: agences }
          - id: locataires-2023
            path: data-2023.xlsx
            wave: "2023"
            sheet: Données
            columns:
              respondent_id: id
              weight: poids
              segments:
                - { id: agence, column: agence, label: agences }
          - id: locataires-2022
            path: data-2022.csv
            wave: "2022"
            format: csv
            header_row: 2
            skip_rows: 1
            keep_rows:
              - { column: id, not_empty: true }
              - { column: statut, differs: [Test, Aperçu] }
              - { column: fini, equals: ["True", 1] }
              - { column: test, empty: true }
            columns:
              respondent_id: id
              indicators: { accueil: q1_2022 }
              weight: poids
              segments:
                - { id: agence, column: agence, label: agences }
        weighting:
          margins:
            - column: agence
              population: { Nord: 600, Sud: 400 }
          tolerance: 0.00001
          max_iterations: 50
          trim: { min: 0.1, max: 10 }
        mirror:
          path: miroir.csv
          format: csv
          header_row: 1
          skip_rows: 0
          keep_rows:
            - { column: id, not_empty: true }
            - { column: direction, differs: Test }
            - { column: vague, equals: 2024 }
            - { column: test, empty: true }
          dialect: { delimiter: ";", decimal: ",", encoding: utf-8 }
          columns:
            respondent_id: id
            indicators: { accueil: q1 }
            weight: poids
            wave: vague
            segments:
              - { id: direction, column: direction, label: directions }
          invited: l'ensemble des collaborateurs
          convergence_points: 4
          min_group: 2
        verbatims:
          path: verbatims.csv
          dialect: { delimiter: ";", decimal: ",", encoding: utf-8 }
          columns:
            respondent_id: id
            respondent_type: type
            moment: moment
            text: commentaire
            segment: agence
          rules: themes.yaml
          deny_list: [Jean Dupont]
          approved_quotes: [3-af99f5]
          reviewed_coding: revue-codage.csv
          invited_tenants: 10000
        templates:
          directory: modeles
          newsletter: article.md.sbn
        outputs:
          directory: sortie
          newsletter: article.md
          table: indicateurs.csv
          evidence: preuves.pdf
          formats: [pdf, html, docx, xlsx, json]
        thresholds:
          low_base: 3
          suppress_below: 2
          confidence: 0.9
          correction: benjamini-hochberg
        """;

    /// <summary>An indicator file that uses every key the indicator schema declares, in each of its forms.</summary>
    private const string MaximalIndicators = """
        scales:
          - id: sat4
            label: échelle de satisfaction en 4 points
            categories:
              - { code: "1", label: Très satisfait, satisfied: true, aliases: [TS] }
              - { code: 2, label: Plutôt satisfait, satisfied: oui }
              - { code: "3", label: Plutôt pas satisfait, satisfied: false }
              - { code: "4", label: Pas du tout satisfait }
            excluded:
              - { code: "9", label: Ne sait pas, aliases: NSP }
          - id: note
            label: note de 0 à 10
            range: { min: 0, max: 10, satisfied_from: 7, unit: "/10" }
            excluded:
              - { label: Non concerné }
        themes:
          - { id: accueil, label: Accueil }
          - { id: logement, label: Logement }
        indicators:
          - id: accueil
            label: Accueil
            statement: satisfaits de l'accueil
            column: q1
            scale: sat4
            theme: accueil
            kind: share
            target: 85.5
            quali_hlm: "Engagement 1 : vous accueillir et vous orienter"
            iso_9001: ["9.1.2", "10.2"]
            axis: Vous accueillir
            headline: true
          - id: logement
            label: Logement
            statement: satisfaits de leur logement
            column: q2
            scale: note
            theme: logement
            target: 80
            iso_9001: "9.1.3"
            headline: false
          - id: note-logement
            label: Note du logement
            statement: note donnée au logement
            column: q2
            scale: note
            theme: logement
            kind: score
            threshold: 7
            target: 7.5
          - id: recommandation
            label: Recommandation
            statement: recommanderaient l'Office
            column: q2
            scale: note
            theme: logement
            kind: net
            promoters_from: 9
            detractors_to: 6
            target: -10
        overall: logement
        workstreams:
          - id: demandes
            label: Le traitement des demandes
            indicators: [accueil]
            themes: demandes
          - id: logement
            label: Le logement
            indicators: logement
            themes: [logement]
        """;

    /// <summary>A benchmark file that uses every key the benchmark schema declares.</summary>
    private const string MaximalBenchmarks = """
        benchmarks:
          - indicator: accueil
            value: 83.5
            unit: percent
            source: AORIF, enquête de satisfaction mutualisée
            year: 2023
            base: 24000
            label: moyenne régionale AORIF 2023
          - { indicator: note-logement, value: 7.8, unit: score, source: Observatoire régional, year: 2020 }
          - { indicator: recommandation, value: -4, unit: points, source: Observatoire régional, year: 2020 }
        """;

    /// <summary>The benchmark file of the test project's indicators (two shares).</summary>
    private const string DefaultBenchmarks = """
        benchmarks:
          - indicator: accueil
            value: 80
            unit: percent
            source: AORIF
            year: 2023
        """;

    /// <summary>The verbatim coding rules of the maximal project.</summary>
    private const string MaximalRules = """
        version: "2024.1"
        themes:
          - id: demandes
            label: Traitement des demandes
            keywords: [demande, réponse, délai]
          - id: logement
            label: Logement
            keywords: [logement, appartement]
        """;

    /// <summary>An action plan that uses every key the action plan schema declares, in each of its forms.</summary>
    private const string MaximalActionPlan = """
        title: L'attention au cœur de nos actions
        version: "2024-1"
        axes:
          - id: accueillir
            label: Vous accueillir
            summary: Un accueil plus disponible.
            actions:
              - id: A-2021-01
                label: Numéro d'appel unique
                what_changes: Un seul numéro pour joindre l'Office.
                finding: accueil sous l'objectif
                wave: 2021
                owner: Service relation client
                start: 2021-09-01
                due: 2022-12-31
                status: done
                workstream: demandes
                indicators: [accueil]
                themes: accueil
                irritants: [demandes]
              - id: A-2024-01
                label: Visite des logements
                finding: logement
                wave: "2024"
                owner: Direction du patrimoine
                due: 2024-12-31
                status: in_progress
                indicators: logement
                themes: [logement]
                irritants: logement
          - id: simplifier
            label: Simplifier votre quotidien
        """;

    /// <summary>A plan for the test project (indicators accueil and logement), in the place the project file names.</summary>
    private const string DefaultActionPlan = """
        title: Plan test
        axes:
          - id: accueillir
            label: Vous accueillir
            actions:
              - id: A-2024-01
                label: Numéro d'appel unique
                finding: accueil sous l'objectif
                wave: "2024"
                owner: Service relation client
                start: 2024-01-15
                due: 2024-12-31
                status: planned
                indicators: [accueil]
        """;

    private const string MaximalCsv = """
        id;vague;agence;poids;q1;q2
        1;2024;Nord;1,5;1;8
        2;2024;Nord;0,5;2;6
        3;2024;Sud;1;3;10
        4;2024;Sud;1;NSP;Non concerné
        5;2024;Sud;1;TS;7
        6;2023;Sud;1;4;0
        7;2023;Nord;1;1;9
        """;

    private static readonly EvaluationOptions ListOutput = new() { OutputFormat = OutputFormat.List };

    private static readonly Lazy<JsonSchema> ProjectSchema = new(() => LoadSchema(ProjectSchemaFile));

    private static readonly Lazy<JsonSchema> IndicatorSchema = new(() => LoadSchema(IndicatorSchemaFile));

    private static readonly Lazy<JsonSchema> ActionPlanSchema = new(() => LoadSchema(ActionPlanSchemaFile));

    private static readonly Lazy<JsonSchema> BenchmarkSchema = new(() => LoadSchema(BenchmarkSchemaFile));

    /// <summary>Changes to the test project's benchmark file that the loader rejects.</summary>
    public static TheoryData<string, string, string> BenchmarkMistakes => new()
    {
        { "unknown unit", "unit: percent", "unit: \"%\"" },
        { "share above 100", "value: 80", "value: 120" },
        { "share written as a proportion", "value: 80", "value: 0.8" },
        { "share with a percent sign", "value: 80", "value: 80 %" },
        { "benchmark without source", "    source: AORIF\n", "" },
        { "year out of range", "year: 2023", "year: 20233" },
        { "misspelt key", "year: 2023", "annee: 2023" },
        { "indicator id with a space", "indicator: accueil", "indicator: mon accueil" },
    };

    /// <summary>Ways of writing the test project's benchmark file that the loader accepts.</summary>
    public static TheoryData<string, string, string> BenchmarkVariants => new()
    {
        { "with base and label", "year: 2023", "year: 2023\n    base: 1200\n    label: moyenne régionale" },
        { "decimal value", "value: 80", "value: 80.5" },
        { "value of 0", "value: 80", "value: 0" },
    };

    /// <summary>Changes to the test project's action plan that the loader rejects.</summary>
    public static TheoryData<string, string, string> ActionPlanMistakes => new()
    {
        { "unknown status", "status: planned", "status: started" },
        { "due date not written YYYY-MM-DD", "due: 2024-12-31", "due: 31/12/2024" },
        { "action without owner", "        owner: Service relation client\n", "" },
        { "misspelt action key", "finding:", "findings:" },
        { "action traced to nothing", "\n        indicators: [accueil]", "" },
        { "axis without label", "    label: Vous accueillir\n", "" },
        { "plan without title", "title: Plan test\n", "" },
        { "action id with a space", "- id: A-2024-01", "- id: A 2024 01" },
    };

    /// <summary>Ways of writing the test project's action plan that the loader accepts.</summary>
    public static TheoryData<string, string, string> ActionPlanVariants => new()
    {
        { "wave as a number", "wave: \"2024\"", "wave: 2024" },
        { "single indicator without brackets", "indicators: [accueil]", "indicators: accueil" },
        { "theme instead of indicator", "indicators: [accueil]", "themes: [accueil]" },
        { "irritant only", "indicators: [accueil]", "irritants: [demandes]" },
        { "no start date", "        start: 2024-01-15\n", "" },
        { "axis without actions", "axes:\n", "axes:\n  - { id: vide, label: Axe vide }\n" },
    };

    /// <summary>Changes to the test project's indicator file that the loader rejects: (case, text to find, replacement).</summary>
    public static TheoryData<string, string, string> IndicatorMistakes => new()
    {
        { "target above 100", "target: 80", "target: 150" },
        { "target written as a proportion", "target: 80", "target: 0.8" },
        { "target of 1 (1 % or 100 %?)", "target: 80", "target: 1" },
        { "target with a decimal comma", "target: 80", "target: 0,8" },
        { "target with a percent sign", "target: 80", "target: 80 %" },
        { "satisfied_from written as a proportion", "  - id: sat4\n", "  - id: note\n    range: { min: 0, max: 10, satisfied_from: 0.7 }\n  - id: sat4\n" },
        { "misspelt indicator key", "target: 80", "targt: 80" },
        { "id with a space", "- id: logement\n    label: Logement", "- id: mon logement\n    label: Logement" },
        { "indicator without statement", "    statement: satisfaits de leur logement\n", "" },
        { "ISO clause that does not exist", "target: 80", "target: 80\n    iso_9001: \"11.1\"" },
        { "headline that is not yes or no", "target: 80", "target: 80\n    headline: peut-être" },
        { "scale with both categories and range", "    categories:\n", "    range: { min: 0, max: 10, satisfied_from: 7 }\n    categories:\n" },
        { "scale with neither categories nor range", "  - id: sat4\n", "  - id: vide\n    label: échelle vide\n  - id: sat4\n" },
        { "range bound out of limits", "  - id: sat4\n", "  - id: note\n    range: { min: 0, max: 10, satisfied_from: 2000 }\n  - id: sat4\n" },
        { "no category marked satisfied", ", satisfied: true", "" },
        { "category with neither code nor label", "{ code: \"4\", label: Pas du tout satisfait }", "{ aliases: [PDTS] }" },
        { "unknown kind", "target: 80", "target: 80\n    kind: moyenne" },
        { "threshold on a share", "target: 80", "target: 80\n    threshold: 3" },
        { "cut-offs on a share", "target: 80", "target: 80\n    promoters_from: 3" },
        { "score scale with an unknown key", "  - id: sat4\n", "  - id: note\n    range: { min: 0, max: 10, units: \"/10\" }\n  - id: sat4\n" },
        { "satisfied on an excluded answer", "{ code: \"9\", label: Ne sait pas, aliases: [NSP] }", "{ code: \"9\", label: Ne sait pas, satisfied: false }" },
    };

    /// <summary>Changes to the test project's project file that the loader rejects.</summary>
    public static TheoryData<string, string, string> ProjectMistakes => new()
    {
        { "misspelt indicators key", "indicators: indicators.yaml", "indicatrs: indicators.yaml" },
        { "missing period", "period: { label: \"2024\" }\n", "" },
        { "period written as a single value", "period: { label: \"2024\" }", "period: 2024" },
        { "date not written YYYY-MM-DD", "publication_date: 2024-06-01", "publication_date: 01/06/2024" },
        { "impossible month", "publication_date: 2024-06-01", "publication_date: 2024-13-01" },
        { "unknown delimiter", "delimiter: \";\"", "delimiter: \":\"" },
        { "unknown decimal separator", "decimal: \",\"", "decimal: \"'\"" },
        { "unknown encoding", "decimal: \",\" }", "decimal: \",\", encoding: utf-16 }" },
        { "segment without column", "      weight: poids", "      weight: poids\n      segments:\n        - { id: agence }" },
        { "misspelt column role", "      weight: poids", "      poid: poids" },
        { "confidence above 0.999", "indicators: indicators.yaml", "indicators: indicators.yaml\nthresholds: { confidence: 0.9999 }" },
        { "confidence written as a percentage", "indicators: indicators.yaml", "indicators: indicators.yaml\nthresholds: { confidence: 95 }" },
        { "confidence with a percent sign", "indicators: indicators.yaml", "indicators: indicators.yaml\nthresholds: { confidence: 95 % }" },
        { "convergence points written as a proportion", "indicators: indicators.yaml", "indicators: indicators.yaml\nmirror: { path: staff.csv, convergence_points: 0.05 }" },
        { "trimming bounds written as percentages", "indicators: indicators.yaml", "indicators: indicators.yaml\nweighting: { margins: [ { column: agence, population: { Nord: 5 } } ], trim: { min: 30, max: 300 } }" },
        { "low_base of zero", "indicators: indicators.yaml", "indicators: indicators.yaml\nthresholds: { low_base: 0, suppress_below: 0 }" },
        { "fractional suppress_below", "indicators: indicators.yaml", "indicators: indicators.yaml\nthresholds: { suppress_below: 2.5 }" },
    };

    /// <summary>Ways of writing the test project's indicator file that the loader accepts.</summary>
    public static TheoryData<string, string, string> IndicatorVariants => new()
    {
        { "code written as a number", "code: \"1\"", "code: 1" },
        { "single alias without brackets", "aliases: [NSP]", "aliases: NSP" },
        { "satisfied written oui", "satisfied: true", "satisfied: oui" },
        { "single ISO clause", "target: 80", "target: 80\n    iso_9001: \"10.2\"" },
        { "decimal target", "target: 80", "target: 85.5" },
        { "target of 0", "target: 80", "target: 0" },
        { "target of 1.5", "target: 80", "target: 1.5" },
        { "extra score scale", "  - id: sat4\n", "  - id: note\n    range: { min: 0, max: 10, satisfied_from: 7 }\n  - id: sat4\n" },
        { "score scale without satisfied_from, with a unit", "  - id: sat4\n", "  - id: note\n    range: { min: 0, max: 10, unit: \"/10\" }\n  - id: sat4\n" },
        { "kind share written out", "target: 80", "target: 80\n    kind: share" },
    };

    /// <summary>Ways of writing the test project's project file that the loader accepts.</summary>
    public static TheoryData<string, string, string> ProjectVariants => new()
    {
        { "tab delimiter written tab", "delimiter: \";\"", "delimiter: tab" },
        { "tab delimiter written backslash t", "delimiter: \";\"", "delimiter: '\\t'" },
        { "encoding in capitals", "decimal: \",\" }", "decimal: \",\", encoding: UTF-8 }" },
        { "period label as a number", "period: { label: \"2024\" }", "period: { label: 2024 }" },
        { "templates without folder", "indicators: indicators.yaml", "indicators: indicators.yaml\ntemplates: { newsletter: newsletter.md.sbn }" },
    };

    [Theory]
    [InlineData(ProjectSchemaFile, "https://reportgen.example/schemas/reportgen.schema.json")]
    [InlineData(IndicatorSchemaFile, "https://reportgen.example/schemas/indicators.schema.json")]
    [InlineData(ActionPlanSchemaFile, "https://reportgen.example/schemas/action-plan.schema.json")]
    [InlineData(BenchmarkSchemaFile, "https://reportgen.example/schemas/benchmarks.schema.json")]
    public void Schema_is_a_valid_draft_2020_12_schema_with_its_id(string file, string id)
    {
        var element = ParseJson(File.ReadAllText(Repo.Path("schemas", file)));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", element.GetProperty("$schema").GetString());
        Assert.Equal(id, element.GetProperty("$id").GetString());
        Assert.False(string.IsNullOrWhiteSpace(element.GetProperty("title").GetString()));

        var result = MetaSchemas.Draft202012.Evaluate(element, ListOutput);
        Assert.True(result.IsValid, Describe(result));
    }

    [Theory]
    [InlineData(ProjectSchemaFile)]
    [InlineData(IndicatorSchemaFile)]
    [InlineData(ActionPlanSchemaFile)]
    [InlineData(BenchmarkSchemaFile)]
    public void Every_object_in_the_schema_forbids_unknown_keys_and_every_property_is_described(string file)
    {
        var root = JsonNode.Parse(File.ReadAllText(Repo.Path("schemas", file)))!.AsObject();
        var problems = new List<string>();
        CheckObjects(root, "#", problems);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData("reportgen.yaml", ProjectSchemaFile)]
    [InlineData("indicators.yaml", IndicatorSchemaFile)]
    [InlineData("action-plan.yaml", ActionPlanSchemaFile)]
    [InlineData("benchmarks.yaml", BenchmarkSchemaFile)]
    public void Sample_file_names_its_schema_on_its_first_line(string yaml, string schema)
    {
        var first = File.ReadLines(Repo.Path("data", yaml)).First();
        Assert.Equal($"# yaml-language-server: $schema=../schemas/{schema}", first);
        Assert.True(File.Exists(Repo.Path("schemas", schema)));
    }

    [Fact]
    public void Sample_project_file_validates_against_its_schema() =>
        AssertValid(ProjectSchema.Value, File.ReadAllText(Repo.Path("data", "reportgen.yaml")));

    [Fact]
    public void Sample_indicator_file_validates_against_its_schema() =>
        AssertValid(IndicatorSchema.Value, File.ReadAllText(Repo.Path("data", "indicators.yaml")));

    [Fact]
    public void Sample_action_plan_validates_against_its_schema() =>
        AssertValid(ActionPlanSchema.Value, File.ReadAllText(Repo.Path("data", "action-plan.yaml")));

    [Fact]
    public void Sample_benchmark_file_validates_against_its_schema() =>
        AssertValid(BenchmarkSchema.Value, File.ReadAllText(Repo.Path("data", "benchmarks.yaml")));

    [Fact]
    public void Test_project_files_validate_against_their_schemas()
    {
        AssertValid(ProjectSchema.Value, TempProject.DefaultProject);
        AssertValid(IndicatorSchema.Value, TempProject.DefaultIndicators);
    }

    [Fact]
    public void Misspelt_project_key_fails_schema_validation()
    {
        var yaml = File.ReadAllText(Repo.Path("data", "reportgen.yaml")).Replace("indicators: indicators.yaml", "indicatrs: indicators.yaml", StringComparison.Ordinal);
        var result = Evaluate(ProjectSchema.Value, yaml);
        Assert.False(result.IsValid);
        Assert.Contains(Failures(result), f => f.Contains("indicatrs", StringComparison.Ordinal));
    }

    [Fact]
    public void Indicator_target_above_100_fails_schema_validation()
    {
        var yaml = File.ReadAllText(Repo.Path("data", "indicators.yaml"));
        var changed = Changed(yaml, "target: 85", "target: 150");
        var result = Evaluate(IndicatorSchema.Value, changed);
        Assert.False(result.IsValid);
        Assert.Contains(Failures(result), f => f.StartsWith("/indicators/0/target", StringComparison.Ordinal));
    }

    [Fact]
    public void Maximal_project_uses_every_property_each_schema_declares()
    {
        // A margin's population maps values of the data to counts, and 'columns: indicators:' maps indicator ids to
        // columns: their keys are data, not schema properties.
        var declared = SchemaPaths(ProjectSchemaFile);
        var used = InstancePaths(MaximalProject).Where(p => !p.StartsWith("weighting.margins[].population.", StringComparison.Ordinal)
            && !p.StartsWith("data[].columns.indicators.", StringComparison.Ordinal) && !p.StartsWith("mirror.columns.indicators.", StringComparison.Ordinal)).ToList();
        // A file is a CSV (dialect) or a workbook (sheet): the data entries use both, the mirror survey its dialect.
        used.Add("mirror.sheet");
        Assert.Empty(declared.Except(used));
        Assert.Empty(used.Except(declared));
        Assert.Equal(SchemaPaths(IndicatorSchemaFile), InstancePaths(MaximalIndicators));
        Assert.Equal(SchemaPaths(ActionPlanSchemaFile), InstancePaths(MaximalActionPlan));
        Assert.Equal(SchemaPaths(BenchmarkSchemaFile), InstancePaths(MaximalBenchmarks));
    }

    [Fact]
    public void Maximal_project_validates_against_the_schemas_and_loads()
    {
        AssertValid(ProjectSchema.Value, MaximalProject);
        AssertValid(IndicatorSchema.Value, MaximalIndicators);
        AssertValid(ActionPlanSchema.Value, MaximalActionPlan);
        AssertValid(BenchmarkSchema.Value, MaximalBenchmarks);

        using var project = MaximalTempProject();
        var definition = ProjectLoader.Load(project.ProjectFile);

        Assert.Equal("REF-2024", definition.Reference);
        Assert.Equal(("2024", "2024"), (definition.Period.Label, definition.Period.Wave));
        Assert.Equal(new SampleDescription("échantillon aléatoire stratifié", "entretiens téléphoniques", "printemps 2024"), definition.Sample);
        Assert.Equal(new Thresholds(3, 2, 0.9) { Correction = MultipleTestingCorrection.BenjaminiHochberg }, definition.Thresholds);
        Assert.Equal("article.md.sbn", definition.NewsletterTemplate);
        Assert.Equal((SourceFormat.Xlsx, "Données"), (definition.Data[1].Format, definition.Data[1].SheetName));
        var wave2022 = definition.Data[2];
        Assert.Equal("2022", wave2022.Wave);
        Assert.Equal((SourceFormat.Csv, 2, 1), (wave2022.Format, wave2022.HeaderRow, wave2022.SkipRows));
        Assert.Equal([RowTest.NotEmpty, RowTest.Differs, RowTest.Equals, RowTest.Empty], wave2022.KeepRows.Select(k => k.Test));
        Assert.Equal(["Test", "Aperçu"], wave2022.KeepRows[1].Values);
        Assert.Equal(("accueil", "q1_2022"), (wave2022.IndicatorColumns[0].IndicatorId, wave2022.IndicatorColumns[0].Column));
        Assert.Equal("agence", Assert.Single(definition.Weighting!.Margins).Column);
        Assert.Equal((0.1, 10.0, 50, 0.00001), (definition.Weighting.TrimLower, definition.Weighting.TrimUpper, definition.Weighting.MaxIterations, definition.Weighting.Tolerance));
        var data = definition.Data[0];
        Assert.Equal(new CsvDialect(';', "utf-8", ','), data.Dialect);
        Assert.Equal("vague", data.Columns.Wave);
        Assert.Equal(new SegmentColumn("agence", "agence", "agences"), Assert.Single(data.Columns.Segments));
        var catalog = definition.Catalog;
        Assert.Equal(["1", "2", "3", "4"], catalog.Scale("sat4").Categories.Select(c => c.Code));
        Assert.Equal(2, catalog.Scale("sat4").SatisfiedCount);
        Assert.Equal(["NSP"], catalog.Scale("sat4").Excluded[0].Aliases);
        Assert.Equal(["9.1.3"], catalog.Indicators[1].IsoClauses);
        Assert.False(catalog.Indicators[1].Headline);
        Assert.Equal(85.5, catalog.Indicators[0].TargetPercent);
        Assert.Equal(new NumericRange(0, 10, 7) { Unit = "/10" }, catalog.Scale("note").Range);
        Assert.Equal((IndicatorKind.Score, 7, 7.5), (catalog.Indicator("note-logement").Kind, catalog.Indicator("note-logement").Threshold, catalog.Indicator("note-logement").Target));
        Assert.Equal((IndicatorKind.Net, new NetCutOffs(9, 6), -10.0), (catalog.Indicator("recommandation").Kind, catalog.Indicator("recommandation").CutOffs, catalog.Indicator("recommandation").Target));
        Assert.Equal([83.5, 7.8, -4], definition.Benchmarks!.Benchmarks.Select(b => b.Value));
        Assert.Equal(("moyenne régionale AORIF 2023", 24000), (definition.Benchmarks.Benchmarks[0].Label, definition.Benchmarks.Benchmarks[0].Base));
        var plan = definition.ActionPlan!;
        Assert.Equal("2024-1", plan.Version);
        Assert.Equal(["accueillir", "simplifier"], plan.Axes.Select(a => a.Id));
        Assert.Empty(plan.Axes[1].Actions);
        var first = plan.Actions.First();
        Assert.Equal(("2021", ActionStatus.Done, "demandes"), (first.Wave, first.Status, first.Workstream));
        Assert.Equal(["accueil"], first.Themes);
        Assert.Equal(["logement"], plan.Actions.Last().Irritants);
    }

    [Fact]
    public void Maximal_project_builds_with_its_score_net_score_and_benchmarks()
    {
        using var project = MaximalTempProject();
        var run = project.Build();
        Assert.True(run.ExitCode == 0, run.Error);
    }

    [Theory]
    [MemberData(nameof(IndicatorMistakes))]
    public void Indicator_file_the_loader_rejects_fails_schema_validation(string mistake, string find, string replacement)
    {
        var yaml = Changed(TempProject.DefaultIndicators, find, replacement);
        using var project = new TempProject(indicators: yaml);
        Assert.True(LoaderErrors(project).Count > 0, $"the loader accepts the {mistake}.");
        Assert.False(Evaluate(IndicatorSchema.Value, yaml).IsValid, $"the schema accepts the {mistake}.");
    }

    [Theory]
    [MemberData(nameof(ProjectMistakes))]
    public void Project_file_the_loader_rejects_fails_schema_validation(string mistake, string find, string replacement)
    {
        var yaml = Changed(TempProject.DefaultProject, find, replacement);
        using var project = new TempProject(project: yaml);
        Assert.True(LoaderErrors(project).Count > 0, $"the loader accepts the {mistake}.");
        Assert.False(Evaluate(ProjectSchema.Value, yaml).IsValid, $"the schema accepts the {mistake}.");
    }

    [Theory]
    [MemberData(nameof(ActionPlanMistakes))]
    public void Action_plan_the_loader_rejects_fails_schema_validation(string mistake, string find, string replacement)
    {
        var yaml = Changed(DefaultActionPlan, find, replacement);
        using var project = ActionPlanTempProject(yaml);
        Assert.True(LoaderErrors(project).Count > 0, $"the loader accepts the {mistake}.");
        Assert.False(Evaluate(ActionPlanSchema.Value, yaml).IsValid, $"the schema accepts the {mistake}.");
    }

    [Theory]
    [MemberData(nameof(BenchmarkMistakes))]
    public void Benchmark_file_the_loader_rejects_fails_schema_validation(string mistake, string find, string replacement)
    {
        var yaml = Changed(DefaultBenchmarks, find, replacement);
        using var project = BenchmarkTempProject(yaml);
        Assert.True(LoaderErrors(project).Count > 0, $"the loader accepts the {mistake}.");
        Assert.False(Evaluate(BenchmarkSchema.Value, yaml).IsValid, $"the schema accepts the {mistake}.");
    }

    [Theory]
    [MemberData(nameof(BenchmarkVariants))]
    public void Benchmark_file_the_loader_accepts_validates_against_the_schema(string variant, string find, string replacement)
    {
        var yaml = Changed(DefaultBenchmarks, find, replacement);
        using var project = BenchmarkTempProject(yaml);
        var errors = LoaderErrors(project);
        Assert.True(errors.Count == 0, $"{variant}: {string.Join(Environment.NewLine, errors)}");
        AssertValid(BenchmarkSchema.Value, yaml);
    }

    [Theory]
    [MemberData(nameof(ActionPlanVariants))]
    public void Action_plan_the_loader_accepts_validates_against_the_schema(string variant, string find, string replacement)
    {
        var yaml = Changed(DefaultActionPlan, find, replacement);
        using var project = ActionPlanTempProject(yaml);
        var errors = LoaderErrors(project);
        Assert.True(errors.Count == 0, $"{variant}: {string.Join(Environment.NewLine, errors)}");
        AssertValid(ActionPlanSchema.Value, yaml);
    }

    [Theory]
    [MemberData(nameof(IndicatorVariants))]
    public void Indicator_file_the_loader_accepts_validates_against_the_schema(string variant, string find, string replacement)
    {
        var yaml = Changed(TempProject.DefaultIndicators, find, replacement);
        using var project = new TempProject(indicators: yaml);
        var errors = LoaderErrors(project);
        Assert.True(errors.Count == 0, $"{variant}: {string.Join(Environment.NewLine, errors)}");
        AssertValid(IndicatorSchema.Value, yaml);
    }

    [Theory]
    [MemberData(nameof(ProjectVariants))]
    public void Project_file_the_loader_accepts_validates_against_the_schema(string variant, string find, string replacement)
    {
        var yaml = Changed(TempProject.DefaultProject, find, replacement);
        using var project = new TempProject(project: yaml);
        var errors = LoaderErrors(project);
        Assert.True(errors.Count == 0, $"{variant}: {string.Join(Environment.NewLine, errors)}");
        AssertValid(ProjectSchema.Value, yaml);
    }

    [Fact]
    public void Encoding_names_in_the_schema_are_those_the_loader_knows()
    {
        var root = JsonNode.Parse(File.ReadAllText(Repo.Path("schemas", ProjectSchemaFile)))!;
        var names = root["$defs"]!["dialect"]!["properties"]!["encoding"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();

        Assert.All(names, name => Assert.NotNull(EncodingNames.Resolve(name)));
        Assert.All(EncodingNames.Known, known => Assert.Contains(known, names));
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    private static JsonSchema LoadSchema(string file) =>
        JsonSchema.FromText(File.ReadAllText(Repo.Path("schemas", file)), new Json.Schema.BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static TempProject MaximalTempProject()
    {
        var project = new TempProject(MaximalProject, MaximalIndicators, MaximalCsv);
        Directory.CreateDirectory(project.Path("modeles"));
        File.Copy(Repo.Path("templates", ProjectLoader.DefaultTemplate), project.Path(Path.Combine("modeles", "article.md.sbn")));
        ReportGen.Tests.Ingest.Excel.XlsxFile.Write(project.Path("data-2023.xlsx"), new ReportGen.Tests.Ingest.Excel.XlsxFile.Sheet("Données",
            ReportGen.Tests.Ingest.Excel.XlsxFile.Texts(1, "id", "agence", "poids", "q1", "q2") + ReportGen.Tests.Ingest.Excel.XlsxFile.Texts(2, "1", "Nord", "1", "1", "8")
            + ReportGen.Tests.Ingest.Excel.XlsxFile.Texts(3, "2", "Sud", "1", "2", "6")));
        project.Write("data-2022.csv", "Enquête 2022;;;;;;;\nid;statut;fini;test;agence;poids;q1_2022;q2\nidentifiant;statut;terminé;test;agence;poids;accueil;note\n1;OK;True;;Nord;1;1;8\n2;OK;1;;Sud;1;3;4\n3;OK;true;;Sud;1;2;7\n;OK;True;;Sud;1;2;7\n4;Test;True;;Sud;1;2;7\n5;OK;False;;Sud;1;2;7\n6;OK;True;x;Sud;1;2;7\n");
        project.Write("miroir.csv", "id;vague;direction;poids;q1;q2;test\n1;2024;Clientèle;1;1;8;\n2;2024;Clientèle;1;2;9;\n3;2024;Patrimoine;1;3;5;\n4;2024;Patrimoine;1;3;5;x\n");
        project.Write("verbatims.csv", "id;type;moment;agence;commentaire\n1;locataire;demande;Nord;Aucune réponse à ma demande depuis deux mois.\n2;locataire;intervention;Sud;Aucune réponse à ma demande depuis deux mois, les délais sont vraiment trop longs pour nous.\n");
        project.Write("revue-codage.csv", $"id;fingerprint;theme;polarity\n1;{ReportGen.Verbatims.CommentCoding.FingerprintOf("Aucune réponse à ma demande depuis deux mois.")};;\n");
        project.Write("themes.yaml", MaximalRules);
        project.Write("plan.yaml", MaximalActionPlan);
        project.Write("benchmarks.yaml", MaximalBenchmarks);
        return project;
    }

    private static TempProject BenchmarkTempProject(string benchmarks)
    {
        var project = new TempProject(Changed(TempProject.DefaultProject, "indicators: indicators.yaml", "indicators: indicators.yaml\nbenchmarks: benchmarks.yaml"));
        project.Write("benchmarks.yaml", benchmarks);
        return project;
    }

    private static TempProject ActionPlanTempProject(string plan)
    {
        var project = new TempProject(Changed(TempProject.DefaultProject, "indicators: indicators.yaml", "indicators: indicators.yaml\naction_plan: action-plan.yaml"));
        project.Write("action-plan.yaml", plan);
        return project;
    }

    private static List<string> LoaderErrors(TempProject project)
    {
        var bag = new DiagnosticBag();
        ProjectLoader.TryLoad(project.ProjectFile, bag);
        return [.. bag.Items.Select(d => d.ToString())];
    }

    private static string Changed(string text, string find, string replacement)
    {
        Assert.Contains(find, text, StringComparison.Ordinal);
        return text.Replace(find, replacement, StringComparison.Ordinal);
    }

    private static JsonElement ParseJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static EvaluationResults Evaluate(JsonSchema schema, string yaml) => schema.Evaluate(YamlJson.ToElement(yaml), ListOutput);

    private static void AssertValid(JsonSchema schema, string yaml)
    {
        var result = Evaluate(schema, yaml);
        Assert.True(result.IsValid, Describe(result));
    }

    private static List<string> Failures(EvaluationResults result) =>
        [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))];

    private static string Describe(EvaluationResults result) => string.Join(Environment.NewLine, Failures(result));

    /// <summary>Objects must close their keys and every declared property must tell users what it means.</summary>
    private static void CheckObjects(JsonNode? node, string path, List<string> problems)
    {
        switch (node)
        {
            case JsonObject schema:
                if (schema["properties"] is JsonObject properties)
                {
                    if (schema["additionalProperties"]?.GetValue<bool>() != false)
                    {
                        problems.Add($"{path}: no 'additionalProperties: false'.");
                    }

                    foreach (var (name, property) in properties)
                    {
                        var description = property?["description"]?.GetValue<string>() ?? Resolve(node.Root, property)?["description"]?.GetValue<string>();
                        if (description is null || !description.Contains('\n', StringComparison.Ordinal))
                        {
                            problems.Add($"{path}/properties/{name}: no French and English description.");
                        }
                    }
                }

                // Conditions (if/then/not) constrain properties declared beside them: the target of a net indicator,
                // the keys of one kind only. They declare no property a user writes, so they need no description.
                foreach (var (name, child) in schema)
                {
                    if (name is not ("enum" or "default" or "required" or "contains" or "if" or "then" or "else" or "not"))
                    {
                        CheckObjects(child, $"{path}/{name}", problems);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    CheckObjects(array[i], $"{path}/{i}", problems);
                }

                break;
        }
    }

    private static JsonNode? Resolve(JsonNode root, JsonNode? schema)
    {
        const string prefix = "#/$defs/";
        var reference = schema?["$ref"]?.GetValue<string>();
        return reference is not null && reference.StartsWith(prefix, StringComparison.Ordinal) ? root["$defs"]![reference[prefix.Length..]] : null;
    }

    /// <summary>Every property path the schema declares, such as data[].dialect.delimiter.</summary>
    private static SortedSet<string> SchemaPaths(string file)
    {
        var root = JsonNode.Parse(File.ReadAllText(Repo.Path("schemas", file)))!;
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        Walk(root, "");
        return paths;

        void Walk(JsonNode? schema, string path)
        {
            if (schema is not JsonObject)
            {
                return;
            }

            Walk(Resolve(root, schema), path);
            if (schema["properties"] is JsonObject properties)
            {
                foreach (var (name, property) in properties)
                {
                    var child = path.Length == 0 ? name : $"{path}.{name}";
                    paths.Add(child);
                    Walk(property, child);
                }
            }

            Walk(schema["items"], $"{path}[]");
            foreach (var keyword in new[] { "anyOf", "oneOf", "allOf" })
            {
                foreach (var branch in schema[keyword]?.AsArray() ?? [])
                {
                    Walk(branch, path);
                }
            }
        }
    }

    /// <summary>Every key path a YAML document uses, in the form of <see cref="SchemaPaths"/>.</summary>
    private static SortedSet<string> InstancePaths(string yaml)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        Walk(YamlJson.ToNode(yaml), "");
        return paths;

        void Walk(JsonNode? node, string path)
        {
            switch (node)
            {
                case JsonObject map:
                    foreach (var (name, value) in map)
                    {
                        var child = path.Length == 0 ? name : $"{path}.{name}";
                        paths.Add(child);
                        Walk(value, child);
                    }

                    break;
                case JsonArray list:
                    foreach (var item in list)
                    {
                        Walk(item, $"{path}[]");
                    }

                    break;
            }
        }
    }
}
