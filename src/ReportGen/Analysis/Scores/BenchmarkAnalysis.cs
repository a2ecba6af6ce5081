namespace ReportGen.Analysis.Scores;

/// <summary>
/// Compares an office's share, mean or net score with a reference value (a regional average). With the reference's
/// base known the reference is itself a sample estimate and the test is two-sample (two-proportion z, Welch t);
/// without it the reference is taken as a fixed value (one-sample z or t). The verdict is Above or Below only when
/// the two-sided p-value is below 1 − confidence, InLine otherwise. Pure functions.
/// </summary>
/// <remarks>
/// For a mean with a known reference base but no published standard deviation, the reference's standard error is
/// taken as s/√n_ref with s the office's own standard deviation on its effective base, s = SE·√n_eff (the
/// respondents of a common survey answer the same question on the same scale). The tests assume the office and the
/// reference independent; when the office's own answers are part of the regional average, the test is
/// conservative (the covariance it ignores is positive).
/// </remarks>
public static class BenchmarkAnalysis
{
    /// <summary>A share (% satisfied) against its reference, a proportion in [0, 1].</summary>
    public static BenchmarkComparison Compare(IndicatorEstimate estimate, BenchmarkReference reference, double confidence)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentOutOfRangeException.ThrowIfLessThan(reference.Value, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reference.Value, 1);
        if (estimate is not { Suppressed: false, Satisfied: { } p, EffectiveBase: > 0 })
        {
            return Unavailable(estimate.IndicatorId, reference);
        }

        var p0 = reference.Value;
        if (reference.Base is { } referenceBase)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(referenceBase, nameof(reference));
            var test = TwoProportionTest.Compute(p, estimate.EffectiveBase, p0, referenceBase);
            return Judged(estimate.IndicatorId, p, reference, BenchmarkTest.TwoProportionZ, test.Z, null, test.PValue, confidence);
        }

        // Under H₀ the variance is p₀(1 − p₀)/n_eff; at p₀ = 0 or 1 it is 0, and any other p contradicts H₀ outright.
        var standardError = Math.Sqrt(p0 * (1 - p0) / estimate.EffectiveBase);
        var z = standardError > 0 ? (p - p0) / standardError : p == p0 ? 0 : p > p0 ? double.PositiveInfinity : double.NegativeInfinity;
        var pValue = standardError > 0 ? TwoProportionTest.TwoSidedPValue(z) : p == p0 ? 1 : 0;
        return Judged(estimate.IndicatorId, p, reference, BenchmarkTest.OneSampleProportionZ, z, null, pValue, confidence);
    }

    /// <summary>A score's mean against its reference, in the score's units.</summary>
    public static BenchmarkComparison Compare(ScoreEstimate estimate, BenchmarkReference reference, double confidence)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        ArgumentNullException.ThrowIfNull(reference);
        return estimate is { Suppressed: false, Mean: { } m, StandardError: { } se, DegreesOfFreedom: { } df }
            ? CompareMean(estimate.IndicatorId, m, se, df, estimate.EffectiveBase, reference, confidence)
            : Unavailable(estimate.IndicatorId, reference);
    }

    /// <summary>A net score against its reference, in points.</summary>
    public static BenchmarkComparison Compare(NetScoreEstimate estimate, BenchmarkReference reference, double confidence)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        ArgumentNullException.ThrowIfNull(reference);
        return estimate is { Suppressed: false, Score: { } m, StandardError: { } se, DegreesOfFreedom: { } df }
            ? CompareMean(estimate.IndicatorId, m, se, df, estimate.EffectiveBase, reference, confidence)
            : Unavailable(estimate.IndicatorId, reference);
    }

    private static BenchmarkComparison CompareMean(string id, double mean, double standardError, double df, double effectiveBase, BenchmarkReference reference, double confidence)
    {
        if (reference.Base is { } referenceBase)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(referenceBase, 1, nameof(reference));
            var deviation = reference.StandardDeviation ?? (standardError * Math.Sqrt(effectiveBase));
            ArgumentOutOfRangeException.ThrowIfNegative(deviation, nameof(reference));
            var welch = WelchTest.OnDegreesOfFreedom(mean, standardError, df, reference.Value, deviation / Math.Sqrt(referenceBase), referenceBase - 1);
            return Judged(id, mean, reference, BenchmarkTest.WelchT, welch.T, welch.DegreesOfFreedom, welch.PValue, confidence);
        }

        var gap = mean - reference.Value;
        if (standardError <= 0)
        {
            return Judged(id, mean, reference, BenchmarkTest.OneSampleT, gap == 0 ? 0 : gap > 0 ? double.PositiveInfinity : double.NegativeInfinity, df, gap == 0 ? 1 : 0, confidence);
        }

        var t = gap / standardError;
        return Judged(id, mean, reference, BenchmarkTest.OneSampleT, t, df, StudentT.TwoSidedPValue(t, df), confidence);
    }

    private static BenchmarkComparison Judged(string id, double estimate, BenchmarkReference reference, BenchmarkTest test, double statistic, double? df, double pValue, double confidence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(confidence, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(confidence, 1);
        var gap = estimate - reference.Value;
        var verdict = !(pValue < TwoProportionResult.Alpha(confidence)) ? BenchmarkVerdict.InLine
            : gap > 0 ? BenchmarkVerdict.Above
            : BenchmarkVerdict.Below;
        return new BenchmarkComparison(id, estimate, reference.Value, reference.Base, gap, test, statistic, df, pValue, verdict);
    }

    private static BenchmarkComparison Unavailable(string id, BenchmarkReference reference) =>
        new(id, null, reference.Value, reference.Base, null, null, null, null, null, BenchmarkVerdict.Unavailable);
}
