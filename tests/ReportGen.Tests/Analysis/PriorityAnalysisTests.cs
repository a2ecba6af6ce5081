using ReportGen.Analysis;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Analysis;

public class PriorityAnalysisTests
{
    private static readonly Lazy<SurveyResults> Sample = new(() => ReportBuilder.Check(Repo.Path("data", "reportgen.yaml")));

    private static readonly (string, int, int)[] Irritants =
        [("demandes", 1, 142), ("maintenance", 2, 118), ("accompagnement", 3, 64), ("communication", 4, 51), ("proprete", 5, 47), ("voisinage", 6, 30), ("charges", 7, 22)];

    /// <summary>The same counts, with communication, cleanliness and neighbours ex aequo at rank 4 and charges after them.</summary>
    private static readonly (string, int, int)[] TiedAtTheLimit =
        [("demandes", 1, 142), ("maintenance", 2, 118), ("accompagnement", 3, 64), ("communication", 4, 51), ("proprete", 4, 47), ("voisinage", 4, 30), ("charges", 7, 22)];

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

    [Fact]
    public void A_tie_at_the_limit_counts_whole_and_equal_scores_go_by_the_best_placed_irritant()
    {
        var results = Sample.Value;
        var priorities = PriorityAnalysis.Analyze(results, results.Importance, new HashSet<string> { "delai-solution", "qualite-intervention" }, TiedAtTheLimit, 4);

        var cadre = priorities.Workstreams.Single(w => w.Workstream.Id == "cadre-de-vie");
        Assert.Equal(["proprete", "voisinage"], cadre.IrritantThemes);
        Assert.Equal(1, cadre.Score);
        Assert.Equal(77, cadre.NegativeMentions);

        // Cadre de vie has more negative mentions (47 + 30) than communication (51), but its best irritant is placed after it.
        var selected = priorities.Workstreams.Where(w => w.Selected).Select(w => w.Workstream.Id);
        Assert.Equal(["traitement-demandes", "maintenance", "accompagnement", "communication-relations"], selected);
        Assert.Equal(5, cadre.Rank);
    }

    [Fact]
    public void A_work_stream_whose_irritant_is_placed_first_in_its_tier_goes_first()
    {
        var results = Sample.Value;
        (string, int, int)[] cleanlinessFirst =
            [("demandes", 1, 142), ("maintenance", 2, 118), ("accompagnement", 3, 64), ("proprete", 4, 52), ("communication", 4, 51), ("voisinage", 4, 30), ("charges", 7, 22)];
        var priorities = PriorityAnalysis.Analyze(results, results.Importance, new HashSet<string> { "delai-solution", "qualite-intervention" }, cleanlinessFirst, 4);
        var selected = priorities.Workstreams.Where(w => w.Selected).Select(w => w.Workstream.Id);
        Assert.Equal(["traitement-demandes", "maintenance", "accompagnement", "cadre-de-vie"], selected);
    }

    [Fact]
    public void A_theme_ranked_after_the_limit_gives_no_point()
    {
        var results = Sample.Value;
        var priorities = PriorityAnalysis.Analyze(results, results.Importance, new HashSet<string>(), Irritants, 4);
        var cadre = priorities.Workstreams.Single(w => w.Workstream.Id == "cadre-de-vie");
        Assert.Empty(cadre.IrritantThemes);
        Assert.Equal(["communication"], priorities.Workstreams.Single(w => w.Workstream.Id == "communication-relations").IrritantThemes);
    }

    [Fact]
    public void On_the_sample_the_work_streams_computed_from_its_comments_are_the_four_of_the_article()
    {
        var priorities = Sample.Value.Priorities!;
        Assert.Equal(["traitement-demandes", "maintenance", "accompagnement", "communication-relations"],
            priorities.Workstreams.Where(w => w.Selected).Select(w => w.Workstream.Id));
    }
}
