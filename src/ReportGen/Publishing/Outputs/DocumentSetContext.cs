using ReportGen.Analysis;
using ReportGen.Charts;
using ReportGen.Documents;

namespace ReportGen.Publishing.Outputs;

/// <summary>
/// What the outputs of one document set are made from: the results and the options; and the
/// pieces several outputs share (the article's text, the charts, the two composed documents), each made once, the
/// first time an output asks for it, so nothing is computed that no output needs. Thread-safe: outputs are written
/// side by side.
/// </summary>
public sealed class DocumentSetContext
{
    private readonly Lazy<string> _article;
    private readonly Lazy<SetCharts> _charts;
    private readonly Lazy<ComposedDocument> _newsletter;
    private readonly Lazy<ComposedDocument> _evidence;

    /// <param name="traced">The inputs as the evidence pack's traceability section lists them.</param>
    public DocumentSetContext(SurveyResults results, IReadOnlyList<EvidencePack.TracedFile> traced, DocumentOptions options, string generatorVersion)
    {
        ArgumentNullException.ThrowIfNull(results);
        Results = results;
        Options = options;
        GeneratorVersion = generatorVersion;
        _article = new(() => ReportBuilder.RenderArticle(results).Article);
        _charts = new(() => SetCharts.Of(results));
        _newsletter = new(() => new ComposedDocument(DocumentInfos.Newsletter(results, generatorVersion), NewsletterDocument.Compose(Article, Charts.Headline, results.Project)));
        _evidence = new(() => new ComposedDocument(DocumentInfos.Evidence(results, generatorVersion),
            EvidencePack.Compose(results, traced, generatorVersion, Charts.Satisfaction, Charts.Analysis)));
    }

    public SurveyResults Results { get; }

    public DocumentOptions Options { get; }

    public string GeneratorVersion { get; }

    /// <summary>The article's Markdown, as the template rendered it (<c>newsletter.md</c>).</summary>
    public string Article => _article.Value;

    public SetCharts Charts => _charts.Value;

    /// <summary>The article, composed once for every format.</summary>
    public ComposedDocument Newsletter => _newsletter.Value;

    /// <summary>The evidence pack, composed once for every format.</summary>
    public ComposedDocument Evidence => _evidence.Value;
}

