using ReportGen.Analysis;

namespace ReportGen.Tests.TestSupport;

/// <summary>
/// Hand-made trends and segment results over the sample survey (whose estimates are the current wave), for the
/// charts and sections that show them before the analysis computes them: three waves of the eleven indicators,
/// five agencies and ninety-nine residences, some with low bases and some suppressed.
/// </summary>
internal static class WaveSamples
{
    public static readonly Lazy<SurveyResults> Sample = new(() => ReportBuilder.Check(Repo.Path("data", "reportgen.yaml")));

    /// <summary>Earlier shares, in points, of each indicator of the sample file (2016, 2018), in file order.</summary>
    private static readonly (double W2016, double W2018)[] Earlier =
    [
        (83.0, 84.1), (88.2, 88.8), (80.1, 81.0), (84.5, 83.9), (66.0, 68.4), (81.0, 82.2),
        (77.5, -1), (74.0, 74.5), (72.1, 71.5), (58.0, 60.2), (79.0, 78.4),
    ];

    private const double EarlierBase = 3800;
    private const double Z = 1.959963984540054;

    /// <summary>The sample with trends over 2016, 2018 and 2020 (2018 of the 7th indicator suppressed) and the two segments.</summary>
    public static SurveyResults WithTrendsAndSegments() => Sample.Value with { Trends = Trends(Sample.Value), Segments = Segments(Sample.Value) };

    public static TrendResults Trends(SurveyResults results, MultipleTestingCorrection correction = MultipleTestingCorrection.Holm)
    {
        var raw = new List<(string Id, List<WaveEstimate> Waves, double? Change, double? Z, double? P)>();
        for (var i = 0; i < results.Estimates.Count; i++)
        {
            var current = results.Estimates[i];
            var (w2016, w2018) = Earlier[i];
            var previous = w2018 < 0 ? Suppressed(current.IndicatorId, 6) : Estimate(current.IndicatorId, w2018 / 100, EarlierBase);
            var waves = new List<WaveEstimate> { new("2016", Estimate(current.IndicatorId, w2016 / 100, EarlierBase)), new("2018", previous), new("2020", current) };
            if (previous.Suppressed || current.Suppressed)
            {
                raw.Add((current.IndicatorId, waves, null, null, null));
                continue;
            }

            var test = TwoProportionTest.Compute(current.Satisfied!.Value, current.EffectiveBase, previous.Satisfied!.Value, previous.EffectiveBase);
            raw.Add((current.IndicatorId, waves, test.Difference * 100, test.Z, test.PValue));
        }

        var adjusted = Adjust([.. raw.Select(r => r.P)], correction);
        var indicators = raw.Select((r, i) => new IndicatorTrend(r.Id, r.Waves, r.Change, r.Z, r.P, adjusted[i],
            adjusted[i] is not { } p ? TrendDirection.NotTested : p >= 0.05 ? TrendDirection.Stable : r.Change > 0 ? TrendDirection.Up : TrendDirection.Down)).ToList();
        return new TrendResults(["2016", "2018", "2020"], "2020", "2018", correction, indicators);
    }

    /// <summary>Holm (step-down) or Benjamini–Hochberg (step-up) adjusted p-values of the tested ones, null where untested.</summary>
    public static double?[] Adjust(IReadOnlyList<double?> pValues, MultipleTestingCorrection correction)
    {
        var tested = pValues.Select((p, i) => (P: p, I: i)).Where(x => x.P is not null).OrderBy(x => x.P).ToList();
        var m = tested.Count;
        var result = new double?[pValues.Count];
        if (correction == MultipleTestingCorrection.Holm)
        {
            var running = 0.0;
            for (var k = 0; k < m; k++)
            {
                running = Math.Max(running, Math.Min(1, (m - k) * tested[k].P!.Value));
                result[tested[k].I] = running;
            }
        }
        else
        {
            var running = 1.0;
            for (var k = m - 1; k >= 0; k--)
            {
                running = Math.Min(running, Math.Min(1, m * tested[k].P!.Value / (k + 1)));
                result[tested[k].I] = running;
            }
        }

        return result;
    }

    /// <summary>The sample's agencies and residences with their own respondent counts, but every 7th residence at 22 (a low base) and every 17th at 8 (suppressed).</summary>
    public static IReadOnlyList<SegmentResults> Segments(SurveyResults results)
    {
        var random = new Random(20200303);
        var agencies = results.Survey.Segments["agence"].Select(a => Value(results, a.Value, a.Respondents, random, spread: 6)).ToList();
        var residences = results.Survey.Segments["residence"]
            .Select((r, i) => Value(results, r.Value, (i + 1) % 17 == 0 ? 8 : (i + 1) % 7 == 0 ? 22 : r.Respondents, random, spread: 14))
            .ToList();
        return
        [
            new SegmentResults("agence", "agences", "agence", agencies),
            new SegmentResults("residence", "résidences", "residence", residences),
        ];
    }

    private static SegmentValueResults Value(SurveyResults results, string name, long respondents, Random random, double spread) =>
        new(name, respondents, [.. results.Estimates.Select(e =>
        {
            if (respondents < 10)
            {
                return Suppressed(e.IndicatorId, respondents);
            }

            var p = Math.Clamp(e.Satisfied!.Value + ((random.NextDouble() - 0.5) * spread / 50), 0.2, 0.99);
            return Estimate(e.IndicatorId, Math.Round(p * respondents) / respondents, respondents);
        })]);

    public static IndicatorEstimate Estimate(string id, double p, double n)
    {
        var interval = Proportions.Wilson(p, n, Z);
        return new IndicatorEstimate(id, (long)n, 0, 0, n, n, p, interval, Proportions.MarginOfError(p, n, Z), null, TargetStatus.NoTarget, n < 30, false, []);
    }

    public static IndicatorEstimate Suppressed(string id, long n) =>
        new(id, n, 0, 0, n, n, null, null, null, null, TargetStatus.NoTarget, true, true, []);
}
