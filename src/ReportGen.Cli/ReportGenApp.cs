using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using ReportGen.Cli.Commands;
using ReportGen.Cli.Resources;
using ReportGen.Diagnostics;
using ReportGen.Localization;
using Spectre.Console;
using Spectre.Console.Cli;
using Text = ReportGen.Localization.Text;

namespace ReportGen.Cli;

/// <summary>
/// The <c>reportgen</c> command line. Exit codes: 0 done, 2 bad input (diagnostics on standard error),
/// 1 unexpected failure or environment problem (a one-line message, never a stack trace), 128 + the signal's
/// number when SIGINT (130) or SIGTERM (143) cancelled a build: the staging folder is removed, the lock released,
/// the previous outputs kept. A second signal ends the process at once (the next build cleans up after it).
/// Everything it writes is in one language: <c>--lang fr|en</c>, written anywhere in the arguments, else French when
/// LC_ALL, LC_MESSAGES or LANG says so (<see cref="UiLanguage.FromEnvironment"/>), else English; the prefix
/// <c>file(line,col): error RGnnn:</c> of a diagnostic never changes.
/// </summary>
public static class ReportGenApp
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadInput = 2;

    /// <summary>Exit codes of a build cancelled by a signal: 128 + its number, as shells report.</summary>
    public const int Interrupted = 128 + 2;
    public const int Terminated = 128 + 15;

    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, Environment.GetEnvironmentVariable);

    /// <summary>The same, reading the environment (LC_ALL, LC_MESSAGES, LANG, CI) through <paramref name="environment"/>: tests never depend on the machine's locale.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        var (rest, chosen, wrong) = TakeLanguage(args);
        using var language = UiLanguage.Use(chosen ?? UiLanguage.FromEnvironment(environment));
        if (wrong is not null)
        {
            new VisibleTextWriter(error).WriteLine("reportgen: " + (wrong.Length == 0 ? CliMessages.MissingLanguage : Text.Format(CliMessages.UnknownLanguage, wrong)));
            return BadInput;
        }

        return RunInLanguage(rest, output, error, environment);
    }

    /// <summary>
    /// <c>--lang X</c> or <c>--lang=X</c> taken out of the arguments, wherever it is (before <c>--</c>): the language it
    /// names, or the value it could not read (empty when it has none); the last one written wins.
    /// </summary>
    internal static (string[] Remaining, Language? Language, string? Wrong) TakeLanguage(string[] args)
    {
        var rest = new List<string>(args.Length);
        Language? language = null;
        string? wrong = null;
        for (var i = 0; i < args.Length; i++)
        {
            string? value;
            if (args[i] == "--")
            {
                rest.AddRange(args[i..]);
                break;
            }
            else if (args[i] == "--lang")
            {
                value = i + 1 < args.Length ? args[++i] : "";
            }
            else if (args[i].StartsWith("--lang=", StringComparison.Ordinal))
            {
                value = args[i]["--lang=".Length..];
            }
            else
            {
                rest.Add(args[i]);
                continue;
            }

            language = UiLanguage.Parse(value);
            wrong = language is null ? value : null;
        }

        return ([.. rest], wrong is null ? language : null, wrong);
    }

    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The native tool keeps the commands' settings types whole (TrimMode partial: this assembly is not trimmed); .ci/pack-check runs every command through it.")]
    private static int RunInLanguage(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        using var cancel = new CancellationTokenSource();
        var signal = 0;

        // Every line the CLI writes shows hidden characters escaped: no input value can send escape sequences.
        error = new VisibleTextWriter(error);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = output == Console.Out && !Console.IsOutputRedirected && environment("CI") != "true" ? AnsiSupport.Detect : AnsiSupport.No,
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
            config.SetApplicationVersion(ReportBuilder.GeneratorVersion);
            if (UiLanguage.Current == Language.French)
            {
                // Spectre's own words of the help (USAGE, OPTIONS, "Prints help information"…) from its fr satellite.
                config.SetApplicationCulture(UiLanguage.Culture(Language.French));
            }

            config.UseStrictParsing();
            config.ConfigureConsole(console);
            config.AddCommand<BuildCommand>("build")
                .WithData(error)
                .WithDescription(CliMessages.HelpBuild)
                .WithExample("build")
                .WithExample("build", "data/reportgen.yaml", "--out", "out");
            config.AddCommand<MergeCommand>("merge")
                .WithDescription(CliMessages.HelpMerge)
                .WithExample("merge", "shards/1", "shards/2", "--out", "out");
            config.AddCommand<ValidateCommand>("validate")
                .WithData(error)
                .WithDescription(CliMessages.HelpValidate)
                .WithExample("validate", "data/reportgen.yaml");
            config.AddCommand<InitCommand>("init")
                .WithDescription(CliMessages.HelpInit)
                .WithExample("init", "my-survey")
                .WithExample("init", "enquete-2024", "--from", "export-qualtrics.csv");
            config.AddCommand<SampleCommand>("sample")
                .WithDescription(CliMessages.HelpSample)
                .WithExample("sample", "--rows", "100000", "--out", "big.csv");
            config.AddCommand<ReviewSampleCommand>("review-sample")
                .WithDescription(CliMessages.HelpReviewSample)
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
            error.WriteLine(Text.Format(CliMessages.MoreWarnings, warnings.Suppressed));
        }
    }

    internal static int Report(Exception exception, TextWriter error, int signal = 0)
    {
        switch (exception)
        {
            case OperationCanceledException when signal != 0:
                error.WriteLine("reportgen: " + Text.Format(CliMessages.Interrupted, signal == 2 ? "SIGINT" : "SIGTERM"));
                return 128 + signal;
            case BadInputException bad:
                foreach (var diagnostic in bad.Diagnostics)
                {
                    error.WriteLine(diagnostic);
                }

                if (bad.Suppressed > 0)
                {
                    error.WriteLine(Text.Format(CliMessages.MoreProblems, bad.Suppressed));
                }

                var count = bad.Diagnostics.Count + bad.Suppressed;
                error.WriteLine("reportgen: " + (count == 1 ? CliMessages.OneProblemFound : Text.Format(CliMessages.ProblemsFound, count)));
                return BadInput;
            case EnvironmentException environment:
                error.WriteLine($"reportgen: {environment.Message}");
                return Failure;
            case CommandAppException command:
                error.WriteLine($"reportgen: {command.Message}");
                error.WriteLine(CliMessages.RunHelp);
                return BadInput;
            default:
                error.WriteLine("reportgen: " + Text.Format(CliMessages.UnexpectedFailure, exception.GetType().Name, exception.Message));
                error.WriteLine(CliMessages.UnexpectedFailureHint);
                return Failure;
        }
    }
}
