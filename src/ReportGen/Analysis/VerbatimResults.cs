using ReportGen.Verbatims;

namespace ReportGen.Analysis;

/// <summary>The comments coded into themes, the ranked irritants, and the quotes a person approved (redacted).</summary>
public sealed record VerbatimResults(VerbatimTally Tally, IReadOnlyList<Irritant> Irritants, IReadOnlyList<CandidateQuote> ApprovedQuotes)
{
    /// <summary>The reviewed coding file the tally rests on in part (from the project folder), or null when every comment is coded automatically.</summary>
    public string? ReviewedCoding { get; init; }
}
