using ReportGen.Analysis;
using ReportGen.Analysis.Scores;
using ReportGen.Definitions;

namespace ReportGen.Publishing;

/// <summary>The scores out of 10, the net scores and the benchmarks of the article model.</summary>
public static partial class ArticleModelFactory
{
    private static List<ArticleScore> Scores(SurveyResults results, IReadOnlyList<ArticleBenchmark> benchmarks)
    {
        var catalog = results.Project.Catalog;
        return [.. results.Scores.Scores.Select(s =>
        {
            var definition = catalog.Indicator(s.IndicatorId);
            var range = catalog.Scale(definition.ScaleId).Range!;
            var status = Status(s.Suppressed ? null : definition.Target, s.Interval);
            var trend = ScoreTrend(results, s.IndicatorId);
            return new ArticleScore(
                Id: definition.Id,
                Label: FrenchFormat.Typography(definition.Label),
                Statement: FrenchFormat.Typography(definition.Statement),
                Mean: s.Mean is { } mean ? FrenchFormat.Score(mean, range) : null,
                Value: s.Mean is { } value ? Math.Round(value, 1, MidpointRounding.AwayFromZero) : null,
                IntervalLow: s.Interval is { } low ? FrenchFormat.Number(low.Lower, 1) : null,
                IntervalHigh: s.Interval is { } high ? FrenchFormat.Number(high.Upper, 1) : null,
                Interval: s.Interval is { } interval ? $"{FrenchFormat.Number(interval.Lower, 1)} à {FrenchFormat.Number(interval.Upper, 1)}" : null,
                Base: FrenchFormat.Count(s.ValidBase),
                BaseCount: s.ValidBase,
                EffectiveBase: FrenchFormat.Number(s.EffectiveBase, 0),
                LowBase: s.LowBase,
                Suppressed: s.Suppressed,
                Share: s.ShareAtOrAbove is { } share ? FrenchFormat.Percent(share) : null,
                Threshold: s.ShareFrom is { } from ? AtOrAbove(from, range.Max) : null,
                Target: definition.Target is { } target ? FrenchFormat.Score(target, range) : null,
                Status: StatusText.Of(status),
                TargetMet: status == TargetStatus.Met,
                Trend: trend is null ? null : TrendText.Of(trend.Direction),
                Change: trend is { Direction: TrendDirection.Up or TrendDirection.Down, Change: { } change } ? ChangeText(change, 1) : null,
                Benchmarks: [.. benchmarks.Where(b => b.IndicatorId == s.IndicatorId)]);
        })];
    }

    private static List<ArticleNetScore> NetScores(SurveyResults results, IReadOnlyList<ArticleBenchmark> benchmarks)
    {
        var catalog = results.Project.Catalog;
        return [.. results.Scores.NetScores.Select(n =>
        {
            var definition = catalog.Indicator(n.IndicatorId);
            var range = catalog.Scale(definition.ScaleId).Range!;
            var cutOffs = definition.CutOffs ?? NetCutOffs.Default;
            var status = Status(n.Suppressed ? null : definition.Target, n.Interval);
            var trend = ScoreTrend(results, n.IndicatorId);
            return new ArticleNetScore(
                Id: definition.Id,
                Label: FrenchFormat.Typography(definition.Label),
                Statement: FrenchFormat.Typography(definition.Statement),
                Score: n.Score is { } score ? FrenchFormat.NetScore(score) : null,
                Value: n.Score is { } value ? Math.Round(value, 1, MidpointRounding.AwayFromZero) : null,
                Promoters: n.Promoters is { } promoters ? FrenchFormat.Percent(promoters) : null,
                Passives: n.Passives is { } passives ? FrenchFormat.Percent(passives) : null,
                Detractors: n.Detractors is { } detractors ? FrenchFormat.Percent(detractors) : null,
                PromotersAnswers: AtOrAbove(cutOffs.PromotersFrom, range.Max),
                DetractorsAnswers: AtOrBelow(cutOffs.DetractorsTo, range.Min),
                IntervalLow: n.Interval is { } low ? FrenchFormat.NetScore(low.Lower) : null,
                IntervalHigh: n.Interval is { } high ? FrenchFormat.NetScore(high.Upper) : null,
                Interval: n.Interval is { } interval ? $"{FrenchFormat.NetScore(interval.Lower)} à {FrenchFormat.NetScore(interval.Upper)}" : null,
                Base: FrenchFormat.Count(n.ValidBase),
                BaseCount: n.ValidBase,
                EffectiveBase: FrenchFormat.Number(n.EffectiveBase, 0),
                LowBase: n.LowBase,
                Suppressed: n.Suppressed,
                Target: definition.Target is { } target ? FrenchFormat.NetScore(target) : null,
                Status: StatusText.Of(status),
                TargetMet: status == TargetStatus.Met,
                Trend: trend is null ? null : TrendText.Of(trend.Direction),
                Change: trend is { Direction: TrendDirection.Up or TrendDirection.Down, Change: { } change } ? ChangeText(change, 0) : null,
                Benchmarks: [.. benchmarks.Where(b => b.IndicatorId == n.IndicatorId)]);
        })];
    }

    /// <summary>
    /// A score's or net score's target status, judged on its interval as a share's is (<see cref="IndicatorAnalysis"/>):
    /// met when the whole interval is at or above the target, below when the whole interval is under it.
    /// </summary>
    internal static TargetStatus Status(double? target, Interval? interval) =>
        target is not { } t || interval is not { } i ? TargetStatus.NoTarget
            : i.Lower >= t ? TargetStatus.Met
            : i.Upper < t ? TargetStatus.Below
            : TargetStatus.NotSignificantlyDifferent;

