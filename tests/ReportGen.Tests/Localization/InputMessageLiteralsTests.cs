using System.Text.RegularExpressions;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Localization;

/// <summary>
/// The messages of the inputs (Ingest, Verbatims, Scaffolding, InputFile.cs) come from the resources: no diagnostic,
/// warning, YAML error or refusal there is given its message as an English string literal or interpolation.
/// </summary>
public sealed partial class InputMessageLiteralsTests
{
    // ImportMessages.cs is migrated apart.
    private static readonly string[] NotYet = ["Scaffolding/Import/ImportMessages.cs"];

    private static readonly string[] Folders = ["Ingest", "Verbatims", "Scaffolding"];

    public static TheoryData<string> Files()
    {
        var source = Path.Combine(Repo.Root, "src", "ReportGen");
        var data = new TheoryData<string>();
        foreach (var file in Folders
                     .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(source, folder), "*.cs", SearchOption.AllDirectories))
                     .Append(Path.Combine(source, "InputFile.cs"))
                     .Select(f => Path.GetRelativePath(source, f).Replace('\\', '/'))
                     .Where(f => !NotYet.Contains(f, StringComparer.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        return data;
    }

    [Fact]
    public void The_scan_sees_the_files_and_the_pattern_finds_a_literal()
    {
        Assert.True(Files().Count > 50);
        Assert.Matches(LiteralMessage(), "bag.Add(where, DiagnosticCodes.NoDataRows, \"the file has no data rows.\", null);");
        Assert.Matches(LiteralMessage(), "map.Error(\"id\", $\"the theme id '{id}' is already used.\", hint);");
        Assert.DoesNotMatch(LiteralMessage(), "bag.Add(where, DiagnosticCodes.NoDataRows, IngestMessages.NoDataRows, IngestMessages.NoDataRowsHint);");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void No_message_is_an_English_literal(string file)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, "src", "ReportGen", file));
        var found = LiteralMessage().Matches(text).Select(m => m.Value).ToList();
        Assert.True(found.Count == 0, $"{file}: messages written as literals instead of resources:{Environment.NewLine}{string.Join(Environment.NewLine, found)}");
    }

    // A code then a literal message (bag.Add, new Diagnostic, Warnings.Add), a YAML error's key then a literal, or a
    // refusal (Fail) whose message is a literal.
    [GeneratedRegex(@"DiagnosticCodes\.\w+,\s*\$?""|\.Error\(""\w+"",\s*\$?""|\bFail\([^,()]+,\s*\$?""")]
    private static partial Regex LiteralMessage();
}
