using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen.Diagnostics;

/// <summary>The inputs are wrong in ways the user can fix; the CLI prints the diagnostics and exits with 2.</summary>
public sealed class BadInputException : Exception
{
    public BadInputException(DiagnosticBag bag)
        : base(Describe(bag.Items, bag.Suppressed))
    {
        Diagnostics = bag.Items;
        Suppressed = bag.Suppressed;
    }

    public BadInputException(Diagnostic diagnostic)
        : base(diagnostic.ToString())
    {
        Diagnostics = [diagnostic];
    }

    public BadInputException()
        : this(new Diagnostic(new SourceLocation("?"), "RG000", DiagnosticMessages.BadInput))
    {
    }

    public BadInputException(string message)
        : this(new Diagnostic(new SourceLocation("?"), "RG000", message))
    {
    }

    public BadInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = [new Diagnostic(new SourceLocation("?"), "RG000", message)];
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public int Suppressed { get; }

    private static string Describe(IReadOnlyList<Diagnostic> items, int suppressed)
    {
        var text = string.Join(Environment.NewLine, items);
        return suppressed == 0 ? text : text + Environment.NewLine + Text.Format(DiagnosticMessages.MoreProblemsOfSameKinds, suppressed);
    }
}
