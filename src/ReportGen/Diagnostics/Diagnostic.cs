using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen.Diagnostics;

/// <summary>Whether a problem stops the build (an error) or is only reported (a warning).</summary>
public enum Severity
{
    Error,
    Warning,
}

/// <summary>
/// One problem in the inputs, printed as <c>file(line,col): error RG0000: message</c> followed by a hint,
/// the format compilers use so that editors and CI logs link to the place.
/// </summary>
public sealed record Diagnostic(SourceLocation Location, string Code, string Message, string? Hint = null)
{
    public Severity Severity { get; init; } = Severity.Error;

    public override string ToString()
    {
        var kind = Severity == Severity.Warning ? "warning" : "error";
        // The prefix stays as compilers write it, whatever the language, for editors and CI problem matchers.
        return Hint is null ? $"{Location}: {kind} {Code}: {Message}" : $"{Location}: {kind} {Code}: {Message}{Environment.NewLine}{Text.Format(DiagnosticMessages.HintLine, Hint)}";
    }
}
