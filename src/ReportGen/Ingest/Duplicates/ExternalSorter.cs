using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ReportGen.Ingest.Duplicates;

/// <summary>
/// Sorts more fixed-size records than memory should hold: they are gathered in a buffer of at most
/// <c>runCapacity</c> records; a full buffer is sorted and written to a <see cref="SpillFile"/> as a run, and
/// <see cref="Sorted"/> merges the runs (and the records still in memory) into one ascending sequence. Memory is
/// the buffer, plus a small window per run while merging, however many records are added. The order must be total
/// (no two distinct records equal), so that the result does not depend on where the runs were cut.
/// </summary>
internal sealed class ExternalSorter<T, TOrder> : IDisposable
    where T : unmanaged
    where TOrder : struct, IComparer<T>
{
    /// <summary>Records read at a time from each run while merging.</summary>
    private const int WindowRecords = 4096;

    private readonly int _runCapacity;
    private readonly string? _folder;
    private readonly List<(long Offset, int Count)> _runs = [];
    private T[] _buffer;
    private int _count;
    private SpillFile? _file;

    /// <param name="runCapacity">The most records kept in memory; more go to a run on disk.</param>
    /// <param name="folder">Where the runs go: null for the user's temporary folder.</param>
    public ExternalSorter(int runCapacity, string? folder)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runCapacity, 1);
        _runCapacity = runCapacity;
        _folder = folder;
        _buffer = new T[Math.Min(runCapacity, 1024)];
    }

    /// <summary>The records added.</summary>
    public long Count { get; private set; }

    /// <summary>The runs written to disk so far (0 while every record fits in memory).</summary>
    public int Runs => _runs.Count;

    public void Add(in T record)
    {
        if (_count == _buffer.Length)
        {
            if (_buffer.Length < _runCapacity)
            {
                Array.Resize(ref _buffer, (int)Math.Min(_runCapacity, _buffer.Length * 2L));
            }
            else
            {
                WriteRun();
            }
        }

        _buffer[_count++] = record;
        Count++;
    }

    /// <summary>Every record added, in ascending order. Enumerate it once, after the last <see cref="Add"/>.</summary>
    public IEnumerable<T> Sorted()
    {
        _buffer.AsSpan(0, _count).Sort(default(TOrder));
        return _runs.Count == 0 ? _buffer.Take(_count) : Merge();
    }

    private void WriteRun()
    {
        var records = _buffer.AsSpan(0, _count);
        records.Sort(default(TOrder));
        _file ??= SpillFile.Create(_folder);
        _runs.Add((_file.Length, _count));
        _file.Append(MemoryMarshal.AsBytes(records));
        _count = 0;
    }

    /// <summary>A k-way merge: the head of each run (the records in memory are one more) in a priority queue.</summary>
    private IEnumerable<T> Merge()
    {
        var size = Unsafe.SizeOf<T>();
        var sources = new List<Run>(_runs.Count + 1);
        foreach (var (offset, count) in _runs)
        {
            sources.Add(new Run(new T[Math.Min(WindowRecords, count)], offset, count));
        }

        sources.Add(new Run(_buffer, -1, _count) { Filled = _count });
        var heads = new PriorityQueue<int, T>(sources.Count, default(TOrder));
        for (var i = 0; i < sources.Count; i++)
        {
            if (Next(sources[i], size, out var head))
            {
                heads.Enqueue(i, head);
            }
        }

        while (heads.TryDequeue(out var source, out var record))
        {
            yield return record;
            if (Next(sources[source], size, out var head))
            {
                heads.Enqueue(source, head);
            }
        }
    }

    private bool Next(Run run, int size, out T record)
    {
        if (run.Position == run.Filled)
        {
            var left = run.Count - run.Consumed;
            if (run.Offset < 0 || left == 0)
            {
                record = default;
                return false;
            }

            var take = Math.Min(left, run.Window.Length);
            _file!.ReadExactly(MemoryMarshal.AsBytes(run.Window.AsSpan(0, take)), run.Offset + ((long)run.Consumed * size));
            run.Consumed += take;
            run.Filled = take;
            run.Position = 0;
        }

        record = run.Window[run.Position++];
        return true;
    }

    public void Dispose() => _file?.Dispose();

    /// <summary>One run being merged: its window of records, and how far it has been read.</summary>
    private sealed class Run(T[] window, long offset, int count)
    {
        public T[] Window { get; } = window;

        /// <summary>Where the run starts in the file; -1 for the records in memory.</summary>
        public long Offset { get; } = offset;

        public int Count { get; } = count;

        /// <summary>Records of the run read into the window so far.</summary>
        public int Consumed { get; set; }

        public int Filled { get; set; }

        public int Position { get; set; }
    }
}
