using System.Text;
using ReportGen.Analysis;
using ReportGen.Analysis.Scores;
using ReportGen.Definitions;
using ReportGen.Scaffolding;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Scaffolding;

public class SampleBenchmarksTests
{
    private static readonly Lazy<SurveyResults> Sample = new(() => ReportBuilder.Check(Repo.Path("data", "reportgen.yaml")));

    [Fact]
    public void The_committed_benchmarks_are_what_the_committed_generator_writes()
    {
        using var memory = new MemoryStream();
        SampleBenchmarks.Write(memory);
        Assert.Equal(File.ReadAllBytes(Repo.Path("data", "benchmarks.yaml")), memory.ToArray());
    }

    [Fact]
    public void The_file_names_its_schema_says_it_is_generated_and_is_utf8_without_a_byte_order_mark()
    {
        var bytes = File.ReadAllBytes(Repo.Path("data", "benchmarks.yaml"));
        Assert.NotEqual(0xEF, bytes[0]);
        var lines = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).Split('\n');
        Assert.Equal("# yaml-language-server: $schema=../schemas/benchmarks.schema.json", lines[0]);
        Assert.Contains("reportgen sample --kind benchmarks", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain('\r', string.Concat(lines));
    }

    [Fact]
    public void Same_seed_gives_the_same_benchmarks_and_another_seed_others()
    {
        static byte[] Generate(int seed, int landlords = SampleBenchmarks.DefaultLandlords)
        {
            using var memory = new MemoryStream();
            SampleBenchmarks.Write(memory, landlords, seed);
            return memory.ToArray();
        }

        Assert.Equal(Generate(1), Generate(1));
        Assert.NotEqual(Generate(1), Generate(2));
        Assert.NotEqual(Generate(1), Generate(1, landlords: 5));
    }

    [Fact]
    public void Each_benchmark_loads_in_its_indicator_s_unit_from_the_regional_survey_with_a_realistic_base()
    {
        var project = Sample.Value.Project;
        var benchmarks = project.Benchmarks!.Benchmarks;
        Assert.Equal(SampleBenchmarks.Levels.Select(l => l.Indicator), benchmarks.Select(b => b.IndicatorId));
        foreach (var benchmark in benchmarks)
        {
            var kind = project.Catalog.Indicators.Single(i => i.Id == benchmark.IndicatorId).Kind;
            Assert.Equal(kind switch { IndicatorKind.Share => MeasureUnit.Percent, IndicatorKind.Score => MeasureUnit.Score, _ => MeasureUnit.Points }, benchmark.Unit);
            Assert.Equal((SampleBenchmarks.Source, 2020, SampleBenchmarks.Label), (benchmark.Source, benchmark.Year, benchmark.Label));
            // Questions asked of every tenant rest on 20 000 to 30 000 answers; those about a request or a repair on fewer.
            Assert.InRange(benchmark.Base!.Value, benchmark.IndicatorId is "qualite-intervention" or "delai-solution" ? 10_000 : 20_000, 30_000);
        }

        Assert.Equal(10, benchmarks.Count(b => b.Unit == MeasureUnit.Percent));
        Assert.InRange(benchmarks.Single(b => b.IndicatorId == "note-globale").Value, 6.5, 8);
        Assert.InRange(benchmarks.Single(b => b.IndicatorId == "recommandation").Value, 0, 20);
    }

    [Fact]
    public void The_office_is_above_the_region_on_some_indicators_in_line_on_others_and_below_on_the_rest()
    {
        var verdicts = Sample.Value.Benchmarks.ToDictionary(b => b.Comparison.IndicatorId, b => b.Comparison.Verdict, StringComparer.Ordinal);
        Assert.Equal(
            new Dictionary<string, BenchmarkVerdict>(StringComparer.Ordinal)
            {
                ["accueil"] = BenchmarkVerdict.Above,
                ["communication"] = BenchmarkVerdict.Above,
                ["logement"] = BenchmarkVerdict.InLine,
                ["equipements-logement"] = BenchmarkVerdict.InLine,
                ["proprete-parties-communes"] = BenchmarkVerdict.Above,
                ["equipements-collectifs"] = BenchmarkVerdict.InLine,
                ["vie-residence"] = BenchmarkVerdict.Below,
                ["qualite-intervention"] = BenchmarkVerdict.Below,
                ["delai-solution"] = BenchmarkVerdict.Below,
                ["satisfaction-globale"] = BenchmarkVerdict.InLine,
                ["note-globale"] = BenchmarkVerdict.Above,
                ["recommandation"] = BenchmarkVerdict.InLine,
            },
            verdicts);
    }

    [Fact]
    public void Sample_command_regenerates_the_committed_benchmarks()
    {
        var dir = Path.Combine(Path.GetTempPath(), "reportgen-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var run = CliRun.Of("sample", "--kind", "benchmarks", "--out", Path.Combine(dir, "benchmarks.yaml"));
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Equal(File.ReadAllBytes(Repo.Path("data", "benchmarks.yaml")), File.ReadAllBytes(Path.Combine(dir, "benchmarks.yaml")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
