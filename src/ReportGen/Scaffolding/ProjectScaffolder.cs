using ReportGen.Diagnostics;
using ReportGen.Publishing;
using ReportGen.Resources;

namespace ReportGen.Scaffolding;

/// <summary>
/// <c>reportgen init</c>: a small working project a new user can start from — the sample's project and
/// indicator files, action plan and regional benchmarks, a 400-respondent survey from the sample generator, the
/// templates to edit, and the JSON Schemas that editors use to complete and check the YAML.
/// </summary>
public static class ProjectScaffolder
{
    public const int StarterRows = 400;
    public const int StarterStaff = 120;
    public const int StarterComments = 200;

    public static IReadOnlyList<string> Create(string directory)
    {
        var full = Path.GetFullPath(directory);
        EnsureNewOrEmpty(full);

        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in new[] { "reportgen.yaml", "indicators.yaml", "verbatim-themes.yaml", "action-plan.yaml" })
        {
            var text = Resource($"starter/{name}").Replace("$schema=../schemas/", "$schema=schemas/", StringComparison.Ordinal);
            files[name] = System.Text.Encoding.UTF8.GetBytes(text);
        }

        foreach (var name in new[] { "reportgen.schema.json", "indicators.schema.json", "action-plan.schema.json", "benchmarks.schema.json" })
        {
            files[$"schemas/{name}"] = System.Text.Encoding.UTF8.GetBytes(Resource($"schemas/{name}"));
        }

        var templates = TemplateSource.Embedded(Definitions.ProjectLoader.DefaultTemplate);
        foreach (var name in TemplateSource.BuiltInNames())
        {
            files[$"templates/{name}"] = templates.ReadBytes(name);
        }

        using (var csv = new MemoryStream())
        {
            SampleSurvey.Write(csv, StarterRows);
            files["tenants.csv"] = csv.ToArray();
        }

        using (var staff = new MemoryStream())
        {
            SampleMirror.Write(staff, StarterStaff);
            files["staff-mirror-2020.csv"] = staff.ToArray();
        }

        // The regional averages are the region's, whatever the size of the starter's survey.
        using (var benchmarks = new MemoryStream())
        {
            SampleBenchmarks.Write(benchmarks);
            var text = System.Text.Encoding.UTF8.GetString(benchmarks.ToArray()).Replace("$schema=../schemas/", "$schema=schemas/", StringComparison.Ordinal);
            files["benchmarks.yaml"] = System.Text.Encoding.UTF8.GetBytes(text);
        }

        using (var comments = new MemoryStream())
        {
            SampleVerbatims.Write(comments, StarterComments);
            files["verbatims-2020.csv"] = comments.ToArray();
        }

        // The starter uses its own copy of the templates, so that users see what to edit.
        var project = System.Text.Encoding.UTF8.GetString(files["reportgen.yaml"]);
        project = project.TrimEnd() + "\n\ntemplates:\n  directory: templates\n  newsletter: newsletter.md.sbn\n";
        // The sample writes to the repository's out/; a starter project to out/ beside its project file, the default.
        project = System.Text.RegularExpressions.Regex.Replace(project, @"(?m)^outputs:\r?\n  directory: \.\./out[^\n]*\n(  #[^\n]*\n)*",
            "# outputs:\n#   formats: [pdf, html, docx, xlsx, json]   # the default: every format; list fewer to write fewer\n");
        // Quotes are approved by a person, from the starter's own quotes.md: none yet.
        project = System.Text.RegularExpressions.Regex.Replace(project, @"approved_quotes: \[[^\]]*\]", "approved_quotes: []");
        files["reportgen.yaml"] = System.Text.Encoding.UTF8.GetBytes(project);

        // All or nothing, like a build: a failure halfway leaves no half-made project behind.
        using var transaction = OutputTransaction.Begin(full);
        foreach (var (name, content) in files)
        {
            transaction.Write(name, content);
        }

        transaction.Commit();

        return [.. files.Keys];
    }

    /// <summary>Refuses a folder that exists and is not empty (or a file): init never overwrites anything.</summary>
    public static void EnsureNewOrEmpty(string full)
    {
        if (File.Exists(full) || (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any()))
        {
            throw new BadInputException(new Diagnostic(new SourceLocation(ProjectPaths.Display(full)), DiagnosticCodes.OutputError,
                ScaffoldingMessages.FolderNotEmpty, ScaffoldingMessages.FolderNotEmptyHint));
        }
    }

    /// <summary>An embedded file (schemas, starter files) as bytes.</summary>
    internal static byte[] ResourceBytes(string name) => System.Text.Encoding.UTF8.GetBytes(Resource(name));

    private static string Resource(string name)
    {
        using var stream = typeof(ProjectScaffolder).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the resource '{name}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
