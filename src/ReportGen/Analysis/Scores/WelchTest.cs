namespace ReportGen.Analysis.Scores;

/// <summary>
/// The outcome of a Welch t-test. <see cref="Difference"/> is mean₁ − mean₂ in the units of the means (score
/// points, or net-score points).
/// </summary>
public readonly record struct WelchTestResult(double Difference, double StandardError, double T, double DegreesOfFreedom, double PValue)
{
    /// <summary>Whether the difference is significant at <paramref name="confidence"/> (two-sided p &lt; 1 − confidence).</summary>
    public bool SignificantAt(double confidence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(confidence, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(confidence, 1);
        return PValue < TwoProportionResult.Alpha(confidence);
    }
}

/// <summary>
/// Welch's t-test of two independent means with unequal variances (Welch, 1947, Biometrika 34:28–35;
/// Satterthwaite, 1946, Biometrics Bulletin 2:110–114), for two waves (or staff and tenants) drawn and weighted
/// separately: each mean brings its own design-based standard error SEₖ and its degrees of freedom
/// νₖ = n_eff,ₖ − 1 (Kish effective bases), and
/// <code>
/// t = (ȳ₁ − ȳ₂) / √(SE₁² + SE₂²)        ν = (SE₁² + SE₂²)² / (SE₁⁴/ν₁ + SE₂⁴/ν₂)
/// </code>
/// with the two-sided p-value P(|T_ν| ≥ |t|). The p-value is an ordinary one in [0, 1]: it joins the family of
/// the shares' wave-on-wave tests in <see cref="MultipleTesting.Adjust"/> like any two-proportion p-value.
/// </summary>
/// <remarks>
/// R's <c>survey::svyttest(y ~ wave, design)</c> on the two waves stacked into one design
/// <c>svydesign(ids = ~1, weights = ~w)</c> estimates the same difference, but as a regression coefficient of one
/// design: its variance is n/(n − 1)·Σuᵢ² over all n = n₁ + n₂ rows where ours is nₖ/(nₖ − 1)·Σ_{i∈k}uᵢ² per wave,
/// so SE²_R = n/(n−1)·[(n₁−1)/n₁·SE₁² + (n₂−1)/n₂·SE₂²], and it refers t to n − 2 degrees of freedom (the design's
/// n − 1, less one for the coefficient) where Welch uses ν. The tests check both relations against R.
/// </remarks>
public static class WelchTest
{
    /// <summary>Tests mean₁ (its standard error, its effective base) against mean₂.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A standard error is negative or an effective base is not above 1.</exception>
    public static WelchTestResult Compute(double mean1, double standardError1, double effectiveBase1, double mean2, double standardError2, double effectiveBase2) =>
        OnDegreesOfFreedom(mean1, standardError1, DegreesOfFreedom(effectiveBase1), mean2, standardError2, DegreesOfFreedom(effectiveBase2));

    /// <summary>Tests two weighted means, each on its own design.</summary>
    public static WelchTestResult Compute(WeightedMean first, WeightedMean second) =>
        OnDegreesOfFreedom(first.Mean, first.StandardError, first.DegreesOfFreedom, second.Mean, second.StandardError, second.DegreesOfFreedom);

    /// <summary>The trend of a score from <paramref name="previous"/> to <paramref name="current"/> (difference current − previous); null when either is suppressed.</summary>
    public static WelchTestResult? Compute(ScoreEstimate current, ScoreEstimate previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        return current is { Suppressed: false, Mean: { } m1, StandardError: { } s1, DegreesOfFreedom: { } d1 }
            && previous is { Suppressed: false, Mean: { } m2, StandardError: { } s2, DegreesOfFreedom: { } d2 }
            ? OnDegreesOfFreedom(m1, s1, d1, m2, s2, d2)
            : null;
    }

    /// <summary>The trend of a net score (in points) from <paramref name="previous"/> to <paramref name="current"/>; null when either is suppressed.</summary>
    public static WelchTestResult? Compute(NetScoreEstimate current, NetScoreEstimate previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        return current is { Suppressed: false, Score: { } m1, StandardError: { } s1, DegreesOfFreedom: { } d1 }
            && previous is { Suppressed: false, Score: { } m2, StandardError: { } s2, DegreesOfFreedom: { } d2 }
            ? OnDegreesOfFreedom(m1, s1, d1, m2, s2, d2)
            : null;
    }

    /// <summary>The Welch–Satterthwaite degrees of freedom of two standard errors and their own degrees of freedom.</summary>
    public static double SatterthwaiteDegreesOfFreedom(double standardError1, double degreesOfFreedom1, double standardError2, double degreesOfFreedom2)
    {
        var v1 = standardError1 * standardError1;
        var v2 = standardError2 * standardError2;
        var denominator = (v1 * v1 / degreesOfFreedom1) + (v2 * v2 / degreesOfFreedom2);
        return denominator > 0 ? (v1 + v2) * (v1 + v2) / denominator : degreesOfFreedom1 + degreesOfFreedom2;
    }

    /// <summary>The test on each side's degrees of freedom νₖ rather than its effective base.</summary>
    public static WelchTestResult OnDegreesOfFreedom(double mean1, double standardError1, double degreesOfFreedom1, double mean2, double standardError2, double degreesOfFreedom2)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(standardError1);
        ArgumentOutOfRangeException.ThrowIfNegative(standardError2);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(degreesOfFreedom1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(degreesOfFreedom2);
        var difference = mean1 - mean2;
        var standardError = Math.Sqrt((standardError1 * standardError1) + (standardError2 * standardError2));
        var df = SatterthwaiteDegreesOfFreedom(standardError1, degreesOfFreedom1, standardError2, degreesOfFreedom2);

        // Both sides without spread (every answer the same within each): equal means are no evidence of a change,
        // different ones are certain.
        if (standardError <= 0)
        {
            return difference == 0
                ? new WelchTestResult(0, 0, 0, df, 1)
                : new WelchTestResult(difference, 0, difference > 0 ? double.PositiveInfinity : double.NegativeInfinity, df, 0);
        }

        var t = difference / standardError;
        return new WelchTestResult(difference, standardError, t, df, StudentT.TwoSidedPValue(t, df));
    }

    private static double DegreesOfFreedom(double effectiveBase)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(effectiveBase, 1);
        return effectiveBase - 1;
    }
}
