using System.Reflection;
using ReportGen.Analysis;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Documents;
using ReportGen.Ingest;
using ReportGen.Localization;
using ReportGen.Publishing;
using ReportGen.Publishing.Outputs;
using ReportGen.Publishing.Shards;
using ReportGen.Resources;

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
    /// <param name="period">A wave of the data to report on instead of the project's (<c>--period</c>); the documents are then dated from it.</param>
    /// <param name="stages">Told as each stage begins (<see cref="BuildStage"/>), for a progress display.</param>
    public static SurveyResults Check(string projectPath, string? period = null, IProgress<BuildStage>? stages = null)
    {
        var loaded = Load(projectPath, period, stages);
        stages?.Report(BuildStage.Computing);
        return Analyze(loaded, scope: null);
    }

    /// <summary>Everything <see cref="Build"/> checks — project, definitions, data, and the article template rendered — writing nothing.</summary>
    public static SurveyResults Validate(string projectPath, string? period = null, IProgress<BuildStage>? stages = null)
    {
        var results = Check(projectPath, period, stages);
        stages?.Report(BuildStage.RenderingTemplate);
        RenderArticle(results);
        // The output folder as a build checks it, before writing: one that holds an input (a reviewed coding kept in out/) is refused here too.
        var project = results.Project;
        var projectOut = project.Outputs.DirectoryFor(project.Directory);
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(period is null ? projectOut : Path.Combine(projectOut, period)));
        OutputGuard.Check(target, ProjectPaths.Display(target), new OutputInputs(project.InputFiles, project.TemplatesDirectory.Length == 0 ? [] : [project.TemplatesDirectory]));
        return results;
    }

    /// <summary>Reads and checks everything once: the project, the tenant survey (every wave) weighted, the mirror survey and the comments.</summary>
    public static SurveyInputs Load(string projectPath, string? period = null, IProgress<BuildStage>? stages = null)
    {
        stages?.Report(BuildStage.ReadingData);
        var bag = new DiagnosticBag();
        var project = ProjectLoader.TryLoad(projectPath, bag);
        bag.ThrowIfErrors();
        var margins = project!.Weighting?.Margins.Select(m => m.Column).ToList() ?? [];

        // The files are independent: read side by side, each with its own bag, whose problems are then reported
        // in the order of the files, so the messages never depend on which read finished first.
        var fileBags = project.Data.Select(_ => new DiagnosticBag(bag.Limit)).ToList();
        var staffBag = new DiagnosticBag(bag.Limit);
        var commentBag = new DiagnosticBag(bag.Limit);
        var fileReads = project.Data.Select((source, i) => Task.Run(() => SurveyReader.Read(source, project.Catalog.Indicators, project.Catalog, margins, fileBags[i]))).ToList();
        var staffRead = Task.Run(() => project.Mirror is { } mirror ? SurveyReader.Read(mirror.Source, project.Catalog.Indicators, project.Catalog, [], staffBag) : null);
        if (project.Verbatims is not null)
        {
            stages?.Report(BuildStage.CodingComments);
        }

        var verbatims = project.Verbatims is { } comments ? ReadVerbatims(project, comments, commentBag) : null;
        var files = fileReads.Select(t => t.GetAwaiter().GetResult()).ToList();
        var staff = staffRead.GetAwaiter().GetResult();
        foreach (var fileBag in fileBags.Append(staffBag).Append(commentBag))
        {
            bag.AddRange(fileBag);
        }

        bag.ThrowIfErrors();
        if (project.Weighting is not null)
        {
            stages?.Report(BuildStage.Weighting);
        }

        var data = SurveyData.Weigh(SurveyCells.Concat(files!), project.Weighting, bag);
        bag.ThrowIfErrors();
        var wave = SelectWave(project, data!, period, bag);
        bag.ThrowIfErrors();

        // The staff mirror survey and the comments have no wave of their own: they belong to the wave the
        // project file reports on. A report of another wave (--period) leaves them out rather than pass them off
        // as that wave's.
        var sameWave = period is null || SelectWave(project, data!, null, new DiagnosticBag()) == wave;
        if (period is not null)
        {
            project = project with { Period = new PeriodDefinition(ReportingPeriod.Label(period), period), PublicationDate = ReportingPeriod.DocumentDate(period)!.Value };
        }

        return new SurveyInputs(project, data!, sameWave ? staff?.Merge(_ => true) : null, sameWave ? verbatims : null, wave!);
    }

    /// <summary>The results of the inputs' wave, for the whole survey or for one segment value.</summary>
    public static SurveyResults Analyze(SurveyInputs inputs, SegmentScope? scope)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var results = SurveyResults.Analyze(inputs.Project, inputs.Tenants, inputs.Wave, scope);

        // A segment's document set speaks of its tenants' answers; the staff survey and the comments are the office's.
        if (scope is null)
        {
            results = inputs.Staff is null ? results : results.WithMirror(inputs.Staff);
            results = inputs.Verbatims is null ? results : results with { Verbatims = inputs.Verbatims };
        }

        // Every document is made from these results: their free texts are redacted here, once (Verbatims/PrivacyFilter.cs).
        return Verbatims.PrivacyFilter.Apply(results.WithPriorities([.. (results.Verbatims?.Irritants ?? []).Select(i => (i.ThemeId, i.Rank, i.NegativeMentions))]));
    }

    /// <summary>The wave to report on: <c>--period</c>, else the project's <c>period: wave:</c>, else the latest wave of the data.</summary>
    private static string? SelectWave(ProjectDefinition project, SurveyData data, string? period, DiagnosticBag bag)
    {
        var found = data.Waves.Count == 1 && data.Waves[0].Length == 0 ? PublishingMessages.NoWaveFound : string.Join(", ", data.Waves);
        if (period is not null)
        {
            if (ReportingPeriod.DocumentDate(period) is null)
            {
                bag.Add(new SourceLocation("--period"), DiagnosticCodes.InvalidValue, Text.Format(PublishingMessages.UndatablePeriod, period),
                    PublishingMessages.UndatablePeriodHint);
                return null;
            }

            if (!data.Waves.Contains(period, StringComparer.Ordinal))
            {
                bag.Add(new SourceLocation("--period"), DiagnosticCodes.NoDataRows, Text.Format(PublishingMessages.NoSuchWave, period, found),
                    PublishingMessages.NoSuchWaveHint);
                return null;
            }

            return period;
        }

        if (project.Period.Wave is { } wave)
        {
            if (!data.Waves.Contains(wave, StringComparer.Ordinal))
            {
                bag.Add(project.Period.WaveLocation ?? project.Data[0].Location, DiagnosticCodes.NoDataRows, Text.Format(PublishingMessages.NoRowOfWave, wave, found),
                    PublishingMessages.NoRowOfWaveHint);
                return null;
            }

            return wave;
        }

        return data.Waves[^1];
    }

    /// <summary>The article's template and its rendering, with French spacing fixed.</summary>
    internal static (TemplateSource Templates, string Article) RenderArticle(SurveyResults results)
    {
        var templates = Templates(results.Project);
        var model = ArticleModelFactory.Create(results, GeneratorVersion);
        return (templates, FrenchFormat.FixSpacing(ArticleRenderer.Render(templates, model)));
    }

    /// <summary>The project's templates: its own folder, or the built-in ones.</summary>
    private static TemplateSource Templates(ProjectDefinition project) =>
        project.TemplatesDirectory.Length == 0
            ? TemplateSource.Embedded(project.NewsletterTemplate)
            : TemplateSource.FromDirectory(project.TemplatesDirectory, project.NewsletterTemplate);

    public static BuildResult Build(string projectPath, string? outputDirectory = null, bool pdfA = false) =>
        Build(projectPath, new BuildOptions { OutputDirectory = outputDirectory, PdfA = pdfA });

    /// <summary>
    /// Builds the whole survey's document set and, with <see cref="BuildOptions.Per"/>, one set per value of that
    /// segment column in a sub-folder (rendered in parallel), all swapped into place together or not at all.
    /// </summary>
    public static BuildResult Build(string projectPath, BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Shard is not null && options.Per is null)
        {
            // As the command line parses it (ShardSpec.Parse), for callers of the library.
            ShardSpec.Parse(options.Shard.ToString(), options.Per);
        }

        var loaded = Load(projectPath, options.Period, options.Stages);
        options.Stages?.Report(BuildStage.Computing);
        var results = Analyze(loaded, scope: null);
        var project = results.Project;
        // --out is a command-line path, from the current folder; the project's folder (and its default, out/ beside
        // the project file) from the project file, so that a build from any folder writes to the same place.
        var projectOut = project.Outputs.DirectoryFor(project.Directory);
        var outputDirectory = options.OutputDirectory is { } given ? given
            : options.Period is { } period ? Path.Combine(projectOut, period) : projectOut;
        var planned = options.Per is { } per ? Scopes(loaded, per, outputDirectory, options.Shard?.Count ?? 1) : [];
        // A shard renders its K-th of the sets (ShardSpec), and the whole survey's set only in shard 1.
        var scopes = options.Shard is { } shard ? shard.Select(planned, s => s.Folder) : planned;
        var survey = options.Shard?.HoldsSurvey ?? true;
        options.Cancellation.ThrowIfCancellationRequested();
        var templates = Templates(project);

        // Hashed streaming, each bounded as it is when read: a multi-gigabyte data file is never held in memory.
        var mainTemplate = templates.Hash(templates.MainName);
        var inputs = project.InputFiles
            .Select(path => (Entry: HashInput(project, path), Role: InputRole(project, path)))
            .Append((Entry: new Manifest.Hashed(templates.BuiltIn ? $"builtin:templates/{templates.MainName}" : ProjectPaths.RelativeTo(project.Directory, Path.Combine(project.TemplatesDirectory, templates.MainName)),
                mainTemplate.Bytes, mainTemplate.Sha256), Role: "modèle de l’article"))
            .Concat(FontSet.FileNames.Select(name => (Entry: Manifest.Hashed.Of($"builtin:fonts/{name}", FontSet.ReadFile(name)), Role: "police")))
            .ToList();
        var entries = inputs.Select(i => i.Entry).ToList();
        var traced = inputs.Select(i => new EvidencePack.TracedFile(i.Entry.Path, i.Role, i.Entry.Bytes, i.Entry.Sha256)).ToList();

        // The sets are independent: render them on every core, each into its own slot, so the order stays fixed.
        var sets = new List<(string Folder, SurveyResults Results)>();
        if (survey)
        {
            sets.Add(("", results));
        }
        else
        {
            // A shard without the whole survey's set still checks its article's template, as every shard fails alike.
            RenderArticle(results);
        }

        sets.AddRange(scopes.Select(s => (s.Folder, Analyze(loaded, s.Scope))));

        // Each set is written to the staging folder as soon as it is rendered, so memory holds one set per core,
        // not all of them; the staging folder replaces the output folder only when every set is done.
        using var transaction = OutputTransaction.Begin(outputDirectory,
            new OutputInputs(project.InputFiles, project.TemplatesDirectory.Length == 0 ? [] : [project.TemplatesDirectory]), options.Cancellation);
        var written = new IReadOnlyList<string>[sets.Count];
        var hashed = new IReadOnlyList<Manifest.Hashed>[options.Shard is null ? 0 : sets.Count];
        var done = 0;
        options.Stages?.Report(sets.Count == 1 ? BuildStage.WritingDocuments : BuildStage.WritingDocumentSets);
        options.Progress?.Report(new BuildProgress(0, sets.Count, null));
        try
        {
            Parallel.For(0, sets.Count, new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism ?? Environment.ProcessorCount, CancellationToken = options.Cancellation }, i =>
            {
                var files = DocumentSet(sets[i].Results, traced, entries, new DocumentOptions { PdfA = options.PdfA });
                foreach (var file in files)
                {
                    transaction.Write(sets[i].Folder.Length == 0 ? file.Path : $"{sets[i].Folder}/{file.Path}", file.Content);
                }

                written[i] = [.. files.Select(f => f.Path)];
                if (options.Shard is not null)
                {
                    hashed[i] = [.. files.Select(f => Manifest.Hashed.Of(f.Path, f.Content))];
                }

                options.Progress?.Report(new BuildProgress(Interlocked.Increment(ref done), sets.Count, sets[i].Results.Scope?.Value));
            });
        }
        catch (AggregateException e) when ((e.InnerExceptions.FirstOrDefault(x => x is BadInputException) ?? e.InnerExceptions.FirstOrDefault(x => x is EnvironmentException or OperationCanceledException)) is { } known)
        {
            // A set's template failing is bad input, as for the whole survey's, a full disk an environment problem: one clear message, not an aggregate.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(known);
        }

        // Cancelled (SIGTERM, Ctrl+C) before the swap: the staging folder goes, the old set stays. Once the swap has
        // begun, it runs to its end, which is short and crash-safe.
        if (options.Shard is { } part)
        {
            var held = sets.Select((s, i) => new ShardSet(s.Folder, hashed[i])).ToList();
            var manifest = new ShardManifest(part, GeneratorVersion, planned.Count > 0 ? planned[0].Scope.SegmentId : options.Per!, options.Period, options.PdfA, entries,
                [.. planned.Select(s => s.Folder).Order(StringComparer.Ordinal)], survey ? held[0] : null, [.. held.Skip(survey ? 1 : 0)]);
            transaction.Write(ShardManifest.FileName, manifest.Write());
        }

        options.Cancellation.ThrowIfCancellationRequested();
        options.Stages?.Report(BuildStage.Committing);
        transaction.Commit();
        return new BuildResult(results, survey ? written[0] : [], Path.GetFullPath(outputDirectory))
        {
            Sets = [.. sets.Skip(survey ? 1 : 0).Select(s => s.Folder)],
            Shard = options.Shard,
            PlannedSets = planned.Count,
        };
    }

    /// <summary>The most document sets one <c>--per</c> build writes (a landlord has tens of agencies, hundreds to low thousands of residences).</summary>
    public const int MaxPerSets = 2_000;

    /// <summary>One document set per value of the segment <paramref name="segmentId"/>, each in its own folder.</summary>
    /// <param name="shards">The shards the sets are dealt to (<c>--shard K/N</c>): <see cref="MaxPerSets"/> holds for each.</param>
    private static List<(string Folder, SegmentScope Scope)> Scopes(SurveyInputs loaded, string segmentId, string outputDirectory, int shards)
    {
        var segments = loaded.Project.Data[0].Columns.Segments;
        var segment = segments.FirstOrDefault(s => s.Id == segmentId || string.Equals(s.Column, segmentId, StringComparison.OrdinalIgnoreCase));
        if (segment is null)
        {
            throw new BadInputException(new Diagnostic(new SourceLocation("--per"), DiagnosticCodes.UnknownReference,
                Text.Format(PublishingMessages.NoSuchSegment, segmentId),
                MessageParts.Hint(segmentId, [.. segments.Select(s => s.Id)], PublishingMessages.KnownSegments, PublishingMessages.NoSegments)));
        }

        var index = loaded.Tenants.Cells.ColumnIndex(CellRole.Segment, segment.Id);
        var values = loaded.Tenants.Cells.Cells
            .Where(c => loaded.Tenants.WaveOf(c) == loaded.Wave && c.Values[index].Length > 0)
            .Select(c => c.Values[index])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        if ((values.Count + shards - 1) / shards > MaxPerSets)
        {
            throw new BadInputException(new Diagnostic(new SourceLocation("--per"), DiagnosticCodes.DataLimit,
                Text.Format(PublishingMessages.TooManySets, segment.Id, values.Count, MaxPerSets), PublishingMessages.TooManySetsHint));
        }

        // The names a set's folder may not take: the whole survey's files and charts, the folders of other periods
        // (every wave of the data, and those already in the output folder), whatever their case.
        var files = OutputNames(loaded.Project.Outputs);
        var existing = Directory.Exists(outputDirectory)
            ? Directory.EnumerateDirectories(outputDirectory).Where(OutputTransaction.IsPeriodBuild).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
        // The folder's name is published too: made from the value as the documents print it, redacted.
        var shown = values.Select(value => Verbatims.PrivacyFilter.Published(loaded.Project, value)).ToList();
        var folders = SetFolders.Assign(segment.Id, shown, [.. files, .. loaded.Tenants.Waves, .. existing]);
        var scopes = values.Select((value, i) => (folders[i], new SegmentScope(segment.Id, segment.Label, value))).ToList();
        return scopes;
    }

    /// <summary>Every name a build writes into an output folder (files, and the charts folder): what a --per folder, or review-sample --out, may not take.</summary>
    public static IReadOnlyList<string> OutputNames(OutputsDefinition outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        return OutputCatalog.Names(outputs with { Formats = OutputCatalog.FormatNames });
    }

    /// <summary>The outputs of one set, as <see cref="OutputCatalog"/> lists them, then the manifest over them all.</summary>
    private static List<Manifest.Entry> DocumentSet(SurveyResults results, IReadOnlyList<EvidencePack.TracedFile> traced, IReadOnlyList<Manifest.Hashed> inputs, DocumentOptions options)
    {
        var project = results.Project;
        var thresholds = project.Thresholds;
        var context = new DocumentSetContext(results, traced, options, GeneratorVersion);

        // The outputs are independent: made side by side (on two cores, the PDFs of both documents at once), each
        // piece they share made once by the context, and listed in the catalog's order whatever finished first.
        var made = OutputCatalog.For(project.Outputs).Select(unit => Task.Run(() => unit.Write(context).ToList())).ToList();
        var outputs = made.SelectMany(task => task.GetAwaiter().GetResult()).ToList();
        var summary = new ProjectSummary(project.Organisation, project.Survey, project.Period.Label, project.PublicationDate, results.Survey.Respondents);
        var dialect = results.Survey.Dialect;
        var parameters = new BuildParameters(thresholds.ConfidenceLevel, thresholds.LowBase, thresholds.SuppressBelow, results.Wave.Length == 0 ? null : results.Wave,
            dialect.Delimiter, dialect.Encoding, dialect.DecimalSeparator, results.Survey.Weighted)
        {
            VerbatimRules = results.Verbatims?.Tally.RuleSetVersion,
            Segment = results.Scope is { } scope ? $"{scope.SegmentId}={scope.Value}" : null,
            Weighting = results.Weighting?.Method,
            Correction = results.Trends is null ? null : thresholds.Correction == MultipleTestingCorrection.Holm ? "holm" : "benjamini-hochberg",
            // Named from the project folder, as the inputs are: the same project gives the same manifest from anywhere.
            Sources = [.. results.Survey.Sources.Select(s => s with { File = ProjectPaths.RelativeTo(project.Directory, s.Path) })],
        };
        outputs.Add(new Manifest.Entry(Manifest.FileName, Manifest.Write(GeneratorVersion, summary, parameters, inputs, outputs)));
        return outputs;
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
                    Text.Format(PublishingMessages.WorkstreamUnknownVerbatimTheme, workstream.Id, theme, comments.RulesDisplayPath),
                    IndicatorLoader.ThemeHint(theme, themeIds));
            }
        }

        foreach (var action in project.ActionPlan?.Actions ?? [])
        {
            foreach (var irritant in action.Irritants.Where(t => !themeIds.Contains(t)))
            {
                bag.Add(action.IrritantsLocation, DiagnosticCodes.UnknownReference,
                    Text.Format(PublishingMessages.ActionUnknownIrritant, action.Id, irritant, comments.RulesDisplayPath),
                    MessageParts.Hint(irritant, themeIds, PublishingMessages.KnownVerbatimThemes, PublishingMessages.NoVerbatimThemes));
            }
        }

        // A person's review replaces the coder's themes of the comments it names, for every figure and the quotes alike.
        Verbatims.ReviewedCoding? reviewed = null;
        if (comments.ReviewedCodingPath is { } reviewedPath)
        {
            reviewed = Verbatims.ReviewedCoding.Load(reviewedPath, comments.ReviewedCodingDisplayPath!, rules, bag);
            if (reviewed is null)
            {
                return null;
            }
        }

        var tally = Verbatims.VerbatimReader.Read(comments.Path, comments.DisplayPath, comments.Columns, comments.Dialect, rules, comments.DenyList, bag, reviewed);
        if (tally is null)
        {
            return null;
        }

        reviewed?.Check(tally.Coded, bag);

        // Messages name the file as the user typed it; what is written (quotes.md) names it from the project, so the
        // same project gives the same bytes from whatever folder the command runs in.
        tally = tally with { Source = ProjectPaths.RelativeTo(project.Directory, comments.Path) };

        var approved = new List<Verbatims.CandidateQuote>();
        foreach (var key in comments.ApprovedQuotes)
        {
            // The loader accepts only well-formed keys; a key that still fails to parse matches no candidate.
            var dash = key.IndexOf('-', StringComparison.Ordinal);
            var id = dash > 0 && int.TryParse(key.AsSpan(0, dash), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var line) ? line : -1;
            if (tally.Quotes.FirstOrDefault(q => q.Id == id) is { } candidate && candidate.Key != key)
            {
                bag.Add(comments.Location, DiagnosticCodes.UnknownReference, Text.Format(PublishingMessages.ApprovedQuoteChanged, key, id, candidate.Key),
                    PublishingMessages.ApprovedQuoteChangedHint);
            }
            else if (tally.Quotes.FirstOrDefault(q => q.Id == id) is { } quote)
            {
                if (quote.RespondentType == Verbatims.RespondentType.Tenant)
                {
                    approved.Add(quote);
                }
                else
                {
                    bag.Add(comments.Location, DiagnosticCodes.UnknownReference, Text.Format(PublishingMessages.ApprovedQuoteFromStaff, key),
                        PublishingMessages.ApprovedQuoteFromStaffHint);
                }
            }
            else
            {
                bag.Add(comments.Location, DiagnosticCodes.UnknownReference, Text.Format(PublishingMessages.ApprovedQuoteUnknown, key),
                    Text.Format(PublishingMessages.ApprovedQuoteUnknownHint, string.Join(", ", tally.Quotes.Select(q => q.Key))));
            }
        }

        return new VerbatimResults(tally, Verbatims.Irritants.Rank(tally, project.Thresholds.ConfidenceLevel), approved)
        {
            ReviewedCoding = comments.ReviewedCodingPath is { } reviewedFile ? ProjectPaths.RelativeTo(project.Directory, reviewedFile) : null,
        };
    }

    /// <summary>The size and SHA-256 of an input, read through <see cref="InputFile"/> with the limit of its kind.</summary>
    private static Manifest.Hashed HashInput(ProjectDefinition project, string path)
    {
        var limit = project.Data.Any(d => d.Path == path) || project.Mirror?.Source.Path == path ? CsvInput.DataLimit
            : project.Verbatims?.Path == path || project.Verbatims?.ReviewedCodingPath == path ? CsvInput.CommentsLimit
            : Definitions.Yaml.YamlDocument.Limit;
        var (bytes, sha256) = InputFile.Hash(path, ProjectPaths.Display(path), limit, "input");
        return new Manifest.Hashed(ProjectPaths.RelativeTo(project.Directory, path), bytes, sha256);
    }

    private static string InputRole(ProjectDefinition project, string path) =>
        path == project.Path ? "fichier de projet"
        : project.Data.Any(d => d.Path == path) ? "données de l’enquête"
        : project.Mirror?.Source.Path == path ? "enquête miroir"
        : project.Verbatims?.Path == path ? "commentaires libres"
        : project.Verbatims?.RulesPath == path ? "règles de codage des commentaires"
        : project.Verbatims?.ReviewedCodingPath == path ? "codage relu des commentaires"
        : project.ActionPlan?.Path == path ? "plan d’actions"
        : project.Benchmarks?.Path == path ? "valeurs de référence"
        : "définitions des indicateurs";
}

