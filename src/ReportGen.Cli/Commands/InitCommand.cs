using System.ComponentModel;
using ReportGen.Scaffolding;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen init DIR</c>.</summary>
public sealed class InitCommand(IAnsiConsole console) : Command<InitCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<DIR>")]
        [Description("The folder to create the project in; it must be new or empty.")]
        public string Directory { get; init; } = "";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var files = ProjectScaffolder.Create(settings.Directory);
        var dir = ProjectPaths.Display(settings.Directory);
        console.MarkupLine($"Created a project in [green]{VisibleTextHook.Escape(dir)}[/]: {VisibleTextHook.Escape(string.Join(", ", files))}");
        console.MarkupLine(VisibleTextHook.Escape($"Next: reportgen build {dir}/reportgen.yaml --out {dir}/out"));
        return ReportGenApp.Success;
    }
}
