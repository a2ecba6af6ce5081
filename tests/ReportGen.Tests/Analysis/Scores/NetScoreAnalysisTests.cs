using ReportGen.Analysis.Scores;
using ReportGen.Definitions;

namespace ReportGen.Tests.Analysis.Scores;

public class NetScoreAnalysisTests
{
    private static readonly Thresholds Small = new(30, 1, 0.95);

    [Fact]
    public void Two_promoters_a_passive_and_two_detractors_by_hand()
    {
        // 10, 9 promoters; 8 passive; 6, 0 detractors: P = D = 0.4, net score 0; d = 1, 1, 0, −1, −1,
        // V(d̄) = 5/4 · 4/25 = 0.2 = (n/(n−1))(P + D − (P − D)²)/n; SE = 100·√0.2 points.
        var tally = ScoreTally.Of(0, 10, [(10, 1), (9, 1), (8, 1), (6, 1), (0, 1)]);
        var estimate = NetScoreAnalysis.Estimate("recommandation", tally, Small);
        Assert.Equal(0, estimate.Score!.Value, 13);
        Assert.Equal(0.4, estimate.Promoters!.Value, 15);
        Assert.Equal(0.2, estimate.Passives!.Value, 15);
        Assert.Equal(0.4, estimate.Detractors!.Value, 15);
        Assert.Equal(100 * Math.Sqrt(0.2), estimate.StandardError!.Value, 12);
        Assert.Equal(4, estimate.DegreesOfFreedom!.Value, 14);
        // ± qt(0.975, 4)·44.72 = ±124.2 points: cut to the scale of a net score.
        Assert.Equal(new ReportGen.Analysis.Interval(-100, 100), estimate.Interval);
    }

    [Fact]
    public void Weighted_net_score_by_hand()
    {
        // A promoter of weight 3 and a detractor of weight 1: d̄ = (3 − 1)/4 = 0.5, 50 points;
        // Σw²(d − d̄)² = 9·0.25 + 1·2.25 = 4.5; V = 2 · 4.5/16 = 0.5625; SE = 75 points.
        var tally = ScoreTally.Of(0, 10, [(9, 3), (3, 1)]);
        var estimate = NetScoreAnalysis.Estimate("recommandation", tally, Small);
        Assert.Equal(50, estimate.Score!.Value, 12);
        Assert.Equal(75, estimate.StandardError!.Value, 12);
        Assert.Equal(1.6, estimate.EffectiveBase, 14);
    }

    [Fact]
    public void The_indicator_s_cut_offs_decide_who_promotes_and_who_detracts()
    {
        // Promoters from 8, detractors up to 5: 10, 9, 8 promote, 6 is passive, 0 detracts: P = 0.6, D = 0.2, 40 points.
        // The usual 9–10 / 0–6 gives P = D = 0.4 on the same answers (the first test).
        var tally = ScoreTally.Of(0, 10, [(10, 1), (9, 1), (8, 1), (6, 1), (0, 1)]);
        var estimate = NetScoreAnalysis.Estimate("recommandation", tally, Small, new NetCutOffs(8, 5));
        Assert.Equal(40, estimate.Score!.Value, 12);
        Assert.Equal(0.6, estimate.Promoters!.Value, 15);
        Assert.Equal(0.2, estimate.Passives!.Value, 15);
        Assert.Equal(0.2, estimate.Detractors!.Value, 15);
    }

    [Fact]
    public void Only_a_0_to_10_question_has_a_net_score()
    {
        var tally = ScoreTally.Of(1, 10, [(9, 1)]);
        Assert.Throws<ArgumentException>(() => NetScoreAnalysis.Estimate("recommandation", tally, Small));
        var suppressed = NetScoreAnalysis.Estimate("recommandation", ScoreTally.Of(0, 10, [(9, 1)]), Thresholds.Default);
        Assert.True(suppressed.Suppressed);
        Assert.Null(suppressed.Score);
    }

    [Theory]
    [InlineData("wave1")]
    [InlineData("wave2")]
    [InlineData("staff")]
    public void Net_score_its_error_and_interval_match_R_svymean_of_d(string group)
    {
        var r = ROracle.Committed;
        var estimate = NetScoreAnalysis.Estimate("recommandation", r.Tally(group), Thresholds.Default);
        ROracle.Close(r[$"{group}.nps"], estimate.Score!.Value, "svymean(~d)·100");
        ROracle.Close(r[$"{group}.nps.se"], estimate.StandardError!.Value, "SE(svymean(~d))·100");
        ROracle.Close(r[$"{group}.promoters"], estimate.Promoters!.Value, "promoters");
        ROracle.Close(r[$"{group}.detractors"], estimate.Detractors!.Value, "detractors");
        ROracle.Close(r[$"{group}.nps.lower"], estimate.Interval!.Value.Lower, "lower bound");
        ROracle.Close(r[$"{group}.nps.upper"], estimate.Interval!.Value.Upper, "upper bound");
    }
}
