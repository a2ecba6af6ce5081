using ReportGen.Analysis;
using ReportGen.Ingest;

namespace ReportGen.Tests.Analysis;

public class KeyDriversTests
{
    private static PairTally Pairs(params (double X, double Y, double W)[] points)
    {
        var tally = new PairTally();
        foreach (var (x, y, w) in points)
        {
            tally.Add(x, y, w);
        }

        return tally;
    }

    [Fact]
    public void Perfectly_aligned_scores_correlate_at_1_and_opposed_scores_at_minus_1()
    {
        Assert.Equal(1, KeyDrivers.Importance(Pairs((1, 1, 1), (2, 2, 1), (3, 3, 1)), minimumPairs: 1)!.Value, 12);
        Assert.Equal(-1, KeyDrivers.Importance(Pairs((1, 3, 1), (2, 2, 1), (3, 1, 1)), minimumPairs: 1)!.Value, 12);
    }

    [Fact]
    public void Weighted_correlation_matches_the_hand_computation()
    {
        // Σw = 4, Σwx = Σwy = 9, Σwx² = Σwy² = 23, Σwxy = 22:
        // r = (4·22 − 9·9) / √((4·23 − 81)(4·23 − 81)) = 7/11.
        var weighted = Pairs((1, 2, 1), (2, 1, 1), (3, 3, 2));
        Assert.Equal(7.0 / 11, KeyDrivers.Importance(weighted, minimumPairs: 1)!.Value, 12);
        // A weight of 2 is the same as the respondent counted twice.
        var repeated = Pairs((1, 2, 1), (2, 1, 1), (3, 3, 1), (3, 3, 1));
        Assert.Equal(7.0 / 11, KeyDrivers.Importance(repeated, minimumPairs: 1)!.Value, 12);
    }

    [Fact]
    public void No_importance_without_variation_or_with_too_few_pairs()
    {
        Assert.Null(KeyDrivers.Importance(Pairs((2, 1, 1), (2, 3, 1), (2, 2, 1)), minimumPairs: 1));
        Assert.Null(KeyDrivers.Importance(Pairs((1, 1, 1), (2, 2, 1)), minimumPairs: 30));
        Assert.Null(KeyDrivers.Importance(null));
    }
}
