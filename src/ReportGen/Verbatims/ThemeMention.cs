namespace ReportGen.Verbatims;

/// <summary>A theme found in a comment, with what the comment says about it and the keyword that found it.</summary>
public sealed record ThemeMention(string ThemeId, Polarity Polarity, string Keyword);
