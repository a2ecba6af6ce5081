using System.Reflection;
using System.Text;
using ReportGen.Analysis;
using ReportGen.Charts;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Documents;
using ReportGen.Ingest;
using ReportGen.Publishing;

namespace ReportGen;

/// <summary>
/// The whole pipeline: definitions → ingest → analysis → publishing. <see cref="Check"/> stops after the
/// analysis (for <c>reportgen validate</c>); <see cref="Build"/> also writes the outputs, all or nothing.
/// </summary>
public static class ReportBuilder
{

    public static string GeneratorVersion { get; } =
        typeof(ReportBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>Loads and checks the project and reads its data; every problem found is reported at once.</summary>
    public static SurveyResults Check(string projectPath)
    {
        var bag = new DiagnosticBag();
        var project = ProjectLoader.TryLoad(projectPath, bag);
        bag.ThrowIfErrors();
        var source = project!.Data[0];
        var tally = SurveyReader.Read(source, project.Catalog.Indicators, project.Catalog, project.Period.Wave, bag);
        var staff = project.Mirror is { } mirror ? SurveyReader.Read(mirror.Source, project.Catalog.Indicators, project.Catalog, wave: null, bag) : null;
        var verbatims = project.Verbatims is { } comments ? ReadVerbatims(project, comments, bag) : null;
        bag.ThrowIfErrors();
        var results = SurveyResults.Analyze(project, tally!);
        results = staff is null ? results : results.WithMirror(staff);
        results = verbatims is null ? results : results with { Verbatims = verbatims };
        return results.WithPriorities([.. (verbatims?.Irritants ?? []).Select(i => (i.ThemeId, i.NegativeMentions))]);
    }

    /// <summary>
    /// Builds the project into <paramref name="outputDirectory"/>, or, when it is null, into the project's
    /// <c>outputs: directory:</c>, or <c>out</c>.
    /// </summary>
    /// <param name="pdfA">Writes the PDFs as PDF/A-2b for archiving. Skia then adds a random document id, so
    /// such PDFs differ from one build to the next; everything else stays byte-identical.</param>
    /// <summary>Everything <see cref="Build"/> checks — project, definitions, data, and the article template rendered — writing nothing.</summary>
    public static SurveyResults Validate(string projectPath)
    {
        var results = Check(projectPath);
        RenderArticle(results);
        return results;
    }

    /// <summary>The article's template and its rendering, with French spacing fixed.</summary>
    private static (TemplateSource Templates, string Article) RenderArticle(SurveyResults results)
    {
        var project = results.Project;
        var templates = project.TemplatesDirectory.Length == 0
            ? TemplateSource.Embedded(project.NewsletterTemplate)
            : TemplateSource.FromDirectory(project.TemplatesDirectory, project.NewsletterTemplate);
        var model = ArticleModelFactory.Create(results, GeneratorVersion);
        return (templates, FrenchFormat.FixSpacing(ArticleRenderer.Render(templates, model)));
    }

    public static BuildResult Build(string projectPath, string? outputDirectory = null, bool pdfA = false)
    {
        var results = Check(projectPath);
        var project = results.Project;
        outputDirectory ??= project.Outputs.Directory ?? "out";
        var (templates, article) = RenderArticle(results);
        var thresholds = project.Thresholds;

        var inputs = project.InputFiles
            .Select(path => (Entry: new Manifest.Entry(ProjectPaths.RelativeTo(project.Directory, path), File.ReadAllBytes(path)), Role: InputRole(project, path)))
            .Append((Entry: new Manifest.Entry(templates.BuiltIn ? $"builtin:templates/{templates.MainName}" : ProjectPaths.RelativeTo(project.Directory, Path.Combine(project.TemplatesDirectory, templates.MainName)),
                templates.ReadBytes(templates.MainName)), Role: "modèle de l’article"))
            .Concat(FontSet.FileNames.Select(name => (Entry: new Manifest.Entry($"builtin:fonts/{name}", FontSet.ReadFile(name)), Role: "police")))
            .ToList();
        var traced = inputs.Select(i => new EvidencePack.TracedFile(i.Entry.Path, i.Role, i.Entry.Content.LongLength, Manifest.Sha256(i.Entry.Content))).ToList();

        var info = DocumentInfoFor(project, results.Survey.Respondents);
        var headlineChart = SatisfactionChart.FromEstimates(results, headlineOnly: true);
        var fullChart = SatisfactionChart.FromEstimates(results);
        var confidence = FrenchFormat.Percent(thresholds.ConfidenceLevel, 0);
        var (mirrorChart, priorityChart, irritantChart) = AnalysisCharts(results);
        var outputs = new List<Manifest.Entry>
        {
            new(project.Outputs.Newsletter, Encoding.UTF8.GetBytes(article)),
            new(project.Outputs.NewsletterHtml, Encoding.UTF8.GetBytes(NewsletterHtml.Render(article, project))),
            new(project.Outputs.NewsletterPdf, PdfDocumentWriter.Write(info.Newsletter, NewsletterPdf.Compose(article, ChartFigure(headlineChart, $"Part des locataires satisfaits, avec l’intervalle de confiance à {confidence} et l’objectif de chaque indicateur.")), pdfA)),
            new(project.Outputs.Evidence, PdfDocumentWriter.Write(info.Evidence, EvidencePack.Compose(results, traced, GeneratorVersion,
                ChartFigure(fullChart, $"Figure 1 — Satisfaction par indicateur : pourcentage de satisfaits, intervalle de confiance à {confidence} et objectif."),
                new EvidencePack.AnalysisCharts(
                    ChartFigure(mirrorChart, "Figure 2 — Enquête miroir : satisfaction des locataires et estimation des collaborateurs, écart en points."),
                    ChartFigure(priorityChart, "Figure 3 — Matrice importance–performance ; axes à la moyenne des indicateurs."),
                    ChartFigure(irritantChart, "Figure 4 — Irritants : mentions négatives dans les commentaires des locataires."))), pdfA)),
            new(project.Outputs.Table, IndicatorTableWriter.Write(project.Catalog, results.Estimates)),
        };
        if (results.Verbatims is { } coded)
        {
            outputs.Add(new Manifest.Entry("quotes.md", Encoding.UTF8.GetBytes(Verbatims.QuoteFile.Write(coded.Tally, coded.Tally.RuleSetVersion))));
        }

        if (fullChart is not null)
        {
            // The chart for the magazine's layout tools: vectors, and a 300 dpi bitmap.
            var size = fullChart.PreferredSize(ChartExportWidth);
            outputs.Add(new Manifest.Entry("charts/satisfaction.svg", Encoding.UTF8.GetBytes(fullChart.ToSvg((int)size.Width, (int)size.Height))));
            outputs.Add(new Manifest.Entry("charts/satisfaction.png", fullChart.ToPng((int)size.Width, (int)size.Height)));
        }

        foreach (var (name, chart) in new (string, IChart?)[] { ("mirror", mirrorChart), ("priorities", priorityChart), ("irritants", irritantChart) })
        {
            if (chart is not null)
            {
                var size = chart.PreferredSize(ChartExportWidth);
                outputs.Add(new Manifest.Entry($"charts/{name}.svg", Encoding.UTF8.GetBytes(chart.ToSvg((int)size.Width, (int)size.Height))));
                outputs.Add(new Manifest.Entry($"charts/{name}.png", chart.ToPng((int)size.Width, (int)size.Height)));
            }
        }

        var summary = new ProjectSummary(project.Organisation, project.Survey, project.Period.Label, project.PublicationDate, results.Survey.Respondents);
        var dialect = results.Survey.Dialect;
        var parameters = new BuildParameters(thresholds.ConfidenceLevel, thresholds.LowBase, thresholds.SuppressBelow, project.Period.Wave,
            dialect.Delimiter, dialect.Encoding, dialect.DecimalSeparator, results.Survey.Weighted)
        {
            VerbatimRules = results.Verbatims?.Tally.RuleSetVersion,
        };
        var manifest = Manifest.Write(GeneratorVersion, summary, parameters, inputs.Select(i => i.Entry), outputs);

        using var transaction = OutputTransaction.Begin(outputDirectory);
        foreach (var output in outputs)
        {
            transaction.Write(output.Path, output.Content);
        }

        transaction.Write(Manifest.FileName, manifest);
        transaction.Commit();
        return new BuildResult(results, [.. outputs.Select(o => o.Path).Append(Manifest.FileName)], Path.GetFullPath(outputDirectory));
    }
    /// <summary>The charts of the analysis: mirror gaps, importance–performance matrix, irritants (null where there is no data).</summary>
    private static (MirrorChart? Mirror, PriorityMatrixChart? Priorities, IrritantChart? Irritants) AnalysisCharts(SurveyResults results)
    {
        var catalog = results.Project.Catalog;
        string Label(string id) => FrenchFormat.Typography(catalog.Indicator(id).Label);
        var gaps = (results.Mirror?.Gaps ?? []).Where(g => g.IndicatorId != catalog.OverallId && g.StaffSatisfied is not null && g.TenantSatisfied is not null).ToList();
        var mirror = gaps.Count == 0 ? null : new MirrorChart([.. gaps.Select(g => new MirrorPoint(Label(g.IndicatorId), g.TenantSatisfied!.Value, g.StaffSatisfied!.Value, g.Significant))]);
        var priorities = results.Priorities is { Items.Count: > 1 } p
            ? new PriorityMatrixChart([.. p.Items.Select(i => new PriorityPoint(Label(i.IndicatorId), i.Performance, i.Importance))], p.PerformanceCrosshair, p.ImportanceCrosshair)
            : null;
        var irritants = results.Verbatims is { Irritants.Count: > 0 } v
            ? new IrritantChart([.. v.Irritants.Where(i => i.NegativeMentions > 0).Select(i => new IrritantBar(FrenchFormat.Typography(i.Label), i.NegativeMentions, i.Share))])
            : null;
        return (mirror, priorities, irritants?.Bars.Count > 0 ? irritants : null);
    }

    /// <summary>Loads the coding rules, checks the themes of the work-streams and the irritants of the action plan against them, codes the comments and picks the approved quotes.</summary>
    private static VerbatimResults? ReadVerbatims(ProjectDefinition project, VerbatimsDefinition comments, DiagnosticBag bag)
    {
        var rules = Verbatims.VerbatimRuleLoader.Load(comments.RulesPath, comments.RulesDisplayPath, bag);
        if (rules is null)
        {
            return null;
        }

        var themeIds = rules.Themes.Select(t => t.Id).ToList();
        foreach (var workstream in project.Catalog.Workstreams)
        {
            foreach (var theme in workstream.Themes.Where(t => !themeIds.Contains(t)))
            {
                bag.Add(workstream.Location with { File = project.Catalog.Path }, DiagnosticCodes.UnknownReference,
                    $"work-stream '{workstream.Id}' names the verbatim theme '{theme}', which {comments.RulesDisplayPath} does not define.",
                    Suggestions.Hint(theme, themeIds, "themes"));
            }
        }

        foreach (var action in project.ActionPlan?.Actions ?? [])
        {
            foreach (var irritant in action.Irritants.Where(t => !themeIds.Contains(t)))
            {
                bag.Add(action.IrritantsLocation, DiagnosticCodes.UnknownReference,
                    $"action '{action.Id}' names the irritant '{irritant}', which {comments.RulesDisplayPath} does not define.",
                    Suggestions.Hint(irritant, themeIds, "verbatim themes"));
            }
        }

        var tally = Verbatims.VerbatimReader.Read(comments.Path, comments.DisplayPath, comments.Columns, comments.Dialect, rules, comments.DenyList, bag);
        if (tally is null)
        {
            return null;
        }

        var approved = new List<Verbatims.CandidateQuote>();
        foreach (var key in comments.ApprovedQuotes)
        {
            var id = int.Parse(key.AsSpan(0, key.IndexOf('-', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture);
            if (tally.Quotes.FirstOrDefault(q => q.Id == id) is { } candidate && candidate.Key != key)
            {
                bag.Add(comments.Location, DiagnosticCodes.UnknownReference, $"approved quote {key}: the comment at line {id} has changed since it was approved (its key is now {candidate.Key}).",
                    "read the new text in quotes.md and approve it again if it is still the quote you want.");
            }
            else if (tally.Quotes.FirstOrDefault(q => q.Id == id) is { } quote)
            {
                if (quote.RespondentType == Verbatims.RespondentType.Tenant)
                {
                    approved.Add(quote);
                }
                else
                {
                    bag.Add(comments.Location, DiagnosticCodes.UnknownReference, $"approved quote {key} is a staff comment; the newsletter quotes tenants.",
                        "approve a tenant's quote from quotes.md instead.");
                }
            }
            else
            {
                bag.Add(comments.Location, DiagnosticCodes.UnknownReference, $"approved quote {key} is not one of the candidate quotes.",
                    $"only quotes proposed in quotes.md (already redacted) can be approved; candidates: {string.Join(", ", tally.Quotes.Select(q => q.Key))}.");
            }
        }

        return new VerbatimResults(tally, Verbatims.Irritants.Rank(tally), approved);
    }

    /// <summary>The width of the exported chart, in points (about 17 cm, a magazine column pair).</summary>
    private const int ChartExportWidth = 480;

    private static Figure? ChartFigure(IChart? chart, string caption) =>
        chart is null ? null : new Figure(width => chart.PreferredSize(width).Height, chart.Draw, caption);

    private static string InputRole(ProjectDefinition project, string path) =>
        path == project.Path ? "fichier de projet"
        : project.Data.Any(d => d.Path == path) ? "données de l’enquête"
        : project.Mirror?.Source.Path == path ? "enquête miroir"
        : project.Verbatims?.Path == path ? "commentaires libres"
        : project.Verbatims?.RulesPath == path ? "règles de codage des commentaires"
        : project.ActionPlan?.Path == path ? "plan d’actions"
        : "définitions des indicateurs";

    private static (DocumentInfo Newsletter, DocumentInfo Evidence) DocumentInfoFor(ProjectDefinition project, long respondents)
    {
        var survey = FrenchFormat.Typography(project.Survey);
        var period = FrenchFormat.Typography(project.Period.Label);
        var organisation = FrenchFormat.Typography(project.Organisation);
        var reference = project.Reference ?? "";
        var creator = $"ReportGen {GeneratorVersion}";
        var keywords = $"satisfaction; locataires; {period}; Quali’Hlm; ISO 9001";
        var newsletter = new DocumentInfo($"{survey} {period}", "Décryptage", organisation, $"Article du magazine des locataires : {survey} {period}",
            keywords, reference, project.Control.Version, project.PublicationDate, creator);
        var evidence = new DocumentInfo($"Dossier de preuves — {survey} {period}", null, FrenchFormat.Typography(project.Control.Author),
            $"Preuves Quali’Hlm et ISO 9001 de la mesure de satisfaction ({FrenchFormat.Count(respondents)} répondants)", keywords,
            reference, project.Control.Version, project.PublicationDate, creator, NumberHeadings: true);
        return (newsletter, evidence);
    }
}

/// <summary>What a build wrote, and the results it wrote them from.</summary>
public sealed record BuildResult(SurveyResults Results, IReadOnlyList<string> Files, string OutputDirectory);
