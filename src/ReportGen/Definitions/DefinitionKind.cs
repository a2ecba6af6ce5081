namespace ReportGen.Definitions;

/// <summary>The kinds of definitions that have an id, for the messages about their ids.</summary>
internal enum DefinitionKind
{
    Scale,
    Theme,
    Indicator,
    Workstream,
    Axis,
    Action,
}
