using System.Runtime.InteropServices;
using ReportGen.Cli.Commands;
using ReportGen.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReportGen.Cli;

/// <summary>
/// The <c>reportgen</c> command line. Exit codes: 0 done, 2 bad input (diagnostics on standard error),
/// 1 unexpected failure or environment problem (a one-line message, never a stack trace), 128 + the signal's
/// number when SIGINT (130) or SIGTERM (143) cancelled a build: the staging folder is removed, the lock released,
/// the previous outputs kept. A second signal ends the process at once (the next build cleans up after it).
/// </summary>
public static class ReportGenApp
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadInput = 2;

    /// <summary>Exit codes of a build cancelled by a signal: 128 + its number, as shells report.</summary>
    public const int Interrupted = 128 + 2;
    public const int Terminated = 128 + 15;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        using var cancel = new CancellationTokenSource();
        var signal = 0;

        // Every line the CLI writes shows hidden characters escaped: no input value can send escape sequences.
        error = new VisibleTextWriter(error);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = output == Console.Out && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") != "true" ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.Detect,
        });
        console.Pipeline.Attach(new VisibleTextHook());
        if (console.Profile.Out.IsTerminal is false)
        {
            // Logs and CI keep whole table rows.
            console.Profile.Width = 132;
        }

        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("reportgen");
            config.UseStrictParsing();
            config.ConfigureConsole(console);
            config.AddCommand<BuildCommand>("build")
                .WithDescription("Compute the indicators and write the article, the table and the manifest.")
                .WithExample("build")
                .WithExample("build", "data/reportgen.yaml", "--out", "out");
            config.AddCommand<MergeCommand>("merge")
                .WithDescription("Assemble the shards of a build --per SEGMENT --shard K/N into one output folder, byte-identical to the unsharded build.")
                .WithExample("merge", "shards/1", "shards/2", "--out", "out");
            config.AddCommand<ValidateCommand>("validate")
                .WithDescription("Check the project, the definitions and the data, reporting every problem at once; writes nothing.")
                .WithExample("validate", "data/reportgen.yaml");
            config.AddCommand<InitCommand>("init")
                .WithDescription("Write a small working project to start from, or a project from a survey export (--from).")
                .WithExample("init", "my-survey")
                .WithExample("init", "enquete-2024", "--from", "export-qualtrics.csv");
            config.AddCommand<SampleCommand>("sample")
                .WithDescription("Generate the sample tenant survey CSV (any size, from a seed), for demos and benchmarks.")
                .WithExample("sample", "--rows", "100000", "--out", "big.csv");
            config.AddCommand<ReviewSampleCommand>("review-sample")
                .WithDescription("Draw a seeded random sample of the comments, with their automatic coding, for a person to review (review-sample.csv and .md).")
                .WithExample("review-sample", "data/reportgen.yaml", "--size", "50", "--seed", "1");
            config.SetExceptionHandler((exception, _) => Report(exception, error, signal));
        });

        using var warnings = Warnings.Collect();
        using var interrupt = OnSignal(PosixSignal.SIGINT, 2);
        using var terminate = OnSignal(PosixSignal.SIGTERM, 15);
        int code;
        try
        {
            code = app.Run(args, cancel.Token);
        }
        catch (Exception exception)
        {
            code = Report(exception, error, signal);
        }

        WriteWarnings(warnings, error);
        return code;

        // The first signal cancels the build, which then cleans up; a second one ends the process the default way.
        PosixSignalRegistration? OnSignal(PosixSignal posix, int number)
        {
            try
            {
                return PosixSignalRegistration.Create(posix, context =>
                {
                    context.Cancel = Interlocked.CompareExchange(ref signal, number, 0) == 0;
                    cancel.Cancel();
                });
            }
            catch (PlatformNotSupportedException)
            {
                return null;
            }
        }
    }

    /// <summary>The warnings of the run, after its output: each once, in a fixed order.</summary>
    private static void WriteWarnings(WarningCollector warnings, TextWriter error)
    {
        foreach (var warning in warnings.Items)
        {
            error.WriteLine(warning);
        }

        if (warnings.Suppressed > 0)
        {
            error.WriteLine($"… and {warnings.Suppressed} more warning(s).");
        }
    }

    internal static int Report(Exception exception, TextWriter error, int signal = 0)
    {
        switch (exception)
        {
            case OperationCanceledException when signal != 0:
                error.WriteLine($"reportgen: interrupted by {(signal == 2 ? "SIGINT" : "SIGTERM")}; the build was cancelled and the previous outputs are kept.");
                return 128 + signal;
            case BadInputException bad:
                foreach (var diagnostic in bad.Diagnostics)
                {
                    error.WriteLine(diagnostic);
                }

                if (bad.Suppressed > 0)
                {
                    error.WriteLine($"… and {bad.Suppressed} more problem(s); fix these first.");
                }

                error.WriteLine($"reportgen: {Plural(bad.Diagnostics.Count + bad.Suppressed, "problem")} found; nothing was written.");
                return BadInput;
            case EnvironmentException environment:
                error.WriteLine($"reportgen: {environment.Message}");
                return Failure;
            case CommandAppException command:
                error.WriteLine($"reportgen: {command.Message}");
                error.WriteLine("Run 'reportgen --help' for the commands and their options.");
                return BadInput;
            default:
                error.WriteLine($"reportgen: unexpected failure: {exception.GetType().Name}: {exception.Message}");
                error.WriteLine("This is a bug or an environment problem (disk, permissions). Nothing was written.");
                return Failure;
        }
    }

    private static string Plural(int count, string word) => count == 1 ? $"1 {word}" : $"{count} {word}s";
}
