namespace ReportGen.Analysis;

/// <summary>
/// Adjusted p-values for a family of tests, with the semantics of R's <c>p.adjust</c> (R Core Team,
/// <c>stats::p.adjust</c>): the result is in the order of the input, monotone in the raw p-values and capped
/// at 1; a hypothesis is rejected at level α when its adjusted p-value is below α (strictly, as every test of ReportGen: p < α).
/// <list type="bullet">
/// <item><description>Holm (1979), "A simple sequentially rejective multiple test procedure", Scandinavian Journal
/// of Statistics 6:65–70: with p₍₁₎ ≤ … ≤ p₍ₘ₎, p̃₍ᵢ₎ = min(1, max over j ≤ i of (m − j + 1)·p₍ⱼ₎). It controls the
/// family-wise error rate.</description></item>
/// <item><description>Benjamini &amp; Hochberg (1995), "Controlling the false discovery rate: a practical and powerful
/// approach to multiple testing", Journal of the Royal Statistical Society B 57:289–300:
/// p̃₍ᵢ₎ = min(1, min over j ≥ i of m·p₍ⱼ₎ / j). It controls the false discovery rate and rejects at least as
/// many hypotheses as Holm.</description></item>
/// </list>
/// Tied p-values get the same adjusted value, whatever their order in the input (as in R).
/// </summary>
public static class MultipleTesting
{
    /// <summary>The adjusted p-values of <paramref name="pValues"/>, in the same order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A p-value is NaN or outside [0, 1].</exception>
    public static IReadOnlyList<double> Adjust(IReadOnlyList<double> pValues, MultipleTestingCorrection correction)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        for (var i = 0; i < pValues.Count; i++)
        {
            var p = pValues[i];
            if (double.IsNaN(p) || p < 0 || p > 1)
            {
                throw new ArgumentOutOfRangeException(nameof(pValues), p, $"p-value #{i + 1} is {p}; every p-value must lie in [0, 1].");
            }
        }

        var m = pValues.Count;
        var adjusted = new double[m];
        if (m == 0)
        {
            return adjusted;
        }

        // Stable sort, as R's order(): tied values keep their input order, and the running max/min below
        // gives every member of a tie the same value anyway.
        var ascending = Enumerable.Range(0, m).OrderBy(i => pValues[i]).ToArray();
        switch (correction)
        {
            case MultipleTestingCorrection.Holm:
                {
                    var runningMax = 0.0;
                    for (var rank = 0; rank < m; rank++)
                    {
                        var index = ascending[rank];
                        runningMax = Math.Max(runningMax, (m - rank) * pValues[index]);
                        adjusted[index] = Math.Min(1, runningMax);
                    }

                    break;
                }

            case MultipleTestingCorrection.BenjaminiHochberg:
                {
                    // R walks the p-values from the largest down, with a running minimum of m·p₍ᵢ₎/i.
                    var runningMin = double.PositiveInfinity;
                    for (var rank = m - 1; rank >= 0; rank--)
                    {
                        var index = ascending[rank];
                        runningMin = Math.Min(runningMin, (double)m / (rank + 1) * pValues[index]);
                        adjusted[index] = Math.Min(1, runningMin);
                    }

                    break;
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(correction), correction, "Unknown correction.");
        }

        return adjusted;
    }
}
