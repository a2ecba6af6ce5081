using ReportGen.Analysis;
using ReportGen.Analysis.Scores;
using ReportGen.Definitions;

namespace ReportGen.Tests.Analysis.Scores;

public class ScoreMirrorAnalysisTests
{
    [Fact]
    public void Staff_overestimating_the_tenants_score_is_a_divergence_that_matches_R()
    {
        var r = ROracle.Committed;
        var staff = ScoreAnalysis.Estimate("note", r.Tally("staff"), Thresholds.Default);
        var tenant = ScoreAnalysis.Estimate("note", r.Tally("wave2"), Thresholds.Default);
        var gap = ScoreMirrorAnalysis.Gap(staff, tenant, 0.95);
        ROracle.Close(r["staff.mean"] - r["wave2.mean"], gap.Gap!.Value, "gap");
        ROracle.Close(r["mirror.t"], gap.T!.Value, "t");
        ROracle.Close(r["mirror.df"], gap.DegreesOfFreedom!.Value, "df");
        ROracle.Close(r["mirror.p"], gap.PValue!.Value, "p");
        Assert.True(gap.Significant);
        Assert.Equal(MirrorGapClass.StaffOverestimate, gap.Class);
        Assert.Equal(0.5, gap.Threshold, 15);

        // The same gap under a threshold of 1 point out of 10 is significant but small: convergence.
        Assert.Equal(MirrorGapClass.Convergence, ScoreMirrorAnalysis.Gap(staff, tenant, 0.95, threshold: 1).Class);
    }

    [Fact]
    public void A_missing_or_suppressed_side_is_unavailable()
    {
        var tenant = ScoreAnalysis.Estimate("note", ROracle.Committed.Tally("wave2"), Thresholds.Default);
        var few = ScoreAnalysis.Estimate("note", ScoreTally.Of(0, 10, [(9, 1), (8, 1)]), Thresholds.Default);
        var gap = ScoreMirrorAnalysis.Gap(few, tenant, 0.95);
        Assert.Equal(MirrorGapClass.Unavailable, gap.Class);
        Assert.Null(gap.Gap);
        Assert.Equal(tenant.Mean, gap.TenantMean);

        var gaps = ScoreMirrorAnalysis.Gaps([], [tenant], 0.95);
        Assert.Equal(MirrorGapClass.Unavailable, Assert.Single(gaps).Class);
        Assert.Equal(0, gaps[0].StaffBase);
    }

    [Fact]
    public void Scores_of_different_indicators_or_scales_are_not_compared()
    {
        var tenant = ScoreAnalysis.Estimate("note", ROracle.Committed.Tally("wave2"), Thresholds.Default);
        Assert.Throws<ArgumentException>(() => ScoreMirrorAnalysis.Gap(tenant with { IndicatorId = "autre" }, tenant, 0.95));
        Assert.Throws<ArgumentException>(() => ScoreMirrorAnalysis.Gap(tenant with { Minimum = 1 }, tenant, 0.95));
    }
}
