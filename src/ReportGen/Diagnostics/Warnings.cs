namespace ReportGen.Diagnostics;

/// <summary>
/// Problems that do not stop a build but that the user must hear of: text cleaned before publication, a glyph
/// no shipped font draws. Collected for the build in progress (<see cref="Collect"/>, an ambient scope that flows
/// into the tasks and parallel loops the build starts) and printed by the CLI after the build as
/// <c>file(line,col): warning RGnnn: message</c>, in a fixed order and once each, so the log is deterministic.
/// Outside a scope, warnings are dropped.
/// </summary>
public static class Warnings
{
    private static readonly AsyncLocal<WarningCollector?> Current = new();

    /// <summary>Starts collecting the warnings of the code run until the returned collector is disposed.</summary>
    public static WarningCollector Collect()
    {
        var collector = new WarningCollector(Current.Value);
        Current.Value = collector;
        return collector;
    }

    public static void Add(Diagnostic warning) => Current.Value?.Add(warning);

    public static void Add(SourceLocation location, string code, string message, string? hint = null) =>
        Add(new Diagnostic(location, code, message, hint) { Severity = Severity.Warning });

    internal static void Restore(WarningCollector? previous) => Current.Value = previous;
}

/// <summary>The warnings of one scope; thread-safe.</summary>
public sealed class WarningCollector : IDisposable
{
    /// <summary>At most this many distinct warnings are kept; the others are counted.</summary>
    public const int Limit = 200;

    private readonly WarningCollector? _previous;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    internal WarningCollector(WarningCollector? previous) => _previous = previous;

    /// <summary>How many distinct warnings were found beyond <see cref="Limit"/>.</summary>
    public int Suppressed { get; private set; }

    /// <summary>The warnings, each once, ordered by file, line, column, code and message.</summary>
    public IReadOnlyList<Diagnostic> Items
    {
        get
        {
            lock (_gate)
            {
                return [.. _items.OrderBy(d => d.Location.File, StringComparer.Ordinal).ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column)
                    .ThenBy(d => d.Code, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)];
            }
        }
    }

    internal void Add(Diagnostic warning)
    {
        lock (_gate)
        {
            var key = warning.ToString();
            if (_seen.Contains(key))
            {
                return;
            }

            // Past the limit, warnings are counted, not kept: a file with a hidden character on each of a million rows
            // must not hold a million messages (a repeat past the limit may then be counted twice).
            if (_items.Count >= Limit)
            {
                Suppressed++;
                return;
            }

            _seen.Add(key);

            _items.Add(warning with { Severity = Severity.Warning });
        }
    }

    /// <summary>
    /// Hands the warnings of this scope, in the order they came, to the scope it was opened in: a scope whose work
    /// may be done again (and its warnings then dropped) keeps them apart until its work stands.
    /// </summary>
    internal void Forward()
    {
        if (_previous is null)
        {
            return;
        }

        lock (_gate)
        {
            foreach (var warning in _items)
            {
                _previous.Add(warning);
            }

            _previous.AddSuppressed(Suppressed);
        }
    }

    private void AddSuppressed(int count)
    {
        lock (_gate)
        {
            Suppressed += count;
        }
    }

    public void Dispose() => Warnings.Restore(_previous);
}
