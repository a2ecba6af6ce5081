namespace ReportGen.Verbatims;

/// <summary>
/// A comment proposed as a quote for a theme, already redacted (the raw text is never kept). <see cref="Id"/>
/// is the line of the comment in its file; <see cref="Key"/> adds a fingerprint of the text, and a person
/// approves a quote by writing its key in the project file, so that a re-exported or re-sorted file can never
/// put another text in place of the one approved.
/// </summary>
public sealed record CandidateQuote(string ThemeId, int Id, RespondentType RespondentType, string Moment, string? Segment, string Text, int RedactedSpans)
{
    /// <summary>"57-3fa2c1": the line, then the first six hex digits of the SHA-256 of the redacted text.</summary>
    public string Key => KeyOf(Id, Text);

    public static string KeyOf(int id, string text) =>
        $"{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..6]}";
}
