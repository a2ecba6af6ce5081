using Spectre.Console;
using Spectre.Console.Cli;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen validate [PROJECT]</c>: the whole check of <c>build</c>, writing nothing.</summary>
public sealed class ValidateCommand(IAnsiConsole console) : Command<ProjectSettings>
{
    public override int Execute(CommandContext context, ProjectSettings settings, CancellationToken cancellationToken)
    {
        var results = ReportBuilder.Validate(settings.Project, settings.Period);
        var dialect = results.Survey.Dialect;
        var delimiter = dialect.Delimiter == '\t' ? "tab" : dialect.Delimiter.ToString();
        console.MarkupLine($"{VisibleTextHook.Escape(ProjectPaths.Display(results.Project.Path))}: valid.");
        console.MarkupLine(VisibleTextHook.Escape($"{results.Project.Catalog.Indicators.Count} indicators, {results.Survey.Respondents} respondents in {results.Project.Data[0].DisplayPath} " +
            (dialect.Format == "csv" ? $"(delimiter '{delimiter}'{(dialect.DelimiterDetected ? " detected" : "")}, encoding {dialect.Encoding}, " : $"({dialect.Description}, ") +
            $"{(results.Survey.Weighted ? "weighted" : "unweighted")})."));
        ResultTable.WriteSources(console, results);
        ResultTable.Write(console, results);
        return ReportGenApp.Success;
    }
}
