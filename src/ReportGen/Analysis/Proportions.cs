namespace ReportGen.Analysis;

/// <summary>Confidence intervals and margins of error of a proportion. Pure functions, tested against published values.</summary>
public static class Proportions
{
    /// <summary>
    /// Wilson score interval (Wilson, 1927, JASA 22:209–212). Unlike the normal approximation it stays inside
    /// [0, 1] and keeps its coverage at small bases and extreme proportions (Newcombe, 1998, Stat Med 17:857–872).
    /// <paramref name="n"/> may be fractional: with weights, pass the Kish effective base.
    /// </summary>
    public static Interval Wilson(double p, double n, double z)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1);
        var z2 = z * z;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / denominator;
        var halfWidth = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / denominator;
        // The Wilson interval always holds p; at p = 0 or 1 a bound equals p, which rounding can miss by one ulp.
        return new Interval(Math.Min(p, Math.Max(0, centre - halfWidth)), Math.Max(p, Math.Min(1, centre + halfWidth)));
    }

    /// <summary>The usual "marge d'erreur" quoted beside a survey figure: z·√(p(1−p)/n).</summary>
    public static double MarginOfError(double p, double n, double z)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        return z * Math.Sqrt(p * (1 - p) / n);
    }

    /// <summary>
    /// The two-sided critical value z for a confidence level (0.95 → 1.959963984540054), by the exact inverse of
    /// the standard normal distribution (<see cref="NormalQuantile"/>).
    /// </summary>
    public static double CriticalValue(double confidence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(confidence, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(confidence, 1);
        return NormalQuantile(1 - ((1 - confidence) / 2));
    }

    /// <summary>
    /// Inverse of the standard normal cumulative distribution function, by Wichura's algorithm AS 241 (PPND16:
    /// "The percentage points of the normal distribution", Applied Statistics 37 (1988) 477–484), relative error
    /// about 1e-16: the algorithm of R's <c>qnorm</c>, with its operations in the same order (1 − p written
    /// 0.5 − p + 0.5, as R does), so that the result is R's to the last bit or so. p = 0 gives −∞, p = 1 gives +∞.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">p is not a number in [0, 1].</exception>
    public static double NormalQuantile(double p)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A probability lies in [0, 1].");
        }

        if (p == 0)
        {
            return double.NegativeInfinity;
        }

        if (p == 1)
        {
            return double.PositiveInfinity;
        }

        var q = p - 0.5;
        if (Math.Abs(q) <= 0.425)
        {
            var s = 0.180625 - (q * q);
            return q * Horner(s, CentralNumerator) / Horner(s, CentralDenominator);
        }

        // Closer than 0.075 to 0 or 1: r = √(−ln min(p, 1 − p)).
        var r = Math.Sqrt(-Math.Log(q < 0 ? p : 0.5 - p + 0.5));
        var value = r <= 5
            ? Horner(r - 1.6, NearNumerator) / Horner(r - 1.6, NearDenominator)
            : Horner(r - 5, FarNumerator) / Horner(r - 5, FarDenominator);
        return q < 0 ? -value : value;
    }

    /// <summary>(((c₀·x + c₁)·x + c₂)·x + …): the operations of R's qnorm.c, in its order.</summary>
    private static double Horner(double x, double[] coefficients)
    {
        var sum = coefficients[0];
        for (var i = 1; i < coefficients.Length; i++)
        {
            sum = (sum * x) + coefficients[i];
        }

        return sum;
    }

    // AS 241 coefficients, highest degree first.
    private static readonly double[] CentralNumerator =
        [2509.0809287301226727, 33430.575583588128105, 67265.770927008700853, 45921.953931549871457, 13731.693765509461125, 1971.5909503065514427, 133.14166789178437745, 3.387132872796366608];

    private static readonly double[] CentralDenominator =
        [5226.495278852545925, 28729.085735721942674, 39307.89580009271061, 21213.794301586595867, 5394.1960214247511077, 687.1870074920579083, 42.313330701600911252, 1.0];

    private static readonly double[] NearNumerator =
        [7.7454501427834140764e-4, 0.0227238449892691845833, 0.24178072517745061177, 1.27045825245236838258, 3.64784832476320460504, 5.7694972214606914055, 4.6303378461565452959, 1.42343711074968357734];

    private static readonly double[] NearDenominator =
        [1.05075007164441684324e-9, 5.475938084995344946e-4, 0.0151986665636164571966, 0.14810397642748007459, 0.68976733498510000455, 1.6763848301838038494, 2.05319162663775882187, 1.0];

    private static readonly double[] FarNumerator =
        [2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386, 0.026532189526576123093, 0.29656057182850489123, 1.7848265399172913358, 5.4637849111641143699, 6.6579046435011037772];

    private static readonly double[] FarDenominator =
        [2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5, 7.868691311456132591e-4, 0.0148753612908506148525, 0.13692988092273580531, 0.59983220655588793769, 1.0];
}
