using ReportGen.Analysis;
using ReportGen.Charts;
using ReportGen.Documents;
using ReportGen.Publishing;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Documents.Docx;

/// <summary>
/// The sample project's newsletter and evidence pack as blocks, composed as <c>ReportBuilder.DocumentSet</c>
/// composes them (the same charts, captions and document info), for the tests of the formats.
/// </summary>
internal static class SampleDocuments
{
    private static readonly Lazy<(SurveyResults Results, ComposedDocument Newsletter, ComposedDocument Evidence)> Sample = new(Compose);

    public static SurveyResults Results => Sample.Value.Results;

    public static ComposedDocument Newsletter => Sample.Value.Newsletter;

    public static ComposedDocument Evidence => Sample.Value.Evidence;

    private static (SurveyResults, ComposedDocument, ComposedDocument) Compose()
    {
        var results = ReportBuilder.Check(Repo.Path("data", "reportgen.yaml"));
        var project = results.Project;
        var version = ReportBuilder.GeneratorVersion;
        var templates = project.TemplatesDirectory.Length == 0
            ? TemplateSource.Embedded(project.NewsletterTemplate)
            : TemplateSource.FromDirectory(project.TemplatesDirectory, project.NewsletterTemplate);
        var article = FrenchFormat.FixSpacing(ArticleRenderer.Render(templates, ArticleModelFactory.Create(results, version)));
        var confidence = FrenchFormat.Percent(project.Thresholds.ConfidenceLevel, 0);

        var figures = 0;
        Figure? Numbered(IChart? chart, string caption) => chart is null ? null : new Figure(chart, $"Figure {++figures} — {caption}");
        var satisfaction = Numbered(SatisfactionChart.FromEstimates(results), $"Satisfaction par indicateur : pourcentage de satisfaits, intervalle de confiance à {confidence} et objectif.");
        var trends = Numbered(TrendChart.FromTrends(results), $"Évolution par indicateur : pourcentage de satisfaits à chaque vague, intervalle de confiance à {confidence}.");
        var (mirror, priorities, irritants) = AnalysisCharts(results);
        var analysis = new EvidencePack.AnalysisCharts(
            Numbered(mirror, "Enquête miroir : satisfaction des locataires et estimation des collaborateurs, écart en points."),
            Numbered(priorities, "Matrice importance–performance ; axes à la moyenne des indicateurs."),
            Numbered(irritants, $"Irritants : commentaires de locataires négatifs sur chaque thème, leur part des commentaires et son intervalle de confiance à {confidence}."))
        {
            Trends = trends,
        };
        var headline = SatisfactionChart.FromEstimates(results, headlineOnly: true);
        var newsletterFigure = headline is null ? null : new Figure(headline, $"Part des locataires satisfaits, avec l’intervalle de confiance à {confidence} et l’objectif de chaque indicateur.");

        var survey = FrenchFormat.Typography(project.Survey);
        var period = FrenchFormat.Typography(project.Period.Label);
        var keywords = $"satisfaction; locataires; {period}; Quali’Hlm; ISO 9001";
        var creator = $"ReportGen {version}";
        var newsletterInfo = new DocumentInfo($"{survey} {period}", "Décryptage", FrenchFormat.Typography(project.Organisation),
            $"Article du magazine des locataires : {survey} {period}", keywords, project.Reference ?? "", project.Control.Version, project.PublicationDate, creator);
        var evidenceInfo = new DocumentInfo($"Dossier de preuves — {survey} {period}", null, FrenchFormat.Typography(project.Control.Author),
            $"Preuves Quali’Hlm et ISO 9001 de la mesure de satisfaction ({FrenchFormat.Count(results.Survey.Respondents)} répondants)", keywords,
            project.Reference ?? "", project.Control.Version, project.PublicationDate, creator, NumberHeadings: true);
        var traced = new[] { new EvidencePack.TracedFile("reportgen.yaml", "fichier de projet", 1234, new string('a', 64)) };
        return (results,
            new ComposedDocument(newsletterInfo, NewsletterPdf.Compose(article, newsletterFigure)),
            new ComposedDocument(evidenceInfo, EvidencePack.Compose(results, traced, version, satisfaction, analysis)));
    }

    /// <summary>The analysis charts as <c>ReportBuilder</c> draws them.</summary>
    private static (MirrorChart?, PriorityMatrixChart?, IrritantChart?) AnalysisCharts(SurveyResults results)
    {
        var catalog = results.Project.Catalog;
        string Label(string id) => FrenchFormat.Typography(catalog.Indicator(id).Label);
        var gaps = (results.Mirror?.Gaps ?? []).Where(g => g.IndicatorId != catalog.OverallId && g.StaffSatisfied is not null && g.TenantSatisfied is not null).ToList();
        var mirror = gaps.Count == 0 ? null : new MirrorChart([.. gaps.Select(g => new MirrorPoint(Label(g.IndicatorId), g.TenantSatisfied!.Value, g.StaffSatisfied!.Value, g.Significant))]);
        var priorities = results.Priorities is { Items.Count: > 1 } p
            ? new PriorityMatrixChart([.. p.Items.Select(i => new PriorityPoint(Label(i.IndicatorId), i.Performance, i.Importance))], p.PerformanceCrosshair, p.ImportanceCrosshair)
            : null;
        var irritants = results.Verbatims is { Irritants.Count: > 0 } v
            ? new IrritantChart([.. v.Irritants.Where(i => i.NegativeMentions > 0).Select(i => new IrritantBar(FrenchFormat.Typography(i.Label), i.NegativeMentions, i.Share) { Interval = i.ShareInterval })])
            : null;
        return (mirror, priorities, irritants?.Bars.Count > 0 ? irritants : null);
    }
}
