using ReportGen.Cli.Resources;
using ReportGen.Diagnostics;
using ReportGen.Scaffolding;
using ReportGen.Scaffolding.Import;
using Spectre.Console;
using Spectre.Console.Cli;
using Text = ReportGen.Localization.Text;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen init DIR</c> (a sample project) and <c>reportgen init DIR --from FILE</c> (a project from a survey export).</summary>
public sealed class InitCommand(IAnsiConsole console) : Command<InitCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandArgument(0, "<DIR>")]
        [LocalizedDescription("OptInitDir")]
        public string Directory { get; init; } = "";

        [CommandOption("--from <FILE>")]
        [LocalizedDescription("OptInitFrom")]
        public string? From { get; init; }

        [CommandOption("--copy")]
        [LocalizedDescription("OptInitCopy")]
        public bool Copy { get; init; }

        [CommandOption("--reference")]
        [LocalizedDescription("OptInitReference")]
        public bool Reference { get; init; }

        [CommandOption("--sheet <SHEET>")]
        [LocalizedDescription("OptInitSheet")]
        public string? Sheet { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.From is null)
        {
            var misplaced = new[] { (settings.Copy, "--copy"), (settings.Reference, "--reference"), (settings.Sheet is not null, "--sheet") }.Where(o => o.Item1).Select(o => o.Item2).ToList();
            if (misplaced.Count > 0)
            {
                throw Conflict(Text.Format(misplaced.Count == 1 ? CliMessages.InitOptionNeedsFrom : CliMessages.InitOptionsNeedFrom, string.Join($" {CliMessages.InitAnd} ", misplaced)),
                    CliMessages.InitOptionsNeedFromHint);
            }

            var files = ProjectScaffolder.Create(settings.Directory);
            var dir = ProjectPaths.Display(settings.Directory);
            console.MarkupLine(Text.Format(CliMessages.InitCreated, $"[green]{VisibleTextHook.Escape(dir)}[/]", VisibleTextHook.Escape(string.Join(", ", files))));
            console.MarkupLine(VisibleTextHook.Escape(Text.Format(CliMessages.InitNext, dir)));
            return ReportGenApp.Success;
        }

        if (settings.Copy && settings.Reference)
        {
            throw Conflict(CliMessages.InitCopyAndReference, CliMessages.InitCopyAndReferenceHint);
        }

        var full = Path.GetFullPath(settings.Directory);
        ProjectScaffolder.EnsureNewOrEmpty(full);
        var bag = new DiagnosticBag();
        var plan = StageProgress.Single(console, CliMessages.StageReadingExport, () => ExportInspector.Inspect(settings.From, settings.Sheet, bag));
        bag.ThrowIfErrors();
        ImportTable.Write(console, plan!);
        if (plan!.Indicators.Count == 0)
        {
            throw new BadInputException(new Diagnostic(new SourceLocation(plan.SourceDisplay), DiagnosticCodes.ImportNoIndicator,
                CliMessages.InitNoIndicator, CliMessages.InitNoIndicatorHint));
        }

        var placement = settings.Reference ? DataPlacement.Reference : DataPlacement.Copy;
        var written = ProjectWriter.Write(plan, full, placement);
        var shown = ProjectPaths.Display(full);
        console.WriteLine();
        console.MarkupLine(VisibleTextHook.Escape(ImportMessages.Text(placement == DataPlacement.Copy ? "title.placement.copy" : "title.placement.reference")));
        console.MarkupLine(VisibleTextHook.Escape(ImportMessages.Text("title.created", shown, string.Join(", ", written))));
        console.MarkupLine(VisibleTextHook.Escape(ImportMessages.Text("title.next", shown)));
        return ReportGenApp.Success;
    }

    private static BadInputException Conflict(string message, string hint) =>
        new(new Diagnostic(new SourceLocation("reportgen init"), DiagnosticCodes.ImportOptionConflict, message, hint));
}
