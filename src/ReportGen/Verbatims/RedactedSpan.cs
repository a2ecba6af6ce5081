namespace ReportGen.Verbatims;

/// <summary>A span of the original text that was masked: where it was (in the original) and what it held.</summary>
public sealed record RedactedSpan(int Start, int Length, RedactionKind Kind);
