namespace ReportGen.Analysis;

/// <summary>The estimates of every indicator for one value of a segment column (one agency, one residence…), current wave.</summary>
public sealed record SegmentValueResults(string Value, long Respondents, IReadOnlyList<IndicatorEstimate> Estimates)
{
    /// <summary>The scores and net scores of this value, with the same low-base and suppression rules.</summary>
    public Scores.ScoreResults Scores { get; init; } = Analysis.Scores.ScoreResults.Empty;
}

/// <summary>
/// The results per value of one segment column, values in ordinal order. Each estimate carries its own
/// low-base flag and suppression, so a small residence shows no figure rather than a fragile one.
/// </summary>
public sealed record SegmentResults(string SegmentId, string Label, string Column, IReadOnlyList<SegmentValueResults> Values);
