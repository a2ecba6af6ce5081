namespace ReportGen.Verbatims;

/// <summary>What a redacted span held.</summary>
public enum RedactionKind
{
    Email,
    Phone,
    Address,
    Dwelling,
    Name,
    Health,
}
