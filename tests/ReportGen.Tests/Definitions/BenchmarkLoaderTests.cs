using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Definitions;

/// <summary>The benchmark file: reference values per indicator, each in its indicator's unit, with its source and year.</summary>
public class BenchmarkLoaderTests
{
    private const string Nbsp = "\u00a0";

    private const string Indicators = """
        scales:
          - id: sat4
            categories:
              - { code: "1", label: Satisfait, satisfied: true }
              - { code: "2", label: Pas satisfait }
          - id: note
            range: { min: 0, max: 10 }
        themes:
          - { id: global, label: Global }
        indicators:
          - { id: satisfaction, label: Satisfaction, statement: satisfaits, column: q1, scale: sat4, theme: global }
          - { id: note-globale, label: Note, statement: note, column: q2, scale: note, theme: global, kind: score }
          - { id: recommandation, label: Recommandation, statement: recommandent, column: q3, scale: note, theme: global, kind: net }
        """;

    private const string Base = """
        benchmarks:
          - indicator: satisfaction
            value: 83
            unit: percent
            source: AORIF, enquête mutualisée
            year: 2023
            base: 24000
            label: moyenne régionale AORIF 2023
          - indicator: note-globale
            value: 7.8
            unit: score
            source: Observatoire régional Hauts-de-France
            year: 2020
          - indicator: recommandation
            value: -5
            unit: points
            source: AORIF, enquête mutualisée
            year: 2023
        """;

    private static (BenchmarkSet? Set, IReadOnlyList<Diagnostic> Problems) Load(string yaml)
    {
        using var project = new TempProject(indicators: Indicators);
        project.Write("benchmarks.yaml", yaml);
        var bag = new DiagnosticBag();
        var catalog = IndicatorLoader.Load(project.Path("indicators.yaml"), "indicators.yaml", bag);
        Assert.Empty(bag.Items);
        var set = BenchmarkLoader.Load(project.Path("benchmarks.yaml"), "benchmarks.yaml", catalog!, bag);
        return (set, bag.Items);
    }

    /// <summary>The one problem of <paramref name="yaml"/>: its code, and its place at <paramref name="token"/> of the first line holding <paramref name="line"/> below the line <paramref name="after"/>.</summary>
    private static Diagnostic Single(string yaml, string code, string line, string token, int after = 0)
    {
        var (set, problems) = Load(yaml);
        Assert.Null(set);
        var problem = Assert.Single(problems);
        Assert.Equal(code, problem.Code);
        var number = Array.FindIndex(yaml.Split('\n'), after, l => l.Contains(line, StringComparison.Ordinal)) + 1;
        Assert.True(number > 0, $"no line holds '{line}'");
        DiagnosticAssert.At(problem, "benchmarks.yaml", number, DiagnosticAssert.ColumnOf(yaml, number, token));
        return problem;
    }

