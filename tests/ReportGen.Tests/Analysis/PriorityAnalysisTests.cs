using ReportGen.Analysis;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Analysis;

public class PriorityAnalysisTests
{
    private static readonly Lazy<SurveyResults> Sample = new(() => ReportBuilder.Check(Repo.Path("data", "reportgen.yaml")));

    private static readonly (string, int)[] Irritants =
        [("demandes", 142), ("maintenance", 118), ("accompagnement", 64), ("communication", 51), ("proprete", 47), ("voisinage", 30), ("charges", 22)];

    [Fact]
    public void Every_item_but_overall_satisfaction_gets_a_derived_importance()
    {
        var importance = Sample.Value.Importance;
        Assert.Equal(10, importance.Count);
        Assert.DoesNotContain("satisfaction-globale", importance.Keys);
        Assert.All(importance.Values, r => Assert.InRange(r, 0.1, 0.8));
    }

    [Fact]
    public void Crosshairs_sit_at_the_mean_performance_and_importance()
    {
        var results = Sample.Value;
        var importance = results.Importance;
        var priorities = PriorityAnalysis.Analyze(results, importance, new HashSet<string>(), Irritants, 4);
        Assert.Equal(importance.Values.Average(), priorities.ImportanceCrosshair, 12);
        Assert.Equal(results.Estimates.Where(e => e.IndicatorId != "satisfaction-globale").Average(e => e.Satisfied!.Value), priorities.PerformanceCrosshair, 12);
        var improve = priorities.Items.Where(i => i.Quadrant == PriorityQuadrant.ImprovementPriority).Select(i => i.IndicatorId).Order(StringComparer.Ordinal);
        Assert.Equal(["delai-solution", "qualite-intervention"], improve);
    }

    [Fact]
    public void On_the_sample_the_four_work_streams_of_the_article_come_first_in_its_order()
    {
        var results = Sample.Value;
        var priorities = PriorityAnalysis.Analyze(results, results.Importance, new HashSet<string> { "delai-solution", "qualite-intervention" }, Irritants, 4);
        var selected = priorities.Workstreams.Where(w => w.Selected).Select(w => w.Workstream.Id);
        Assert.Equal(["traitement-demandes", "maintenance", "accompagnement", "communication-relations"], selected);
        var demandes = priorities.Workstreams[0];
        Assert.Equal(3, demandes.Score);
        Assert.Equal(["delai-solution"], demandes.PriorityIndicators);
        Assert.Equal(["delai-solution"], demandes.MisreadIndicators);
        Assert.Equal(["demandes"], demandes.IrritantThemes);
        Assert.False(priorities.Workstreams.Single(w => w.Workstream.Id == "cadre-de-vie").Selected);
    }

    [Fact]
    public void A_work_stream_without_any_signal_is_never_selected()
    {
        var results = Sample.Value;
        var priorities = PriorityAnalysis.Analyze(results, results.Importance, new HashSet<string>(), [], 5);
        Assert.All(priorities.Workstreams.Where(w => w.Score == 0), w => Assert.False(w.Selected));
        Assert.Equal(2, priorities.Workstreams.Count(w => w.Selected));
    }
}
