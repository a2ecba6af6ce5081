using ReportGen.Ingest;

namespace ReportGen.Analysis;

/// <summary>
/// Derived importance (key-driver analysis): the weighted Pearson correlation of an item's score with overall
/// satisfaction, over the respondents who answered both. Items that move with overall satisfaction matter
/// more to tenants than they would say when asked directly.
/// </summary>
public static class KeyDrivers
{
    /// <summary>
    /// r = (Σw·Σwxy − Σwx·Σwy) / √((Σw·Σwx² − (Σwx)²)(Σw·Σwy² − (Σwy)²)); null when either score does not vary
    /// or fewer than <paramref name="minimumPairs"/> respondents answered both.
    /// </summary>
    public static double? Importance(PairTally? pairs, int minimumPairs = 30)
    {
        if (pairs is null || pairs.Count < minimumPairs)
        {
            return null;
        }

        var covariance = (pairs.SumW * pairs.SumWXY) - (pairs.SumWX * pairs.SumWY);
        var varianceX = (pairs.SumW * pairs.SumWXX) - (pairs.SumWX * pairs.SumWX);
        var varianceY = (pairs.SumW * pairs.SumWYY) - (pairs.SumWY * pairs.SumWY);
        if (varianceX <= 0 || varianceY <= 0)
        {
            return null;
        }

        return Math.Clamp(covariance / Math.Sqrt(varianceX * varianceY), -1, 1);
    }
}
