namespace ReportGen.Definitions;

/// <summary>Which columns of a data file play which role. Indicator columns are named by the indicators.</summary>
public sealed record ColumnRoles(
    string? RespondentId,
    string? Weight,
    string? Wave,
    IReadOnlyList<SegmentColumn> Segments);

/// <summary>A column that splits the respondents (agency, residence…), with the name used in documents.</summary>
public sealed record SegmentColumn(string Id, string Column, string Label);
