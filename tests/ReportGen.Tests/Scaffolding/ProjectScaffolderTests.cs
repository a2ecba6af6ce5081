using ReportGen.Scaffolding;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Scaffolding;

public sealed class ProjectScaffolderTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "reportgen-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Fact]
    public void Init_writes_a_project_that_builds()
    {
        var init = CliRun.Of("init", _dir);
        Assert.True(init.ExitCode == 0, init.Error);
        foreach (var file in new[] { "reportgen.yaml", "indicators.yaml", "benchmarks.yaml", "tenants.csv", "templates/newsletter.md.sbn", "schemas/reportgen.schema.json", "schemas/benchmarks.schema.json" })
        {
            Assert.True(File.Exists(Path.Combine(_dir, file)), file);
        }

        Assert.StartsWith("# yaml-language-server: $schema=schemas/reportgen.schema.json", File.ReadAllText(Path.Combine(_dir, "reportgen.yaml")), StringComparison.Ordinal);
        var build = CliRun.Of("build", Path.Combine(_dir, "reportgen.yaml"), "--out", Path.Combine(_dir, "out"));
        Assert.True(build.ExitCode == 0, build.Error);
        var article = File.ReadAllText(Path.Combine(_dir, "out", "newsletter.md"));
        Assert.Contains("échantillon de 400 locataires", article, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_carries_the_overall_score_the_recommendation_and_the_regional_benchmarks()
    {
        Assert.Equal(0, CliRun.Of("init", _dir).ExitCode);
        Assert.StartsWith("# yaml-language-server: $schema=schemas/benchmarks.schema.json\n", File.ReadAllText(Path.Combine(_dir, "benchmarks.yaml")), StringComparison.Ordinal);
        var header = File.ReadLines(Path.Combine(_dir, "tenants.csv"), System.Text.Encoding.Latin1).First();
        Assert.EndsWith(";q11_satisfaction_globale;q12_note_globale;q13_recommandation", header, StringComparison.Ordinal);
        Assert.EndsWith(";q11_satisfaction_globale;q12_note_globale", File.ReadLines(Path.Combine(_dir, "staff-mirror-2020.csv")).First(), StringComparison.Ordinal);

        var results = ReportBuilder.Check(Path.Combine(_dir, "reportgen.yaml"));
        Assert.NotNull(results.Scores.Score("note-globale")?.Mean);
        Assert.NotNull(results.Scores.NetScore("recommandation")?.Score);
        Assert.Equal(SampleBenchmarks.Levels.Select(l => l.Indicator), results.Benchmarks.Select(b => b.Comparison.IndicatorId));
    }

    [Fact]
    public void Init_edits_of_the_template_change_the_article()
    {
        Assert.Equal(0, CliRun.Of("init", _dir).ExitCode);
        File.AppendAllText(Path.Combine(_dir, "templates", "newsletter.md.sbn"), "\nÉdité par l’équipe communication.\n");
        Assert.Equal(0, CliRun.Of("build", Path.Combine(_dir, "reportgen.yaml"), "--out", Path.Combine(_dir, "out")).ExitCode);
        Assert.Contains("Édité par l’équipe communication.", File.ReadAllText(Path.Combine(_dir, "out", "newsletter.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Init_never_overwrites_an_existing_folder()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "notes.txt"), "mine");
        var run = CliRun.Of("init", _dir);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not empty", run.Error, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public void Init_writes_a_project_that_builds_to_out_beside_its_project_file_without_out()
    {
        Assert.Equal(0, CliRun.Of("init", _dir).ExitCode);
        // The sample's own 'outputs: directory: ../out' (the repository's out/) is not carried over.
        Assert.DoesNotMatch(@"(?m)^\s*outputs:", File.ReadAllText(Path.Combine(_dir, "reportgen.yaml")));

        var build = CliRun.Of("build", Path.Combine(_dir, "reportgen.yaml"));

        Assert.True(build.ExitCode == 0, build.Error);
        Assert.True(File.Exists(Path.Combine(_dir, "out", "newsletter.md")));
    }
}
