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
}
