using ReportGen.Cli;

namespace ReportGen.Tests.TestSupport;

/// <summary>The result of running the CLI in process, as a user would see it.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>The CLI run with no environment variable at all: English, whatever the machine's locale.</summary>
    public static CliRun Of(params string[] args) => With(new Dictionary<string, string>(), args);

    /// <summary>The CLI run under <c>LANG=<paramref name="lang"/></c> (and no other variable).</summary>
    public static CliRun Under(string lang, params string[] args) => With(new Dictionary<string, string> { ["LANG"] = lang }, args);

    /// <summary>The CLI run with exactly these environment variables.</summary>
    public static CliRun With(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = ReportGenApp.Run(args, output, error, name => environment.GetValueOrDefault(name));
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
