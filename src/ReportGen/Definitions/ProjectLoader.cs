using System.Text;
using ReportGen.Definitions.Yaml;
using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen.Definitions;

/// <summary>
/// Reads the project file and the indicator file it names, checking both as a whole: every problem is
/// collected and reported together, then <see cref="BadInputException"/> carries them to the CLI.
/// </summary>
public static partial class ProjectLoader
{
    public const string DefaultTemplate = "newsletter.md.sbn";

    public static ProjectDefinition Load(string projectPath)
    {
        var bag = new DiagnosticBag();
        var project = TryLoad(projectPath, bag);
        bag.ThrowIfErrors();
        return project!;
    }

    public static ProjectDefinition? TryLoad(string projectPath, DiagnosticBag bag)
    {
        var display = ProjectPaths.Display(projectPath);
        if (Directory.Exists(projectPath))
        {
            bag.Add(new SourceLocation(display), DiagnosticCodes.FileNotFound, DefinitionMessages.ProjectIsFolder,
                Text.Format(DefinitionMessages.ProjectIsFolderHint, Path.Combine(display, "reportgen.yaml")));
            return null;
        }

        var root = YamlDocument.Load(projectPath, display, bag, DefinitionMessages.ProjectFileWhat, DefinitionMessages.ProjectFileNoun);
        if (root is null)
        {
            return null;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(projectPath))!;
        var organisation = root.String("organisation", required: true);
        var survey = root.String("survey", required: true);
        var reference = root.String("reference");
        var period = ReadPeriod(root);
        var publication = root.Date("publication_date", required: true);
        var institute = root.String("institute");
        var population = root.String("population");
        var sample = ReadSample(root);
        var indicatorPath = root.String("indicators", required: true);
        var data = ReadData(root, directory, display);
        var (templatesDir, template) = ReadTemplates(root, directory, display);
        var thresholds = ReadThresholds(root);
        var outputs = ReadOutputs(root, directory);
        var control = ReadDocumentControl(root);
        var mirror = ReadMirror(root, directory, display);
        var verbatims = ReadVerbatims(root, directory, display);
        var weighting = ReadWeighting(root);
        var actionPlanPath = root.String("action_plan");
        var benchmarksPath = root.String("benchmarks");
        root.ReportUnknownKeys();

        if (period?.Wave is { } wave)
        {
            foreach (var source in data.Where(d => d.Columns.Wave is null && d.Wave is null))
            {
                bag.Add(source.Location, DiagnosticCodes.MissingKey,
                    Text.Format(DefinitionMessages.PeriodWaveWithoutColumn, wave, source.DisplayPath), DefinitionMessages.PeriodWaveWithoutColumnHint);
            }
        }

        IndicatorCatalog? catalog = null;
        string? indicatorFull = null;
        if (indicatorPath is not null)
        {
            indicatorFull = Path.GetFullPath(Path.Combine(directory, indicatorPath));
            if (Path.Exists(indicatorFull))
            {
                catalog = IndicatorLoader.Load(indicatorFull, Relative(display, indicatorPath), bag);
            }
            else
            {
                bag.Add(root.LocationOf("indicators"), DiagnosticCodes.FileNotFound, Text.Format(DefinitionMessages.IndicatorFileMissing, Relative(display, indicatorPath)),
                    DefinitionMessages.IndicatorFileMissingHint);
            }
        }

        if (catalog is not null)
        {
            CheckIndicatorColumns(data.Concat(mirror is null ? [] : [mirror.Source]), catalog, bag);
        }

        var actionPlan = catalog is null || actionPlanPath is null ? null : ReadActionPlan(root, directory, display, actionPlanPath, catalog);
        var benchmarks = catalog is null || benchmarksPath is null ? null : ReadBenchmarks(root, directory, display, benchmarksPath, catalog);
        if (bag.HasErrors || catalog is null)
        {
            return null;
        }

        var inputs = new List<string> { Path.GetFullPath(projectPath), indicatorFull! };
        inputs.AddRange(data.Select(d => d.Path));
        if (mirror is not null)
        {
            inputs.Add(mirror.Source.Path);
        }

        if (verbatims is not null)
        {
            inputs.Add(verbatims.Path);
            inputs.Add(verbatims.RulesPath);
            if (verbatims.ReviewedCodingPath is { } reviewedCoding)
            {
                inputs.Add(reviewedCoding);
            }
        }

        if (actionPlan is not null)
        {
            inputs.Add(actionPlan.Path);
        }

        if (benchmarks is not null)
        {
            inputs.Add(benchmarks.Path);
        }

        return new ProjectDefinition(Path.GetFullPath(projectPath), directory, organisation!, survey!, period!, publication!.Value,
            institute, population, sample, reference, catalog, data, templatesDir, template, thresholds, outputs, control, inputs)
        {
            Mirror = mirror,
            Verbatims = verbatims,
            Weighting = weighting,
            ActionPlan = actionPlan,
            Benchmarks = benchmarks,
        };
    }

