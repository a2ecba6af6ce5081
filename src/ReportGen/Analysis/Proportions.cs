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
    /// The two-sided critical value z for a confidence level (0.95 → 1.959964), by the inverse of the
    /// standard normal distribution (Acklam's rational approximation, relative error below 1.15e-9).
    /// </summary>
    public static double CriticalValue(double confidence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(confidence, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(confidence, 1);
        return NormalQuantile(1 - ((1 - confidence) / 2));
    }

    /// <summary>Inverse of the standard normal cumulative distribution function.</summary>
    public static double NormalQuantile(double p)
    {
        double[] a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];
        double[] b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];
        double[] c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];
        double[] d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];
        const double low = 0.02425;
        double x;
        if (p < low)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        else if (p <= 1 - low)
        {
            var q = p - 0.5;
            var r = q * q;
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
        }
        else
        {
            var q = Math.Sqrt(-2 * Math.Log(1 - p));
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }

        return x;
    }
}
