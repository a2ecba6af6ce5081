namespace ReportGen.Analysis;

/// <summary>Quantities of a weighted sample.</summary>
public static class WeightedSample
{
    /// <summary>
    /// Kish's effective sample size, (Σw)² / Σw² (Kish, 1965, Survey Sampling, §11.7): the size of a simple
    /// random sample with the same precision. Equal weights give n; unequal weights give less.
    /// </summary>
    public static double KishEffectiveSize(double sumWeights, double sumSquaredWeights) =>
        sumSquaredWeights <= 0 ? 0 : sumWeights * sumWeights / sumSquaredWeights;

    /// <summary>Kish's design effect due to weighting, n / n_eff = n·Σw² / (Σw)².</summary>
    public static double DesignEffect(long n, double sumWeights, double sumSquaredWeights) =>
        sumWeights <= 0 ? 1 : n * sumSquaredWeights / (sumWeights * sumWeights);
}
