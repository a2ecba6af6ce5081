namespace ReportGen.Documents;

/// <summary>
/// What identifies a document (ISO 9001 §7.5): title, reference, version, date, author, and the PDF metadata
/// built from them. <see cref="Date"/> comes from the project, never from the clock.
/// </summary>
public sealed record DocumentInfo(
    string Title,
    string? Subtitle,
    string Author,
    string Subject,
    string Keywords,
    string Reference,
    string Version,
    DateOnly Date,
    string Creator,
    bool NumberHeadings = false);
