using ReportGen.Analysis;

namespace ReportGen.Tests.Analysis;

public class ProportionsTests
{
    private const double Z95 = 1.96;

    [Fact]
    public void Wilson_interval_of_8_out_of_10_is_49_0_to_94_3_percent()
    {
        // Hand computation (shared/reference/DOMAIN.md): centre (0.8 + 1.96²/20)/(1 + 1.96²/10) = 0.71674,
        // half-width 1.96·√(0.016 + 0.009604)/1.38416 = 0.22658 → [0.49016, 0.94332].
        var interval = Proportions.Wilson(0.8, 10, Z95);
        Assert.Equal(0.4902, interval.Lower, 4);
        Assert.Equal(0.9433, interval.Upper, 4);
    }

    [Theory]
    // Newcombe (1998), "Two-sided confidence intervals for the single proportion: comparison of seven methods",
    // Statistics in Medicine 17:857–872, Table I, method 3 (Wilson score interval without continuity correction).
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0000, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void Wilson_interval_matches_Newcombe_1998_table_I(int successes, int n, double lower, double upper)
    {
        var interval = Proportions.Wilson((double)successes / n, n, Z95);
        Assert.Equal(lower, interval.Lower, 4);
        Assert.Equal(upper, interval.Upper, 4);
    }

    [Fact]
    public void Wilson_interval_stays_inside_0_and_1_where_the_normal_approximation_does_not()
    {
        // At 10 of 10 the normal approximation gives [1, 1]; at 1 of 10 it gives a negative lower bound.
        var all = Proportions.Wilson(1.0, 10, Z95);
        var one = Proportions.Wilson(0.1, 10, Z95);
        Assert.InRange(all.Lower, 0.69, 0.73);
        Assert.Equal(1.0, all.Upper, 12);
        Assert.True(0.1 - Proportions.MarginOfError(0.1, 10, Z95) < 0);
        Assert.InRange(one.Lower, 0.0, 0.1);
    }

    [Fact]
    public void Wilson_interval_accepts_a_fractional_effective_base()
    {
        var whole = Proportions.Wilson(0.75, 100, Z95);
        var effective = Proportions.Wilson(0.75, 80.5, Z95);
        Assert.True(effective.Upper - effective.Lower > whole.Upper - whole.Lower);
    }

    [Theory]
    // DOMAIN.md: at n = 4 000 about ±1.5 pt, at n = 100 about ±9.8 pt, at n = 30 about ±18 pt (p = 0.5).
    [InlineData(4000, 0.0155)]
    [InlineData(100, 0.0980)]
    [InlineData(30, 0.1789)]
    public void Margin_of_error_at_50_percent_matches_the_textbook_values(int n, double expected) =>
        Assert.Equal(expected, Proportions.MarginOfError(0.5, n, Z95), 4);

    [Theory]
    // Standard normal quantiles, e.g. Abramowitz & Stegun (1964), table 26.5.
    [InlineData(0.90, 1.644854)]
    [InlineData(0.95, 1.959964)]
    [InlineData(0.99, 2.575829)]
    public void Critical_value_is_the_two_sided_normal_quantile(double confidence, double z) =>
        Assert.Equal(z, Proportions.CriticalValue(confidence), 6);

    // Expected values printed by R 4.2.2 itself (Debian r-base-core): sprintf('%.17g', qnorm(p)) for each p.
    [Theory]
    [InlineData(1e-300, -37.047096299361201)]
    [InlineData(1e-100, -21.273453560965319)]
    [InlineData(1e-20, -9.2623400897984052)]
    [InlineData(1e-10, -6.3613409024040557)]
    [InlineData(1e-5, -4.2648907939228256)]
    [InlineData(0.001, -3.0902323061678132)]
    [InlineData(0.025, -1.9599639845400538)]
    [InlineData(0.05, -1.6448536269514726)]
    [InlineData(0.07, -1.4757910281791702)]
    [InlineData(0.08, -1.4050715603096322)]
    [InlineData(0.3, -0.52440051270804067)]
    [InlineData(0.5, 0)]
    [InlineData(0.7, 0.52440051270804067)]
    [InlineData(0.9, 1.2815515655446008)]
    [InlineData(0.975, 1.9599639845400536)]
    [InlineData(0.999, 3.0902323061678132)]
    [InlineData(1 - 1e-10, 6.3613408896974208)]
    public void Normal_quantile_equals_R_qnorm(double p, double expected)
    {
        var actual = Proportions.NormalQuantile(p);

        Assert.True(Math.Abs(actual - expected) <= 1e-15 * Math.Max(1, Math.Abs(expected)), $"qnorm({p:R}) = {expected:R}, got {actual:R}");
    }

    // From R 4.2.2: sprintf('%.17g', qnorm(1 - (1 - c) / 2)).
    [Theory]
    [InlineData(0.5, 0.67448975019608171)]
    [InlineData(0.8, 1.2815515655446008)]
    [InlineData(0.9, 1.6448536269514715)]
    [InlineData(0.95, 1.9599639845400536)]
    [InlineData(0.99, 2.5758293035488999)]
    [InlineData(0.999, 3.2905267314919255)]
    public void Critical_value_equals_R(double confidence, double expected) =>
        Assert.True(Math.Abs(Proportions.CriticalValue(confidence) - expected) <= 1e-15 * expected, $"{Proportions.CriticalValue(confidence):R}");

    [Fact]
    public void Normal_quantile_inverts_the_normal_cdf_and_has_infinite_ends()
    {
        for (var p = 1e-12; p < 1; p = p < 0.5 ? p * 3 : 1 - ((1 - p) / 3))
        {
            var x = Proportions.NormalQuantile(p);
            Assert.True(Math.Abs(TwoProportionTest.NormalCdf(x) - p) <= (1e-14 * Math.Min(p, 1 - p) * Math.Max(1, x * x)) + 4e-16, $"Φ(Φ⁻¹({p:R})) = {TwoProportionTest.NormalCdf(x):R}");
        }

        Assert.Equal(double.NegativeInfinity, Proportions.NormalQuantile(0));
        Assert.Equal(double.PositiveInfinity, Proportions.NormalQuantile(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportions.NormalQuantile(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportions.NormalQuantile(-0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportions.NormalQuantile(1.5));
    }

    [Fact]
    public void Invalid_arguments_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportions.Wilson(0.5, 0, Z95));
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportions.Wilson(1.2, 10, Z95));
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportions.CriticalValue(1));
    }

    [Theory]
    [InlineData(1.0, 3.0)]
    [InlineData(1.0, 7.3)]
    [InlineData(0.0, 3.0)]
    [InlineData(1.0, 1234.5678)]
    public void The_interval_always_holds_the_proportion_even_at_zero_and_one(double p, double n)
    {
        // At p = 1 the upper bound is exactly 1 in theory; computed, it could fall one ulp short (a residence
        // where every tenant is satisfied made the trend chart refuse its point).
        for (var k = 0; k < 200; k++)
        {
            var interval = Proportions.Wilson(p, n + (k * 0.37), 1.959963984540054);
            Assert.InRange(p, interval.Lower, interval.Upper);
            Assert.InRange(interval.Lower, 0, 1);
            Assert.InRange(interval.Upper, 0, 1);
        }
    }
}