    /// <summary>Every indicator that a file's <c>columns: indicators:</c> names exists.</summary>
    private static void CheckIndicatorColumns(IEnumerable<DataSourceDefinition> sources, IndicatorCatalog catalog, DiagnosticBag bag)
    {
        var ids = catalog.Indicators.Select(i => i.Id).ToList();
        foreach (var mapping in sources.SelectMany(s => s.IndicatorColumns).Where(m => !ids.Contains(m.IndicatorId)))
        {
            bag.Add(mapping.Location, DiagnosticCodes.UnknownReference, Text.Format(DefinitionMessages.ColumnOfUnknownIndicator, mapping.IndicatorId),
                IndicatorLoader.IndicatorHint(mapping.IndicatorId, ids));
        }
    }

    private static ActionPlan? ReadActionPlan(YamlMap root, string directory, string projectDisplay, string path, IndicatorCatalog catalog)
    {
        var full = Path.GetFullPath(Path.Combine(directory, path));
        if (Path.Exists(full))
        {
            return ActionPlanLoader.Load(full, Relative(projectDisplay, path), catalog, root.Bag);
        }

        root.Bag.Add(root.LocationOf("action_plan"), DiagnosticCodes.FileNotFound, Text.Format(DefinitionMessages.ActionPlanMissing, Relative(projectDisplay, path)),
            DefinitionMessages.ActionPlanMissingHint);
        return null;
    }

    private static BenchmarkSet? ReadBenchmarks(YamlMap root, string directory, string projectDisplay, string path, IndicatorCatalog catalog)
    {
        var full = Path.GetFullPath(Path.Combine(directory, path));
        if (Path.Exists(full))
        {
            return BenchmarkLoader.Load(full, Relative(projectDisplay, path), catalog, root.Bag);
        }

        root.Bag.Add(root.LocationOf("benchmarks"), DiagnosticCodes.FileNotFound, Text.Format(ScoreDefinitionMessages.BenchmarksMissing, Relative(projectDisplay, path)),
            ScoreDefinitionMessages.BenchmarksMissingHint);
        return null;
    }

    private static PeriodDefinition? ReadPeriod(YamlMap root)
    {
        var map = root.Map("period", required: true);
        if (map is null)
        {
            return null;
        }

        var label = map.String("label", required: true);
        var wave = map.String("wave");
        map.ReportUnknownKeys();
        return label is null ? null : new PeriodDefinition(label, wave) { WaveLocation = map.LocationOf("wave") };
    }

    private static SampleDescription ReadSample(YamlMap root)
    {
        var map = root.Map("sample");
        if (map is null)
        {
            return new SampleDescription(null, null, null);
        }

        var sample = new SampleDescription(map.String("description"), map.String("mode"), map.String("fieldwork"));
        map.ReportUnknownKeys();
        return sample;
    }

    private static bool SameRoles(ColumnRoles a, ColumnRoles b) =>
        a.RespondentId == b.RespondentId && a.Weight == b.Weight && a.Segments.SequenceEqual(b.Segments);

