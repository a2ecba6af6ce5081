namespace ReportGen.Verbatims;

/// <summary>A comment with its personal data masked by <c>[…]</c>, and the spans of the original that were masked.</summary>
public sealed record RedactedText(string Text, IReadOnlyList<RedactedSpan> Spans)
{
    public const string Mask = "[…]";
}
