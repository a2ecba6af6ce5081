using ReportGen.Analysis;

namespace ReportGen.Tests.Analysis;

public class MirrorAnalysisTests
{
    private const double Confidence = 0.95;

    private static IndicatorEstimate Estimate(string id, double? satisfied, double effectiveBase, bool suppressed = false) =>
        new(id, (long)Math.Round(effectiveBase), 0, 0, effectiveBase, effectiveBase, suppressed ? null : satisfied, null, null, null,
            TargetStatus.NoTarget, effectiveBase < 30, suppressed, []);

    [Fact]
    public void Staff_predicting_72_percent_against_53_3_is_a_significant_overestimate_of_18_7_points()
    {
        // By hand: p̄ = (0.72·300 + 0.533·2000)/2300 = 0.5573913; SE = √(p̄(1 − p̄)(1/300 + 1/2000)) = 0.0307524;
        // z = 0.187/0.0307524 = 6.080835; p = 1.1956e-9 (mpmath).
        var gap = MirrorAnalysis.Gap(Estimate("delai", 0.72, 300), Estimate("delai", 0.533, 2000), Confidence);
        Assert.Equal("delai", gap.IndicatorId);
        Assert.Equal(0.72, gap.StaffSatisfied);
        Assert.Equal(0.533, gap.TenantSatisfied);
        Assert.Equal(18.7, gap.GapPoints!.Value, 9);
        Assert.Equal(6.080835, gap.Z!.Value, 6);
        Assert.Equal(1.1956e-9, gap.PValue!.Value, 12);
        Assert.True(gap.Significant);
        Assert.Equal(MirrorGapClass.StaffOverestimate, gap.Class);
        Assert.Equal(300, gap.StaffBase);
        Assert.Equal(2000, gap.TenantBase);
    }

    [Fact]
    public void Staff_predicting_65_percent_against_78_2_is_a_significant_underestimate()
    {
        // p̄ = 0.7725714; SE = 0.0251144; z = −0.132/0.0251144 = −5.255940.
        var gap = MirrorAnalysis.Gap(Estimate("quartier", 0.65, 300), Estimate("quartier", 0.782, 3900), Confidence);
        Assert.Equal(-13.2, gap.GapPoints!.Value, 9);
        Assert.Equal(-5.255940, gap.Z!.Value, 6);
        Assert.Equal(MirrorGapClass.StaffUnderestimate, gap.Class);
    }

    [Fact]
    public void A_small_and_not_significant_gap_is_a_convergence()
    {
        // 86 % vs 85.2 %: z = 0.376280, p = 0.706709.
        var gap = MirrorAnalysis.Gap(Estimate("accueil", 0.86, 300), Estimate("accueil", 0.852, 3800), Confidence);
        Assert.Equal(0.8, gap.GapPoints!.Value, 9);
        Assert.Equal(0.376280, gap.Z!.Value, 6);
        Assert.Equal(0.706709, gap.PValue!.Value, 6);
        Assert.False(gap.Significant);
        Assert.Equal(MirrorGapClass.Convergence, gap.Class);
    }

    [Fact]
    public void A_large_gap_on_a_small_staff_base_is_not_significant_and_stays_a_convergence()
    {
        // 80 % of 40 staff vs 70 % of 3 000 tenants: 10 points, but z = 1.372748, p = 0.169831.
        var gap = MirrorAnalysis.Gap(Estimate("logement", 0.80, 40), Estimate("logement", 0.70, 3000), Confidence);
        Assert.Equal(10, gap.GapPoints!.Value, 9);
        Assert.Equal(1.372748, gap.Z!.Value, 6);
        Assert.Equal(0.169831, gap.PValue!.Value, 6);
        Assert.False(gap.Significant);
        Assert.Equal(MirrorGapClass.Convergence, gap.Class);
    }

