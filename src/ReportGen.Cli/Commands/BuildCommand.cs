using System.ComponentModel;
using ReportGen.Publishing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen build [PROJECT] [--out DIR]</c>.</summary>
public sealed class BuildCommand(IAnsiConsole console) : Command<BuildCommand.Settings>
{
    public sealed class Settings : ProjectSettings
    {
        [CommandOption("-o|--out <DIR>")]
        [Description("The output folder (default: the project's 'outputs: directory:', else out). It is replaced as a whole, and only when the build succeeds.")]
        public string? Out { get; init; }

        [CommandOption("--pdfa")]
        [Description("Write the PDFs as PDF/A-2b for archiving. Such PDFs carry a random document id, so they are not byte-identical from one build to the next.")]
        public bool PdfA { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var result = ReportBuilder.Build(settings.Project, settings.Out, settings.PdfA);
        var results = result.Results;
        console.MarkupLine($"[bold]{Markup.Escape(results.Project.Survey)}[/] — {Markup.Escape(results.Project.Period.Label)}: {results.Survey.Respondents} respondents read from {Markup.Escape(results.Project.Data[0].DisplayPath)}");
        ResultTable.Write(console, results);
        console.MarkupLine($"Wrote {string.Join(", ", result.Files)} to [green]{Markup.Escape(ProjectPaths.Display(result.OutputDirectory))}[/]");
        return ReportGenApp.Success;
    }
}
