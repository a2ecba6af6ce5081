using ReportGen.Analysis;
using ReportGen.Analysis.Scores;
using ReportGen.Definitions;

namespace ReportGen.Charts;

public sealed partial class ScoreDistributionChart
{
    /// <summary>
    /// The chart of every published score and net score of <paramref name="results"/>, in the order of the indicator file,
    /// with the indicator's id; a suppressed estimate (no distribution to show) has none.
    /// </summary>
    public static IReadOnlyList<(string IndicatorId, ScoreDistributionChart Chart)> FromResults(SurveyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var charts = new List<(string, ScoreDistributionChart)>();
        foreach (var indicator in results.Project.Catalog.Indicators.Where(i => i.Kind != IndicatorKind.Share))
        {
            var chart = results.Scores.Score(indicator.Id) is { } score ? FromScore(results, score)
                : results.Scores.NetScore(indicator.Id) is { } net ? FromNetScore(results, net)
                : null;
            if (chart is not null)
            {
                charts.Add((indicator.Id, chart));
            }
        }

        return charts;
    }

    /// <summary>A score's chart: its distribution, its mean with its interval, its target and its benchmarks; null when suppressed.</summary>
    public static ScoreDistributionChart? FromScore(SurveyResults results, ScoreEstimate score)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(score);
        if (score.Suppressed || score.Mean is not { } mean || score.Distribution.Count < 2)
        {
            return null;
        }

        var catalog = results.Project.Catalog;
        var indicator = catalog.Indicator(score.IndicatorId);
        var range = catalog.Scale(indicator.ScaleId).Range;
        var marks = new List<ScoreMark> { new(ScoreMarkKind.Mean, "moyenne", mean) };
        if (indicator.Target is { } target && target >= score.Minimum && target <= score.Maximum)
        {
            marks.Add(new ScoreMark(ScoreMarkKind.Target, "objectif", target));
        }

        // A benchmark outside the answers (the file checks units, not every bound) could not be drawn: the evidence pack's table still gives it.
        marks.AddRange(BenchmarksOf(results, indicator.Id).Where(b => b.Comparison.Reference >= score.Minimum && b.Comparison.Reference <= score.Maximum).Select(b => new ScoreMark(ScoreMarkKind.Benchmark, Publishing.FrenchFormat.Typography(b.Name), b.Comparison.Reference)));
        return new ScoreDistributionChart(
            Publishing.FrenchFormat.Typography(indicator.Label),
            score.Minimum,
            score.Distribution,
            range?.DisplayUnit ?? "/" + score.Maximum.ToString(System.Globalization.CultureInfo.InvariantCulture),
            marks,
            meanInterval: score.Interval,
            confidenceLevel: results.Project.Thresholds.ConfidenceLevel,
            lowBase: score.LowBase);
    }

    /// <summary>A net score's chart: its distribution coloured by the indicator's cut-offs, with the three shares and the score; null when suppressed.</summary>
    public static ScoreDistributionChart? FromNetScore(SurveyResults results, NetScoreEstimate net)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(net);
        if (net.Suppressed || net.Score is not { } points || net.Promoters is not { } promoters || net.Passives is not { } passives
            || net.Detractors is not { } detractors || net.Distribution.Count != 11)
        {
            return null;
        }

        var indicator = results.Project.Catalog.Indicator(net.IndicatorId);
        var cutOffs = indicator.CutOffs ?? NetCutOffs.Default;
        var groups = new NetScoreGroups(
            cutOffs.DetractorsTo,
            cutOffs.PromotersFrom,
            detractors,
            passives,
            promoters,
            points,
            indicator.Target,
            [.. BenchmarksOf(results, indicator.Id).Select(b => (Publishing.FrenchFormat.Typography(b.Name), b.Comparison.Reference))]);
        return new ScoreDistributionChart(
            Publishing.FrenchFormat.Typography(indicator.Label),
            0,
            net.Distribution,
            "",
            [],
            groups,
            confidenceLevel: results.Project.Thresholds.ConfidenceLevel,
            lowBase: net.LowBase);
    }

    private static IEnumerable<BenchmarkResult> BenchmarksOf(SurveyResults results, string indicatorId) =>
        results.Benchmarks.Where(b => b.Definition.IndicatorId == indicatorId);
}
