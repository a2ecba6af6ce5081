using ReportGen.Analysis;

namespace ReportGen.Verbatims;

/// <summary>
/// A recurring source of tenant dissatisfaction: a theme, the tenant comments negative on it and their share of all
/// tenant comments (0–1) with its confidence interval, the tenant comments mentioning it (any polarity) and their
/// share with its interval, and its rank. Themes the comments do not tell apart share a rank
/// (<see cref="Irritants.Rank"/>): ranks run 1, 1, 3 … and <see cref="Tied"/> marks them.
/// </summary>
/// <param name="Rank">1 + the number of themes in the tiers above this one: themes of one tier share it (« ex aequo »).</param>
/// <param name="ShareInterval">Wilson score interval of <see cref="Share"/>.</param>
/// <param name="MentionInterval">Wilson score interval of <see cref="MentionShare"/>.</param>
/// <param name="Tied">The theme's tier holds other themes: it shares its rank.</param>
public sealed record Irritant(
    int Rank,
    string ThemeId,
    string Label,
    int NegativeMentions,
    double Share,
    Interval ShareInterval,
    int Mentions,
    double MentionShare,
    Interval MentionInterval,
    bool Tied)
{
    /// <summary>
    /// The exact McNemar p-value of this theme against the first theme of the tier above it (when it starts a tier) or
    /// of its own tier (when it joins one); null for the first theme, which is compared with none.
    /// </summary>
    public double? PValue { get; init; }
}
