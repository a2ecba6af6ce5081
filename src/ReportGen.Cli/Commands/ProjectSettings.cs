using Spectre.Console.Cli;

namespace ReportGen.Cli.Commands;

/// <summary>
/// The options of every command. <c>--lang</c> is read (and taken out of the arguments) by <see cref="ReportGenApp"/>
/// before the parser runs, wherever it is written, so that the help and the parser's own messages are in that
/// language too; it is declared here only for the help to list it.
/// </summary>
public class CommonSettings : CommandSettings
{
    [CommandOption("--lang <LANG>")]
    [LocalizedDescription("OptLang")]
    public string? Lang { get; init; }
}

/// <summary>The project file argument that build and validate share.</summary>
public class ProjectSettings : CommonSettings
{
    public const string DefaultProject = "data/reportgen.yaml";

    [CommandArgument(0, "[PROJECT]")]
    [LocalizedDescription("OptProject")]
    public string Project { get; init; } = DefaultProject;

    [CommandOption("--period <WAVE>")]
    [LocalizedDescription("OptPeriod")]
    public string? Period { get; init; }
}
