namespace ReportGen.Verbatims;

/// <summary>Ranks the themes by tenant comments negative on them.</summary>
public static class Irritants
{
    /// <summary>
    /// Every theme with at least one negative tenant comment, by number of such comments (most first), then
    /// by theme id, so that ties are ordered the same way on every run. Ranks run 1, 2, 3 … without gaps.
    /// </summary>
    public static IReadOnlyList<Irritant> Rank(VerbatimTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var tenants = tally.TenantComments;
        return [.. tally.Counts
            .Where(c => c.RespondentType == RespondentType.Tenant && c.NegativeMentions > 0)
            .OrderByDescending(c => c.NegativeMentions)
            .ThenBy(c => c.ThemeId, StringComparer.Ordinal)
            .Select((c, i) => new Irritant(i + 1, c.ThemeId, c.Label, c.NegativeMentions, tenants == 0 ? 0 : (double)c.NegativeMentions / tenants))];
    }
}
