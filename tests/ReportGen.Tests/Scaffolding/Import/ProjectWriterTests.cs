using ReportGen.Diagnostics;
using ReportGen.Scaffolding.Import;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Tests.Scaffolding.Import;

public sealed class ProjectWriterTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "reportgen-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private static ImportPlan Plan(string fixture)
    {
        var bag = new DiagnosticBag();
        return ExportInspector.Inspect(ExportInspectorTests.Fixture(fixture), null, bag) ?? throw new InvalidOperationException(string.Join("\n", bag.Items));
    }

    [Fact]
    public void The_same_export_gives_the_same_bytes()
    {
        var first = ProjectWriter.Render(Plan("qualtrics.csv"), _dir, DataPlacement.Copy);
        var second = ProjectWriter.Render(Plan("qualtrics.csv"), _dir, DataPlacement.Copy);
        Assert.Equal(first.Keys, second.Keys);
        foreach (var (name, bytes) in first)
        {
            Assert.Equal(bytes, second[name]);
        }

        Assert.Equal(["indicators.yaml", "qualtrics.csv", "reportgen.yaml", "schemas/indicators.schema.json", "schemas/reportgen.schema.json"], first.Keys);
    }

    [Fact]
    public void Rules_the_shape_implies_are_written_with_a_comment_saying_why()
    {
        var yaml = System.Text.Encoding.UTF8.GetString(ProjectWriter.Render(Plan("qualtrics.csv"), _dir, DataPlacement.Copy)["reportgen.yaml"]);
        Assert.StartsWith("# yaml-language-server: $schema=schemas/reportgen.schema.json\n", yaml, StringComparison.Ordinal);
        Assert.Contains("skip_rows: 2   # Qualtrics : la ligne 2 donne le texte des questions", yaml, StringComparison.Ordinal);
        Assert.Contains("      # Qualtrics : les aperçus (Survey Preview)", yaml, StringComparison.Ordinal);
        Assert.Contains("- { column: Status, differs: [Survey Preview, Survey Test, Spam, Preview Spam, Offline Preview] }", yaml, StringComparison.Ordinal);
        Assert.Contains("- { column: Finished, equals: [\"True\", \"1\"] }", yaml, StringComparison.Ordinal);
        var lime = System.Text.Encoding.UTF8.GetString(ProjectWriter.Render(Plan("limesurvey.csv"), _dir, DataPlacement.Copy)["reportgen.yaml"]);
        Assert.Contains("      # LimeSurvey : une réponse sans date de soumission (submitdate vide) est incomplète\n      - { column: submitdate, not_empty: true }", lime, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicator_file_has_the_scales_used_no_targets_and_a_theme_per_indicator()
    {
        var yaml = System.Text.Encoding.UTF8.GetString(ProjectWriter.Render(Plan("institute-cp1252.csv"), _dir, DataPlacement.Copy)["indicators.yaml"]);
        Assert.StartsWith("# yaml-language-server: $schema=schemas/indicators.schema.json\n", yaml, StringComparison.Ordinal);
        var root = (YamlMappingNode)Load(yaml).RootNode;
        var scales = (YamlSequenceNode)root["scales"];
        Assert.Equal(["satisfaction-4", "note-10"], scales.Select(s => ((YamlScalarNode)s["id"]).Value));
        var indicators = (YamlSequenceNode)root["indicators"];
        Assert.Equal(5, indicators.Children.Count);
        Assert.All(indicators, i => Assert.False(((YamlMappingNode)i).Children.ContainsKey("target")));
        Assert.Equal(((YamlScalarNode)indicators[0]["id"]).Value, ((YamlScalarNode)indicators[0]["theme"]).Value);
        Assert.Equal("q4-globale", ((YamlScalarNode)root["overall"]).Value);
    }

    [Fact]
    public void A_referenced_export_is_named_by_its_path_from_the_project_folder()
    {
        var files = ProjectWriter.Render(Plan("institute-utf8-bom.csv"), _dir, DataPlacement.Reference);
        Assert.DoesNotContain(files.Keys, k => k.EndsWith(".csv", StringComparison.Ordinal));
        var expected = Path.GetRelativePath(_dir, ExportInspectorTests.Fixture("institute-utf8-bom.csv")).Replace('\\', '/');
        var root = (YamlMappingNode)Load(System.Text.Encoding.UTF8.GetString(files["reportgen.yaml"])).RootNode;
        Assert.Equal(expected, ((YamlScalarNode)((YamlSequenceNode)root["data"])[0]["path"]).Value);
    }

    [Theory]
    [InlineData("True")]
    [InlineData("1")]
    [InlineData("N° questionnaire")]
    [InlineData("a: b")]
    [InlineData("#tag")]
    [InlineData("x # y")]
    [InlineData("Plutôt pas d'accord")]
    [InlineData("[SQ001]")]
    [InlineData("quote \" and \\ backslash")]
    [InlineData("null")]
    [InlineData("- item")]
    [InlineData("../exports/a b.csv")]
    [InlineData(".inf")]
    [InlineData("2024-03-01")]
    public void Scalars_read_back_as_written(string value)
    {
        var node = (YamlMappingNode)Load($"key: {ProjectWriter.Scalar(value)}\n").RootNode;
        var scalar = (YamlScalarNode)node["key"];
        Assert.Equal(value, scalar.Value);
        // A plain scalar the YAML loader could read as a number, a date or a boolean is quoted.
        Assert.True(scalar.Style != YamlDotNet.Core.ScalarStyle.Plain || !System.Text.RegularExpressions.Regex.IsMatch(value, "^(true|false|null|[0-9-]+)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase), value);
    }

    private static YamlDocument Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents[0];
    }
}
