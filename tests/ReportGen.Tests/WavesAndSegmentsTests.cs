using System.Text;
using ReportGen.Analysis;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests;

/// <summary>Waves, weighting from margins, per-segment document sets and quarterly periods, through the pipeline and the CLI.</summary>
public sealed class WavesAndSegmentsTests
{
    private const string Project = """
        organisation: Office Test
        survey: Enquête test
        period: { label: "2024" }
        publication_date: 2024-06-01
        indicators: indicators.yaml
        data:
          - path: data.csv
            dialect: { delimiter: ";", decimal: "," }
            columns:
              respondent_id: id
              wave: vague
              segments:
                - { id: agence, column: agence, label: agences }
        thresholds: { low_base: 3, suppress_below: 2 }

        """;

    /// <summary>q1 per wave: 40 %, 60 % then 80 % satisfied (codes 1 and 2).</summary>
    private static readonly int[][] Answers = [[1, 2, 3, 4, 4], [1, 2, 2, 3, 4], [1, 1, 2, 2, 3]];

    /// <summary>Three quarters, two agencies, a housing type; answers vary so every figure differs.</summary>
    private static string Csv()
    {
        var builder = new StringBuilder("id;vague;agence;type;q1;q2\n");
        var waves = new[] { "2026-Q1", "2026-Q2", "2026-Q3" };
        for (var w = 0; w < waves.Length; w++)
        {
            for (var i = 0; i < 40; i++)
            {
                var agency = i % 3 == 0 ? "Agence Sud" : "Agence Nord";
                var type = i % 4 == 0 ? "Individuel" : "Collectif";
                builder.Append($"{i};{waves[w]};{agency};{type};{Answers[w][i % 5]};{1 + ((i * 7 + w) % 4)}\n");
            }
        }

        return builder.ToString();
    }

    [Fact]
    public void Latest_wave_is_reported_with_the_previous_waves_as_trend()
    {
        using var project = new TempProject(Project, csv: Csv());
        var results = ReportBuilder.Check(project.ProjectFile);

        Assert.Equal("2026-Q3", results.Wave);
        Assert.Equal(40, results.Survey.Respondents);
        Assert.Equal(["2026-Q1", "2026-Q2", "2026-Q3"], results.Trends!.Waves);
        Assert.Equal("2026-Q2", results.Trends.PreviousWave);
        var segment = Assert.Single(results.Segments);
        Assert.Equal(["Agence Nord", "Agence Sud"], segment.Values.Select(v => v.Value));
        Assert.Equal(40, segment.Values.Sum(v => v.Respondents));
    }

    [Fact]
    public void Period_selects_the_wave_dates_the_documents_and_writes_under_the_period()
    {
        using var project = new TempProject(Project + "outputs: { directory: out }\n", csv: Csv());
        var run = CliRun.Of("build", project.ProjectFile, "--period", "2026-Q2");

        Assert.True(run.ExitCode == 0, run.Error);
        var manifest = File.ReadAllText(project.Path("out/2026-Q2/manifest.json"));
        Assert.Contains("\"period\": \"2e trimestre 2026\"", manifest, StringComparison.Ordinal);
        Assert.Contains("\"publication_date\": \"2026-06-30\"", manifest, StringComparison.Ordinal);
        Assert.Contains("\"wave\": \"2026-Q2\"", manifest, StringComparison.Ordinal);

        // A build of another period beside it, then a plain build of the folder, keep the period folders.
        Assert.Equal(0, CliRun.Of("build", project.ProjectFile, "--period", "2026-Q3").ExitCode);
        Assert.Equal(0, CliRun.Of("build", project.ProjectFile).ExitCode);
        Assert.True(File.Exists(project.Path("out/2026-Q2/evidence.pdf")));
        Assert.True(File.Exists(project.Path("out/2026-Q3/evidence.pdf")));
    }

    [Fact]
    public void Another_period_leaves_out_the_staff_survey_and_comments_of_the_project_wave()
    {
        var sample = Repo.Path("data", "reportgen.yaml");
        var own = ReportBuilder.Check(sample);
        var earlier = ReportBuilder.Check(sample, "2017");

        Assert.NotNull(own.Mirror);
        Assert.NotNull(own.Verbatims);
        Assert.Null(earlier.Mirror);
        Assert.Null(earlier.Verbatims);
        Assert.Equal(("2017", "2017"), (earlier.Project.Period.Label, earlier.Wave));
        Assert.Null(earlier.Trends);
    }

