using System.Runtime.InteropServices;

namespace ReportGen.Ingest.Duplicates;

/// <summary>How a read checks that each respondent appears once per wave.</summary>
internal interface IDuplicateCheck
{
    /// <summary>
    /// Adds the respondent of <paramref name="line"/> (its wave number and the hash of its id); false when the same
    /// respondent came before, at <paramref name="firstLine"/>, and the row is a duplicate.
    /// </summary>
    bool TryAdd(int wave, ulong id, int line, out int firstLine);
}

/// <summary>
/// Sizes of the respondent index. <see cref="MemoryEntries"/>: respondents indexed in a dictionary before the index
/// goes to disk. <see cref="RunRecords"/>: respondents (16 bytes each) sorted in memory per run on disk.
/// <see cref="Folder"/>: where the runs go (null: the user's temporary folder, TMPDIR on Unix).
/// </summary>
internal sealed record RespondentIndexOptions(int MemoryEntries = 1 << 18, int RunRecords = 1 << 20, string? Folder = null)
{
    public static RespondentIndexOptions Default { get; } = new();
}

/// <summary>
/// Finds respondents met twice in a file, in memory that does not grow with the file. Up to
/// <see cref="RespondentIndexOptions.MemoryEntries"/> respondents (about 10 MB), a dictionary answers at once, as
/// the row is read. Past that, every respondent is written as a 16-byte record (wave, hash of the id, line) to
/// sorted runs in a temporary file, and <see cref="FindDuplicates"/> merges the runs once the file is read: equal
/// (wave, hash) records are the same respondent, the lowest line its first appearance. The rows that it finds (a
/// file in error) were read as if they were not duplicates, so the reader reads the file again with
/// <see cref="KnownDuplicates"/>, which says of each row what the dictionary would have said.
/// </summary>
internal sealed class RespondentIndex(RespondentIndexOptions options) : IDuplicateCheck, IDisposable
{
    private Dictionary<(int Wave, ulong Id), int>? _memory = [];

    /// <summary>The duplicates the dictionary found before the index went to disk: (line, first line), by line.</summary>
    private readonly List<LinePair> _found = [];

    private ExternalSorter<Respondent, ByRespondent>? _runs;

    /// <summary>Whether the index went to disk: then <see cref="TryAdd"/> finds no duplicate; <see cref="FindDuplicates"/> does.</summary>
    public bool Spilled => _runs is not null;

    public bool TryAdd(int wave, ulong id, int line, out int firstLine)
    {
        if (_memory is null)
        {
            _runs!.Add(new Respondent(wave, id, line));
            firstLine = 0;
            return true;
        }

        ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(_memory, (wave, id), out var exists);
        if (exists)
        {
            firstLine = first;
            _found.Add(new LinePair(line, first));
            if (_memory.Count + _found.Count >= options.MemoryEntries)
            {
                Spill();
            }

            return false;
        }

        first = line;
        firstLine = 0;
        if (_memory.Count + _found.Count >= options.MemoryEntries)
        {
            Spill();
        }

        return true;
    }

    private void Spill()
    {
        _runs = new ExternalSorter<Respondent, ByRespondent>(options.RunRecords, options.Folder);
        foreach (var ((wave, id), line) in _memory!)
        {
            _runs.Add(new Respondent(wave, id, line));
        }

        _memory = null;
    }

    /// <summary>
    /// Once the file is read: null when every duplicate was already reported as its row was read (the index stayed
    /// in memory, or its runs hold none); else every duplicate of the file, for a second read.
    /// </summary>
    public KnownDuplicates? FindDuplicates()
    {
        if (_runs is null)
        {
            return null;
        }

        // The merge yields each respondent's records together, lowest line first: the others repeat it.
        var repeats = new ExternalSorter<LinePair, ByLine>(options.RunRecords, options.Folder);
        try
        {
            var previous = new Respondent(0, 0, 0);
            var first = 0;
            foreach (var record in _runs.Sorted())
            {
                if (first != 0 && record.Wave == previous.Wave && record.Id == previous.Id)
                {
                    repeats.Add(new LinePair(record.Line, first));
                }
                else
                {
                    first = record.Line;
                }

                previous = record;
            }
        }
        catch
        {
            repeats.Dispose();
            throw;
        }

        if (repeats.Count == 0)
        {
            repeats.Dispose();
            return null;
        }

        return new KnownDuplicates(_found, repeats);
    }

    public void Dispose() => _runs?.Dispose();
}

/// <summary>
/// The duplicates of a file, found by a first read: a second read asks of each row in turn (lines ascending)
/// whether it repeats an earlier one, and gets the answer the in-memory index gives.
/// </summary>
internal sealed class KnownDuplicates : IDuplicateCheck, IDisposable
{
    private readonly ExternalSorter<LinePair, ByLine> _later;
    private readonly IEnumerator<LinePair> _pairs;
    private bool _more;

    /// <param name="early">The duplicates found in memory, by line; they all come before those of <paramref name="later"/>.</param>
    public KnownDuplicates(IReadOnlyList<LinePair> early, ExternalSorter<LinePair, ByLine> later)
    {
        _later = later;
        _pairs = early.Concat(later.Sorted()).GetEnumerator();
        _more = _pairs.MoveNext();
    }

    public bool TryAdd(int wave, ulong id, int line, out int firstLine)
    {
        while (_more && _pairs.Current.Line < line)
        {
            _more = _pairs.MoveNext();
        }

        if (_more && _pairs.Current.Line == line)
        {
            firstLine = _pairs.Current.First;
            _more = _pairs.MoveNext();
            return false;
        }

        firstLine = 0;
        return true;
    }

    public void Dispose()
    {
        _pairs.Dispose();
        _later.Dispose();
    }
}

/// <summary>One respondent as the index keeps it on disk: 16 bytes.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal readonly record struct Respondent(int Wave, ulong Id, int Line);

/// <summary>A duplicate row and the line of the respondent's first row.</summary>
internal readonly record struct LinePair(int Line, int First);

/// <summary>By wave, id hash, then line: a respondent's records together, first appearance first.</summary>
internal readonly struct ByRespondent : IComparer<Respondent>
{
    public int Compare(Respondent x, Respondent y)
    {
        var order = x.Wave.CompareTo(y.Wave);
        if (order == 0)
        {
            order = x.Id.CompareTo(y.Id);
        }

        return order != 0 ? order : x.Line.CompareTo(y.Line);
    }
}

/// <summary>By line (each line is one row, so the order is total).</summary>
internal readonly struct ByLine : IComparer<LinePair>
{
    public int Compare(LinePair x, LinePair y) => x.Line != y.Line ? x.Line.CompareTo(y.Line) : x.First.CompareTo(y.First);
}
