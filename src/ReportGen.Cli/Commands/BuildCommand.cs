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
        [LocalizedDescription("OptBuildOut")]
        public string? Out { get; init; }

        [CommandOption("--pdfa")]
        [LocalizedDescription("OptPdfA")]
        public bool PdfA { get; init; }

        [CommandOption("--per <SEGMENT>")]
        [LocalizedDescription("OptPer")]
        public string? Per { get; init; }

        [CommandOption("--shard <K/N>")]
        [LocalizedDescription("OptShard")]
        public string? Shard { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var shard = settings.Shard is null ? null : ShardSpec.Parse(settings.Shard, settings.Per);
        var options = new BuildOptions { OutputDirectory = settings.Out, PdfA = settings.PdfA, Period = settings.Period, Per = settings.Per, Shard = shard, Cancellation = cancellationToken };
        BuildResult result;
        if (settings.Per is null)
        {
            result = StageProgress.Run(console, StageProgress.Plain(context), stages => ReportBuilder.Build(settings.Project, options with { Stages = stages }));
        }
        else if (StageProgress.Live(console))
        {
            // A terminal: a line per stage, and a progress bar for the document sets. Redirected output and CI=true get plain lines instead.
            result = console.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    ProgressTask? current = null;
                    ProgressTask? sets = null;
                    return ReportBuilder.Build(settings.Project, options with
                    {
                        Stages = new InlineProgress<BuildStage>(stage =>
                        {
                            if (current is not null)
                            {
                                current.Value = current.MaxValue;
                                current.StopTask();
                            }

                            current = context.AddTask(Markup.Escape(stage == BuildStage.WritingDocumentSets ? CliMessages.BuildSetsTask : StageProgress.Name(stage)), maxValue: 1);
                            current.IsIndeterminate = stage != BuildStage.WritingDocumentSets;
                            sets = stage == BuildStage.WritingDocumentSets ? current : sets;
                        }),
                        Progress = new InlineProgress<BuildProgress>(p =>
                        {
                            if (sets is not null)
                            {
                                sets.MaxValue = p.Total;
                                sets.Value = p.Done;
                            }
                        }),
                    });
                });
        }
        else
        {
            // Counted under the lock, so that the lines come numbered in order whatever thread finished first.
            var gate = new Lock();
            var done = 0;
            var stage = 0;
            var plain = StageProgress.Plain(context);
            result = ReportBuilder.Build(settings.Project, options with
            {
                Stages = new InlineProgress<BuildStage>(s =>
                {
                    lock (gate)
                    {
                        plain.WriteLine(StageProgress.Line(++stage, StageProgress.Name(s)));
                    }
                }),
                Progress = new InlineProgress<BuildProgress>(p =>
                {
                    if (p.Done > 0)
                    {
                        lock (gate)
                        {
                            console.WriteLine($"[{++done}/{p.Total}] {p.Set ?? CliMessages.WholeSurveySet}");
                        }
                    }
                }),
            });
        }

        var results = result.Results;
        console.MarkupLine(Text.Format(CliMessages.BuildRead, $"[bold]{VisibleTextHook.Escape(results.Project.Survey)}[/]", VisibleTextHook.Escape(results.Project.Period.Label),
            results.Survey.Respondents, VisibleTextHook.Escape(results.Project.Data[0].DisplayPath)));
        ResultTable.WriteSources(console, results);
        ResultTable.Write(console, results);
        if (result.Files.Count > 0)
        {
            console.MarkupLine(Text.Format(CliMessages.BuildWrote, VisibleTextHook.Escape(string.Join(", ", result.Files)), $"[green]{VisibleTextHook.Escape(ProjectPaths.Display(result.OutputDirectory))}[/]"));
        }

        if (result.Shard is { } written)
        {
            console.MarkupLine(VisibleTextHook.Escape(Text.Format(MergeMessages.ShardWritten, written.Index, written.Count, result.Sets.Count, result.PlannedSets, ProjectPaths.Display(result.OutputDirectory))));
        }
        else if (result.Sets.Count > 0)
        {
            console.MarkupLine(VisibleTextHook.Escape(Text.Format(CliMessages.BuildSets, result.Sets.Count, settings.Per!, string.Join(", ", result.Sets))));
        }

        return ReportGenApp.Success;
    }
}