    [Theory]
    [InlineData("2026-Q3", "3e trimestre 2026")]
    [InlineData("2026-Q1", "1er trimestre 2026")]
    [InlineData("2026-09", "septembre 2026")]
    [InlineData("2023", "2023")]
    [InlineData("vague A", "vague A")]
    public void Periods_are_written_in_french(string period, string label) =>
        Assert.Equal(label, ReportGen.Publishing.ReportingPeriod.Label(period));

    [Theory]
    [InlineData("--period", "2026-Q3", "evidence.pdf")]
    [InlineData("--per", "agence", "agence-sud/evidence.pdf")]
    public void Two_builds_of_the_same_inputs_are_byte_identical(string option, string value, string expected)
    {
        using var project = new TempProject(Project, csv: Csv());
        Assert.Equal(0, CliRun.Of("build", project.ProjectFile, option, value, "--out", project.Path("a")).ExitCode);
        Assert.Equal(0, CliRun.Of("build", project.ProjectFile, option, value, "--out", project.Path("b")).ExitCode);

        var first = Files(project.Path("a"));
        Assert.Contains(expected.Replace('/', Path.DirectorySeparatorChar), first);
        Assert.Equal(first, Files(project.Path("b")));
        Assert.All(first, f => Assert.Equal(File.ReadAllBytes(Path.Combine(project.Path("a"), f)), File.ReadAllBytes(Path.Combine(project.Path("b"), f))));
    }

