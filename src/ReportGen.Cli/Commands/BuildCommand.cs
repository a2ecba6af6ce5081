using System.ComponentModel;
using ReportGen.Cli.Resources;
using ReportGen.Publishing;
using ReportGen.Publishing.Shards;
using Spectre.Console;
using Spectre.Console.Cli;
using Text = ReportGen.Localization.Text;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen build [PROJECT] [--out DIR]</c>.</summary>
public sealed class BuildCommand(IAnsiConsole console) : Command<BuildCommand.Settings>
{
    public sealed class Settings : ProjectSettings
    {
        [CommandOption("-o|--out <DIR>")]
        [Description("The output folder, from the current folder (default: the project's 'outputs: directory:', from the project file's folder, else out beside the project file). It is replaced as a whole, and only when the build succeeds.")]
        public string? Out { get; init; }

        [CommandOption("--pdfa")]
        [Description("Write the PDFs as PDF/A-2b for archiving. Such PDFs carry a random document id, so they are not byte-identical from one build to the next.")]
        public bool PdfA { get; init; }

        [CommandOption("--per <SEGMENT>")]
        [Description("Also write one document set per value of this segment (e.g. --per agence), each in its own sub-folder, rendered in parallel.")]
        public string? Per { get; init; }

        [CommandOption("--shard <K/N>")]
        [Description("With --per: write only the K-th of N shards of the document sets (round-robin over their folder names; the whole survey's set in shard 1) and a shard.json, for 'reportgen merge' to assemble; e.g. --shard 2/4 in the second of four CI jobs.")]
        public string? Shard { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var shard = settings.Shard is null ? null : ShardSpec.Parse(settings.Shard, settings.Per);
        var options = new BuildOptions { OutputDirectory = settings.Out, PdfA = settings.PdfA, Period = settings.Period, Per = settings.Per, Shard = shard, Cancellation = cancellationToken };
        BuildResult result;
        if (settings.Per is null)
        {
            result = ReportBuilder.Build(settings.Project, options);
        }
        else if (console.Profile.Capabilities.Interactive && console.Profile.Capabilities.Ansi)
        {
            // A terminal: a progress bar. Redirected output and CI=true get plain lines instead.
            result = console.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask("document sets", maxValue: 1);
                    return ReportBuilder.Build(settings.Project, options with
                    {
                        Progress = new InlineProgress(p =>
                        {
                            task.MaxValue = p.Total;
                            task.Value = p.Done;
                        }),
                    });
                });
        }
        else
        {
            // Counted under the lock, so that the lines come numbered in order whatever thread finished first.
            var gate = new Lock();
            var done = 0;
            result = ReportBuilder.Build(settings.Project, options with
            {
                Progress = new InlineProgress(p =>
                {
                    if (p.Done > 0)
                    {
                        lock (gate)
                        {
                            console.WriteLine($"[{++done}/{p.Total}] {p.Set ?? "ensemble"}");
                        }
                    }
                }),
            });
        }

        var results = result.Results;
        console.MarkupLine($"[bold]{VisibleTextHook.Escape(results.Project.Survey)}[/] — {VisibleTextHook.Escape(results.Project.Period.Label)}: {results.Survey.Respondents} respondents read from {VisibleTextHook.Escape(results.Project.Data[0].DisplayPath)}");
        ResultTable.WriteSources(console, results);
        ResultTable.Write(console, results);
        if (result.Files.Count > 0)
        {
            console.MarkupLine($"Wrote {string.Join(", ", result.Files)} to [green]{VisibleTextHook.Escape(ProjectPaths.Display(result.OutputDirectory))}[/]");
        }

        if (result.Shard is { } written)
        {
            console.MarkupLine(VisibleTextHook.Escape(Text.Format(MergeMessages.ShardWritten, written.Index, written.Count, result.Sets.Count, result.PlannedSets, ProjectPaths.Display(result.OutputDirectory))));
        }
        else if (result.Sets.Count > 0)
        {
            console.MarkupLine($"and {result.Sets.Count} document sets by {VisibleTextHook.Escape(settings.Per!)}: {VisibleTextHook.Escape(string.Join(", ", result.Sets))}");
        }
        return ReportGenApp.Success;
    }
}

/// <summary>Reports progress on the calling thread, as it comes (unlike <see cref="Progress{T}"/>, which posts to a context).</summary>
internal sealed class InlineProgress(Action<BuildProgress> report) : IProgress<BuildProgress>
{
    public void Report(BuildProgress value) => report(value);
}
