using System.Numerics;
using ReportGen.Analysis;

namespace ReportGen.Tests.Analysis;

public class McNemarTestTests
{
    // Two-sided exact p = 2·P(X ≤ min(b, c)), X ~ Bin(b + c, ½), by hand: (8, 2) → 2·(1 + 10 + 45)/2¹⁰ = 0.109375;
    // (15, 5) → 2·21 700/2²⁰; R's binom.test(2, 10) and binom.test(5, 20) print 0.1094 and 0.04139.
    [Theory]
    [InlineData(8, 2, 0.109375)]
    [InlineData(2, 8, 0.109375)]
    [InlineData(15, 5, 0.04138946533203125)]
    [InlineData(6, 0, 0.03125)]
    [InlineData(5, 0, 0.0625)]
    [InlineData(40, 20, 0.01348929373119186)]
    [InlineData(20, 14, 0.39152830513194203)]
    [InlineData(9, 9, 1)]
    [InlineData(10, 9, 1)]
    [InlineData(0, 0, 1)]
    public void P_values_match_the_binomial_sums_by_hand(int onlyFirst, int onlySecond, double expected)
    {
        var result = McNemarTest.Exact(onlyFirst, onlySecond);
        Assert.Equal(expected, result.PValue, 1e-12);
        Assert.Equal(onlyFirst + onlySecond, result.Discordant);
    }

    [Fact]
    public void Significance_is_a_p_value_strictly_below_the_level()
    {
        Assert.True(McNemarTest.Exact(6, 0).SignificantAt(0.95));
        Assert.False(McNemarTest.Exact(5, 0).SignificantAt(0.95));
        Assert.False(McNemarTest.Exact(15, 5).SignificantAt(0.99));
    }

    [Theory]
    [InlineData(400, 1000)]
    [InlineData(5, 1000)]
    [InlineData(1400, 3000)]
    public void The_tail_of_many_discordant_comments_matches_exact_integer_arithmetic(int k, int n)
    {
        var sum = BigInteger.Zero;
        var coefficient = BigInteger.One;
        for (var i = 0; i <= k; i++)
        {
            sum += coefficient;
            coefficient = coefficient * (n - i) / (i + 1);
        }

        var exact = Math.Exp(BigInteger.Log(sum) - (n * Math.Log(2)));
        Assert.Equal(1, McNemarTest.BinomialHalfLowerTail(k, n) / exact, 1e-9);
    }

    [Fact]
    public void With_many_discordant_comments_the_exact_test_agrees_with_the_asymptotic_one()
    {
        // McNemar's χ² without correction, (b − c)²/(b + c) = 40 on 1 df, is z = √40: p = 2.5e-10.
        var exact = McNemarTest.Exact(600, 400).PValue;
        var asymptotic = TwoProportionTest.TwoSidedPValue(Math.Sqrt(40));
        Assert.InRange(exact / asymptotic, 0.8, 1.25);
    }

    [Fact]
    public void Negative_counts_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => McNemarTest.Exact(-1, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => McNemarTest.Exact(3, -1));
    }
}
