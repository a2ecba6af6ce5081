namespace ReportGen.Analysis;

/// <summary>
/// Trends across waves: per indicator, the change from the previous wave to the current one, tested with the
/// two-proportion z-test on Kish effective bases, the family of tests corrected (Holm or Benjamini–Hochberg),
/// and a direction called only when the adjusted p-value is significant. Pure arithmetic.
/// </summary>
public static class TrendAnalysis
{
    /// <summary>
    /// <paramref name="waves"/>: the estimates of each wave up to the current one, oldest first (the last is the
    /// current wave). Returns null when there is a single wave.
    /// </summary>
    public static TrendResults? Compute(IReadOnlyList<(string Wave, IReadOnlyList<IndicatorEstimate> Estimates)> waves, double confidence, MultipleTestingCorrection correction)
    {
        ArgumentNullException.ThrowIfNull(waves);
        if (waves.Count < 2)
        {
            return null;
        }

        var current = waves[^1];
        var previous = waves[^2];
        var tests = new List<(int Index, TwoProportionResult Test)>();
        var trends = new List<IndicatorTrend>();
        foreach (var estimate in current.Estimates)
        {
            var history = waves
                .Select(w => w.Estimates.FirstOrDefault(e => e.IndicatorId == estimate.IndicatorId) is { } e ? new WaveEstimate(w.Wave, e) : null)
                .OfType<WaveEstimate>()
                .ToList();
            var before = previous.Estimates.FirstOrDefault(e => e.IndicatorId == estimate.IndicatorId);
            if (before is { Suppressed: false, Satisfied: { } p2, EffectiveBase: > 0 } && estimate is { Suppressed: false, Satisfied: { } p1, EffectiveBase: > 0 })
            {
                var test = TwoProportionTest.Compute(p1, estimate.EffectiveBase, p2, before.EffectiveBase);
                tests.Add((trends.Count, test));
                trends.Add(new IndicatorTrend(estimate.IndicatorId, history, test.Difference * 100, test.Z, test.PValue, null, TrendDirection.Stable));
            }
            else
            {
                trends.Add(new IndicatorTrend(estimate.IndicatorId, history, null, null, null, null, TrendDirection.NotTested));
            }
        }

        var adjusted = MultipleTesting.Adjust([.. tests.Select(t => t.Test.PValue)], correction);
        for (var i = 0; i < tests.Count; i++)
        {
            var (index, test) = tests[i];
            var significant = adjusted[i] < TwoProportionResult.Alpha(confidence);
            trends[index] = trends[index] with
            {
                AdjustedPValue = adjusted[i],
                Direction = !significant ? TrendDirection.Stable : test.Difference > 0 ? TrendDirection.Up : TrendDirection.Down,
            };
        }

        return new TrendResults([.. waves.Select(w => w.Wave)], current.Wave, previous.Wave, correction, trends);
    }
}