    private static List<string> Files(string folder) =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("2026-Q4", "error RG205: the data has no wave '2026-Q4'; waves found: 2026-Q1, 2026-Q2, 2026-Q3.")]
    [InlineData("spring", "error RG104: 'spring' is not a period ReportGen can date.")]
    public void A_period_the_data_lacks_is_bad_input(string period, string message)
    {
        using var project = new TempProject(Project, csv: Csv());
        var run = CliRun.Of("build", project.ProjectFile, "--period", period, "--out", project.OutDir);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(project.OutDir));
    }

    [Fact]
    public void Per_segment_sets_equal_the_builds_of_single_segment_files()
    {
        using var project = new TempProject(Project, csv: Csv());
        var run = CliRun.Of("build", project.ProjectFile, "--per", "agence", "--out", project.OutDir);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("[3/3]", run.Output, StringComparison.Ordinal);

        foreach (var (agency, folder) in new[] { ("Agence Nord", "agence-nord"), ("Agence Sud", "agence-sud") })
        {
            var lines = Csv().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            using var single = new TempProject(Project, csv: string.Join('\n', lines.Where((l, i) => i == 0 || l.Contains(agency, StringComparison.Ordinal))) + "\n");
            Assert.Equal(0, single.Build().ExitCode);
            Assert.Equal(File.ReadAllBytes(single.Path("out/indicators.csv")), File.ReadAllBytes(project.Path($"out/{folder}/indicators.csv")));
            var manifest = File.ReadAllText(project.Path($"out/{folder}/manifest.json"));
            Assert.Contains($"\"segment\": \"agence={agency}\"", manifest, StringComparison.Ordinal);
        }

        // A later build without --per drops the sets it did not make.
        Assert.Equal(0, project.Build().ExitCode);
        Assert.False(Directory.Exists(project.Path("out/agence-nord")));
    }

    [Fact]
    public void Per_an_unknown_segment_is_bad_input()
    {
        using var project = new TempProject(Project, csv: Csv());
        var run = CliRun.Of("build", project.ProjectFile, "--per", "agences", "--out", project.OutDir);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--per: error RG106: the project has no segment 'agences'.", run.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'agence'?", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void One_file_per_wave_gives_the_figures_of_one_file_with_a_wave_column()
    {
        using var project = new TempProject(Project, csv: Csv());
        var lines = Csv().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var wave in LastTwo)
        {
            project.Write($"{wave}.csv", "id;agence;type;q1;q2\n" + string.Join('\n', lines.Skip(1).Where(l => l.Contains(wave, StringComparison.Ordinal)).Select(l => l.Replace($";{wave}", "", StringComparison.Ordinal))) + "\n");
        }

        var split = project.Path("split.yaml");
        var perWave = Project.Replace("""
          - path: data.csv
            dialect: { delimiter: ";", decimal: "," }
            columns:
              respondent_id: id
              wave: vague
              segments:
                - { id: agence, column: agence, label: agences }
        """, string.Concat(LastTwo.Select(w => $$"""
          - id: w{{w}}
            path: {{w}}.csv
            wave: "{{w}}"
            dialect: { delimiter: ";", decimal: "," }
            columns:
              respondent_id: id
              segments:
                - { id: agence, column: agence, label: agences }

        """)), StringComparison.Ordinal);
        File.WriteAllText(split, perWave);

        var whole = ReportBuilder.Check(project.ProjectFile);
        var files = ReportBuilder.Check(split);

        Assert.Equal(["2026-Q2", "2026-Q3"], files.Trends!.Waves);
        Assert.Equal(whole.Estimates.Select(e => (e.IndicatorId, e.ValidBase, e.Satisfied, e.EffectiveBase)), files.Estimates.Select(e => (e.IndicatorId, e.ValidBase, e.Satisfied, e.EffectiveBase)));
        Assert.Equal(whole.Trends!.Indicators.Select(t => t.ChangePoints), files.Trends.Indicators.Select(t => t.ChangePoints));
    }

    private static readonly string[] LastTwo = ["2026-Q2", "2026-Q3"];

    private const string Margins = """
        weighting:
          margins:
            - column: agence
              population: { Agence Nord: 500, Agence Sud: 500 }
            - column: type
              population: { Collectif: 900, Individuel: 100 }

        """;

    [Fact]
    public void Raked_weights_meet_every_margin_in_every_wave()
    {
        using var project = new TempProject(Project + Margins, csv: Csv());
        var results = ReportBuilder.Check(project.ProjectFile);

        Assert.True(results.Survey.Weighted);
        var weighting = results.Weighting!;
        Assert.Equal("raking", weighting.Method);
        Assert.Equal(3, weighting.Waves.Count);
        Assert.All(weighting.Waves, w => Assert.True(w.MaxRelativeGap <= 1e-6 && w.Iterations > 1 && w.DesignEffect > 1));

        // The weighted agency shares are the population's: 50 % each, against 26 of 40 Nord respondents.
        var inputs = ReportBuilder.Load(project.ProjectFile);
        var nord = inputs.Tenants.Tally("2026-Q3", c => c.Values[1] == "Agence Nord");
        Assert.Equal(26, nord.Respondents);
        Assert.Equal(0.5, nord.SumWeights / inputs.Tenants.Tally("2026-Q3").SumWeights, 6);
    }

    [Theory]
    [InlineData("Agence Sud: 500", "Agence Sud: 500, Agence Est: 300", "error RG211: wave '2026-Q1': ")]
    [InlineData("Agence Sud: 500", "Agence Ouest: 500", "'Agence Sud'")]
    [InlineData("Individuel: 100", "Individuel: 300", "error RG211:")]
    public void A_margin_that_cannot_be_met_is_bad_input_at_the_margin(string find, string replace, string expected)
    {
        using var project = new TempProject(Project + Margins.Replace(find, replace, StringComparison.Ordinal), csv: Csv());
        var run = project.Build();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("reportgen.yaml(", run.Error, StringComparison.Ordinal);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(project.OutDir));
    }

    [Fact]
    public void Sample_trends_move_some_items_significantly_and_not_others()
    {
        var results = ReportBuilder.Check(Repo.Path("data", "reportgen.yaml"));

        Assert.Equal(["2017", "2020"], results.Trends!.Waves);
        var directions = results.Trends.Indicators.Select(t => t.Direction).ToList();
        Assert.Contains(TrendDirection.Up, directions);
        Assert.Contains(TrendDirection.Down, directions);
        Assert.Contains(TrendDirection.Stable, directions);
        Assert.Equal("raking", results.Weighting!.Method);
        Assert.Equal(2, results.Segments.Count);
    }
}
