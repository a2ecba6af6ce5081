using ReportGen.Analysis.Scores;

namespace ReportGen.Tests.Analysis.Scores;

public class StudentTTests
{
    [Theory]
    // ν = 1 is the Cauchy distribution: F(t) = 1/2 + atan(t)/π.
    [InlineData(1.0, 1, 0.75)]
    [InlineData(-3.0, 1, 0.10241638234956672)]
    // ν = 2 has a closed form: F(t) = 1/2 + t/(2√(t² + 2)); at t = 1, 1/2 + 1/(2√3).
    [InlineData(1.0, 2, 0.78867513459481287)]
    [InlineData(0.0, 7.5, 0.5)]
    public void Cdf_matches_the_closed_forms(double t, double df, double expected) =>
        Assert.Equal(expected, StudentT.Cdf(t, df), 15);

    [Theory]
    [InlineData(0.975)]
    [InlineData(0.6)]
    [InlineData(1e-8)]
    public void Quantile_of_two_degrees_of_freedom_is_the_closed_form(double p)
    {
        // F⁻¹(p) = (2p − 1)/√(2p(1 − p)) for ν = 2.
        var expected = ((2 * p) - 1) / Math.Sqrt(2 * p * (1 - p));
        Assert.Equal(1, StudentT.Quantile(p, 2) / expected, 13);
    }

    [Fact]
    public void Infinite_degrees_of_freedom_are_the_normal_distribution()
    {
        Assert.Equal(1.959963984540054, StudentT.Quantile(0.975, double.PositiveInfinity), 15);
        Assert.Equal(0.975002104851779563787, StudentT.Cdf(1.96, double.PositiveInfinity), 15);
    }

    [Fact]
    public void Extremes_and_bad_arguments()
    {
        Assert.Equal(double.NegativeInfinity, StudentT.Quantile(0, 3));
        Assert.Equal(double.PositiveInfinity, StudentT.Quantile(1, 3));
        Assert.Equal(1, StudentT.Cdf(double.PositiveInfinity, 3));
        Assert.Equal(1, StudentT.TwoSidedPValue(0, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => StudentT.Cdf(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => StudentT.Quantile(1.5, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => StudentT.Quantile(0.5, double.NaN));
    }

    [Fact]
    public void Cdf_quantile_and_log_gamma_match_R_to_1e_12()
    {
        var failures = new List<string>();
        foreach (var (function, x, df, expected) in ROracle.Committed.Distributions)
        {
            var actual = function switch
            {
                "pt" => StudentT.Cdf(x, df),
                "qt" => StudentT.Quantile(x, df),
                "lgamma" => StudentT.LogGamma(x),
                _ => throw new InvalidOperationException(function),
            };

            // Relative to the value: the tails of pt go down to 1e-30 and must keep their digits.
            if (!(Math.Abs(actual - expected) <= 1e-12 * Math.Abs(expected) || Math.Abs(actual - expected) <= 1e-300))
            {
                failures.Add($"{function}({x:R}, {df:R}): R {expected:R}, ReportGen {actual:R}, relative error {Math.Abs(actual - expected) / Math.Abs(expected):E2}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.Equal(239 - 1, ROracle.Committed.Distributions.Count);
    }

    [Fact]
    public void Two_sided_p_value_is_twice_the_tail()
    {
        // R: 2*pt(-2, 149.52153110047848) = 0.047311320022232366 (the hand case of WelchTestTests).
        Assert.Equal(0.047311320022232366, StudentT.TwoSidedPValue(-2, 0.00390625 / 0.000026125), 14);
    }
}
