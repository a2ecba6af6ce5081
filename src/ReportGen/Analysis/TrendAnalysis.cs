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
    /// current wave). Returns null when there is a single wave. <paramref name="scoreWaves"/>: the scores and net scores
    /// of the same waves, in the same order, when the project has any; their Welch tests join the shares' family.
    /// </summary>
    public static TrendResults? Compute(IReadOnlyList<(string Wave, IReadOnlyList<IndicatorEstimate> Estimates)> waves, double confidence, MultipleTestingCorrection correction,
        IReadOnlyList<Scores.ScoreResults>? scoreWaves = null)
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

        var scoreTrends = scoreWaves is { Count: > 0 } ? ScoreTrends(waves, scoreWaves) : [];
        var scoreTests = scoreTrends.Select((t, i) => (Index: i, t.PValue)).Where(t => t.PValue is not null).ToList();
        var adjusted = MultipleTesting.Adjust([.. tests.Select(t => t.Test.PValue), .. scoreTests.Select(t => t.PValue!.Value)], correction);
        var alpha = TwoProportionResult.Alpha(confidence);
        for (var i = 0; i < tests.Count; i++)
        {
            var (index, test) = tests[i];
            var significant = adjusted[i] < alpha;
            trends[index] = trends[index] with
            {
                AdjustedPValue = adjusted[i],
                Direction = !significant ? TrendDirection.Stable : test.Difference > 0 ? TrendDirection.Up : TrendDirection.Down,
            };
        }

        for (var i = 0; i < scoreTests.Count; i++)
        {
            var index = scoreTests[i].Index;
            var p = adjusted[tests.Count + i];
            scoreTrends[index] = scoreTrends[index] with
            {
                AdjustedPValue = p,
                Direction = !(p < alpha) ? TrendDirection.Stable : scoreTrends[index].Change > 0 ? TrendDirection.Up : TrendDirection.Down,
            };
        }

        return new TrendResults([.. waves.Select(w => w.Wave)], current.Wave, previous.Wave, correction, trends) { Scores = scoreTrends };
    }

    /// <summary>The score and net-score trends with their raw Welch tests, current against previous wave; not yet adjusted.</summary>
    private static List<ScoreTrend> ScoreTrends(IReadOnlyList<(string Wave, IReadOnlyList<IndicatorEstimate> Estimates)> waves, IReadOnlyList<Scores.ScoreResults> scoreWaves)
    {
        if (scoreWaves.Count != waves.Count)
        {
            throw new ArgumentException("one set of scores per wave is expected.", nameof(scoreWaves));
        }

        var current = scoreWaves[^1];
        var previous = scoreWaves[^2];
        var trends = new List<ScoreTrend>();
        foreach (var score in current.Scores)
        {
            var history = scoreWaves.Select((s, w) => s.Score(score.IndicatorId) is { } e
                ? new ScoreWaveValue(waves[w].Wave, e.Mean, e.Interval, e.ValidBase, e.EffectiveBase, e.LowBase, e.Suppressed) : null).OfType<ScoreWaveValue>().ToList();
            var test = previous.Score(score.IndicatorId) is { } before ? Scores.WelchTest.Compute(score, before) : null;
            trends.Add(Trend(score.IndicatorId, Definitions.IndicatorKind.Score, history, test));
        }

        foreach (var net in current.NetScores)
        {
            var history = scoreWaves.Select((s, w) => s.NetScore(net.IndicatorId) is { } e
                ? new ScoreWaveValue(waves[w].Wave, e.Score, e.Interval, e.ValidBase, e.EffectiveBase, e.LowBase, e.Suppressed) : null).OfType<ScoreWaveValue>().ToList();
            var test = previous.NetScore(net.IndicatorId) is { } before ? Scores.WelchTest.Compute(net, before) : null;
            trends.Add(Trend(net.IndicatorId, Definitions.IndicatorKind.Net, history, test));
        }

        return trends;
    }

    private static ScoreTrend Trend(string id, Definitions.IndicatorKind kind, List<ScoreWaveValue> history, Scores.WelchTestResult? test) =>
        test is { } t
            ? new ScoreTrend(id, kind, history, t.Difference, t.T, t.DegreesOfFreedom, t.PValue, null, TrendDirection.Stable)
            : new ScoreTrend(id, kind, history, null, null, null, null, null, TrendDirection.NotTested);
}
