using System.Diagnostics;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests;

/// <summary>
/// build.ps1, as the quarterly CI job runs it (through the repository's local PowerShell tool): a failed step ends the
/// script with the step's exit code and reportgen's own messages, never a PowerShell trace.
/// </summary>
public sealed class BuildScriptTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [Fact]
    public void Report_with_an_unknown_period_exits_2_with_the_message()
    {
        var output = Path.Combine(Path.GetTempPath(), "rg-ps-" + Guid.NewGuid().ToString("N"));
        var (code, stdout, stderr) = Pwsh("-Target", "Report", "-Period", "1999-Q9", "-Out", output, "-Configuration", Configuration, "-NoBuild");

        Assert.Equal(2, code);
        Assert.Contains("--period: error RG104: '1999-Q9' is not a period ReportGen can date.", stderr, StringComparison.Ordinal);
        Assert.Contains("build.ps1: report 1999-Q9 failed with exit code 2.", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Line |", stdout + stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Report_without_a_period_exits_2_and_says_how()
    {
        var (code, stdout, stderr) = Pwsh("-Target", "Report", "-Configuration", Configuration, "-NoBuild");

        Assert.Equal(2, code);
        Assert.Contains("-Target Report needs -Period, for example -Period 2026-Q3", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stdout + stderr, StringComparison.Ordinal);
    }

    private static (int Code, string Output, string Error) Pwsh(params string[] args)
    {
        Run(["tool", "restore"]);
        return Run(["pwsh", "-NoProfile", "-NonInteractive", "build.ps1", .. args]);
    }

    private static (int Code, string Output, string Error) Run(string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Repo.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
