using System.Globalization;
using System.Text.Json;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Scaffolding.Import;

/// <summary>Each export shape of the one canonical survey, through <c>init --from</c> then <c>build</c>, with no hand edit.</summary>
public sealed class InitFromExportTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "reportgen-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    /// <summary>The % satisfied of the share questions of expected.txt, in the order of the questions (Q1 to Q4).</summary>
    private static IReadOnlyList<double> ExpectedPercents() =>
        [.. File.ReadAllLines(ExportInspectorTests.Fixture("expected.txt")).Where(l => l.StartsWith('Q') && l.Contains(" satisfied ", StringComparison.Ordinal))
            .Select(l => double.Parse(l.Split(' ')[^1], CultureInfo.InvariantCulture))];

    /// <summary>The 0–10 question of expected.txt: its base, mean and count of 7 or more.</summary>
    private static (long Base, double Mean, long AtOrAbove) ExpectedScore()
    {
        var words = File.ReadAllLines(ExportInspectorTests.Fixture("expected.txt")).Single(l => l.StartsWith("Q5_note ", StringComparison.Ordinal)).Split(' ');
        return (long.Parse(words[2], CultureInfo.InvariantCulture), double.Parse(words[4], CultureInfo.InvariantCulture), long.Parse(words[6], CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("institute-cp1252.csv")]
    [InlineData("institute-utf8-bom.csv")]
    [InlineData("qualtrics.csv")]
    [InlineData("limesurvey.csv")]
    [InlineData("survey.xlsx")]
    [InlineData("survey.sav")]
    [InlineData("survey.xls")]
    [InlineData("qualtrics.xlsx")]
    [InlineData("limesurvey-full-headings.csv")]
    public void Export_builds_to_the_expected_figures_with_no_hand_edit(string fixture)
    {
        var project = Path.Combine(_dir, "projet");
        var init = CliRun.Of("init", project, "--from", ExportInspectorTests.Fixture(fixture), "--lang", "en");
        Assert.True(init.ExitCode == 0, init.Error + init.Output);
        var build = CliRun.Of("build", Path.Combine(project, "reportgen.yaml"), "--out", Path.Combine(project, "out"));
        Assert.True(build.ExitCode == 0, build.Error + build.Output);

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(project, "out", "manifest.json")));
        Assert.Equal(300, manifest.RootElement.GetProperty("project").GetProperty("respondents").GetInt32());
        Assert.Contains("répartis dans 3 agences", File.ReadAllText(Path.Combine(project, "out", "newsletter.md")), StringComparison.Ordinal);

        var table = File.ReadAllLines(Path.Combine(project, "out", "indicators.csv")).Select(l => l.Split(';')).ToList();
        var column = Array.IndexOf(table[0], "pct_satisfaits");
        var percents = table.Skip(1).Select(r => Math.Round(double.Parse(r[column].Replace(',', '.'), CultureInfo.InvariantCulture), 1, MidpointRounding.AwayFromZero)).ToList();
        Assert.Equal(ExpectedPercents(), percents);

        // The 0–10 question is a score indicator: its mean, and the share giving 7 or more.
        var score = Assert.Single(ReportBuilder.Check(Path.Combine(project, "reportgen.yaml")).Scores.Scores);
        var (validBase, mean, atOrAbove) = ExpectedScore();
        Assert.Equal(validBase, score.ValidBase);
        Assert.Equal(mean, score.Mean!.Value, 0.0005);
        Assert.Equal((double)atOrAbove / validBase, score.ShareAtOrAbove!.Value, 9);
    }

    [Fact]
    public void Scores_and_recommendations_are_written_as_score_and_net_indicators_and_build()
    {
        Directory.CreateDirectory(_dir);
        var export = Path.Combine(_dir, "scores.csv");
        File.WriteAllText(export, ExportInspectorTests.ScoresExport());
        var project = Path.Combine(_dir, "projet");
        var init = CliRun.Of("init", project, "--from", export, "--lang", "en");
        Assert.True(init.ExitCode == 0, init.Error + init.Output);

        var indicators = File.ReadAllText(Path.Combine(project, "indicators.yaml"));
        Assert.Contains("    range: { min: 0, max: 10 }\n", indicators, StringComparison.Ordinal);
        Assert.DoesNotContain("satisfied_from", indicators, StringComparison.Ordinal);
        Assert.Contains("    kind: score ", indicators, StringComparison.Ordinal);
        Assert.Contains("    threshold: 7 ", indicators, StringComparison.Ordinal);

        var results = ReportBuilder.Check(Path.Combine(project, "reportgen.yaml"));
        Assert.Equal(["note-globale"], results.Scores.Scores.Select(s => s.IndicatorId));
        Assert.Equal(3, results.Scores.NetScores.Count);
        var build = CliRun.Of("build", Path.Combine(project, "reportgen.yaml"), "--out", Path.Combine(project, "out"));
        Assert.True(build.ExitCode == 0, build.Error + build.Output);
    }

    [Fact]
    public void A_referenced_export_builds_where_it_is()
    {
        var copy = Path.Combine(_dir, "exports", "qualtrics.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(ExportInspectorTests.Fixture("qualtrics.csv"), copy);
        var project = Path.Combine(_dir, "projet");
        var init = CliRun.Of("init", project, "--from", copy, "--reference");
        Assert.True(init.ExitCode == 0, init.Error);
        Assert.False(File.Exists(Path.Combine(project, "qualtrics.csv")));
        Assert.Contains("path: ../exports/qualtrics.csv", File.ReadAllText(Path.Combine(project, "reportgen.yaml")), StringComparison.Ordinal);
        Assert.Equal(0, CliRun.Of("validate", Path.Combine(project, "reportgen.yaml")).ExitCode);
    }

    [Fact]
    public void The_table_says_what_each_column_is_in_french_or_english()
    {
        var fr = CliRun.Of("init", Path.Combine(_dir, "fr"), "--from", ExportInspectorTests.Fixture("qualtrics.csv"), "--lang", "fr");
        Assert.True(fr.ExitCode == 0, fr.Error);
        Assert.Contains("Reconnue comme", fr.Output, StringComparison.Ordinal);
        Assert.Contains("identifiant du répondant", fr.Output, StringComparison.Ordinal);
        Assert.Contains("Status diffère de Survey Preview", fr.Output, StringComparison.Ordinal);
        Assert.Contains("Les cibles ne sont pas devinées", fr.Output, StringComparison.Ordinal);

        var en = CliRun.Of("init", Path.Combine(_dir, "en"), "--from", ExportInspectorTests.Fixture("qualtrics.csv"), "--lang", "en");
        Assert.True(en.ExitCode == 0, en.Error);
        Assert.Contains("Recognised as", en.Output, StringComparison.Ordinal);
        Assert.Contains("metadata, left out", en.Output, StringComparison.Ordinal);
        Assert.Contains("free text, left out", en.Output, StringComparison.Ordinal);
        Assert.Contains("Finished equals True / 1", en.Output, StringComparison.Ordinal);
        // The same export gives the same project, whatever the language of the table.
        foreach (var file in new[] { "reportgen.yaml", "indicators.yaml" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(_dir, "fr", file)), File.ReadAllBytes(Path.Combine(_dir, "en", file)));
        }
    }

    [Fact]
    public void A_folder_that_is_not_empty_is_refused_and_left_as_it_was()
    {
        var project = Path.Combine(_dir, "projet");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "notes.txt"), "mine");
        var run = CliRun.Of("init", project, "--from", ExportInspectorTests.Fixture("limesurvey.csv"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not empty", run.Error, StringComparison.Ordinal);
        Assert.Contains("hint:", run.Error, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(project).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("--copy", "--reference")]
    public void Contradictory_options_are_refused(string option, string value)
    {
        var run = CliRun.Of("init", Path.Combine(_dir, "p"), "--from", ExportInspectorTests.Fixture("limesurvey.csv"), option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("RG702", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_dir, "p")));
    }

    [Fact]
    public void Import_options_without_from_are_refused()
    {
        var run = CliRun.Of("init", Path.Combine(_dir, "p"), "--reference");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("only go with --from", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_export_with_no_question_on_a_known_scale_writes_nothing()
    {
        Directory.CreateDirectory(_dir);
        var export = Path.Combine(_dir, "codes.csv");
        File.WriteAllText(export, "id;agence;q1\n1;Nord;1\n2;Sud;2\n3;Sud;4\n");
        var run = CliRun.Of("init", Path.Combine(_dir, "p"), "--from", export, "--lang", "en");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("RG703", run.Error, StringComparison.Ordinal);
        Assert.Contains("numeric codes 1 to 4 with no labels", run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_dir, "p")));
    }

    [Fact]
    public void A_missing_export_is_a_diagnostic()
    {
        var run = CliRun.Of("init", Path.Combine(_dir, "p"), "--from", Path.Combine(_dir, "nowhere.csv"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error RG700: the export file does not exist.", run.Error, StringComparison.Ordinal);
    }
}
