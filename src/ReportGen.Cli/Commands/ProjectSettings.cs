using System.ComponentModel;
using Spectre.Console.Cli;

namespace ReportGen.Cli.Commands;

/// <summary>The project file argument that build and validate share.</summary>
public class ProjectSettings : CommandSettings
{
    public const string DefaultProject = "data/reportgen.yaml";

    [CommandArgument(0, "[PROJECT]")]
    [Description("The project file (default: data/reportgen.yaml).")]
    public string Project { get; init; } = DefaultProject;

    [CommandOption("--period <WAVE>")]
    [Description("Report on this wave of the data (a year 2023, a quarter 2026-Q3, a month 2026-09) instead of the project's 'period: wave:'; the documents are dated from its last day, and build writes under <out>/<WAVE>/.")]
    public string? Period { get; init; }
}
