using ReportGen.Diagnostics;

namespace ReportGen.Definitions;

/// <summary>A survey data file of the project. <see cref="Path"/> is resolved against the project folder.</summary>
public sealed record DataSourceDefinition(
    string Id,
    string Path,
    string DisplayPath,
    CsvDialect Dialect,
    ColumnRoles Columns,
    SourceLocation Location)
{
    /// <summary>The wave of every row of this file, when the survey comes as one file per wave.</summary>
    public string? Wave { get; init; }
}
