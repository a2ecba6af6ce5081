namespace ReportGen.Diagnostics;

/// <summary>
/// Collects problems so that a user sees all of them at once rather than fixing one per run.
/// A cap keeps a file with a systematic error (a wrong delimiter, say) from printing a line per row.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public DiagnosticBag(int limit = 50) => Limit = limit;

    public int Limit { get; }

    /// <summary>How many problems were found beyond <see cref="Limit"/> and not kept.</summary>
    public int Suppressed { get; private set; }

    public IReadOnlyList<Diagnostic> Items => _items;

    public int Count => _items.Count;

    public bool HasErrors => _items.Count > 0;

    public bool IsFull => _items.Count >= Limit;

    public void Add(Diagnostic diagnostic)
    {
        if (IsFull)
        {
            Suppressed++;
            return;
        }

        _items.Add(diagnostic);
    }

    /// <summary>Adds the problems another bag collected (a file read on its own), and those it could not keep.</summary>
    public void AddRange(DiagnosticBag other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var diagnostic in other.Items)
        {
            Add(diagnostic);
        }

        Suppressed += other.Suppressed;
    }

    public void Add(SourceLocation location, string code, string message, string? hint = null) =>
        Add(new Diagnostic(location, code, message, hint));

    /// <summary>Where the bag stands now, for <see cref="RollBack"/>.</summary>
    internal (int Count, int Suppressed) Mark() => (_items.Count, Suppressed);

    /// <summary>Forgets what was collected since <paramref name="mark"/>: a read done again from the start reports anew.</summary>
    internal void RollBack((int Count, int Suppressed) mark)
    {
        _items.RemoveRange(mark.Count, _items.Count - mark.Count);
        Suppressed = mark.Suppressed;
    }

    /// <summary>Throws <see cref="BadInputException"/> when any problem was collected.</summary>
    public void ThrowIfErrors()
    {
        if (HasErrors)
        {
            throw new BadInputException(this);
        }
    }
}
