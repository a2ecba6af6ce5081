using ReportGen.Analysis;

namespace ReportGen.Verbatims;

/// <summary>
/// Ranks the themes by tenant comments negative on them, and says which the comments do not tell apart
/// (docs/analysis.md, "Irritants and their uncertainty").
/// </summary>
public static class Irritants
{
    /// <summary>
    /// Every theme with at least one negative tenant comment, by number of such comments (most first), then by theme
    /// id, in tiers. Going down that order, a theme starts a new tier when the exact McNemar test on the same comments
    /// finds it significantly less often negative (at <paramref name="confidence"/>) than the FIRST theme of the
    /// current tier; otherwise it joins that tier. Comparing with the first theme, not the previous one, keeps a tier
    /// from drifting down a chain of small steps (a ≈ b, b ≈ c, but a &gt; c: c starts a tier). Every theme of a tier
    /// gets the rank of its first theme (1, 1, 3 …). Shares are of all tenant comments, with Wilson score intervals
    /// at <paramref name="confidence"/>. Computed from each comment's coding (<see cref="VerbatimTally.Coded"/>).
    /// </summary>
    public static IReadOnlyList<Irritant> Rank(VerbatimTally tally, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(confidence, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(confidence, 1);
        var comments = tally.Coded.Where(c => c.RespondentType == RespondentType.Tenant).ToList();
        var total = Math.Max(tally.TenantComments, comments.Count);
        var z = Proportions.CriticalValue(confidence);
        var themes = tally.Themes.Select(t =>
        {
            var negative = comments.Select(c => c.Mentions.Any(m => m.ThemeId == t.Id && m.Polarity == Polarity.Negative)).ToArray();
            var mentions = comments.Count(c => c.Mentions.Any(m => m.ThemeId == t.Id));
            return (Theme: t, Negative: negative, NegativeCount: negative.Count(x => x), Mentions: mentions);
        })
        .Where(t => t.NegativeCount > 0)
        .OrderByDescending(t => t.NegativeCount)
        .ThenBy(t => t.Theme.Id, StringComparer.Ordinal)
        .ToList();

        // Tiers: the index of each tier's first theme, and each theme's p-value against the first theme it was compared with.
        var heads = new int[themes.Count];
        var pValues = new double?[themes.Count];
        for (var i = 1; i < themes.Count; i++)
        {
            var head = heads[i - 1];
            var test = Compare(themes[head].Negative, themes[i].Negative);
            pValues[i] = test.PValue;
            heads[i] = test.SignificantAt(confidence) ? i : head;
        }

        Interval Wilson(int count) => Proportions.Wilson((double)count / total, total, z);
        return [.. themes.Select((t, i) => new Irritant(
            heads[i] + 1,
            t.Theme.Id,
            t.Theme.Label,
            t.NegativeCount,
            (double)t.NegativeCount / total,
            Wilson(t.NegativeCount),
            t.Mentions,
            (double)t.Mentions / total,
            Wilson(t.Mentions),
            heads.Count(h => h == heads[i]) > 1)
        {
            PValue = pValues[i],
        })];
    }

    /// <summary>The exact McNemar test of two themes on the same comments: negative on the first only against on the second only.</summary>
    internal static McNemarResult Compare(bool[] first, bool[] second)
    {
        var onlyFirst = 0;
        var onlySecond = 0;
        for (var c = 0; c < first.Length; c++)
        {
            onlyFirst += first[c] && !second[c] ? 1 : 0;
            onlySecond += second[c] && !first[c] ? 1 : 0;
        }

        return McNemarTest.Exact(onlyFirst, onlySecond);
    }
}
