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

    /// <summary>A number that identifies a person: NIR, IBAN, CAF number, licence plate.</summary>
    Identifier,

    /// <summary>A date of birth.</summary>
    BirthDate,
}