    private static string Edit(string from, string to)
    {
        var at = Base.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0 && Base.IndexOf(from, at + 1, StringComparison.Ordinal) < 0, $"'{from}' must occur once in Base");
        return Base.Replace(from, to, StringComparison.Ordinal);
    }

    [Fact]
    public void Benchmarks_load_in_file_order_with_their_unit_source_year_base_and_label()
    {
        var (set, problems) = Load(Base);

        Assert.Empty(problems);
        Assert.Equal(["satisfaction", "note-globale", "recommandation"], set!.Benchmarks.Select(b => b.IndicatorId));
        var regional = Assert.Single(set.For("satisfaction"));
        Assert.Equal((83, MeasureUnit.Percent, "AORIF, enquête mutualisée", 2023), (regional.Value, regional.Unit, regional.Source, regional.Year));
        Assert.Equal((24000, "moyenne régionale AORIF 2023"), (regional.Base, regional.Label));
        Assert.Equal(new SourceLocation("benchmarks.yaml", 2, 5), regional.Location);
        var score = Assert.Single(set.For("note-globale"));
        Assert.Equal((7.8, MeasureUnit.Score, (int?)null, (string?)null), (score.Value, score.Unit, score.Base, score.Label));
        Assert.Equal((-5, MeasureUnit.Points), (set.For("recommandation")[0].Value, set.For("recommandation")[0].Unit));
        Assert.Empty(set.For("absent"));
    }

    [Fact]
    public void Two_benchmarks_of_one_indicator_told_apart_by_their_label_load()
    {
        var yaml = Base + "\n  - { indicator: satisfaction, value: 80, unit: percent, source: \"AORIF, enquête mutualisée\", year: 2023, label: offices de même taille }\n";
        var (set, problems) = Load(yaml);

        Assert.Empty(problems);
        Assert.Equal([83, 80], set!.For("satisfaction").Select(b => b.Value));
    }

    [Fact]
    public void A_benchmark_for_an_unknown_indicator_suggests_the_closest()
    {
        var problem = Single(Edit("indicator: satisfaction", "indicator: satisfacton"), DiagnosticCodes.UnknownReference, "indicator: satisfacton", "satisfacton");

        Assert.Equal("benchmark #1 is for the indicator 'satisfacton', which the indicator file does not define.", problem.Message);
        Assert.StartsWith("did you mean 'satisfaction'? Known indicators: ", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_percent_benchmark_for_a_score_indicator_is_in_the_wrong_unit()
    {
        var problem = Single(Edit("value: 7.8\n    unit: score", "value: 78\n    unit: percent"), DiagnosticCodes.BenchmarkWrongUnit, "unit: percent", "percent", after: 8);

        Assert.Equal("benchmark #2 is in 'percent', but the indicator 'note-globale' is a score from 0 to 10: its benchmarks are in 'score'.", problem.Message);
        Assert.Equal("write unit: score and the value in that unit, as the indicator's own figure is given: value: 7.8 for 7.8/10.", problem.Hint);
    }

    [Fact]
    public void A_score_benchmark_written_with_a_percent_sign_is_in_the_wrong_unit()
    {
        var problem = Single(Edit("value: 7.8", "value: 78 %"), DiagnosticCodes.BenchmarkWrongUnit, "value: 78 %", "78 %");

        Assert.Equal("'value' of benchmark #2 is written '78 %', with a % sign, but the indicator 'note-globale' is a score from 0 to 10: its benchmark is a score of the scale.", problem.Message);
    }

    [Fact]
    public void A_points_benchmark_for_a_share_is_in_the_wrong_unit()
    {
        var problem = Single(Edit("unit: percent", "unit: points"), DiagnosticCodes.BenchmarkWrongUnit, "unit: points", "points");

        Assert.Contains("is a share of satisfied answers: its benchmarks are in 'percent'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%", null)]
    [InlineData("pourcent", null)]
    [InlineData("point", "did you mean 'points'?")]
    public void An_unknown_unit_is_refused_with_the_known_ones(string unit, string? suggestion)
    {
        var problem = Single(Edit("unit: points", $"unit: \"{unit}\""), DiagnosticCodes.BenchmarkWrongUnit, $"unit: \"{unit}\"", $"\"{unit}\"");

        Assert.Equal($"'unit' of benchmark #3 must be percent, points or score; found '{unit}'.", problem.Message);
        Assert.Contains("'percent', 'points', 'score'", problem.Hint, StringComparison.Ordinal);
        if (suggestion is not null)
        {
            Assert.StartsWith(suggestion, problem.Hint, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("value: 7.8", "value: 12", "'value' of benchmark #2 is 12, outside the bounds of the scale 'note' of the indicator 'note-globale' (0 to 10).")]
    [InlineData("value: 83", "value: 120", "'value' of benchmark #1 is 120: a share in percent lies from 0 to 100.")]
    [InlineData("value: -5", "value: -150", "'value' of benchmark #3 is -150: a net score lies from −100 to +100 points.")]
    public void A_benchmark_outside_what_its_unit_allows_is_refused(string from, string to, string message)
    {
        var problem = Single(Edit(from, to), DiagnosticCodes.BenchmarkOutOfBounds, to, to["value: ".Length..]);

        Assert.Equal(message, problem.Message);
    }

    [Fact]
    public void A_percent_benchmark_written_as_a_proportion_is_refused_as_a_target_is()
    {
        var problem = Single(Edit("value: 83", "value: 0.83"), DiagnosticCodes.PercentageAsProportion, "value: 0.83", "0.83");

        Assert.Contains("83", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_benchmark_is_refused_at_the_second()
    {
        var yaml = Base + "\n  - { indicator: recommandation, value: 3, unit: points, source: \"AORIF, ENQUÊTE MUTUALISÉE\", year: 2023 }\n";
        var problem = Single(yaml, DiagnosticCodes.BenchmarkDuplicate, "value: 3,", "recommandation");

        Assert.Equal("benchmark #4 repeats benchmark #3 (line 14): the same indicator 'recommandation', source, year and label.", problem.Message);
        Assert.Equal("keep one, or tell them apart by their 'label'.", problem.Hint);
    }

    [Fact]
    public void A_benchmark_without_source_or_year_is_refused()
    {
        var (set, problems) = Load(Edit("    source: Observatoire régional Hauts-de-France\n    year: 2020\n", ""));

        Assert.Null(set);
        Assert.Equal([DiagnosticCodes.MissingKey, DiagnosticCodes.MissingKey], problems.Select(p => p.Code));
        Assert.Contains("'source'", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("'year'", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_key_of_a_benchmark_is_an_unknown_key()
    {
        var problem = Single(Edit("base: 24000", "bse: 24000"), DiagnosticCodes.UnknownKey, "bse: 24000", "bse");

        Assert.StartsWith("did you mean 'base'?", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Benchmark_errors_are_told_in_French()
    {
        using (UiLanguage.Use(Language.French))
        {
            var unknown = Single(Edit("indicator: satisfaction", "indicator: satisfacton"), DiagnosticCodes.UnknownReference, "indicator: satisfacton", "satisfacton");
            Assert.Equal($"la valeur de référence nº{Nbsp}1 porte sur l’indicateur «{Nbsp}satisfacton{Nbsp}», que le fichier des indicateurs ne définit pas.", unknown.Message);
            Assert.StartsWith($"vouliez-vous dire «{Nbsp}satisfaction{Nbsp}»\u202f?", unknown.Hint, StringComparison.Ordinal);

            var unit = Single(Edit("value: 7.8\n    unit: score", "value: 78\n    unit: percent"), DiagnosticCodes.BenchmarkWrongUnit, "unit: percent", "percent", after: 8);
            Assert.Equal($"la valeur de référence nº{Nbsp}2 est en «{Nbsp}percent{Nbsp}», mais l’indicateur «{Nbsp}note-globale{Nbsp}» est un score de 0 à 10{Nbsp}: ses valeurs de référence sont en «{Nbsp}score{Nbsp}».", unit.Message);
        }
    }

    [Fact]
    public void A_project_names_its_benchmark_file_which_is_loaded_and_hashed_as_an_input()
    {
        using var project = new TempProject(TempProject.DefaultProject + "\nbenchmarks: benchmarks.yaml\n");
        project.Write("benchmarks.yaml", "benchmarks:\n  - { indicator: accueil, value: 81.5, unit: percent, source: AORIF, year: 2023 }\n");

        var definition = ProjectLoader.Load(project.ProjectFile);

        Assert.Equal(81.5, Assert.Single(definition.Benchmarks!.For("accueil")).Value);
        Assert.Contains(project.Path("benchmarks.yaml"), definition.InputFiles);
    }

    [Fact]
    public void A_missing_benchmark_file_is_reported_where_the_project_names_it()
    {
        using var project = new TempProject(TempProject.DefaultProject + "\nbenchmarks: absent.yaml\n");
        var bag = new DiagnosticBag();

        Assert.Null(ProjectLoader.TryLoad(project.ProjectFile, bag));
        var problem = Assert.Single(bag.Items);
        Assert.Equal(DiagnosticCodes.FileNotFound, problem.Code);
        Assert.EndsWith("absent.yaml' does not exist.", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("the benchmark file '", problem.Message, StringComparison.Ordinal);
        DiagnosticAssert.At(problem, "reportgen.yaml", 12, 13);
    }
}
