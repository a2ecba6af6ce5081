using ReportGen.Verbatims;

namespace ReportGen.Analysis;

/// <summary>The comments coded into themes, the ranked irritants, and the quotes a person approved (redacted).</summary>
public sealed record VerbatimResults(VerbatimTally Tally, IReadOnlyList<Irritant> Irritants, IReadOnlyList<CandidateQuote> ApprovedQuotes);
