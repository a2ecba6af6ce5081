namespace ReportGen.Analysis.Scores;

/// <summary>
/// Student's t distribution with any positive (fractional) degrees of freedom ν, as the Welch–Satterthwaite
/// test needs: the cumulative distribution function through the regularized incomplete beta function, and its
/// inverse by Newton's method. Tested against R's <c>pt</c>, <c>qt</c> and <c>lgamma</c> to 1e-12.
/// </summary>
public static class StudentT
{
    /// <summary>
    /// P(T ≤ t) for ν degrees of freedom: with x = ν/(ν + t²), the tail P(T &gt; |t|) is I_x(ν/2, 1/2)/2
    /// (Abramowitz &amp; Stegun, 1964, 26.7.1 and 26.5.27). Both x and 1 − x = t²/(ν + t²) are formed directly,
    /// so that neither tail loses digits to cancellation. ν = +∞ gives the standard normal.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">ν is not a positive number.</exception>
    public static double Cdf(double t, double degreesOfFreedom)
    {
        RequireDegreesOfFreedom(degreesOfFreedom);
        if (double.IsNaN(t))
        {
            return double.NaN;
        }

        if (double.IsPositiveInfinity(degreesOfFreedom))
        {
            return TwoProportionTest.NormalCdf(t);
        }

        if (double.IsInfinity(t))
        {
            return t > 0 ? 1 : 0;
        }

        var tail = UpperTail(Math.Abs(t), degreesOfFreedom);
        return t > 0 ? 0.5 - tail + 0.5 : tail;
    }

    /// <summary>The two-sided p-value of a t statistic: P(|T| ≥ |t|) = I_x(ν/2, 1/2), at most 1.</summary>
    public static double TwoSidedPValue(double t, double degreesOfFreedom)
    {
        RequireDegreesOfFreedom(degreesOfFreedom);
        if (double.IsPositiveInfinity(degreesOfFreedom))
        {
            return TwoProportionTest.TwoSidedPValue(t);
        }

        return double.IsNaN(t) ? double.NaN : Math.Min(1, 2 * UpperTail(Math.Abs(t), degreesOfFreedom));
    }

    /// <summary>
    /// The quantile t_p(ν): the t with P(T ≤ t) = p. Started from the normal quantile corrected by the first terms
    /// of the Cornish–Fisher expansion (A&amp;S 26.7.5), then refined by Newton steps on <see cref="Cdf"/> (working
    /// on the smaller tail, so relative accuracy holds there) until the step is below 1e-15 of t.
    /// p = 0 gives −∞, p = 1 gives +∞.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">p is not in [0, 1] or ν is not positive.</exception>
    public static double Quantile(double p, double degreesOfFreedom)
    {
        RequireDegreesOfFreedom(degreesOfFreedom);
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

        if (p == 0.5)
        {
            return 0;
        }

        if (double.IsPositiveInfinity(degreesOfFreedom))
        {
            return Proportions.NormalQuantile(p);
        }

        // Solve on the lower tail: q = min(p, 1 − p), t < 0, then mirror.
        var upper = p > 0.5;
        var q = upper ? 0.5 - p + 0.5 : p;
        var nu = degreesOfFreedom;
        var z = Proportions.NormalQuantile(q);
        var z2 = z * z;
        var t = z + (z * (z2 + 1) / (4 * nu)) + (z * ((5 * z2 * z2) + (16 * z2) + 3) / (96 * nu * nu));
        if (!(t < 0) || double.IsInfinity(t) || nu < 1)
        {
            // The expansion is poor at very small ν: start from the exact Cauchy (ν = 1) quantile, which
            // has the right tail order for ν near 1, or from z when that is no better.
            t = Math.Min(z, Math.Tan(Math.PI * (q - 0.5)));
        }

        for (var i = 0; i < 100; i++)
        {
            var f = UpperTail(-t, nu) - q;
            var step = f / Density(t, nu);
            var next = t - step;
            if (next >= 0)
            {
                next = t / 2;
            }

            if (double.IsNaN(next) || Math.Abs(next - t) <= 1e-15 * Math.Abs(next))
            {
                t = double.IsNaN(next) ? t : next;
                break;
            }

            t = next;
        }

        return upper ? -t : t;
    }

