using ReportGen.Definitions;

namespace ReportGen.Analysis.Scores;

/// <summary>
/// From a score question's tally to its estimate: weighted mean with its linearization standard error and a
/// t-based interval on the effective base, the share at or above a threshold, the distribution. Pure arithmetic;
/// the low-base flag and suppression follow the same rules as the shares (<see cref="IndicatorAnalysis"/>).
/// </summary>
public static class ScoreAnalysis
{
    /// <param name="shareFrom">When the project asks for it, the score from which an answer counts in the share (e.g. 7 on 0–10).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shareFrom"/> is outside the tally's bounds.</exception>
    public static ScoreEstimate Estimate(string indicatorId, ScoreTally tally, Thresholds thresholds, int? shareFrom = null)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (shareFrom is { } from && (from < tally.Minimum || from > tally.Maximum))
        {
            throw new ArgumentOutOfRangeException(nameof(shareFrom), from, $"the share threshold lies within the scale's bounds, {tally.Minimum}–{tally.Maximum}.");
        }

        var validBase = tally.ValidBase;
        var sumWeights = tally.SumWeights;
        var effective = WeightedSample.KishEffectiveSize(sumWeights, tally.SumSquaredWeights);
        var lowBase = effective < thresholds.LowBase;
        if (validBase < thresholds.SuppressBelow || validBase == 0 || sumWeights <= 0)
        {
            return new ScoreEstimate(indicatorId, tally.Minimum, tally.Maximum, validBase, tally.Excluded, tally.Blank, sumWeights, effective,
                null, null, null, null, shareFrom, null, null, lowBase, true, []);
        }

        var values = Enumerable.Range(tally.Minimum, tally.Maximum - tally.Minimum + 1).Select(v => (double)v).ToArray();
        var mean = WeightedMean.Of(values, tally.Counts, tally.Weights, tally.SquaredWeights);
        var interval = TInterval(mean, thresholds.ConfidenceLevel, tally.Minimum, tally.Maximum);

        double? share = null;
        Interval? shareInterval = null;
        if (shareFrom is { } threshold)
        {
            var atOrAbove = 0.0;
            for (var v = threshold; v <= tally.Maximum; v++)
            {
                atOrAbove += tally.Weights[v - tally.Minimum];
            }

            var p = Math.Clamp(atOrAbove / sumWeights, 0, 1);
            share = p;
            shareInterval = Proportions.Wilson(p, effective, Proportions.CriticalValue(thresholds.ConfidenceLevel));
        }

        var distribution = tally.Weights.Select(w => w / sumWeights).ToList();
        return new ScoreEstimate(indicatorId, tally.Minimum, tally.Maximum, validBase, tally.Excluded, tally.Blank, sumWeights, effective,
            mean.Mean, mean.StandardError, mean.DegreesOfFreedom, interval, shareFrom, share, shareInterval, lowBase, false, distribution);
    }

    /// <summary>
    /// ȳ ± t_{1−α/2}(n_eff − 1)·SE, cut to [<paramref name="lower"/>, <paramref name="upper"/>]: a mean cannot leave
    /// the scale, and near a bound the symmetric interval would (as the normal interval of a share leaves [0, 1]).
    /// </summary>
    public static Interval TInterval(WeightedMean mean, double confidence, double lower, double upper)
    {
        var t = StudentT.CriticalValue(confidence, mean.DegreesOfFreedom);
        var halfWidth = t * mean.StandardError;
        return new Interval(Math.Max(lower, mean.Mean - halfWidth), Math.Min(upper, mean.Mean + halfWidth));
    }
}
