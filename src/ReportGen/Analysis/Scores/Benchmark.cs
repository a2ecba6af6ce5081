namespace ReportGen.Analysis.Scores;

/// <summary>
/// A reference value to compare an office with (e.g. the regional average of a common survey), in the unit of the
/// estimate it is compared with: a proportion in [0, 1] for a share, the score's units for a mean, points for a
/// net score.
/// </summary>
/// <param name="Base">The reference's own (effective) base when known: the comparison is then a two-sample test.</param>
/// <param name="StandardDeviation">
/// For a mean or net score with a known base: the standard deviation of the answers behind the reference, when
/// published (net score: in points). When unknown, the office's own is used (see <see cref="BenchmarkAnalysis"/>).
/// </param>
public sealed record BenchmarkReference(double Value, double? Base = null, double? StandardDeviation = null);

/// <summary>The test behind a benchmark comparison, named in the evidence pack.</summary>
public enum BenchmarkTest
{
    /// <summary>A share against a fixed value: the score z-test z = (p − p₀)/√(p₀(1 − p₀)/n_eff), the test the Wilson interval inverts.</summary>
    OneSampleProportionZ,

    /// <summary>A share against a reference with its base: the pooled two-proportion z-test, as across waves.</summary>
    TwoProportionZ,

    /// <summary>A mean or net score against a fixed value: t = (ȳ − μ₀)/SE on n_eff − 1 degrees of freedom.</summary>
    OneSampleT,

    /// <summary>A mean or net score against a reference with its base: Welch's t-test.</summary>
    WelchT,
}

/// <summary>Where the office stands against the reference at the project's confidence level.</summary>
public enum BenchmarkVerdict
{
    /// <summary>The office's estimate is suppressed: no comparison.</summary>
    Unavailable,

    /// <summary>The gap is not significant: the office is in line with the reference.</summary>
    InLine,

    /// <summary>Significantly above the reference.</summary>
    Above,

    /// <summary>Significantly below the reference.</summary>
    Below,
}

/// <summary>
/// An office's estimate against its reference. <see cref="Estimate"/>, <see cref="Reference"/> and <see cref="Gap"/>
/// (estimate − reference) are in the estimate's unit (shares: proportions; means: score units; net scores: points).
/// When <see cref="Verdict"/> is <see cref="BenchmarkVerdict.Unavailable"/> the estimate and test fields are null.
/// </summary>
/// <param name="Statistic">z or t.</param>
/// <param name="DegreesOfFreedom">For the t-tests; null for the z-tests.</param>
public sealed record BenchmarkComparison(
    string IndicatorId,
    double? Estimate,
    double Reference,
    double? ReferenceBase,
    double? Gap,
    BenchmarkTest? Test,
    double? Statistic,
    double? DegreesOfFreedom,
    double? PValue,
    BenchmarkVerdict Verdict);

/// <summary>One benchmark of the project (<see cref="Definitions.BenchmarkDefinition"/>) and how the office compares with it.</summary>
public sealed record BenchmarkResult(Definitions.BenchmarkDefinition Definition, BenchmarkComparison Comparison)
{
    /// <summary>How the documents name the reference: its <c>label</c>, else its source and year.</summary>
    public string Name => Definition.Label ?? $"{Definition.Source} {Definition.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