    /// <summary>The two-sided critical value t for a confidence level: <see cref="Quantile"/> at 1 − (1 − c)/2.</summary>
    public static double CriticalValue(double confidence, double degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(confidence, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(confidence, 1);
        return Quantile(1 - ((1 - confidence) / 2), degreesOfFreedom);
    }

    /// <summary>The density Γ((ν+1)/2) / (√(νπ) Γ(ν/2)) · (1 + t²/ν)^(−(ν+1)/2).</summary>
    public static double Density(double t, double degreesOfFreedom)
    {
        RequireDegreesOfFreedom(degreesOfFreedom);
        var nu = degreesOfFreedom;
        // Γ((ν+1)/2)/(√π Γ(ν/2)) = 1/B(ν/2, 1/2), since Γ(1/2) = √π.
        var logNormaliser = -LogBeta(nu / 2, 0.5) - (0.5 * Math.Log(nu));
        return Math.Exp(logNormaliser - ((nu + 1) / 2 * Math.Log(1 + (t * t / nu))));
    }

    /// <summary>
    /// ln Γ(x) for x &gt; 0, by the Lanczos approximation with the 14 coefficients of Numerical Recipes, 3rd ed.
    /// (Press et al., 2007, §6.1, <c>gammln</c>, g = 671/128), which the book gives as accurate to double
    /// precision; checked against R's <c>lgamma</c>.
    /// </summary>
    public static double LogGamma(double x)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(x);
        var y = x;
        var tmp = x + 5.24218750000000000;
        tmp = ((x + 0.5) * Math.Log(tmp)) - tmp;
        var series = 0.999999999999997092;
        foreach (var c in LanczosCoefficients)
        {
            series += c / ++y;
        }

        return tmp + Math.Log(2.5066282746310005 * series / x);
    }

    /// <summary>
    /// ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). When the larger argument A is 10 or more, ln Γ(A) − ln Γ(A + s)
    /// would cancel digits (at ν = 5000 the t distribution loses three), so it is taken from Stirling's series
    /// ln Γ(x) = (x − ½)ln x − x + ½ln 2π + c(x) written as a difference:
    /// ln Γ(A + s) − ln Γ(A) = (A − ½)·ln(1 + s/A) + s·(ln(A + s) − 1) + c(A + s) − c(A)
    /// (the route of R's <c>lbeta</c>, through <c>lgammacor</c>; Abramowitz &amp; Stegun, 1964, 6.1.40–6.1.41).
    /// </summary>
    public static double LogBeta(double a, double b)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(a);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(b);
        var large = Math.Max(a, b);
        var small = Math.Min(a, b);
        if (large < 10)
        {
            return LogGamma(a) + LogGamma(b) - LogGamma(a + b);
        }

        var rise = ((large - 0.5) * LogOnePlus(small / large)) + (small * (Math.Log(large + small) - 1))
            + StirlingCorrection(large + small) - StirlingCorrection(large);
        if (small >= 10)
        {
            // ln Γ(small) by Stirling too: ln Γ(a) + ln Γ(b) − ln Γ(a+b) = ln Γ(small) − rise.
            return ((small - 0.5) * Math.Log(small)) - small + (0.5 * Math.Log(2 * Math.PI)) + StirlingCorrection(small) - rise;
        }