/// <summary>The charts of a document set, and the numbered figures the evidence pack shows them in.</summary>
public sealed record SetCharts(
    IReadOnlyList<(string Name, IChart? Chart)> Exports,
    Figure? Headline,
    Figure? Satisfaction,
    EvidencePack.AnalysisCharts Analysis)
{
    public static SetCharts Of(SurveyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var catalog = results.Project.Catalog;
        var confidence = FrenchFormat.Percent(results.Project.Thresholds.ConfidenceLevel, 0);
        var headlineChart = SatisfactionChart.FromEstimates(results, headlineOnly: true);
        var fullChart = SatisfactionChart.FromEstimates(results);
        var trendChart = TrendChart.FromTrends(results);
        var scoreCharts = ScoreDistributionChart.FromResults(results);

        string Label(string id) => FrenchFormat.Typography(catalog.Indicator(id).Label);
        var gaps = (results.Mirror?.Gaps ?? []).Where(g => g.IndicatorId != catalog.OverallId && g.StaffSatisfied is not null && g.TenantSatisfied is not null).ToList();
        var mirrorChart = gaps.Count == 0 ? null : new MirrorChart([.. gaps.Select(g => new MirrorPoint(Label(g.IndicatorId), g.TenantSatisfied!.Value, g.StaffSatisfied!.Value, g.Significant))]);
        var priorityChart = results.Priorities is { Items.Count: > 1 } p
            ? new PriorityMatrixChart([.. p.Items.Select(i => new PriorityPoint(Label(i.IndicatorId), i.Performance, i.Importance))], p.PerformanceCrosshair, p.ImportanceCrosshair)
            : null;
        var irritants = results.Verbatims is { Irritants.Count: > 0 } v
            ? new IrritantChart([.. v.Irritants.Where(i => i.NegativeMentions > 0).Select(i => new IrritantBar(FrenchFormat.Typography(i.Label), i.NegativeMentions, i.Share) { Interval = i.ShareInterval })])
            : null;
        var irritantChart = irritants?.Bars.Count > 0 ? irritants : null;

        // Figures are numbered in the order the evidence pack shows them, counting only those drawn.
        var figures = 0;
        Figure? Numbered(IChart? chart, string caption) => chart is null ? null : new Figure(chart, $"Figure {++figures} — {caption}");
        var marks = fullChart?.BenchmarkName is { } name ? $", objectif et {name}" : " et objectif";
        var satisfaction = Numbered(fullChart, $"Satisfaction par indicateur : pourcentage de satisfaits, intervalle de confiance à {confidence}{marks}.");
        // The results section shows the scores' distributions right after the satisfaction chart, before the trends.
        var scores = scoreCharts.Select(c => Numbered(c.Chart, ScoreCaption(results, c.IndicatorId, c.Chart))!).ToList();
        var trends = Numbered(trendChart, $"Évolution par indicateur : pourcentage de satisfaits à chaque vague, intervalle de confiance à {confidence}, et évolution depuis la vague précédente, signalée quand elle est significative après correction.");
        // The analysis shows the mirror survey (6.1), then the comments with their irritants (6.2), then the priorities (6.3).
        var mirror = Numbered(mirrorChart, "Enquête miroir : satisfaction des locataires et estimation des collaborateurs, écart en points.");
        var irritantFigure = Numbered(irritantChart, $"Irritants : commentaires de locataires négatifs sur chaque thème, leur part des commentaires et son intervalle de confiance à {confidence}.");
        var priorities = Numbered(priorityChart, "Matrice importance–performance ; axes à la moyenne des indicateurs.");
        var analysis = new EvidencePack.AnalysisCharts(mirror, priorities, irritantFigure)
        {
            Trends = trends,
            Scores = scores,
        };
        var headline = headlineChart is null ? null : new Figure(headlineChart, headlineChart.BenchmarkName is { } reference
            ? $"Part des locataires satisfaits, avec l’intervalle de confiance à {confidence}, l’objectif de chaque indicateur et la référence «\u00A0{reference}\u00A0»."
            : $"Part des locataires satisfaits, avec l’intervalle de confiance à {confidence} et l’objectif de chaque indicateur.");
        return new SetCharts(
            [("satisfaction", fullChart), .. scoreCharts.Select(c => ($"score-{c.IndicatorId}", (IChart?)c.Chart)), ("trends", trendChart), ("mirror", mirrorChart), ("priorities", priorityChart), ("irritants", irritantChart)],
            headline, satisfaction, analysis);
    }

    /// <summary>What a score's figure shows, in the words of its chart: the answers, and the mean and its marks or the net score's groups.</summary>
    private static string ScoreCaption(SurveyResults results, string indicatorId, ScoreDistributionChart chart)
    {
        var label = FrenchFormat.Typography(results.Project.Catalog.Indicator(indicatorId).Label);
        var answers = $"répartition pondérée des réponses de {FrenchFormat.Count(chart.Minimum)} à {FrenchFormat.Count(chart.Maximum)}";
        if (chart.Net is { } net)
        {
            return $"{label} : {answers}, détracteurs, passifs et promoteurs, score net {FrenchFormat.NetScore(net.Score)}.";
        }

        var marks = chart.Marks.Select(m => m.Kind == ScoreMarkKind.Mean ? $"moyenne et son intervalle de confiance à {FrenchFormat.Percent(chart.ConfidenceLevel, 0)}" : m.Name).Distinct(StringComparer.Ordinal).ToList();
        return $"{label} : {answers}, {FrenchFormat.List(marks)}.";
    }
}
