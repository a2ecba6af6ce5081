using ReportGen.Analysis;

namespace ReportGen.Tests.TestSupport;

/// <summary>Trends across waves written by hand, so that what reads them is tested on known figures.</summary>
internal static class HandMadeTrends
{
    /// <summary>An estimate with only its proportion set; a null proportion is a suppressed figure.</summary>
    public static IndicatorEstimate Estimate(string id, double? satisfied) =>
        new(id, 1000, 0, 0, 1000, 1000, satisfied, null, null, null, TargetStatus.NoTarget, false, satisfied is null, []);

    /// <summary>One indicator over waves (oldest first), with its change from the previous wave to the last and its tested direction.</summary>
    public static IndicatorTrend Trend(string id, TrendDirection direction, params (string Wave, double? Satisfied)[] waves)
    {
        var last = waves[^1].Satisfied;
        var previous = waves.Length > 1 ? waves[^2].Satisfied : null;
        return new IndicatorTrend(id, [.. waves.Select(w => new WaveEstimate(w.Wave, Estimate(id, w.Satisfied)))],
            last is { } l && previous is { } p ? (l - p) * 100 : null, null, null, null, direction);
    }

    /// <summary>Trends over <paramref name="waves"/> (oldest first): the last is current, the one before it previous.</summary>
    public static TrendResults Of(IReadOnlyList<string> waves, params IndicatorTrend[] indicators) =>
        new(waves, waves[^1], waves.Count > 1 ? waves[^2] : null, MultipleTestingCorrection.Holm, indicators);
}