        return LogGamma(small) - rise;
    }

    /// <summary>
    /// c(x) = ln Γ(x) − ((x − ½)ln x − x + ½ln 2π) for x ≥ 10, by its asymptotic series Σ B₂ₖ/(2k(2k − 1)x^(2k−1))
    /// to k = 8 (A&amp;S 6.1.41); the first term left out is below 3e-17 at x = 10.
    /// </summary>
    private static double StirlingCorrection(double x)
    {
        var inverse = 1 / x;
        var square = inverse * inverse;
        var sum = 0.0;
        for (var k = StirlingTerms.Length - 1; k >= 0; k--)
        {
            sum = (sum * square) + StirlingTerms[k];
        }

        return sum * inverse;
    }

    /// <summary>ln(1 + u) without losing u's digits when u is small (Goldberg, 1991, ACM Computing Surveys 23:5–48, Theorem 4).</summary>
    private static double LogOnePlus(double u)
    {
        var w = 1 + u;
        return w == 1 ? u : Math.Log(w) * u / (w - 1);
    }

    /// <summary>
    /// The regularized incomplete beta function I_x(a, b), with 1 − x passed as well so that callers who know it
    /// exactly (as the t distribution does) lose nothing. The continued fraction of A&amp;S 26.5.8, evaluated by the
    /// modified Lentz method (Press et al., 2007, §6.4, <c>betacf</c>), converges fast for x &lt; (a+1)/(a+b+2);
    /// beyond, I_x(a, b) = 1 − I_{1−x}(b, a).
    /// </summary>
    public static double RegularizedIncompleteBeta(double a, double b, double x, double oneMinusX)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(a);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(b);
        if (!(x >= 0 && x <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "x lies in [0, 1].");
        }

        if (x == 0)
        {
            return 0;
        }

        if (oneMinusX == 0)
        {
            return 1;
        }

        var logFront = (a * Math.Log(x)) + (b * Math.Log(oneMinusX)) - LogBeta(a, b);
        return x < (a + 1) / (a + b + 2)
            ? Math.Exp(logFront) * ContinuedFraction(a, b, x) / a
            : 0.5 - (Math.Exp(logFront) * ContinuedFraction(b, a, oneMinusX) / b) + 0.5;
    }

    /// <summary>P(T &gt; t) for t ≥ 0: I_x(ν/2, 1/2)/2 with x = ν/(ν + t²).</summary>
    private static double UpperTail(double t, double nu)
    {
        if (t == 0)
        {
            return 0.5;
        }

        var t2 = t * t;
        double x, oneMinusX;
        if (t2 < nu)
        {
            oneMinusX = t2 / (nu + t2);
            x = 1 / (1 + (t2 / nu));
        }
        else
        {
            x = nu / (nu + t2);
            oneMinusX = 1 / (1 + (nu / t2));
        }

        return 0.5 * RegularizedIncompleteBeta(nu / 2, 0.5, x, oneMinusX);
    }

    /// <summary>The continued fraction of I_x(a, b) by the modified Lentz method (Press et al., 2007, §6.4).</summary>
    private static double ContinuedFraction(double a, double b, double x)
    {
        const double tiny = 1e-300;
        const double epsilon = 1e-16;
        var qab = a + b;
        var qap = a + 1;
        var qam = a - 1;
        var c = 1.0;
        var d = 1 - (qab * x / qap);
        d = Math.Abs(d) < tiny ? tiny : d;
        d = 1 / d;
        var h = d;
        for (var m = 1; m <= 10_000; m++)
        {
            var m2 = 2 * m;
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + (aa * d);
            d = Math.Abs(d) < tiny ? tiny : d;
            c = 1 + (aa / c);
            c = Math.Abs(c) < tiny ? tiny : c;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + (aa * d);
            d = Math.Abs(d) < tiny ? tiny : d;
            c = 1 + (aa / c);
            c = Math.Abs(c) < tiny ? tiny : c;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) <= epsilon)
            {
                break;
            }
        }

        return h;
    }

    private static void RequireDegreesOfFreedom(double degreesOfFreedom)
    {
        if (!(degreesOfFreedom > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "Degrees of freedom are a positive number.");
        }
    }

    /// <summary>B₂ₖ/(2k(2k − 1)) for k = 1…8.</summary>
    private static readonly double[] StirlingTerms = [1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360360, 1.0 / 156, -3617.0 / 122400];

    private static readonly double[] LanczosCoefficients =
    [
        57.1562356658629235, -59.5979603554754912, 14.1360979747417471, -0.491913816097620199,
        .339946499848118887e-4, .465236289270485756e-4, -.983744753048795646e-4, .158088703224912494e-3,
        -.210264441724104883e-3, .217439618115212643e-3, -.164318106536763890e-3, .844182239838527433e-4,
        -.261908384015814087e-4, .368991826595316234e-5,
    ];
}
