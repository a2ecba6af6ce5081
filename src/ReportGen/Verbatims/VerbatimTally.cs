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
    /// <summary>
    /// The tally of the codings <paramref name="coded"/> (automatic or reviewed, in file order): comments per type,
    /// and per theme and type the comments mentioning it, negative and positive on it, and their share of that type's
    /// comments. The one place the counts are made, so every figure downstream follows the coding in force.
    /// </summary>
    public static VerbatimTally Of(string source, VerbatimRuleSet rules, IReadOnlyList<CommentCoding> coded, IReadOnlyList<CandidateQuote> quotes)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(coded);
        var comments = new int[2];
        var mentions = new int[2, rules.Themes.Count];
        var negatives = new int[2, rules.Themes.Count];
        var positives = new int[2, rules.Themes.Count];
        var themeIndex = rules.Themes.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        foreach (var comment in coded)
        {
            var who = (int)comment.RespondentType;
            comments[who]++;
            foreach (var mention in comment.Mentions)
            {
                var t = themeIndex[mention.ThemeId];
                mentions[who, t]++;
                negatives[who, t] += mention.Polarity == Polarity.Negative ? 1 : 0;
                positives[who, t] += mention.Polarity == Polarity.Positive ? 1 : 0;
            }
        }

        var counts = new List<ThemeCount>();
        for (var t = 0; t < rules.Themes.Count; t++)
        {
            foreach (var type in new[] { RespondentType.Tenant, RespondentType.Staff })
            {
                var who = (int)type;
                var share = comments[who] == 0 ? 0 : (double)mentions[who, t] / comments[who];
                counts.Add(new ThemeCount(rules.Themes[t].Id, rules.Themes[t].Label, type, mentions[who, t], negatives[who, t], positives[who, t], share));
            }
        }

        return new VerbatimTally(source, rules.Version, rules.Themes, comments[0], comments[1], counts, quotes, coded);
    }

    /// <summary>How many comments a person reviewed (<see cref="CommentCoding.Reviewed"/>).</summary>
    public int ReviewedComments => Coded.Count(c => c.Reviewed);

    public int Comments(RespondentType type) => type == RespondentType.Tenant ? TenantComments : StaffComments;

    public ThemeCount Count(string themeId, RespondentType type) =>
        Counts.First(c => c.ThemeId == themeId && c.RespondentType == type);
}
