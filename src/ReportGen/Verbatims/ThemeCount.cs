namespace ReportGen.Verbatims;

/// <summary>
/// How often one theme was found in the comments of one respondent type: comments mentioning it, of which
/// negative and positive, and the share of that type's comments that mention it (0–1).
/// </summary>
public sealed record ThemeCount(string ThemeId, string Label, RespondentType RespondentType, int Mentions, int NegativeMentions, int PositiveMentions, double Share);
