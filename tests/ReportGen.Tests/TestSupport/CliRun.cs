using ReportGen.Cli;

namespace ReportGen.Tests.TestSupport;

/// <summary>The result of running the CLI in process, as a user would see it.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = ReportGenApp.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
