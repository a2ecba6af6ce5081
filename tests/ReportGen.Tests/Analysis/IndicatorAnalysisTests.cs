using ReportGen.Analysis;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Ingest;

namespace ReportGen.Tests.Analysis;

public class IndicatorAnalysisTests
{
    private static readonly ScaleDefinition Scale = new("sat4", null,
        [
            new("1", "Très satisfait", true, []),
            new("2", "Plutôt satisfait", true, []),
            new("3", "Plutôt pas satisfait", false, []),
            new("4", "Pas du tout satisfait", false, []),
        ],
        [new("9", "Ne sait pas", false, [])],
        null);

    private static IndicatorDefinition Indicator(double? target = null) =>
        new("i", "I", "satisfaits de i", "q", "sat4", "t", target, null, [], null, true, new SourceLocation("indicators.yaml", 1, 1));

    private static AnswerTally Tally(long[] counts, double[] weights, long excluded = 0, long blank = 0, double? sumSquares = null) =>
        new(counts, weights, [excluded], blank, weights.Sum(), sumSquares ?? weights.Sum());

    [Fact]
    public void Unweighted_8_satisfied_of_10_gives_80_percent_and_the_Wilson_interval()
    {
        var tally = Tally([3, 5, 1, 1], [3, 5, 1, 1], excluded: 2, blank: 1);
        var estimate = IndicatorAnalysis.Estimate(Indicator(), Scale, tally, Thresholds.Default);
        Assert.Equal(10, estimate.ValidBase);
        Assert.Equal(2, estimate.ExcludedAnswers);
        Assert.Equal(1, estimate.BlankAnswers);
        Assert.Equal(0.8, estimate.Satisfied!.Value, 12);
        Assert.Equal(10, estimate.EffectiveBase, 12);
        Assert.Equal(0.4902, estimate.Interval!.Value.Lower, 4);
        Assert.Equal(0.9433, estimate.Interval!.Value.Upper, 4);
        Assert.True(estimate.LowBase);
        Assert.False(estimate.Suppressed);
    }

    [Theory]
    // suppress_below 10, low_base 30: 9 answers are not published, 10 are (flagged); 30 of equal weight are not flagged.
    [InlineData(9, true, true)]
    [InlineData(10, false, true)]
    [InlineData(29, false, true)]
    [InlineData(30, false, false)]
    public void The_publication_thresholds_apply_at_their_boundaries(long answers, bool suppressed, bool lowBase)
    {
        var tally = Tally([answers, 0, 0, 0], [answers, 0, 0, 0]);

        var estimate = IndicatorAnalysis.Estimate(Indicator(), Scale, tally, new Thresholds(30, 10, 0.95));

        Assert.Equal((suppressed, lowBase), (estimate.Suppressed, estimate.LowBase));
        Assert.Equal(suppressed, estimate.Satisfied is null);
    }

    [Fact]
    public void The_low_base_flag_follows_the_effective_base_not_the_count()
    {
        // 40 answers, one weighing 39 and 39 weighing 1: n_eff = 78² / (39² + 39) = 3.9, far under 30.
        var tally = new AnswerTally([40, 0, 0, 0], [78, 0, 0, 0], [0], 0, 78, (39 * 39) + 39);

        var estimate = IndicatorAnalysis.Estimate(Indicator(), Scale, tally, new Thresholds(30, 10, 0.95));

        Assert.False(estimate.Suppressed);
        Assert.True(estimate.LowBase);
        Assert.Equal(3.9, estimate.EffectiveBase, 12);
    }

    [Fact]
    public void Weighted_estimate_uses_the_weights_and_the_Kish_effective_base()
    {
        // Four respondents: très satisfait (w = 2), plutôt satisfait (w = 1), pas du tout (w = 1), and one
        // NSP who leaves the base. p = (2 + 1)/(2 + 1 + 1) = 0.75; n_eff = 4²/(4 + 1 + 1) = 2.667.
        var tally = new AnswerTally([1, 1, 0, 1], [2, 1, 0, 1], [1], 0, 4, 6);
        var thresholds = new Thresholds(30, 2, 0.95);
        var estimate = IndicatorAnalysis.Estimate(Indicator(), Scale, tally, thresholds);
        Assert.Equal(3, estimate.ValidBase);
        Assert.Equal(0.75, estimate.Satisfied!.Value, 12);
        Assert.Equal(16.0 / 6, estimate.EffectiveBase, 12);
        var expected = Proportions.Wilson(0.75, 16.0 / 6, Proportions.CriticalValue(0.95));
        Assert.Equal(expected, estimate.Interval);
        Assert.Equal([0.5, 0.25, 0, 0.25], estimate.CategoryShares);
    }

    [Theory]
    // 800 of 1 000 satisfied: Wilson 95 % interval [0.7741, 0.8236].
    [InlineData(75.0, TargetStatus.Met)]
    [InlineData(80.0, TargetStatus.NotSignificantlyDifferent)]
    [InlineData(85.0, TargetStatus.Below)]
    [InlineData(null, TargetStatus.NoTarget)]
    public void Status_against_target_is_judged_on_the_interval(double? target, TargetStatus status)
    {
        var tally = Tally([300, 500, 150, 50], [300, 500, 150, 50]);
        var estimate = IndicatorAnalysis.Estimate(Indicator(target), Scale, tally, Thresholds.Default);
        Assert.Equal(status, estimate.Status);
    }

    [Fact]
    public void A_base_under_the_suppression_threshold_publishes_no_figure()
    {
        var tally = Tally([4, 3, 1, 1], [4, 3, 1, 1]);
        var estimate = IndicatorAnalysis.Estimate(Indicator(80), Scale, tally, new Thresholds(30, 10, 0.95));
        Assert.True(estimate.Suppressed);
        Assert.Null(estimate.Satisfied);
        Assert.Null(estimate.Interval);
        Assert.Equal(TargetStatus.NoTarget, estimate.Status);
        Assert.Equal(9, estimate.ValidBase);
    }

    [Fact]
    public void Low_base_is_flagged_on_the_effective_base()
    {
        // 40 answers, but half of them weigh 3: n_eff = (20 + 60)²/(20 + 180) = 32 < 35.
        var tally = new AnswerTally([20, 10, 5, 5], [50, 20, 5, 5], [0], 0, 80, 200);
        var estimate = IndicatorAnalysis.Estimate(Indicator(), Scale, tally, new Thresholds(35, 10, 0.95));
        Assert.Equal(32, estimate.EffectiveBase, 9);
        Assert.True(estimate.LowBase);
        Assert.False(estimate.Suppressed);
    }
}
