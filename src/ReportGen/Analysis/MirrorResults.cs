using ReportGen.Ingest;

namespace ReportGen.Analysis;

/// <summary>
/// The mirror survey analysed: staff estimates on the tenant items, the gap of each item, and the staff groups
/// (one table per segment column) with small groups hidden.
/// </summary>
public sealed record MirrorResults(
    SurveyTally Staff,
    IReadOnlyList<IndicatorEstimate> StaffEstimates,
    IReadOnlyList<MirrorGap> Gaps,
    IReadOnlyList<StaffGroupTable> Groups)
{
    /// <summary>The staff file has fewer respondents than <c>min_group</c>: no staff figure is published at all.</summary>
    public bool Withheld { get; init; }

    /// <summary>The staff estimates of the score questions they answered (withheld under <c>min_group</c> as the shares are).</summary>
    public IReadOnlyList<Scores.ScoreEstimate> StaffScores { get; init; } = [];

    /// <summary>The gap of each score question staff answered, in the tenants' order.</summary>
    public IReadOnlyList<Scores.ScoreMirrorGap> ScoreGaps { get; init; } = [];

    /// <summary>The items whose staff base is under <c>min_group</c> (every item when <see cref="Withheld"/>): no staff figure for them.</summary>
    public IReadOnlyList<string> WithheldItems { get; init; } = [];

    /// <summary>The tenant items the mirror survey did not ask (<c>columns: indicators: { id: ~ }</c>): no gap, said so.</summary>
    public IReadOnlyList<string> NotAsked { get; init; } = [];
}

/// <summary>Staff respondents per value of one segment column, protected against disclosure.</summary>
public sealed record StaffGroupTable(string SegmentId, string Label, IReadOnlyList<string> Values, DisclosureTable Table);
