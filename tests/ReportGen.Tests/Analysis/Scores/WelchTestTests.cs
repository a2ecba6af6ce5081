using ReportGen.Analysis;
using ReportGen.Analysis.Scores;
using ReportGen.Definitions;

namespace ReportGen.Tests.Analysis.Scores;

public class WelchTestTests
{
    private static readonly int[] First = [7, 8, 9, 6, 10, 8, 7];
    private static readonly int[] Second = [5, 6, 7, 8, 6, 5];

    [Fact]
    public void Statistic_and_Satterthwaite_degrees_of_freedom_by_hand()
    {
        // SE² = 0.04 + 0.0225 = 0.0625, t = 0.5/0.25 = 2; ν = 0.0625²/(0.04²/100 + 0.0225²/50) = 149.521531…;
        // R: 2*pt(-2, 149.52153110047848) = 0.047311320022232366.
        var result = WelchTest.Compute(7.5, 0.2, 101, 7.0, 0.15, 51);
        Assert.Equal(0.5, result.Difference, 14);
        Assert.Equal(0.25, result.StandardError, 14);
        Assert.Equal(2, result.T, 13);
        Assert.Equal(0.00390625 / 0.000026125, result.DegreesOfFreedom, 10);
        Assert.Equal(0.047311320022232366, result.PValue, 13);
        Assert.True(result.SignificantAt(0.95));
        Assert.False(result.SignificantAt(0.99));
    }

    [Fact]
    public void Unweighted_it_is_R_t_test_of_two_samples()
    {
        // R: t.test(c(7,8,9,6,10,8,7), c(5,6,7,8,6,5)): t = 2.424182589326367765, df = 10.991481201006541468,
        // p = 0.033771617025660818 (Welch is t.test's default).
        var thresholds = new Thresholds(30, 1, 0.95);
        var x = ScoreAnalysis.Estimate("note", ScoreTally.Of(0, 10, First.Select(v => (v, 1.0))), thresholds);
        var y = ScoreAnalysis.Estimate("note", ScoreTally.Of(0, 10, Second.Select(v => (v, 1.0))), thresholds);
        var result = WelchTest.Compute(x, y)!.Value;
        Assert.Equal(2.424182589326367765, result.T, 13);
        Assert.Equal(10.991481201006541468, result.DegreesOfFreedom, 12);
        Assert.Equal(0.033771617025660818, result.PValue, 13);
    }

    [Fact]
    public void Without_spread_equal_means_give_p_1_and_different_means_p_0()
    {
        Assert.Equal(1, WelchTest.Compute(8, 0, 20, 8, 0, 30).PValue);
        var certain = WelchTest.Compute(9, 0, 20, 8, 0, 30);
        Assert.Equal(0, certain.PValue);
        Assert.Equal(double.PositiveInfinity, certain.T);
        Assert.Throws<ArgumentOutOfRangeException>(() => WelchTest.Compute(8, 0.1, 1, 8, 0.1, 30));
    }

    [Fact]
    public void A_suppressed_wave_gives_no_test()
    {
        var shown = ScoreAnalysis.Estimate("note", ROracle.Committed.Tally("wave1"), Thresholds.Default);
        var suppressed = ScoreAnalysis.Estimate("note", ScoreTally.Of(0, 10, [(5, 1)]), Thresholds.Default);
        Assert.Null(WelchTest.Compute(shown, suppressed));
        Assert.Null(WelchTest.Compute(suppressed, shown));
    }

    [Fact]
    public void Score_and_net_score_trends_match_R_and_join_the_family_of_the_shares()
    {
        var r = ROracle.Committed;
        var before = ScoreAnalysis.Estimate("note", r.Tally("wave1"), Thresholds.Default);
        var now = ScoreAnalysis.Estimate("note", r.Tally("wave2"), Thresholds.Default);
        var trend = WelchTest.Compute(now, before)!.Value;
        ROracle.Close(r["trend.t"], trend.T, "t");
        ROracle.Close(r["trend.df"], trend.DegreesOfFreedom, "Welch–Satterthwaite df");
        ROracle.Close(r["trend.p"], trend.PValue, "p");

        var netBefore = NetScoreAnalysis.Estimate("recommandation", r.Tally("wave1"), Thresholds.Default);
        var netNow = NetScoreAnalysis.Estimate("recommandation", r.Tally("wave2"), Thresholds.Default);
        var net = WelchTest.Compute(netNow, netBefore)!.Value;
        ROracle.Close(r["trend.nps.t"], net.T, "t");
        ROracle.Close(r["trend.nps.df"], net.DegreesOfFreedom, "df");
        ROracle.Close(r["trend.nps.p"], net.PValue, "p");

        // One family with a share's two-proportion p-value: Holm multiplies the smallest of the three by 3.
        var share = TwoProportionTest.Compute(0.80, 300, 0.70, 300);
        var adjusted = MultipleTesting.Adjust([trend.PValue, net.PValue, share.PValue], MultipleTestingCorrection.Holm);
        Assert.Equal(Math.Min(1, 3 * share.PValue), adjusted[2], 15);
        Assert.Equal(Math.Min(1, Math.Max(3 * share.PValue, 2 * trend.PValue)), adjusted[0], 15);
    }

    [Fact]
    public void Svyttest_on_the_stacked_waves_is_the_same_difference_with_the_pooled_design_variance()
    {
        // svyttest(score ~ wave) on one design of the n = n₁ + n₂ stacked rows: the same difference; its variance is
        // n/(n−1)·Σuᵢ² over all rows, ours nₖ/(nₖ−1)·Σ_{i∈k}uᵢ² per wave; its df is n − 2.
        var r = ROracle.Committed;
        var before = ScoreAnalysis.Estimate("note", r.Tally("wave1"), Thresholds.Default);
        var now = ScoreAnalysis.Estimate("note", r.Tally("wave2"), Thresholds.Default);
        var trend = WelchTest.Compute(now, before)!.Value;
        ROracle.Close(r["svyttest.estimate"], trend.Difference, "difference of means");

        double n1 = before.ValidBase, n2 = now.ValidBase, n = n1 + n2;
        var pooledVariance = n / (n - 1) * (((n1 - 1) / n1 * Math.Pow(before.StandardError!.Value, 2)) + ((n2 - 1) / n2 * Math.Pow(now.StandardError!.Value, 2)));
        var t = trend.Difference / Math.Sqrt(pooledVariance);
        ROracle.Close(r["svyttest.t"], t, "svyttest's t");
        Assert.Equal(n - 2, r["svyttest.df"]);
        ROracle.Close(r["svyttest.p"], StudentT.TwoSidedPValue(t, n - 2), "svyttest's p");
        // The two tests agree to the second decimal of p on bases of this size.
        Assert.Equal(r["svyttest.p"], trend.PValue, 2);
    }
}
