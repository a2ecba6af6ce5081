using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Json.Schema;
using ReportGen.Tests.BadInput;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Publishing.Outputs;

/// <summary>Every Word and Excel file a build writes, for the whole survey and for each --per set, of a project other than the sample, is valid Open XML; every results.json is valid against the schema written beside it.</summary>
public class PerSetOutputsTests
{
    [Fact]
    public void Every_word_and_excel_file_of_a_per_segment_build_validates()
    {
        using var project = BadInputCorpusTests.BaseProject();
        var run = CliRun.Of("build", project.ProjectFile, "--out", project.OutDir, "--per", "agence");
        Assert.True(run.ExitCode == 0, run.Error);

        var files = Directory.GetFiles(project.OutDir, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".docx", StringComparison.Ordinal) || f.EndsWith(".xlsx", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        // The whole survey's set and at least one agency's, each with both documents and the workbook.
        Assert.True(files.Count >= 6, string.Join(", ", files));
        var validator = new OpenXmlValidator(FileFormatVersions.Microsoft365);
        foreach (var file in files)
        {
            using OpenXmlPackage package = file.EndsWith(".docx", StringComparison.Ordinal) ? WordprocessingDocument.Open(file, false) : SpreadsheetDocument.Open(file, false);
            var errors = validator.Validate(package).Take(5).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, $"{Path.GetRelativePath(project.OutDir, file)}:\n{string.Join('\n', errors)}");
        }
    }

    [Fact]
    public void Every_results_file_of_a_per_segment_build_validates_against_the_schema_beside_it()
    {
        using var project = BadInputCorpusTests.BaseProject();
        var run = CliRun.Of("build", project.ProjectFile, "--out", project.OutDir, "--per", "agence");
        Assert.True(run.ExitCode == 0, run.Error);

        var files = Directory.GetFiles(project.OutDir, "results.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 2, string.Join(", ", files));
        foreach (var file in files)
        {
            var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Path.GetDirectoryName(file)!, "results.schema.json")), new Json.Schema.BuildOptions { SchemaRegistry = new SchemaRegistry() });
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(5);
            Assert.True(result.IsValid, $"{Path.GetRelativePath(project.OutDir, file)}:\n{string.Join('\n', errors)}");
        }
    }
}
