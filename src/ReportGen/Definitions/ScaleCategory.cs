namespace ReportGen.Definitions;

/// <summary>
/// One answer of a scale. <see cref="Code"/> and <see cref="Label"/> (and any alias) are all accepted in the data,
/// because French survey exports carry either codes or the labels the respondent saw.
/// </summary>
public sealed record ScaleCategory(string Code, string Label, bool Satisfied, IReadOnlyList<string> Aliases);