    /// <summary>The indicator's trend when there is a previous wave to compare with and the change was tested; else null.</summary>
    private static ScoreTrend? ScoreTrend(SurveyResults results, string indicatorId) =>
        results.Trends is { PreviousWave: not null } trends
            ? trends.Scores.FirstOrDefault(t => t.IndicatorId == indicatorId && t.Direction != TrendDirection.NotTested)
            : null;

    /// <summary>A change in score units or points of net score, signed, with its unit: « +0,3 point », « −4 points ».</summary>
    internal static string ChangeText(double change, int decimals)
    {
        var rounded = Math.Round(change, decimals, MidpointRounding.AwayFromZero);
        return $"{FrenchFormat.WithSign(change, decimals)}{FrenchFormat.NoBreakSpace}{(Math.Abs(rounded) >= 2 ? "points" : "point")}";
    }

    /// <summary>The answers from <paramref name="from"/> up: « 7 ou plus », « 9 ou 10 », « 10 ».</summary>
    internal static string AtOrAbove(int from, int max) =>
        from >= max ? FrenchFormat.Count(max) : from == max - 1 ? $"{FrenchFormat.Count(from)} ou {FrenchFormat.Count(max)}" : $"{FrenchFormat.Count(from)} ou plus";

    /// <summary>The answers up to <paramref name="to"/>: « 6 ou moins », « 0 ».</summary>
    internal static string AtOrBelow(int to, int min) =>
        to <= min ? FrenchFormat.Count(min) : $"{FrenchFormat.Count(to)} ou moins";

    /// <summary>The benchmarks the office's figure is compared with, in the order of the indicator file, then of the benchmark file.</summary>
    private static List<ArticleBenchmark> Benchmarks(SurveyResults results)
    {
        var catalog = results.Project.Catalog;
        var order = catalog.Indicators.Select((indicator, index) => (indicator.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);
        return [.. results.Benchmarks.OrderBy(b => order[b.Definition.IndicatorId]).Select(b => Benchmark(catalog, b))];
    }

    private static ArticleBenchmark Benchmark(IndicatorCatalog catalog, BenchmarkResult result)
    {
        var definition = catalog.Indicator(result.Definition.IndicatorId);
        Func<double, string> figure = definition.Kind switch
        {
            IndicatorKind.Score => value => FrenchFormat.Score(value, catalog.Scale(definition.ScaleId).Range!),
            IndicatorKind.Net => value => FrenchFormat.NetScore(value),
            _ => value => FrenchFormat.Percent(value),
        };
        var comparison = result.Comparison;
        var name = FrenchFormat.Typography(result.Name);
        var words = ReferenceWords.Of(name);
        var reference = figure(comparison.Reference);
        var office = comparison.Estimate is { } estimate && comparison.Verdict != BenchmarkVerdict.Unavailable ? figure(estimate) : null;
        return new ArticleBenchmark(
            IndicatorId: definition.Id,
            Label: FrenchFormat.Typography(definition.Label),
            Name: name,
            Source: FrenchFormat.Typography(result.Definition.Source),
            Year: result.Definition.Year,
            Office: office,
            Reference: reference,
            Above: comparison.Verdict == BenchmarkVerdict.Above,
            Below: comparison.Verdict == BenchmarkVerdict.Below,
            InLine: comparison.Verdict == BenchmarkVerdict.InLine,
            Position: comparison.Verdict switch
            {
                BenchmarkVerdict.Above => words.Above,
                BenchmarkVerdict.Below => words.Below,
                BenchmarkVerdict.InLine => words.InLine,
                _ => null,
            },
            Sentence: comparison.Verdict switch
            {
                BenchmarkVerdict.Above or BenchmarkVerdict.Below => $"{office} contre {reference} {words.Against}",
                BenchmarkVerdict.InLine => $"{words.InLine} ({reference})",
                _ => null,
            });
    }

    /// <summary>
    /// Where the shares stand against their benchmarks, for one paragraph: null when no share is compared. With one
    /// reference name throughout, the phrases name it and the items give the two figures; otherwise each item names its own.
    /// </summary>
    private static ArticleBenchmarkSummary? BenchmarkSummary(SurveyResults results, IReadOnlyList<ArticleBenchmark> benchmarks)
    {
        var catalog = results.Project.Catalog;
        var compared = benchmarks.Where(b => catalog.Indicator(b.IndicatorId).Kind == IndicatorKind.Share && (b.Above || b.Below || b.InLine)).ToList();
        if (compared.Count == 0)
        {
            return null;
        }

        var names = compared.Select(b => b.Name).Distinct(StringComparer.Ordinal).ToList();
        var one = names.Count == 1;
        var words = one ? ReferenceWords.Of(names[0]) : ReferenceWords.Several;
        string Label(ArticleBenchmark b) => Lower(b.Label);
        string Gaps(bool above) => FrenchFormat.List([.. compared.Where(b => above ? b.Above : b.Below)
            .Select(b => one ? $"{Label(b)} ({b.Office} contre {b.Reference})" : $"{Label(b)} ({b.Sentence})")]);
        return new ArticleBenchmarkSummary(
            Regional: names.All(n => n.Contains("région", StringComparison.OrdinalIgnoreCase)),
            Above: Gaps(above: true),
            Below: Gaps(above: false),
            InLine: FrenchFormat.List([.. compared.Where(b => b.InLine).Select(b => one ? Label(b) : $"{Label(b)} ({b.Name})")]),
            AboveReference: words.Above,
            BelowReference: words.Below,
            InLineReference: words.InLine);
    }
}