    private static List<DataSourceDefinition> ReadData(YamlMap root, string directory, string projectDisplay)
    {
        var sources = new List<DataSourceDefinition>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var position = 0;
        foreach (var map in root.Maps("data", i => Text.Format(DefinitionMessages.DataFileNumber, i), required: true))
        {
            position++;
            var id = map.String("id") ?? $"data{position}";
            var source = ReadSource(map, id, directory, projectDisplay);
            var wave = map.String("wave");
            map.ReportUnknownKeys();
            if (wave is not null && source?.Columns.Wave is not null)
            {
                map.Error("wave", Text.Format(DefinitionMessages.WaveColumnAndWave, source.DisplayPath, source.Columns.Wave, wave), DefinitionMessages.WaveColumnAndWaveHint);
            }

            source = source is null ? null : source with { Wave = wave };
            if (!ids.Add(id))
            {
                map.Error("id", Text.Format(DefinitionMessages.DuplicateDataId, id), DefinitionMessages.DuplicateDataIdHint, DiagnosticCodes.DuplicateDefinition);
            }

            if (source is not null)
            {
                sources.Add(source);
            }
        }

        // Several files are one survey split by wave: each names its wave, and they share their columns.
        if (sources.Count > 1)
        {
            foreach (var source in sources.Where(s => s.Wave is null && s.Columns.Wave is null))
            {
                root.Bag.Add(source.Location, DiagnosticCodes.MissingKey,
                    Text.Format(DefinitionMessages.DataFileWithoutWave, sources.Count, source.DisplayPath), DefinitionMessages.DataFileWithoutWaveHint);
            }

            foreach (var source in sources.Skip(1).Where(s => !SameRoles(s.Columns, sources[0].Columns)))
            {
                root.Bag.Add(source.Location, DiagnosticCodes.InvalidValue,
                    Text.Format(DefinitionMessages.WaveFilesDifferInColumns, source.DisplayPath, sources[0].DisplayPath), DefinitionMessages.WaveFilesDifferInColumnsHint);
            }

            foreach (var group in sources.Where(s => s.Wave is not null).GroupBy(s => s.Wave, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                root.Bag.Add(group.Last().Location, DiagnosticCodes.DuplicateDefinition, Text.Format(DefinitionMessages.TwoFilesOneWave, group.Key),
                    DefinitionMessages.TwoFilesOneWaveHint);
            }
        }

        return sources;
    }

    /// <summary>A CSV file with its dialect and column roles: a data entry, or the mirror survey.</summary>
    private static DataSourceDefinition? ReadSource(YamlMap map, string id, string directory, string projectDisplay, bool mirror = false)
    {
        var path = map.String("path", required: true);
        var dialect = ReadDialect(map);
        var columns = ReadColumns(map);
        var full = path is null ? null : Path.GetFullPath(Path.Combine(directory, path));
        var format = SourceFormats.Read(map, full);
        var (sheetName, sheetIndex) = ReadSheet(map, format);
        var headerRow = map.Int("header_row", min: 1, max: 1000) ?? 1;
        var skipRows = map.Int("skip_rows", min: 0, max: 1000) ?? 0;
        if (format == SourceFormat.Sav)
        {
            foreach (var key in TextOnlyKeys.Where(map.Has))
            {
                map.Error(key, Text.Format(DefinitionMessages.NotForSpss, key), Text.Format(DefinitionMessages.RemoveKeyFromEntry, key));
            }
        }
        else if (format == SourceFormat.Xlsx && map.Has("dialect"))
        {
            map.Error("dialect", DefinitionMessages.DialectNotForExcel, Text.Format(DefinitionMessages.RemoveKeyFromEntry, "dialect"));
        }

        var keep = RowConditions.Read(map);
        var mapping = ReadIndicatorColumns(map, mirror);
        return path is not null && dialect is not null && columns is not null
            ? new DataSourceDefinition(id, full!, Relative(projectDisplay, path), dialect, columns, map.Location)
            {
                Format = format,
                SheetName = sheetName,
                SheetIndex = sheetIndex,
                HeaderRow = headerRow,
                SkipRows = skipRows,
                KeepRows = keep,
                IndicatorColumns = mapping,
            }
            : null;
    }

    private static readonly string[] TextOnlyKeys = ["header_row", "skip_rows", "dialect"];

    private static (string? Name, int? Index) ReadSheet(YamlMap map, SourceFormat format)
    {
        var sheet = map.String("sheet");
        if (sheet is null)
        {
            return (null, null);
        }

        if (format != SourceFormat.Xlsx)
        {
            map.Error("sheet", DefinitionMessages.SheetOnlyForExcel, DefinitionMessages.SheetOnlyForExcelHint);
            return (null, null);
        }

        return int.TryParse(sheet, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            ? index is >= 1 and <= 1000 ? (null, index) : Fail()
            : (sheet, null);

        (string?, int?) Fail()
        {
            map.Error("sheet", Text.Format(DefinitionMessages.BadSheetPosition, sheet), DefinitionMessages.BadSheetPositionHint, DiagnosticCodes.NumberOutOfRange);
            return (null, null);
        }
    }

    /// <summary><c>columns: indicators:</c>: the column each indicator has in this file; <c>~</c> (not asked) only in the mirror survey.</summary>
    private static List<IndicatorColumn> ReadIndicatorColumns(YamlMap data, bool mirror)
    {
        var list = new List<IndicatorColumn>();
        if (data.Map("columns") is not { } columns)
        {
            return list;
        }

        foreach (var (indicator, column, location) in columns.StringEntries("indicators"))
        {
            if (list.Exists(m => m.IndicatorId == indicator))
            {
                data.Bag.Add(location, DiagnosticCodes.DuplicateDefinition, Text.Format(DefinitionMessages.IndicatorMappedTwice, indicator), DefinitionMessages.IndicatorMappedTwiceHint);
                continue;
            }

            if (column is null && !mirror)
            {
                data.Bag.Add(location, DiagnosticCodes.InvalidValue, Text.Format(DefinitionMessages.IndicatorWithoutColumn, indicator), DefinitionMessages.IndicatorWithoutColumnHint);
                continue;
            }

            list.Add(new IndicatorColumn(indicator, column, location));
        }

        return list;
    }

    private static MirrorDefinition? ReadMirror(YamlMap root, string directory, string projectDisplay)
    {
        var map = root.Map("mirror");
        if (map is null)
        {
            return null;
        }

        var source = ReadSource(map, "mirror", directory, projectDisplay, mirror: true);
        var invited = map.String("invited");
        var convergence = map.Percentage("convergence_points", min: 0, max: 50, " points", oneIsAmbiguous: false) ?? 5;
        var minGroup = map.Int("min_group", min: 1, max: 1000) ?? 5;
        map.ReportUnknownKeys();
        return source is null ? null : new MirrorDefinition(source, invited, convergence, minGroup);
    }

    private static VerbatimsDefinition? ReadVerbatims(YamlMap root, string directory, string projectDisplay)
    {
        var map = root.Map("verbatims");
        if (map is null)
        {
            return null;
        }

        var path = map.String("path", required: true);
        var dialect = ReadDialect(map);
        var rules = map.String("rules", required: true);
        var deny = map.Strings("deny_list");
        var approved = new List<string>();
        foreach (var (quote, location) in map.LocatedStrings("approved_quotes"))
        {
            // The line number must fit a line of a file ReportGen reads (an int): 99999999999-… is no key.
            if (QuoteKey().IsMatch(quote))
            {
                approved.Add(quote);
            }
            else
            {
                map.Bag.Add(location, DiagnosticCodes.InvalidQuoteKey, Text.Format(DefinitionMessages.NotQuoteKey, quote), DefinitionMessages.NotQuoteKeyHint);
            }
        }

        var invited = map.Int("invited_tenants", min: 1, max: 10_000_000);
        var reviewed = map.String("reviewed_coding");
        Verbatims.VerbatimColumns? columns = null;
        if (map.Map("columns", required: true) is { } c)
        {
            var type = c.String("respondent_type", required: true);
            var text = c.String("text", required: true);
            var moment = c.String("moment", required: true);
            columns = type is null || text is null || moment is null ? null : new Verbatims.VerbatimColumns(text, type, moment, c.String("respondent_id"), c.String("segment"));
            c.ReportUnknownKeys();
        }

        map.ReportUnknownKeys();
        if (path is null || dialect is null || rules is null || columns is null)
        {
            return null;
        }

        return new VerbatimsDefinition(Path.GetFullPath(Path.Combine(directory, path)), Relative(projectDisplay, path), dialect, columns,
            Path.GetFullPath(Path.Combine(directory, rules)), Relative(projectDisplay, rules), deny, approved, invited, map.Location)
        {
            ReviewedCodingPath = reviewed is null ? null : Path.GetFullPath(Path.Combine(directory, reviewed)),
            ReviewedCodingDisplayPath = reviewed is null ? null : Relative(projectDisplay, reviewed),
        };
    }

    private static CsvDialect? ReadDialect(YamlMap data)
    {
        var map = data.Map("dialect");
        if (map is null)
        {
            return CsvDialect.Detect;
        }

        var delimiter = ReadChar(map, "delimiter", [';', ',', '\t', '|'], DefinitionMessages.DelimiterChoices);
        var decimalSeparator = ReadChar(map, "decimal", [',', '.'], DefinitionMessages.DecimalChoices);
        var encoding = map.String("encoding");
        map.ReportUnknownKeys();
        if (encoding is not null && EncodingNames.Resolve(encoding) is null)
        {
            map.Error("encoding", Text.Format(DefinitionMessages.UnknownEncoding, encoding), Text.Format(DefinitionMessages.UnknownEncodingHint, string.Join(", ", EncodingNames.Known)));
            return null;
        }

        return new CsvDialect(delimiter, encoding, decimalSeparator);
    }

    private static char? ReadChar(YamlMap map, string key, char[] allowed, string allowedText)
    {
        var text = map.String(key, trim: false);
        if (text is null)
        {
            return null;
        }

        text = text == "\t" ? text : text.Trim();
        text = text is "\\t" || text.Equals("tab", StringComparison.OrdinalIgnoreCase) ? "\t" : text;
        if (text.Length == 1 && allowed.Contains(text[0]))
        {
            return text[0];
        }

        map.Error(key, Text.Format(DefinitionMessages.NotAllowedChar, key, allowedText, text), key == "delimiter" ? DefinitionMessages.QuoteDelimiterHint : null);
        return null;
    }

    private static ColumnRoles? ReadColumns(YamlMap data)
    {
        var map = data.Map("columns");
        if (map is null)
        {
            return new ColumnRoles(null, null, null, []);
        }

        var id = map.String("respondent_id");
        var weight = map.String("weight");
        var wave = map.String("wave");
        map.Has("indicators"); // read by ReadIndicatorColumns
        var segments = new List<SegmentColumn>();
        var segmentIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var segment in map.Maps("segments", i => Text.Format(DefinitionMessages.SegmentNumber, i)))
        {
            var segmentId = segment.String("id", required: true);
            var column = segment.String("column", required: true);
            var label = segment.String("label");
            segment.ReportUnknownKeys();
            if (segmentId is not null && !segmentIds.Add(segmentId))
            {
                segment.Error("id", Text.Format(DefinitionMessages.DuplicateSegmentId, segmentId), null, DiagnosticCodes.DuplicateDefinition);
            }
            else if (segmentId is not null && column is not null)
            {
                segments.Add(new SegmentColumn(segmentId, column, label ?? segmentId));
            }
        }

        map.ReportUnknownKeys();
        return new ColumnRoles(id, weight, wave, segments);
    }

    private static (string Directory, string Template) ReadTemplates(YamlMap root, string directory, string projectDisplay)
    {
        var map = root.Map("templates");
        if (map is null)
        {
            return ("", DefaultTemplate);
        }

        var dir = map.String("directory");
        var newsletter = map.String("newsletter") ?? DefaultTemplate;
        map.ReportUnknownKeys();
        if (dir is null)
        {
            var builtIn = Publishing.TemplateSource.BuiltInNames();
            if (!builtIn.Contains(newsletter))
            {
                map.Error("newsletter", Text.Format(DefinitionMessages.NotBuiltInTemplate, newsletter),
                    Text.Format(DefinitionMessages.NotBuiltInTemplateHint, MessageParts.Hint(newsletter, [.. builtIn], DefinitionMessages.KnownBuiltInTemplates, DefinitionMessages.NoBuiltInTemplates)), DiagnosticCodes.FileNotFound);
            }

            return ("", newsletter);
        }

        var full = Path.GetFullPath(Path.Combine(directory, dir));
        if (!Directory.Exists(full))
        {
            map.Error("directory", Text.Format(DefinitionMessages.TemplatesFolderMissing, Relative(projectDisplay, dir)), DefinitionMessages.TemplatesFolderMissingHint, DiagnosticCodes.FileNotFound);
        }
        else if (OutsideProject(full, directory) is { } real)
        {
            // A template is published as it is written: a templates folder elsewhere (/etc, a link to it) would publish
            // files the project never held.
            map.Error("directory", Text.Format(DefinitionMessages.TemplatesOutsideProject, Relative(projectDisplay, dir), real), DefinitionMessages.TemplatesOutsideProjectHint, DiagnosticCodes.TemplatesOutsideProject);
        }
        else if (!Path.Exists(Path.Combine(full, newsletter)))
        {
            map.Error("newsletter", Text.Format(DefinitionMessages.TemplateNotInFolder, newsletter, Relative(projectDisplay, dir)), DefinitionMessages.TemplateNotInFolderHint, DiagnosticCodes.FileNotFound);
        }

        return (full, newsletter);
    }

    /// <summary>The real path of <paramref name="folder"/> when it lies outside the project folder's real path, symbolic links followed; else null.</summary>
    private static string? OutsideProject(string folder, string projectDirectory)
    {
        var real = InputFile.RealPath(folder) ?? Path.GetFullPath(folder);
        var root = InputFile.RealPath(projectDirectory) ?? Path.GetFullPath(projectDirectory);
        return Publishing.OutputGuard.IsInside(real, root) ? null : real;
    }

    private static DocumentControl ReadDocumentControl(YamlMap root)
    {
        var map = root.Map("document");
        if (map is null)
        {
            return DocumentControl.Default;
        }

        var control = new DocumentControl(map.String("author") ?? DocumentControl.Default.Author, map.String("approver"), map.String("version") ?? DocumentControl.Default.Version);
        map.ReportUnknownKeys();
        return control;
    }

    private static OutputsDefinition ReadOutputs(YamlMap root, string directory)
    {
        var map = root.Map("outputs");
        if (map is null)
        {
            return OutputsDefinition.Default;
        }

        var dir = map.String("directory");
        var newsletter = ReadFileName(map, "newsletter", ".md") ?? OutputsDefinition.Default.Newsletter;
        var table = ReadFileName(map, "table", ".csv") ?? OutputsDefinition.Default.Table;
        var evidence = ReadFileName(map, "evidence", ".pdf") ?? OutputsDefinition.Default.Evidence;
        var formats = ReadFormats(map);
        map.ReportUnknownKeys();
        var outputs = new OutputsDefinition(dir is null ? null : Path.GetFullPath(Path.Combine(directory, dir)), newsletter, table, evidence) { Formats = formats ?? Publishing.Outputs.OutputCatalog.FormatNames };
        // Every format of the article takes the Markdown's name, the evidence pack's its PDF's: no two outputs may meet.
        // Checked for every format, not only those chosen, so that choosing another format later cannot make two files one.
        var clashing = Publishing.Outputs.OutputCatalog.Names(outputs with { Formats = Publishing.Outputs.OutputCatalog.FormatNames })
            .GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1)?.ToList();
        if (clashing is { } names)
        {
            var clash = names[0];
            var key = Path.GetFileNameWithoutExtension(clash).Equals(Path.GetFileNameWithoutExtension(evidence), StringComparison.OrdinalIgnoreCase) ? "evidence"
                : Path.GetFileNameWithoutExtension(clash).Equals(Path.GetFileNameWithoutExtension(table), StringComparison.OrdinalIgnoreCase) ? "table" : "newsletter";
            var spellings = names.Distinct(StringComparer.Ordinal).ToList();
            var message = spellings.Count > 1
                ? Text.Format(DefinitionMessages.OutputsClashInCase, string.Join(DefinitionMessages.And, spellings.Select(MessageParts.Quote)))
                : Text.Format(DefinitionMessages.OutputsClash, MessageParts.Quote(clash));
            map.Error(key, message, DefinitionMessages.OutputsClashHint, DiagnosticCodes.DuplicateDefinition);
        }

        return outputs;
    }

