using ReportGen.Analysis;

namespace ReportGen.Tests.Analysis;

public class TwoProportionTestTests
{
    [Theory]
    // Standard normal table values (Abramowitz & Stegun, 1964, table 26.1; e.g. Φ(1.96) = 0.975002).
    [InlineData(1.96, 0.975002)]
    [InlineData(1.0, 0.841345)]
    [InlineData(-2.5758, 0.005000)]
    [InlineData(0.0, 0.500000)]
    [InlineData(3.0, 0.998650)]
    public void Normal_cdf_matches_the_tables_to_six_decimals(double x, double expected) =>
        Assert.Equal(expected, TwoProportionTest.NormalCdf(x), 6);

    [Theory]
    // Values to 30 digits from mpmath 1.3 (ncdf, erfc); Cody's approximation keeps about 15 significant digits,
    // in the tails too.
    [InlineData(1.96, 0.975002104851779563787)]
    [InlineData(0.3, 0.617911422188952633072)]
    [InlineData(-5.0, 2.86651571879193911673e-7)]
    [InlineData(-8.5, 9.47953482220331835415e-18)]
    public void Normal_cdf_keeps_its_relative_accuracy_in_the_tails(double x, double expected) =>
        Assert.Equal(1, TwoProportionTest.NormalCdf(x) / expected, 12);

    [Theory]
    // One point in each of Cody's three intervals, and a negative argument (mpmath 1.3, 30 digits).
    [InlineData(0.2, 0.777297410789521533824)]
    [InlineData(1.0, 0.157299207050285130659)]
    [InlineData(3.5, 7.43098372341412745524e-7)]
    [InlineData(5.0, 1.53745979442803485019e-12)]
    [InlineData(-1.0, 1.84270079294971486934)]
    public void Erfc_matches_high_precision_values_in_every_interval_of_Cody_1969(double x, double expected) =>
        Assert.Equal(1, TwoProportionTest.Erfc(x) / expected, 13);

    [Fact]
    public void Erfc_underflows_to_zero_far_in_the_tail_and_to_two_on_the_other_side()
    {
        Assert.Equal(0, TwoProportionTest.Erfc(30));
        Assert.Equal(2, TwoProportionTest.Erfc(-30));
    }

    [Fact]
    public void Sixty_against_fifty_percent_on_200_each_gives_z_2_01_and_p_0_044()
    {
        // By hand: p̄ = (120 + 100)/400 = 0.55; SE = √(0.55·0.45·(1/200 + 1/200)) = 0.0497494;
        // z = 0.10/0.0497494 = 2.010076; p = 2·(1 − Φ(2.010076)) = 0.0444232.
        var result = TwoProportionTest.Compute(0.60, 200, 0.50, 200);
        Assert.Equal(0.10, result.Difference, 12);
        Assert.Equal(0.55, result.Pooled, 12);
        Assert.Equal(0.0497494, result.StandardError, 7);
        Assert.Equal(2.010076, result.Z, 6);
        Assert.Equal(0.0444232, result.PValue, 7);
        Assert.True(result.SignificantAt(0.95));
        Assert.False(result.SignificantAt(0.99));
    }

    [Fact]
    public void The_sign_of_z_follows_the_difference_and_the_p_value_does_not()
    {
        var up = TwoProportionTest.Compute(0.60, 200, 0.50, 200);
        var down = TwoProportionTest.Compute(0.50, 200, 0.60, 200);
        Assert.Equal(-up.Z, down.Z, 12);
        Assert.Equal(up.PValue, down.PValue, 12);
    }

    [Fact]
    public void At_75_percent_with_4000_per_wave_1_9_points_is_just_significant_and_1_8_is_not()
    {
        // DOMAIN.md (Statistics): "At p ≈ 0.75 with 4 000 per wave about 1.9 pt is significant".
        // 76.0 % vs 74.1 %: z = 1.9636, p = 0.0496; 75.9 % vs 74.1 %: z = 1.8590, p = 0.0630 (mpmath).
        var just = TwoProportionTest.Compute(0.760, 4000, 0.741, 4000);
        var not = TwoProportionTest.Compute(0.759, 4000, 0.741, 4000);
        Assert.Equal(1.963622, just.Z, 6);
        Assert.Equal(0.049574, just.PValue, 6);
        Assert.True(just.SignificantAt(0.95));
        Assert.Equal(1.859032, not.Z, 6);
        Assert.Equal(0.063023, not.PValue, 6);
        Assert.False(not.SignificantAt(0.95));
    }

    [Fact]
    public void At_75_percent_with_300_per_wave_7_points_is_significant_and_6_8_is_not()
    {
        // DOMAIN.md: "with 300 per wave about 6.9 pt". SE = √(0.75·0.25·2/300) = 0.0353553.
        // 78.5 % vs 71.5 %: z = 1.979899, p = 0.047715; 78.4 % vs 71.6 %: z = 1.923330, p = 0.054439.
        var seven = TwoProportionTest.Compute(0.785, 300, 0.715, 300);
        var less = TwoProportionTest.Compute(0.784, 300, 0.716, 300);
        Assert.Equal(0.0353553, seven.StandardError, 7);
        Assert.Equal(1.979899, seven.Z, 6);
        Assert.Equal(0.047715, seven.PValue, 6);
        Assert.True(seven.SignificantAt(0.95));
        Assert.Equal(1.923330, less.Z, 6);
        Assert.Equal(0.054439, less.PValue, 6);
        Assert.False(less.SignificantAt(0.95));
    }

    [Theory]
    // 1.959964·√(0.1875·2/n): 0.018977 at n = 4 000 (1.9 pt), 0.069295 at n = 300 (6.9 pt).
    [InlineData(4000, 0.018977)]
    [InlineData(300, 0.069295)]
    public void Smallest_significant_difference_at_75_percent_is_the_DOMAIN_rule_of_thumb(double n, double expected) =>
        Assert.Equal(expected, TwoProportionTest.SmallestSignificantDifference(0.75, n, n, 0.95), 6);

    [Fact]
    public void Fractional_effective_bases_are_accepted()
    {
        var raw = TwoProportionTest.Compute(0.80, 400, 0.75, 4000);
        var effective = TwoProportionTest.Compute(0.80, 400, 0.75, 3612.5);
        Assert.True(effective.StandardError > raw.StandardError);
    }

    [Fact]
    public void Equal_proportions_of_0_or_1_give_no_evidence_of_a_difference()
    {
        var none = TwoProportionTest.Compute(1, 30, 1, 50);
        Assert.Equal(0, none.Z);
        Assert.Equal(1, none.PValue);
        Assert.False(none.SignificantAt(0.95));
    }

    [Fact]
    public void Invalid_arguments_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TwoProportionTest.Compute(0.5, 0, 0.5, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => TwoProportionTest.Compute(1.2, 10, 0.5, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => TwoProportionTest.Compute(0.5, 10, -0.1, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => TwoProportionTest.Compute(0.5, 10, 0.5, 10).SignificantAt(1));
    }
}
