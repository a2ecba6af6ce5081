using ReportGen.Cli.Resources;
using ReportGen.Publishing.Shards;
using Spectre.Console;
using Spectre.Console.Cli;
using Text = ReportGen.Localization.Text;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen merge DIR… --out OUT</c>: the shards of a <c>build --per SEGMENT --shard K/N</c> assembled into one build.</summary>
public sealed class MergeCommand(IAnsiConsole console) : Command<MergeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<DIR>")]
        [LocalizedDescription("ArgShards")]
        public string[] Shards { get; init; } = [];

        [CommandOption("-o|--out <OUT>")]
        [LocalizedDescription("OptMergeOut")]
        public string? Out { get; init; }

        public override ValidationResult Validate() => Out is null ? ValidationResult.Error(MergeMessages.OutRequired) : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var result = ShardMerge.Run(settings.Shards, settings.Out!, cancellationToken);
        console.MarkupLine(VisibleTextHook.Escape(Text.Format(MergeMessages.Merged, result.Shards, result.Sets, result.Files, ProjectPaths.Display(result.OutputDirectory))));
        return ReportGenApp.Success;
    }
}
