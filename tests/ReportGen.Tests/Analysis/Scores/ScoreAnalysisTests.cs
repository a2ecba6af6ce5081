using ReportGen.Analysis.Scores;
using ReportGen.Definitions;

namespace ReportGen.Tests.Analysis.Scores;

public class ScoreAnalysisTests
{
    /// <summary>No suppression, so that four answers make an estimate.</summary>
    private static readonly Thresholds Small = new(30, 1, 0.95);

    [Fact]
    public void Weighted_mean_and_linearization_error_of_four_answers_by_hand()
    {
        // Scores 2, 5, 8, 10 with weights 1, 2, 1, 4: Σw = 8, Σwy = 60, ȳ = 7.5; deviations −5.5, −2.5, 0.5, 2.5;
        // Σw²(y − ȳ)² = 30.25 + 25 + 0.25 + 100 = 155.5; V = 4/3 · 155.5/64 = 3.2395833…; n_eff = 64/22.
        var tally = ScoreTally.Of(0, 10, [(2, 1), (5, 2), (8, 1), (10, 4)]);
        var estimate = ScoreAnalysis.Estimate("note", tally, Small, shareFrom: 7);
        Assert.False(estimate.Suppressed);
        Assert.Equal(7.5, estimate.Mean!.Value, 14);
        Assert.Equal(Math.Sqrt(4.0 / 3 * 155.5 / 64), estimate.StandardError!.Value, 14);
        Assert.Equal(64.0 / 22, estimate.EffectiveBase, 14);
        Assert.Equal((64.0 / 22) - 1, estimate.DegreesOfFreedom!.Value, 14);
        Assert.Equal(4, estimate.ValidBase);
        Assert.Equal(8, estimate.WeightedBase);
        // 8 and 10 are 7 or more: (1 + 4)/8.
        Assert.Equal(5.0 / 8, estimate.ShareAtOrAbove!.Value, 15);
        Assert.Equal(11, estimate.Distribution.Count);
        Assert.Equal(2.0 / 8, estimate.Distribution[5], 15);
        Assert.Equal(1, estimate.Distribution.Sum(), 14);
        // The symmetric interval, 7.5 ± t(0.975; 1.909)·1.80, passes 10: it is cut at the scale's maximum.
        Assert.Equal(10, estimate.Interval!.Value.Upper);
        Assert.True(estimate.Interval.Value.Lower < 7.5 - 1.8);
    }

    [Fact]
    public void Without_weights_the_error_is_the_textbook_s_over_root_n()
    {
        // 6…10: ȳ = 8, s² = 10/4, SE = √(2.5/5); with n = 5 the t interval uses 4 degrees of freedom, t = 2.7764451051977987 (R: qt(0.975, 4)).
        var tally = ScoreTally.Of(1, 10, [(6, 1), (7, 1), (8, 1), (9, 1), (10, 1)]);
        var estimate = ScoreAnalysis.Estimate("note", tally, Small);
        Assert.Equal(8, estimate.Mean!.Value, 14);
        Assert.Equal(Math.Sqrt(0.5), estimate.StandardError!.Value, 14);
        Assert.Equal(5, estimate.EffectiveBase, 14);
        Assert.Equal(8 - (2.7764451051977987 * Math.Sqrt(0.5)), estimate.Interval!.Value.Lower, 12);
        Assert.Equal(10, estimate.Distribution.Count);
        Assert.Null(estimate.ShareAtOrAbove);
    }

    [Fact]
    public void Small_bases_are_suppressed_and_flagged_as_for_shares()
    {
        var tally = ScoreTally.Of(0, 10, Enumerable.Range(0, 9).Select(i => (i, 1.0)));
        tally.AddBlank();
        tally.AddExcluded();
        var suppressed = ScoreAnalysis.Estimate("note", tally, Thresholds.Default);
        Assert.True(suppressed.Suppressed);
        Assert.True(suppressed.LowBase);
        Assert.Null(suppressed.Mean);
        Assert.Null(suppressed.Interval);
        Assert.Empty(suppressed.Distribution);
        Assert.Equal((9, 1, 1), (suppressed.ValidBase, suppressed.BlankAnswers, suppressed.ExcludedAnswers));

        tally.Add(10, 1);
        var shown = ScoreAnalysis.Estimate("note", tally, Thresholds.Default);
        Assert.False(shown.Suppressed);
        Assert.True(shown.LowBase);
    }

    [Fact]
    public void Answers_and_thresholds_outside_the_bounds_are_refused()
    {
        var tally = new ScoreTally(1, 10);
        Assert.Throws<ArgumentOutOfRangeException>(() => tally.Add(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => tally.Add(11, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => tally.Add(5, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => tally.Add(5, double.NaN));
        tally.Add(5, 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => ScoreAnalysis.Estimate("note", tally, Small, shareFrom: 11));
    }

    [Theory]
    [InlineData("wave1")]
    [InlineData("wave2")]
    [InlineData("staff")]
    public void Mean_error_base_interval_share_and_distribution_match_R_survey(string group)
    {
        var r = ROracle.Committed;
        var estimate = ScoreAnalysis.Estimate("note", r.Tally(group), Thresholds.Default, shareFrom: 7);
        Assert.Equal((long)r[$"{group}.n"], estimate.ValidBase);
        ROracle.Close(r[$"{group}.sumw"], estimate.WeightedBase, "Σw");
        ROracle.Close(r[$"{group}.neff"], estimate.EffectiveBase, "n_eff");
        ROracle.Close(r[$"{group}.mean"], estimate.Mean!.Value, "svymean");
        ROracle.Close(r[$"{group}.se"], estimate.StandardError!.Value, "SE(svymean)");
        ROracle.Close(r[$"{group}.lower"], estimate.Interval!.Value.Lower, "lower bound");
        ROracle.Close(r[$"{group}.upper"], estimate.Interval!.Value.Upper, "upper bound");
        ROracle.Close(r[$"{group}.top"], estimate.ShareAtOrAbove!.Value, "svymean(score ≥ 7)");
        for (var v = 0; v <= 10; v++)
        {
            ROracle.Close(r[$"{group}.dist{v}"], estimate.Distribution[v], $"share of {v}");
        }
    }
}