/// <summary>What a build wrote, and the results it wrote them from.</summary>
public sealed record BuildResult(SurveyResults Results, IReadOnlyList<string> Files, string OutputDirectory)
{
    /// <summary>The folders of the per-segment document sets (<c>--per</c>) written, in order.</summary>
    public IReadOnlyList<string> Sets { get; init; } = [];

    /// <summary>The shard written (<c>--shard K/N</c>), or null for a whole build.</summary>
    public ShardSpec? Shard { get; init; }

    /// <summary>The per-segment sets of the whole build, in every shard (<see cref="Sets"/> are this shard's).</summary>
    public int PlannedSets { get; init; }
}

/// <summary>What to build, where, and how.</summary>
public sealed record BuildOptions
{
    /// <summary>
    /// The output folder, relative to the current folder; default: the project's <c>outputs: directory:</c> (else
    /// <c>out</c> beside the project file), with the period appended when <see cref="Period"/> is set.
    /// </summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Writes the PDFs as PDF/A-2b (not byte-reproducible: Skia adds a random document id).</summary>
    public bool PdfA { get; init; }

    /// <summary>The wave to report on (<c>--period 2026-Q3</c>), overriding the project's; the documents are dated from it.</summary>
    public string? Period { get; init; }

    /// <summary>A segment id (<c>--per agence</c>): one more document set per value of that segment.</summary>
    public string? Per { get; init; }

