using ReportGen.Cli.Resources;
using Spectre.Console;
using Spectre.Console.Cli;
using Text = ReportGen.Localization.Text;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen validate [PROJECT]</c>: the whole check of <c>build</c>, writing nothing.</summary>
public sealed class ValidateCommand(IAnsiConsole console) : Command<ProjectSettings>
{
    public override int Execute(CommandContext context, ProjectSettings settings, CancellationToken cancellationToken)
    {
        var results = StageProgress.Run(console, StageProgress.Plain(context), stages => ReportBuilder.Validate(settings.Project, settings.Period, stages));
        var dialect = results.Survey.Dialect;
        var delimiter = dialect.Delimiter == '\t' ? CliMessages.ValidateTab : dialect.Delimiter.ToString();
        console.MarkupLine(VisibleTextHook.Escape(Text.Format(CliMessages.ValidateValid, ProjectPaths.Display(results.Project.Path))));
        var read = dialect.Format != "csv" ? dialect.Description
            : Text.Format(dialect.DelimiterDetected ? CliMessages.ValidateCsvDetected : CliMessages.ValidateCsv, delimiter, dialect.Encoding);
        console.MarkupLine(VisibleTextHook.Escape(Text.Format(CliMessages.ValidateSummary, results.Project.Catalog.Indicators.Count, results.Survey.Respondents,
            results.Project.Data[0].DisplayPath, read, results.Survey.Weighted ? CliMessages.ValidateWeighted : CliMessages.ValidateUnweighted)));
        ResultTable.WriteSources(console, results);
        ResultTable.Write(console, results);
        return ReportGenApp.Success;
    }
}
