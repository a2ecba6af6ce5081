namespace ReportGen.Analysis.Scores;

/// <summary>
/// A weighted mean of a per-respondent value yᵢ with its standard error by linearization (Taylor series), for a
/// one-stage design with replacement and no strata, R's <c>svydesign(ids = ~1, weights = ~w)</c>: the ratio
/// estimator ȳ = Σwᵢyᵢ / Σwᵢ has the influence values uᵢ = wᵢ(yᵢ − ȳ)/Σw (which sum to 0), and
/// V̂(ȳ) = n/(n − 1) · Σuᵢ² = n/(n − 1) · Σwᵢ²(yᵢ − ȳ)² / (Σw)² (Wolter, 2007, Introduction to Variance Estimation,
/// 2nd ed., §6.11; Lumley, 2010, Complex Surveys, §2.2 and §3.4; <c>survey:::svyrecvar</c>, <c>svymean</c>).
/// Without weights (all 1) it is s²/n, the textbook variance of a mean.
/// </summary>
/// <param name="Mean">ȳ.</param>
/// <param name="StandardError">√V̂(ȳ); 0 when n = 1 (no variance can be estimated: see <see cref="WeightedMean.Of"/>).</param>
/// <param name="ValidBase">n, the number of answers.</param>
/// <param name="WeightedBase">Σw.</param>
/// <param name="EffectiveBase">Kish's (Σw)²/Σw².</param>
public readonly record struct WeightedMean(double Mean, double StandardError, long ValidBase, double WeightedBase, double EffectiveBase)
{
    /// <summary>
    /// The degrees of freedom ReportGen gives the mean's t statistic and interval: n_eff − 1 (at least a small positive
    /// number so that a t quantile exists). See docs/statistics.md, "Scores, net score and benchmarks", for the choice.
    /// </summary>
    public double DegreesOfFreedom => Math.Max(EffectiveBase - 1, MinimumDegreesOfFreedom);

    /// <summary>The floor of <see cref="DegreesOfFreedom"/>, reached only for n_eff ≤ 1 + 1e-6 (suppressed anyway).</summary>
    public const double MinimumDegreesOfFreedom = 1e-6;

    /// <summary>
    /// The weighted mean of the values <paramref name="values"/>[k] taken by groups of respondents whose weights sum to
    /// <paramref name="weights"/>[k] and squared weights to <paramref name="squaredWeights"/>[k], with
    /// <paramref name="counts"/>[k] respondents: the grouped form of Σwᵢ²(yᵢ − ȳ)² is Σ_k (y_k − ȳ)²·Σ_{i∈k}wᵢ².
    /// </summary>
    /// <exception cref="ArgumentException">The arrays differ in length, or the weights sum to 0.</exception>
    public static WeightedMean Of(IReadOnlyList<double> values, IReadOnlyList<long> counts, IReadOnlyList<double> weights, IReadOnlyList<double> squaredWeights)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(squaredWeights);
        if (counts.Count != values.Count || weights.Count != values.Count || squaredWeights.Count != values.Count)
        {
            throw new ArgumentException("one value, count, sum of weights and sum of squared weights per group.", nameof(values));
        }

        long n = 0;
        double sumW = 0, sumW2 = 0, sumWy = 0;
        for (var k = 0; k < values.Count; k++)
        {
            n += counts[k];
            sumW += weights[k];
            sumW2 += squaredWeights[k];
            sumWy += weights[k] * values[k];
        }

        if (!(sumW > 0))
        {
            throw new ArgumentException("the weights sum to 0: there is no mean.", nameof(weights));
        }

        var mean = sumWy / sumW;
        var sumSquares = 0.0;
        for (var k = 0; k < values.Count; k++)
        {
            var deviation = values[k] - mean;
            sumSquares += squaredWeights[k] * deviation * deviation;
        }

        var variance = n > 1 ? n / (n - 1.0) * sumSquares / (sumW * sumW) : 0;
        return new WeightedMean(mean, Math.Sqrt(variance), n, sumW, WeightedSample.KishEffectiveSize(sumW, sumW2));
    }
}
