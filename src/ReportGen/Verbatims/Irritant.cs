namespace ReportGen.Verbatims;

/// <summary>
/// A recurring source of tenant dissatisfaction: a theme, the tenant comments negative on it, their share of
/// all tenant comments (0–1), and its rank (1 = most frequent).
/// </summary>
public sealed record Irritant(int Rank, string ThemeId, string Label, int NegativeMentions, double Share);
