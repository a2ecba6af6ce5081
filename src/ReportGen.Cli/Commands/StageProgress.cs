using ReportGen.Cli.Resources;
using Spectre.Console;
using Text = ReportGen.Localization.Text;

namespace ReportGen.Cli.Commands;

/// <summary>
/// The stages of a long command as the user sees them: on a terminal, one status line (a spinner and the stage) that
/// changes as the work goes on; redirected or under <c>CI=true</c>, one numbered line per stage on standard error,
/// <c>[2] Computing the indicators…</c>, with no timing, so that logs compare from one run to the next. Standard error,
/// like the diagnostics: standard output keeps the results alone (a failed command writes nothing there).
/// </summary>
internal static class StageProgress
{
    /// <summary>Whether the console is a terminal that can redraw a line: a status line or a progress bar then; plain lines otherwise.</summary>
    public static bool Live(IAnsiConsole console) => console.Profile.Capabilities.Interactive && console.Profile.Capabilities.Ansi;

    /// <summary>The translated name of a build stage.</summary>
    public static string Name(BuildStage stage) => CliMessages.ResourceManager.GetString($"Stage{stage}", System.Globalization.CultureInfo.CurrentUICulture) ?? stage.ToString();

    /// <summary>A plain stage line: <c>[n] text…</c>.</summary>
    public static string Line(int number, string text) => Text.Format(CliMessages.StageLine, number, text);

    /// <summary>Where plain stage lines go: standard error, which the command line hands to the commands as their data.</summary>
    public static TextWriter Plain(Spectre.Console.Cli.CommandContext context) => context?.Data as TextWriter ?? TextWriter.Null;

    /// <summary>Runs <paramref name="work"/>, showing each stage it reports: a status line on a terminal, else numbered lines on <paramref name="plain"/>.</summary>
    public static T Run<T>(IAnsiConsole console, TextWriter plain, Func<IProgress<BuildStage>, T> work)
    {
        if (!Live(console))
        {
            var number = 0;
            return work(new InlineProgress<BuildStage>(stage => plain.WriteLine(Line(++number, Name(stage)))));
        }

        return console.Status().Start(Name(BuildStage.ReadingData), context =>
            work(new InlineProgress<BuildStage>(stage => context.Status(Markup.Escape(Name(stage)) + "…"))));
    }

    /// <summary>Runs a one-stage task: a status line on a terminal, nothing more in plain mode (the command's result line follows).</summary>
    public static T Single<T>(IAnsiConsole console, string text, Func<T> work) =>
        Live(console) ? console.Status().Start(Markup.Escape(text) + "…", _ => work()) : work();
}

/// <summary>Reports progress on the calling thread, as it comes (unlike <see cref="Progress{T}"/>, which posts to a context).</summary>
internal sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
