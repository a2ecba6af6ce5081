using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using ReportGen.Analysis;
using ReportGen.Analysis.Scores;
using ReportGen.Charts;
using ReportGen.Tests.Publishing.Results;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Charts;

/// <summary>The satisfaction chart marks each share's benchmark as it marks the target, and nothing when there is none.</summary>
public sealed class SatisfactionChartBenchmarkTests
{
    private const int Width = 480;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Each_share_with_a_benchmark_carries_its_reference_as_a_proportion_and_its_verdict()
    {
        var results = ScoreSample.Results;
        var chart = SatisfactionChart.FromEstimates(results)!;
        var benchmark = results.Benchmarks.Single(b => b.Definition.IndicatorId == "accueil");

        var bar = Assert.Single(chart.Bars);
        Assert.Equal(0.5, bar.Benchmark);
        Assert.Equal(benchmark.Comparison.Verdict, bar.BenchmarkVerdict);
        Assert.Equal("moyenne régionale", chart.BenchmarkName);
        Assert.Contains("moyenne régionale", SvgTexts(chart));
        Assert.Contains("la référence «\u00A0moyenne régionale\u00A0»", chart.Description, StringComparison.Ordinal);
        Assert.Contains("Par rapport à la référence «\u00A0moyenne régionale\u00A0» (1 indicateur)\u00A0:", chart.Description, StringComparison.Ordinal);
        Assert.Equal(["Indicateur", "Satisfaits", "Intervalle de confiance à 95\u202F%", "Objectif", "Statut", "Référence (moyenne régionale)", "Comparaison"], chart.Data.Columns);
        Assert.Equal("50,0\u202F%", chart.Data.Rows[0][5]);
    }

    [Fact]
    public void Without_benchmarks_nothing_is_marked_or_said()
    {
        var chart = SatisfactionChart.FromEstimates(ScoreSample.WithoutBenchmarks)!;

        Assert.All(chart.Bars, b => Assert.Null(b.Benchmark));
        Assert.Null(chart.BenchmarkName);
        Assert.DoesNotContain("moyenne régionale", SvgTexts(chart));
        Assert.DoesNotContain("référence", chart.Description, StringComparison.Ordinal);
        Assert.Equal(5, chart.Data.Columns.Count);

        var marked = SatisfactionChart.FromEstimates(ScoreSample.Results)!;
        var height = (int)chart.PreferredSize(Width).Height;
        Assert.NotEqual(chart.ToSvg(Width, height), marked.ToSvg(Width, height));
    }

    [Fact]
    public void Benchmarks_of_scores_do_not_reach_the_satisfaction_chart()
    {
        var results = ScoreSample.Results with { Benchmarks = [.. ScoreSample.Results.Benchmarks.Where(b => b.Definition.IndicatorId != "accueil")] };
        Assert.Null(SatisfactionChart.FromEstimates(results)!.BenchmarkName);
    }

    /// <summary>
    /// The sample's chart, its benchmarks left out, has the bytes it had before benchmarks were drawn: a project without
    /// benchmarks publishes the same chart files (hashes of charts/satisfaction.svg and .png built by commit 93d5e0a).
    /// </summary>
    [Fact]
    public void The_sample_s_chart_without_benchmarks_has_the_bytes_it_had_before_benchmarks()
    {
        var results = ReportBuilder.Check(Repo.Path("data", "reportgen.yaml")) with { Benchmarks = [] };
        var chart = SatisfactionChart.FromEstimates(results)!;
        var height = (int)chart.PreferredSize(Width).Height;

        Assert.Equal("bbfb0f0b415fd07fc34f6cc2aea3d5d2d578f79f15a562ccf7b29a3c8f2d1b8c", Hash(Encoding.UTF8.GetBytes(chart.ToSvg(Width, height))));
        Assert.Equal("1b5742d6685275d097f47ec445ec75a2a7769603e2630cda9341085e90481f6c", Hash(chart.ToPng(Width, height)));
    }

    [Fact]
    public void A_benchmark_outside_a_proportion_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new SatisfactionChart([new ChartBar("A", 0.5, 0.4, 0.6, null, false) { Benchmark = 50 }]));
        Assert.Equal(SatisfactionChart.DefaultBenchmarkName, new SatisfactionChart([new ChartBar("A", 0.5, 0.4, 0.6, null, false) { Benchmark = 0.5, BenchmarkVerdict = BenchmarkVerdict.InLine }]).BenchmarkName);
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static List<string> SvgTexts(SatisfactionChart chart) =>
        [.. XDocument.Parse(chart.ToSvg(Width, (int)chart.PreferredSize(Width).Height)).Descendants(Svg + "text").Select(t => t.Value.Trim())];
}
