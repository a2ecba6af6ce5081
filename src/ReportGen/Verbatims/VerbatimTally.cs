namespace ReportGen.Verbatims;

/// <summary>
/// What <see cref="VerbatimReader"/> found in a verbatim file: comments per respondent type, counts per theme
/// and type (every theme of the rule set, for both types, in rule-set order), the candidate quotes, and every
/// non-empty comment's coding in file order (no text: its id, line, type, fingerprint and mentions).
/// </summary>
public sealed record VerbatimTally(
    string Source,
    string RuleSetVersion,
    IReadOnlyList<VerbatimTheme> Themes,
    int TenantComments,
    int StaffComments,
    IReadOnlyList<ThemeCount> Counts,
    IReadOnlyList<CandidateQuote> Quotes,
    IReadOnlyList<CommentCoding> Coded)
{
    public int Comments(RespondentType type) => type == RespondentType.Tenant ? TenantComments : StaffComments;

    public ThemeCount Count(string themeId, RespondentType type) =>
        Counts.First(c => c.ThemeId == themeId && c.RespondentType == type);
}
