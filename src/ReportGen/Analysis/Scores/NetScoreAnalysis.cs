using ReportGen.Definitions;

namespace ReportGen.Analysis.Scores;

/// <summary>
/// The net score of a 0–10 recommendation question (Reichheld, 2003, "The one number you need to grow", Harvard
/// Business Review 81(12):46–54): promoters answer 9 or 10, passives 7 or 8, detractors 0 to 6, unless the indicator
/// sets other cut-offs. With
/// dᵢ = 1[promoter] − 1[detractor] ∈ {−1, 0, 1}, the net score is 100·d̄, the weighted mean of dᵢ, so its variance
/// for a weighted sample is that of a mean by linearization (<see cref="WeightedMean"/>; R:
/// <c>svymean(~d, design)</c>), V̂ = n/(n−1)·Σwᵢ²(dᵢ − d̄)²/(Σw)², and its interval and trend test are those of a
/// score. Unweighted, V̂ = (n/(n−1))·(P + D − (P − D)²)/n with P, D the shares of promoters and detractors.
/// </summary>
public static class NetScoreAnalysis
{
    /// <param name="cutOffs">Who is a promoter and who a detractor: the indicator's <c>promoters_from</c> and
    /// <c>detractors_to</c>; <see cref="NetCutOffs.Default"/> (9–10 and 0–6) when null.</param>
    /// <exception cref="ArgumentException">The tally is not of a 0–10 question.</exception>
    public static NetScoreEstimate Estimate(string indicatorId, ScoreTally tally, Thresholds thresholds, NetCutOffs? cutOffs = null)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(thresholds);
        var (promotersFrom, detractorsTo) = cutOffs ?? NetCutOffs.Default;
        if (tally.Minimum != 0 || tally.Maximum != 10)
        {
            throw new ArgumentException($"a net score is read on a 0–10 question; this one is {tally.Minimum}–{tally.Maximum}.", nameof(tally));
        }

        var validBase = tally.ValidBase;
        var sumWeights = tally.SumWeights;
        var effective = WeightedSample.KishEffectiveSize(sumWeights, tally.SumSquaredWeights);
        var lowBase = effective < thresholds.LowBase;
        if (validBase < thresholds.SuppressBelow || validBase == 0 || sumWeights <= 0)
        {
            return new NetScoreEstimate(indicatorId, validBase, tally.Excluded, tally.Blank, sumWeights, effective,
                null, null, null, null, null, null, null, lowBase, true, []);
        }

        var values = Enumerable.Range(0, 11).Select(v => v >= promotersFrom ? 1.0 : v <= detractorsTo ? -1.0 : 0.0).ToArray();
        var d = WeightedMean.Of(values, tally.Counts, tally.Weights, tally.SquaredWeights);
        var promoters = 0.0;
        var detractors = 0.0;
        for (var v = 0; v <= 10; v++)
        {
            promoters += v >= promotersFrom ? tally.Weights[v] : 0;
            detractors += v <= detractorsTo ? tally.Weights[v] : 0;
        }

        var inPoints = d with { Mean = 100 * d.Mean, StandardError = 100 * d.StandardError };
        var interval = ScoreAnalysis.TInterval(inPoints, thresholds.ConfidenceLevel, -100, 100);
        var p = promoters / sumWeights;
        var q = detractors / sumWeights;
        return new NetScoreEstimate(indicatorId, validBase, tally.Excluded, tally.Blank, sumWeights, effective,
            p, Math.Max(0, 1 - p - q), q, inPoints.Mean, inPoints.StandardError, d.DegreesOfFreedom, interval, lowBase, false,
            [.. tally.Weights.Select(w => w / sumWeights)]);
    }
}
