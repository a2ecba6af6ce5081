namespace ReportGen.Definitions;

/// <summary>A theme of the survey (accueil, logement, parties communes…), which indicators are grouped under.</summary>
public sealed record ThemeDefinition(string Id, string Label);