    [Fact]
    public void A_significant_gap_under_the_threshold_is_a_convergence_unless_the_threshold_is_lowered()
    {
        // 74 % vs 70 % on 3 000 each: z = 3.450328, significant, but 4 points < 5.
        var staff = Estimate("propreté", 0.74, 3000);
        var tenant = Estimate("propreté", 0.70, 3000);
        var gap = MirrorAnalysis.Gap(staff, tenant, Confidence);
        Assert.Equal(3.450328, gap.Z!.Value, 6);
        Assert.True(gap.Significant);
        Assert.Equal(MirrorGapClass.Convergence, gap.Class);
        Assert.Equal(MirrorGapClass.StaffOverestimate, MirrorAnalysis.Gap(staff, tenant, Confidence, thresholdPoints: 3).Class);
    }

    [Fact]
    public void A_gap_of_exactly_the_threshold_counts_as_a_divergence_in_both_directions()
    {
        // 75 % vs 70 % on 4 000 each: z = 5.007831; in binary 0.75 − 0.70 is not exactly 0.05.
        Assert.Equal(MirrorGapClass.StaffOverestimate, MirrorAnalysis.Gap(Estimate("x", 0.75, 4000), Estimate("x", 0.70, 4000), Confidence).Class);
        Assert.Equal(MirrorGapClass.StaffUnderestimate, MirrorAnalysis.Gap(Estimate("x", 0.70, 4000), Estimate("x", 0.75, 4000), Confidence).Class);
    }

    [Fact]
    public void A_stricter_confidence_can_turn_a_divergence_into_a_convergence()
    {
        // 60 % of 200 vs 50 % of 200: p = 0.0444, significant at 95 % but not at 99 %.
        var staff = Estimate("x", 0.60, 200);
        var tenant = Estimate("x", 0.50, 200);
        Assert.Equal(MirrorGapClass.StaffOverestimate, MirrorAnalysis.Gap(staff, tenant, 0.95).Class);
        Assert.Equal(MirrorGapClass.Convergence, MirrorAnalysis.Gap(staff, tenant, 0.99).Class);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void A_suppressed_side_gives_no_gap(bool staffSuppressed, bool tenantSuppressed)
    {
        var gap = MirrorAnalysis.Gap(Estimate("x", 0.9, 8, staffSuppressed), Estimate("x", 0.5, 4000, tenantSuppressed), Confidence);
        Assert.Equal(MirrorGapClass.Unavailable, gap.Class);
        Assert.Null(gap.GapPoints);
        Assert.Null(gap.Z);
        Assert.Null(gap.PValue);
        Assert.False(gap.Significant);
        Assert.Equal(staffSuppressed ? null : 0.9, gap.StaffSatisfied);
        Assert.Equal(tenantSuppressed ? null : 0.5, gap.TenantSatisfied);
    }

    [Fact]
    public void Gaps_follow_the_tenant_order_and_an_indicator_missing_from_the_staff_survey_is_unavailable()
    {
        IndicatorEstimate[] tenant = [Estimate("a", 0.8, 4000), Estimate("b", 0.6, 4000), Estimate("c", 0.7, 4000)];
        IndicatorEstimate[] staff = [Estimate("c", 0.9, 300), Estimate("a", 0.8, 300)];
        var gaps = MirrorAnalysis.Gaps(staff, tenant, Confidence);
        Assert.Equal(["a", "b", "c"], gaps.Select(g => g.IndicatorId));
        Assert.Equal([MirrorGapClass.Convergence, MirrorGapClass.Unavailable, MirrorGapClass.StaffOverestimate], gaps.Select(g => g.Class));
        Assert.Equal(0, gaps[1].StaffBase);
        Assert.Equal(0.6, gaps[1].TenantSatisfied);
    }

    [Fact]
    public void Estimates_of_different_indicators_are_refused() =>
        Assert.Throws<ArgumentException>(() => MirrorAnalysis.Gap(Estimate("a", 0.5, 100), Estimate("b", 0.5, 100), Confidence));
}
