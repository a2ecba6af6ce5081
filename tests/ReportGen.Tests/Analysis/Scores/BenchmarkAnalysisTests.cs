using ReportGen.Analysis;
using ReportGen.Analysis.Scores;
using ReportGen.Definitions;

namespace ReportGen.Tests.Analysis.Scores;

public class BenchmarkAnalysisTests
{
    private static ScoreEstimate Score => ScoreAnalysis.Estimate("note", ROracle.Committed.Tally("wave2"), Thresholds.Default, shareFrom: 7);

    private static IndicatorEstimate Share(double p, double effectiveBase) =>
        new("global", 300, 0, 0, 300, effectiveBase, p, null, null, null, TargetStatus.NoTarget, false, false, []);

    [Fact]
    public void Mean_against_a_fixed_value_is_a_one_sample_t_test_as_in_R()
    {
        var r = ROracle.Committed;
        var comparison = BenchmarkAnalysis.Compare(Score, new BenchmarkReference(7.2), 0.95);
        Assert.Equal(BenchmarkTest.OneSampleT, comparison.Test);
        ROracle.Close(r["bench.mean.fixed.t"], comparison.Statistic!.Value, "t");
        ROracle.Close(r["bench.mean.fixed.p"], comparison.PValue!.Value, "p");
        ROracle.Close(r["wave2.neff"] - 1, comparison.DegreesOfFreedom!.Value, "df");
        ROracle.Close(r["wave2.mean"] - 7.2, comparison.Gap!.Value, "gap");
        Assert.Equal(BenchmarkVerdict.InLine, comparison.Verdict);
    }

    [Fact]
    public void Mean_against_a_reference_with_its_base_is_Welch_with_the_published_or_the_office_deviation()
    {
        var r = ROracle.Committed;
        var published = BenchmarkAnalysis.Compare(Score, new BenchmarkReference(7.2, 1500, 2.1), 0.95);
        Assert.Equal(BenchmarkTest.WelchT, published.Test);
        ROracle.Close(r["bench.mean.base.t"], published.Statistic!.Value, "t");
        ROracle.Close(r["bench.mean.base.df"], published.DegreesOfFreedom!.Value, "df");
        ROracle.Close(r["bench.mean.base.p"], published.PValue!.Value, "p");
        Assert.Equal(1500, published.ReferenceBase);

        var own = BenchmarkAnalysis.Compare(Score, new BenchmarkReference(7.2, 1500), 0.95);
        ROracle.Close(r["bench.mean.base.ownsd.t"], own.Statistic!.Value, "t");
        ROracle.Close(r["bench.mean.base.ownsd.p"], own.PValue!.Value, "p");
    }

    [Fact]
    public void Share_against_a_fixed_value_or_a_reference_with_its_base_as_in_R()
    {
        var r = ROracle.Committed;
        var share = Share(Score.ShareAtOrAbove!.Value, Score.EffectiveBase);
        var fixedValue = BenchmarkAnalysis.Compare(share, new BenchmarkReference(0.72), 0.95);
        Assert.Equal(BenchmarkTest.OneSampleProportionZ, fixedValue.Test);
        ROracle.Close(r["bench.share.fixed.z"], fixedValue.Statistic!.Value, "z");
        ROracle.Close(r["bench.share.fixed.p"], fixedValue.PValue!.Value, "p");
        Assert.Null(fixedValue.DegreesOfFreedom);

        var withBase = BenchmarkAnalysis.Compare(share, new BenchmarkReference(0.72, 2000), 0.95);
        Assert.Equal(BenchmarkTest.TwoProportionZ, withBase.Test);
        ROracle.Close(r["bench.share.base.z"], withBase.Statistic!.Value, "z");
        ROracle.Close(r["bench.share.base.p"], withBase.PValue!.Value, "p");
    }

    [Fact]
    public void Net_score_below_its_reference_as_in_R()
    {
        var r = ROracle.Committed;
        var net = NetScoreAnalysis.Estimate("recommandation", r.Tally("wave2"), Thresholds.Default);
        var comparison = BenchmarkAnalysis.Compare(net, new BenchmarkReference(20), 0.95);
        ROracle.Close(r["bench.nps.fixed.t"], comparison.Statistic!.Value, "t");
        ROracle.Close(r["bench.nps.fixed.p"], comparison.PValue!.Value, "p");
        Assert.Equal(BenchmarkVerdict.Below, comparison.Verdict);
    }

    [Fact]
    public void Verdicts_by_hand()
    {
        // 85.2 % on 1 000 against 83.0 %: z = 0.022/√(0.83·0.17/1000) = 1.852, p = 0.064: in line at 95 %, above at 90 %.
        var office = Share(0.852, 1000);
        var at95 = BenchmarkAnalysis.Compare(office, new BenchmarkReference(0.83), 0.95);
        Assert.Equal(0.022 / Math.Sqrt(0.83 * 0.17 / 1000), at95.Statistic!.Value, 12);
        Assert.Equal(BenchmarkVerdict.InLine, at95.Verdict);
        Assert.Equal(BenchmarkVerdict.Above, BenchmarkAnalysis.Compare(office, new BenchmarkReference(0.83), 0.90).Verdict);
        Assert.Equal(BenchmarkVerdict.Below, BenchmarkAnalysis.Compare(Share(0.75, 1000), new BenchmarkReference(0.83), 0.95).Verdict);
        // At a reference of 100 %, any share below it contradicts it outright.
        Assert.Equal(0, BenchmarkAnalysis.Compare(office, new BenchmarkReference(1), 0.95).PValue);
    }

    [Fact]
    public void A_suppressed_estimate_has_no_verdict_and_a_reference_outside_its_unit_is_refused()
    {
        var suppressed = ScoreAnalysis.Estimate("note", ScoreTally.Of(0, 10, [(9, 1)]), Thresholds.Default);
        var comparison = BenchmarkAnalysis.Compare(suppressed, new BenchmarkReference(7.2), 0.95);
        Assert.Equal(BenchmarkVerdict.Unavailable, comparison.Verdict);
        Assert.Null(comparison.PValue);
        Assert.Equal(7.2, comparison.Reference);
        Assert.Throws<ArgumentOutOfRangeException>(() => BenchmarkAnalysis.Compare(Share(0.8, 100), new BenchmarkReference(72), 0.95));
    }
}
