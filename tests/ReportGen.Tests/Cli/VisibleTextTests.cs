using ReportGen.Tests.BadInput;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Cli;

/// <summary>Nothing the CLI prints can drive a terminal: hidden characters of names and values are shown escaped.</summary>
public sealed class VisibleTextTests
{
    [Fact]
    public void A_file_name_with_escape_sequences_is_printed_escaped_on_standard_error()
    {
        var run = CliRun.Of("build", "missing\u001b[2J\u001b]0;pwned\u0007\u202E.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("missing\\u001B[2J\\u001B]0;pwned\\u0007\\u202E.yaml", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Error + run.Output);
        Assert.DoesNotContain('\u202E', run.Error + run.Output);
    }

    [Fact]
    public void A_project_path_with_escape_sequences_is_printed_escaped_on_standard_output()
    {
        using var project = BadInputCorpusTests.BaseProject();
        var folder = project.Path("evil\u001b[31m\r\u202Edir");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(project.Directory, "*", SearchOption.AllDirectories).ToList())
        {
            var target = Path.Combine(folder, Path.GetRelativePath(project.Directory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var run = CliRun.Of("validate", Path.Combine(folder, "reportgen.yaml"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("evil\\u001B[31m\\u000D\\u202Edir", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Error + run.Output);
        Assert.DoesNotContain('\r', run.Error + run.Output);
    }
}