    /// <summary><c>formats:</c>, the formats to write, in the catalog's order whatever the order given; null when absent.</summary>
    private static IReadOnlyList<string>? ReadFormats(YamlMap map)
    {
        if (!map.Has("formats"))
        {
            return null;
        }

        var known = Publishing.Outputs.OutputCatalog.FormatNames;
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (value, location) in map.LocatedStrings("formats"))
        {
            var name = value.ToLowerInvariant();
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                map.Bag.Add(location, DiagnosticCodes.InvalidValue, Text.Format(DefinitionMessages.UnknownOutputFormat, value),
                    MessageParts.Hint(name, known, DefinitionMessages.KnownFormats, DefinitionMessages.NoFormats));
            }
            else if (!chosen.Add(name))
            {
                map.Bag.Add(location, DiagnosticCodes.DuplicateDefinition, Text.Format(DefinitionMessages.FormatListedTwice, value), DefinitionMessages.FormatListedTwiceHint);
            }
        }

        if (chosen.Count == 0 && map.LocatedStrings("formats").Count == 0)
        {
            map.Error("formats", DefinitionMessages.NoFormatListed, Text.Format(DefinitionMessages.NoFormatListedHint, string.Join(", ", known)));
        }

        return [.. known.Where(chosen.Contains)];
    }

    private static string? ReadFileName(YamlMap map, string key, string extension)
    {
        var name = map.String(key);
        if (name is null)
        {
            return null;
        }

        if (name.IndexOfAny(['/', '\\', ':']) >= 0 || name is "." or ".." || name.Equals(Publishing.Manifest.FileName, StringComparison.OrdinalIgnoreCase)
            || name.Equals("quotes.md", StringComparison.OrdinalIgnoreCase)
            || !name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
        {
            map.Error(key, Text.Format(DefinitionMessages.BadOutputFileName, key, extension, name),
                Text.Format(DefinitionMessages.BadOutputFileNameHint, OutputsDefinition.Default.Newsletter.Replace(".md", extension, StringComparison.Ordinal)));
            return null;
        }

        return name;
    }

    /// <summary>The largest population a weighting margin may give a category.</summary>
    public const double MaxPopulation = 1e10;

    private static WeightingDefinition? ReadWeighting(YamlMap root)
    {
        var map = root.Map("weighting");
        if (map is null)
        {
            return null;
        }

        var margins = new List<MarginDefinition>();
        foreach (var margin in map.Maps("margins", i => Text.Format(DefinitionMessages.MarginNumber, i), required: true))
        {
            var column = margin.String("column", required: true);
            var population = margin.NumberEntries("population", required: true);
            margin.ReportUnknownKeys();
            foreach (var (value, count, location) in population.Where(p => p.Value < 0))
            {
                map.Bag.Add(location, DiagnosticCodes.InvalidValue, Text.Format(DefinitionMessages.NegativePopulation, value, count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    DefinitionMessages.PopulationHint);
            }

            // No population is larger than 1e10 (more people than the world holds): a larger figure is a typo or an
            // overflow, and would make the final weights, and their squares, overflow.
            foreach (var (value, count, location) in population.Where(p => p.Value > MaxPopulation))
            {
                map.Bag.Add(location, DiagnosticCodes.NumberOutOfRange, Text.Format(DefinitionMessages.PopulationTooLarge, value, count.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)),
                    DefinitionMessages.PopulationHint);
            }

            foreach (var group in population.GroupBy(p => p.Key, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                map.Bag.Add(group.Last().Location, DiagnosticCodes.DuplicateDefinition, Text.Format(DefinitionMessages.MarginValueTwice, group.Key), DefinitionMessages.MarginValueTwiceHint);
            }

            if (column is not null && population.Count > 0)
            {
                if (margins.Exists(m => string.Equals(m.Column, column, StringComparison.OrdinalIgnoreCase)))
                {
                    margin.Error("column", Text.Format(DefinitionMessages.TwoMarginsOneColumn, column), DefinitionMessages.TwoMarginsOneColumnHint, DiagnosticCodes.DuplicateDefinition);
                }

                margins.Add(new MarginDefinition(column, [.. population.Select(p => KeyValuePair.Create(p.Key, p.Value))], margin.Location));
            }
        }

        var tolerance = map.Double("tolerance", min: 1e-12, max: 0.01) ?? 1e-6;
        var iterations = map.Int("max_iterations", min: 1, max: 10_000) ?? 100;
        double? lower = null, upper = null;
        if (map.Map("trim") is { } trim)
        {
            lower = trim.Proportion("min", min: 0.01, max: 1, DefinitionMessages.TrimBoundIsMultiple);
            upper = trim.Proportion("max", min: 1, max: 100, DefinitionMessages.TrimBoundIsMultiple);
            trim.ReportUnknownKeys();
        }

        map.ReportUnknownKeys();
        return margins.Count == 0 ? null : new WeightingDefinition(margins, tolerance, iterations, lower, upper, map.Location);
    }

    private static Thresholds ReadThresholds(YamlMap root)
    {
        var map = root.Map("thresholds");
        if (map is null)
        {
            return Thresholds.Default;
        }

        var low = map.Int("low_base", min: 1, max: 100_000) ?? Thresholds.Default.LowBase;
        var suppress = map.Int("suppress_below", min: 0, max: 100_000) ?? Thresholds.Default.SuppressBelow;
        var confidence = map.Proportion("confidence", min: 0.5, max: 0.999, DefinitionMessages.ConfidenceIsProportion) ?? Thresholds.Default.ConfidenceLevel;
        var correction = map.String("correction") switch
        {
            null or "holm" => Analysis.MultipleTestingCorrection.Holm,
            "benjamini-hochberg" or "bh" => Analysis.MultipleTestingCorrection.BenjaminiHochberg,
            var other => Invalid(other),
        };
        map.ReportUnknownKeys();
        if (suppress > low)
        {
            map.Error("suppress_below", Text.Format(DefinitionMessages.SuppressAboveLowBase, suppress, low), DefinitionMessages.SuppressAboveLowBaseHint);
        }

        return new Thresholds(low, suppress, confidence) { Correction = correction };

        Analysis.MultipleTestingCorrection Invalid(string value)
        {
            map.Error("correction", Text.Format(DefinitionMessages.UnknownCorrection, value), DefinitionMessages.UnknownCorrectionHint);
            return Analysis.MultipleTestingCorrection.Holm;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[1-9][0-9]{0,8}-[0-9a-f]{6}$")]
    private static partial System.Text.RegularExpressions.Regex QuoteKey();

    private static string Relative(string projectDisplay, string path)
    {
        var dir = Path.GetDirectoryName(projectDisplay);
        return (string.IsNullOrEmpty(dir) ? path : Path.Combine(dir, path)).Replace('\\', '/');
    }
}
