namespace ReportGen.Analysis;

/// <summary>
/// The outcome of an exact McNemar test on two binary characteristics of the same units: how many units have only
/// the first, how many only the second (the discordant pairs), and the two-sided p-value.
/// </summary>
public readonly record struct McNemarResult(int OnlyFirst, int OnlySecond, double PValue)
{
    /// <summary>The discordant units, the only ones the test looks at.</summary>
    public int Discordant => OnlyFirst + OnlySecond;

    /// <summary>Whether the two proportions differ at <paramref name="confidence"/> (0.95 → two-sided p &lt; 0.05).</summary>
    public bool SignificantAt(double confidence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(confidence, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(confidence, 1);
        return PValue < TwoProportionResult.Alpha(confidence);
    }
}

/// <summary>
/// McNemar's test (McNemar, 1947, Psychometrika 12:153–157) in its exact, conditional form: two proportions
/// measured on the same units are equal exactly when, among the discordant units (those with one characteristic
/// and not the other), each kind is equally likely; so, given b + c discordant units, b follows Bin(b + c, ½)
/// (Agresti, 2013, Categorical Data Analysis, 3rd ed., §11.1.4; Fagerland, Lydersen &amp; Laake, 2013, BMC Medical
/// Research Methodology 13:91). The two-sided p-value is 2·P(X ≤ min(b, c)), capped at 1: R's
/// <c>binom.test(min(b, c), b + c)</c> and <c>exact2x2::mcnemar.exact</c>. It needs no large-sample approximation,
/// so it holds for the handful of discordant comments a small theme has; with many, it agrees with the
/// asymptotic test to the second decimal. Pure functions.
/// </summary>
public static class McNemarTest
{
    /// <summary>The exact test on <paramref name="onlyFirst"/> units with only the first characteristic and <paramref name="onlySecond"/> with only the second.</summary>
    public static McNemarResult Exact(int onlyFirst, int onlySecond)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(onlyFirst);
        ArgumentOutOfRangeException.ThrowIfNegative(onlySecond);
        var n = onlyFirst + onlySecond;
        var k = Math.Min(onlyFirst, onlySecond);
        var p = 2 * k >= n ? 1 : Math.Min(1, 2 * BinomialHalfLowerTail(k, n));
        return new McNemarResult(onlyFirst, onlySecond, p);
    }

    /// <summary>
    /// P(X ≤ k) for X ~ Bin(n, ½) and k &lt; n/2, where the terms grow with i: the largest, P(X = k) = C(n, k)/2ⁿ, is
    /// computed in logarithms (no overflow of C(n, k), no underflow of 2⁻ⁿ before the end), and the smaller ones as its
    /// multiples, P(X = i − 1) = P(X = i)·i/(n − i + 1), summed from the largest down.
    /// </summary>
    internal static double BinomialHalfLowerTail(int k, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(2 * k, n);
        var logLargest = -n * Math.Log(2);
        for (var i = 0; i < k; i++)
        {
            logLargest += Math.Log(n - i) - Math.Log(i + 1);
        }

        var sum = 1.0;
        var term = 1.0;
        for (var i = k; i >= 1; i--)
        {
            term *= i / (double)(n - i + 1);
            sum += term;
            if (term < 1e-17 * sum)
            {
                break;
            }
        }

        return Math.Exp(logLargest + Math.Log(sum));
    }
}
