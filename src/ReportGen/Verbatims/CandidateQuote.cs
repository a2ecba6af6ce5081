namespace ReportGen.Verbatims;

/// <summary>
/// A comment proposed as a quote for a theme, already redacted (the raw text is never kept). <see cref="Id"/>
/// is the line of the comment in its file: a person approves a quote by writing this id in the project file.
/// </summary>
public sealed record CandidateQuote(string ThemeId, int Id, RespondentType RespondentType, string Moment, string? Segment, string Text, int RedactedSpans);
