namespace ReportGen.Verbatims;

/// <summary>What a comment says about a theme, by the rule of <see cref="ThemeCoder"/>.</summary>
public enum Polarity
{
    Neutral,
    Positive,
    Negative,
}