    /// <summary>With <see cref="Per"/>: writes only this shard of the sets (<c>--shard K/N</c>), and its <c>shard.json</c>, for <c>reportgen merge</c>.</summary>
    public ShardSpec? Shard { get; init; }

    /// <summary>How many sets are rendered at once; default: one per core.</summary>
    public int? MaxParallelism { get; init; }

    /// <summary>Told when each document set is done.</summary>
    public IProgress<BuildProgress>? Progress { get; init; }

    /// <summary>Told as each stage of the build begins, on the calling thread, in a fixed order.</summary>
    public IProgress<BuildStage>? Stages { get; init; }

    /// <summary>Cancels the build before its outputs are swapped in (SIGTERM, Ctrl+C): nothing is changed.</summary>
    public CancellationToken Cancellation { get; init; }
}

/// <summary>
/// The stages of a build (and of validate, up to <see cref="RenderingTemplate"/>), reported as each begins: those that
/// do not apply (no comments, no weighting) are skipped; the order is fixed.
/// </summary>
public enum BuildStage
{
    /// <summary>The project, its definitions and its data files.</summary>
    ReadingData,

    /// <summary>The comments read and coded into themes (a project with <c>verbatims:</c>).</summary>
    CodingComments,

    /// <summary>The answers weighted to the margins (a project with <c>weighting:</c>).</summary>
    Weighting,

    /// <summary>The indicators, their intervals, targets and trends.</summary>
    Computing,

    /// <summary>The article's template rendered (validate).</summary>
    RenderingTemplate,

    /// <summary>The whole survey's documents written to the staging folder.</summary>
    WritingDocuments,

    /// <summary>The document sets of <c>--per</c> (and the whole survey's) written to the staging folder.</summary>
    WritingDocumentSets,

    /// <summary>The staging folder swapped into place.</summary>
    Committing,
}

/// <summary>How far a build is: sets done out of all; <see cref="Set"/> names the segment value just finished (null: the whole survey).</summary>
public sealed record BuildProgress(int Done, int Total, string? Set);

/// <summary>Everything read and checked for a build, before any analysis: the project, the weighted tenant survey, the staff survey, the comments and the wave chosen.</summary>
public sealed record SurveyInputs(ProjectDefinition Project, SurveyData Tenants, SurveyTally? Staff, VerbatimResults? Verbatims, string Wave);
