namespace ReportGen.Definitions;

/// <summary>
/// The mirror survey ("enquête miroir"): staff answered the tenant items as they believe tenants would. Its
/// file carries the same item columns as the tenant survey; its segments (direction, site…) are staff groups,
/// never shown under <see cref="MinGroup"/> respondents.
/// </summary>
public sealed record MirrorDefinition(DataSourceDefinition Source, string? Invited, double ConvergencePoints, int MinGroup);

/// <summary>The free-text comments and how to code, redact and quote them.</summary>
public sealed record VerbatimsDefinition(
    string Path,
    string DisplayPath,
    CsvDialect Dialect,
    Verbatims.VerbatimColumns Columns,
    string RulesPath,
    string RulesDisplayPath,
    IReadOnlyList<string> DenyList,
    IReadOnlyList<string> ApprovedQuotes,
    long? InvitedTenants,
    Diagnostics.SourceLocation Location)
{
    /// <summary>A person's review of the coding (<c>reviewed_coding:</c>, a corrected copy of coding.csv or review-sample.csv), absolute; null when none.</summary>
    public string? ReviewedCodingPath { get; init; }

    /// <summary><see cref="ReviewedCodingPath"/> as messages name it.</summary>
    public string? ReviewedCodingDisplayPath { get; init; }
}
