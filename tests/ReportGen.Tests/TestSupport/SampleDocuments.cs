using System.Security.Cryptography;
using ReportGen.Analysis;
using ReportGen.Charts;
using ReportGen.Documents;
using ReportGen.Publishing;

namespace ReportGen.Tests.TestSupport;

/// <summary>
/// The sample project's two documents composed as blocks, as <c>ReportBuilder</c>'s document set composes them (the
/// same article, infos, figures and captions), for the tests of a format before the build writes it.
/// </summary>
internal static class SampleDocuments
{
    private static readonly Lazy<(ComposedDocument Newsletter, ComposedDocument Evidence)> Composed = new(Compose);

    public static SurveyResults Results { get; } = ReportBuilder.Check(Repo.Path("data", "reportgen.yaml"));

    public static ComposedDocument Newsletter => Composed.Value.Newsletter;

    public static ComposedDocument Evidence => Composed.Value.Evidence;

    private static (ComposedDocument, ComposedDocument) Compose()
    {
        var results = Results;
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
        var trends = Numbered(TrendChart.FromTrends(results), $"Évolution par indicateur : pourcentage de satisfaits à chaque vague, intervalle de confiance à {confidence}, et évolution depuis la vague précédente, signalée quand elle est significative après correction.");
        var (mirror, priorities, irritants) = AnalysisCharts(results);
        var analysis = new EvidencePack.AnalysisCharts(
            Numbered(mirror, "Enquête miroir : satisfaction des locataires et estimation des collaborateurs, écart en points."),
            Numbered(priorities, "Matrice importance–performance ; axes à la moyenne des indicateurs."),
            Numbered(irritants, $"Irritants : commentaires de locataires négatifs sur chaque thème, leur part des commentaires et son intervalle de confiance à {confidence}."))
        {
            Trends = trends,
        };
        var headline = SatisfactionChart.FromEstimates(results, headlineOnly: true);
        var headlineFigure = headline is null ? null : new Figure(headline, $"Part des locataires satisfaits, avec l’intervalle de confiance à {confidence} et l’objectif de chaque indicateur.");
        var traced = project.InputFiles.Select(path =>
        {
            var bytes = File.ReadAllBytes(path);
            return new EvidencePack.TracedFile(ProjectPaths.RelativeTo(project.Directory, path), "entrée", bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }).ToList();

        var (newsletterInfo, evidenceInfo) = Infos(results, version);
        return (new ComposedDocument(newsletterInfo, NewsletterPdf.Compose(article, headlineFigure)),
            new ComposedDocument(evidenceInfo, EvidencePack.Compose(results, traced, version, satisfaction, analysis)));
    }

    private static (MirrorChart?, PriorityMatrixChart?, IrritantChart?) AnalysisCharts(SurveyResults results)
    {
        var catalog = results.Project.Catalog;
        string Label(string id) => FrenchFormat.Typography(catalog.Indicator(id).Label);
        var gaps = (results.Mirror?.Gaps ?? []).Where(g => g.IndicatorId != catalog.OverallId && g.StaffSatisfied is not null && g.TenantSatisfied is not null).ToList();
        var mirror = gaps.Count == 0 ? null : new MirrorChart([.. gaps.Select(g => new MirrorPoint(Label(g.IndicatorId), g.TenantSatisfied!.Value, g.StaffSatisfied!.Value, g.Significant))]);
        var priorities = results.Priorities is { Items.Count: > 1 } p
            ? new PriorityMatrixChart([.. p.Items.Select(i => new PriorityPoint(Label(i.IndicatorId), i.Performance, i.Importance))], p.PerformanceCrosshair, p.ImportanceCrosshair)
            : null;
        var bars = results.Verbatims is { Irritants.Count: > 0 } v
            ? v.Irritants.Where(i => i.NegativeMentions > 0).Select(i => new IrritantBar(FrenchFormat.Typography(i.Label), i.NegativeMentions, i.Share) { Interval = i.ShareInterval }).ToList()
            : [];
        return (mirror, priorities, bars.Count == 0 ? null : new IrritantChart(bars));
    }

    private static (DocumentInfo, DocumentInfo) Infos(SurveyResults results, string version)
    {
        var project = results.Project;
        var survey = FrenchFormat.Typography(project.Survey);
        var period = FrenchFormat.Typography(project.Period.Label);
        var organisation = FrenchFormat.Typography(project.Organisation);
        var creator = $"ReportGen {version}";
        var keywords = $"satisfaction; locataires; {period}; Quali’Hlm; ISO 9001";
        var newsletter = new DocumentInfo($"{survey} {period}", "Décryptage", organisation, $"Article du magazine des locataires : {survey} {period}",
            keywords, project.Reference ?? "", project.Control.Version, project.PublicationDate, creator);
        var evidence = new DocumentInfo($"Dossier de preuves — {survey} {period}", null, FrenchFormat.Typography(project.Control.Author),
            $"Preuves Quali’Hlm et ISO 9001 de la mesure de satisfaction ({FrenchFormat.Count(results.Survey.Respondents)} répondants)", keywords,
            project.Reference ?? "", project.Control.Version, project.PublicationDate, creator, NumberHeadings: true);
        return (newsletter, evidence);
    }
}
