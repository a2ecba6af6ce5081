using System.ComponentModel;
using ReportGen.Diagnostics;
using ReportGen.Scaffolding;
using ReportGen.Scaffolding.Import;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen init DIR</c> (a sample project) and <c>reportgen init DIR --from FILE</c> (a project from a survey export).</summary>
public sealed class InitCommand(IAnsiConsole console) : Command<InitCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<DIR>")]
        [Description("The folder to create the project in; it must be new or empty.")]
        public string Directory { get; init; } = "";

        [CommandOption("--from <FILE>")]
        [Description("Write the project from this survey export (institute CSV, Qualtrics, LimeSurvey, .xlsx, .sav) instead of the sample.")]
        public string? From { get; init; }

        [CommandOption("--copy")]
        [Description("Copy the export into the project folder (the default): the project holds the data it was built from.")]
        public bool Copy { get; init; }

        [CommandOption("--reference")]
        [Description("Read the export where it is, by a path relative to the project folder, instead of copying it.")]
        public bool Reference { get; init; }

        [CommandOption("--sheet <SHEET>")]
        [Description("The sheet of an Excel workbook to read: its name or 1-based number (default: the first).")]
        public string? Sheet { get; init; }

        [CommandOption("--lang <LANG>")]
        [Description("The language of the table: fr or en (default: from LC_ALL, LC_MESSAGES or LANG).")]
        public string? Lang { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.From is null)
        {
            var misplaced = new[] { (settings.Copy, "--copy"), (settings.Reference, "--reference"), (settings.Sheet is not null, "--sheet") }.Where(o => o.Item1).Select(o => o.Item2).ToList();
            if (misplaced.Count > 0)
            {
                throw Conflict($"{string.Join(" and ", misplaced)} only go with --from.", "add --from FILE to write the project from a survey export, or leave them out for the sample project.");
            }

            var files = ProjectScaffolder.Create(settings.Directory);
            var dir = ProjectPaths.Display(settings.Directory);
            console.MarkupLine($"Created a project in [green]{VisibleTextHook.Escape(dir)}[/]: {VisibleTextHook.Escape(string.Join(", ", files))}");
            console.MarkupLine(VisibleTextHook.Escape($"Next: reportgen build {dir}/reportgen.yaml --out {dir}/out"));
            return ReportGenApp.Success;
        }

        var language = settings.Lang?.Trim().ToLowerInvariant() switch
        {
            null => ImportMessages.FromEnvironment(Environment.GetEnvironmentVariable),
            "fr" => ImportLanguage.French,
            "en" => ImportLanguage.English,
            _ => throw Conflict($"unknown --lang '{settings.Lang}'.", "use --lang fr or --lang en."),
        };
        if (settings.Copy && settings.Reference)
        {
            throw Conflict("--copy and --reference contradict each other.", "keep one: --copy (the default) puts the export into the project, --reference reads it where it is.");
        }

        var full = Path.GetFullPath(settings.Directory);
        ProjectScaffolder.EnsureNewOrEmpty(full);
        var bag = new DiagnosticBag();
        var plan = ExportInspector.Inspect(settings.From, settings.Sheet, bag);
        bag.ThrowIfErrors();
        ImportTable.Write(console, plan!, language);
        if (plan!.Indicators.Count == 0)
        {
            throw new BadInputException(new Diagnostic(new SourceLocation(plan.SourceDisplay), DiagnosticCodes.ImportNoIndicator,
                "no column of the export has its answers on a known satisfaction scale: the project would measure nothing, so none was written.",
                "the table above says why each column was left out; export the answers as labels (Très satisfait … Pas du tout satisfait), not codes, or write the project by hand (reportgen init DIR gives an example)."));
        }

        var placement = settings.Reference ? DataPlacement.Reference : DataPlacement.Copy;
        var written = ProjectWriter.Write(plan, full, placement);
        var shown = ProjectPaths.Display(full);
        console.WriteLine();
        console.MarkupLine(VisibleTextHook.Escape(ImportMessages.Text(language, placement == DataPlacement.Copy ? "title.placement.copy" : "title.placement.reference")));
        console.MarkupLine(VisibleTextHook.Escape(ImportMessages.Text(language, "title.created", shown, string.Join(", ", written))));
        console.MarkupLine(VisibleTextHook.Escape(ImportMessages.Text(language, "title.next", shown)));
        return ReportGenApp.Success;
    }

    private static BadInputException Conflict(string message, string hint) =>
        new(new Diagnostic(new SourceLocation("reportgen init"), DiagnosticCodes.ImportOptionConflict, message, hint));
}
