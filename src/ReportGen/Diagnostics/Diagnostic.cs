namespace ReportGen.Diagnostics;

/// <summary>
/// One problem in the inputs, printed as <c>file(line,col): error RG0000: message</c> followed by a hint,
/// the format compilers use so that editors and CI logs link to the place.
/// </summary>
public sealed record Diagnostic(SourceLocation Location, string Code, string Message, string? Hint = null)
{
    public override string ToString() =>
        Hint is null ? $"{Location}: error {Code}: {Message}" : $"{Location}: error {Code}: {Message}{Environment.NewLine}    hint: {Hint}";
}
