using System.Text;
using ReportGen.Charts;
using ReportGen.Definitions;
using ReportGen.Publishing;
using ReportGen.Publishing.Outputs;
using ReportGen.Tests.Publishing.Results;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Publishing.Outputs;

/// <summary>The charts of a document set: which are exported, and how the evidence pack's figures are numbered.</summary>
public class SetChartsTests
{
    [Fact]
    public void Score_distributions_are_exported_after_the_satisfaction_chart_as_score_and_the_indicator_s_id()
    {
        var charts = SetCharts.Of(ScoreSample.Results);
        var exported = charts.Exports.Where(e => e.Chart is not null).Select(e => e.Name).ToList();

        Assert.Equal(["satisfaction", "score-note", "score-reco", "trends", "mirror"], exported);
        Assert.IsType<ScoreDistributionChart>(charts.Exports.Single(e => e.Name == "score-note").Chart);
    }

    [Fact]
    public void Score_figures_are_numbered_right_after_the_satisfaction_figure_and_before_the_trends()
    {
        var charts = SetCharts.Of(ScoreSample.Results);

        Assert.StartsWith("Figure 1 — Satisfaction par indicateur", charts.Satisfaction!.Caption, StringComparison.Ordinal);
        Assert.EndsWith(", objectif et moyenne régionale.", charts.Satisfaction.Caption, StringComparison.Ordinal);
        Assert.Equal(2, charts.Analysis.Scores.Count);
        Assert.Equal(
            "Figure 2 — Note globale : répartition pondérée des réponses de 0 à 10, moyenne et son intervalle de confiance à 95\u202F%, objectif et moyenne régionale.",
            charts.Analysis.Scores[0].Caption);
        var net = ScoreSample.Results.Scores.NetScore("reco")!;
        Assert.Equal(
            $"Figure 3 — Recommandation : répartition pondérée des réponses de 0 à 10, détracteurs, passifs et promoteurs, score net {FrenchFormat.NetScore(net.Score!.Value)}.",
            charts.Analysis.Scores[1].Caption);
        Assert.StartsWith("Figure 4 — Évolution par indicateur", charts.Analysis.Trends!.Caption, StringComparison.Ordinal);
        Assert.StartsWith("Figure 5 — Enquête miroir", charts.Analysis.Mirror!.Caption, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_without_scores_numbers_and_exports_its_charts_as_before()
    {
        var charts = SetCharts.Of(WaveSamples.Sample.Value with { Benchmarks = [], Scores = ReportGen.Analysis.Scores.ScoreResults.Empty });

        Assert.Empty(charts.Analysis.Scores);
        Assert.DoesNotContain(charts.Exports, e => e.Name.StartsWith("score-", StringComparison.Ordinal));
        Assert.Equal(["satisfaction", "trends", "mirror", "priorities", "irritants"], charts.Exports.Select(e => e.Name));
        Assert.Equal("Figure 1 — Satisfaction par indicateur : pourcentage de satisfaits, intervalle de confiance à 95\u202F% et objectif.", charts.Satisfaction!.Caption);
        Assert.StartsWith("Figure 2 — Évolution par indicateur", charts.Analysis.Trends!.Caption, StringComparison.Ordinal);
    }

    [Fact]
    public void The_build_writes_the_score_charts_into_the_charts_folder_and_lists_them_in_the_manifest()
    {
        var context = new DocumentSetContext(ScoreSample.Results, [], new ReportGen.Documents.DocumentOptions(), "1.2.3");
        var unit = OutputCatalog.For(OutputsDefinition.Default).Single(u => u.Names.SequenceEqual([OutputCatalog.ChartsFolder]));
        var files = unit.Write(context).ToList();

        Assert.Equal(
            ["satisfaction", "score-note", "score-reco", "trends", "mirror"],
            files.Where(f => f.Path.EndsWith(".svg", StringComparison.Ordinal)).Select(f => f.Path["charts/".Length..^".svg".Length]));
        var svg = Encoding.UTF8.GetString(files.Single(f => f.Path == "charts/score-note.svg").Content);
        Assert.Contains("moyenne régionale", svg, StringComparison.Ordinal);
        Assert.Contains(files, f => f.Path == "charts/score-reco.png");
    }
}
