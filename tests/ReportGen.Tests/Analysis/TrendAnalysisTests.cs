using ReportGen.Analysis;

namespace ReportGen.Tests.Analysis;

public sealed class TrendAnalysisTests
{
    private static IndicatorEstimate Estimate(string id, double? p, double n) =>
        new(id, (long)n, 0, 0, n, n, p, p is null ? null : new Interval(p.Value, p.Value), null, null, TargetStatus.NoTarget, false, p is null, []);

    [Fact]
    public void Change_is_tested_on_effective_bases_and_called_only_when_significant()
    {
        // 60 % on 100 against 50 % on 100: pooled 0.55, SE = √(0.55·0.45·(1/100 + 1/100)) = 0.0703562,
        // z = 0.1 / 0.0703562 = 1.42134, two-sided p = 0.155218: not significant, so stable.
        // 60 % on 1 000 against 50 % on 1 000: SE = 0.0222486, z = 4.49467, p = 6.97e-6: a rise.
        var trends = TrendAnalysis.Compute(
            [
                ("2023", [Estimate("a", 0.5, 100), Estimate("b", 0.5, 1000)]),
                ("2024", [Estimate("a", 0.6, 100), Estimate("b", 0.6, 1000)]),
            ],
            0.95, MultipleTestingCorrection.Holm)!;

        var a = trends.Indicators[0];
        Assert.Equal(10, a.ChangePoints!.Value, 9);
        Assert.Equal(1.42134, a.Z!.Value, 5);
        Assert.Equal(0.155218, a.PValue!.Value, 6);
        Assert.Equal(TrendDirection.Stable, a.Direction);

        var b = trends.Indicators[1];
        Assert.Equal(4.49467, b.Z!.Value, 5);
        Assert.Equal(TrendDirection.Up, b.Direction);

        // Holm over two tests: the smaller p is doubled, the larger kept (max with the previous).
        Assert.Equal(2 * b.PValue!.Value, b.AdjustedPValue!.Value, 12);
        Assert.Equal(a.PValue.Value, a.AdjustedPValue!.Value, 12);
        Assert.Equal(("2024", "2023"), (trends.CurrentWave, trends.PreviousWave));
    }

    [Fact]
    public void A_change_significant_alone_can_be_stable_after_the_correction()
    {
        // z = 2.1 alone gives p = 0.0357 < 0.05; Holm over 11 tests multiplies the smallest by 11.
        // 0.55 against 0.5 on 800 each: SE = √(0.525·0.475·(2/800)) = 0.0249687, z = 2.00250, p = 0.045232.
        var previous = Enumerable.Range(0, 11).Select(i => Estimate($"i{i}", 0.5, 800)).ToList();
        var current = Enumerable.Range(0, 11).Select(i => Estimate($"i{i}", i == 0 ? 0.55 : 0.5, 800)).ToList();

        var trends = TrendAnalysis.Compute([("1", previous), ("2", current)], 0.95, MultipleTestingCorrection.Holm)!;

        Assert.Equal(0.045232, trends.Indicators[0].PValue!.Value, 5);
        Assert.True(trends.Indicators[0].AdjustedPValue > 0.05);
        Assert.All(trends.Indicators, t => Assert.Equal(TrendDirection.Stable, t.Direction));
    }

    [Fact]
    public void A_suppressed_figure_in_either_wave_is_not_tested_and_stays_out_of_the_family()
    {
        var trends = TrendAnalysis.Compute(
            [
                ("1", [Estimate("a", null, 5), Estimate("b", 0.5, 1000)]),
                ("2", [Estimate("a", 0.8, 500), Estimate("b", 0.6, 1000)]),
            ],
            0.95, MultipleTestingCorrection.Holm)!;

        Assert.Equal(TrendDirection.NotTested, trends.Indicators[0].Direction);
        Assert.Null(trends.Indicators[0].PValue);

        // A family of one: the adjusted p-value is the raw one.
        Assert.Equal(trends.Indicators[1].PValue, trends.Indicators[1].AdjustedPValue);
    }

    [Fact]
    public void One_wave_has_no_trend() =>
        Assert.Null(TrendAnalysis.Compute([("2024", [Estimate("a", 0.5, 100)])], 0.95, MultipleTestingCorrection.Holm));
}
