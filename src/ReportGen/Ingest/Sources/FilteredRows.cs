using System.Text;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen.Ingest.Sources;

/// <summary>
/// The rows of a source that meet every condition of <c>keep_rows:</c>; the others are counted against the first
/// condition they fail, so that the build output and the manifest say how many rows each rule left out.
/// </summary>
public sealed class FilteredRows : IRowSource
{
    private readonly IRowSource _inner;
    private readonly (RowCondition Condition, int Index, byte[][] Values)[] _tests;
    private readonly long[] _leftOut;

    private FilteredRows(IRowSource inner, (RowCondition, int, byte[][])[] tests)
    {
        _inner = inner;
        _tests = tests;
        _leftOut = new long[tests.Length];
    }

    /// <summary>The rows kept so far.</summary>
    public long Kept { get; private set; }

    /// <summary>Each condition with the rows it left out so far.</summary>
    public IReadOnlyList<RowsLeftOut> LeftOut => [.. _tests.Select((t, i) => new RowsLeftOut(t.Condition.Describe(), t.Condition.DescribeFrench(), _leftOut[i]))];

    public IReadOnlyList<string> Header => _inner.Header;

    public int HeaderLine => _inner.HeaderLine;

    public int LineNumber => _inner.LineNumber;

    public int FieldCount => _inner.FieldCount;

    public string Describe => _inner.Describe;

    /// <summary>The inner source (to ask a CSV source for its malformed rows).</summary>
    public IRowSource Inner => _inner;

    public ReadOnlySpan<byte> GetSpan(int index) => _inner.GetSpan(index);

    public void Dispose() => _inner.Dispose();

    /// <summary>
    /// Wraps <paramref name="inner"/> in the conditions of <paramref name="source"/>; <paramref name="inner"/> itself when there
    /// are none; null (and <paramref name="inner"/> disposed) when a condition names a column the file lacks.
    /// </summary>
    public static IRowSource? Wrap(IRowSource inner, DataSourceDefinition source, DiagnosticBag bag)
    {
        if (source.KeepRows.Count == 0)
        {
            return inner;
        }

        var names = inner.Header.Select(h => h.Trim()).ToList();
        var tests = new List<(RowCondition, int, byte[][])>();
        var before = bag.Count;
        foreach (var condition in source.KeepRows)
        {
            var matches = Enumerable.Range(0, names.Count).Where(i => string.Equals(names[i], condition.Column, StringComparison.OrdinalIgnoreCase)).ToList();
            var index = matches.Count == 0 ? -1 : matches[0];
            ReadPlan.ReportAmbiguous(names, matches, condition.Column, Text.Format(IngestMessages.RoleRowCondition, condition.Describe()), source.DisplayPath, inner.HeaderLine, bag);
            if (index < 0)
            {
                bag.Add(condition.Location, DiagnosticCodes.FilterColumnMissing,
                    Text.Format(IngestMessages.FilterColumnMissing, condition.Describe(), condition.Column, source.DisplayPath),
                    ReadPlan.ColumnsFound(condition.Column, names, MessageParts.QuoteAll(names)));
                continue;
            }

            tests.Add((condition, index, [.. condition.Values.Select(v => Encoding.UTF8.GetBytes(v.Trim()))]));
        }

        if (tests.Count < source.KeepRows.Count || bag.Count > before)
        {
            inner.Dispose();
            return null;
        }

        return new FilteredRows(inner, [.. tests]);
    }

    public bool Read()
    {
        while (_inner.Read())
        {
            var failed = FirstFailed();
            if (failed < 0)
            {
                Kept++;
                return true;
            }

            _leftOut[failed]++;
        }

        return false;
    }

    private int FirstFailed()
    {
        for (var t = 0; t < _tests.Length; t++)
        {
            var (condition, index, values) = _tests[t];
            var field = index < _inner.FieldCount ? _inner.GetSpan(index).Trim(" \t"u8) : default;
            var pass = condition.Test switch
            {
                RowTest.Empty => field.IsEmpty,
                RowTest.NotEmpty => !field.IsEmpty,
                RowTest.Equals => Matches(field, values),
                _ => !Matches(field, values),
            };
            if (!pass)
            {
                return t;
            }
        }

        return -1;
    }

    private static bool Matches(ReadOnlySpan<byte> field, byte[][] values)
    {
        foreach (var value in values)
        {
            if (field.SequenceEqual(value) || (System.Text.Ascii.IsValid(field) && System.Text.Ascii.IsValid(value) && System.Text.Ascii.EqualsIgnoreCase(field, value)))
            {
                return true;
            }
        }

        // Non-ASCII values compare ignoring case as text.
        if (!System.Text.Ascii.IsValid(field))
        {
            var text = Encoding.UTF8.GetString(field);
            return values.Any(v => string.Equals(text, Encoding.UTF8.GetString(v), StringComparison.OrdinalIgnoreCase));
        }

        return false;
    }
}

/// <summary>How many rows one row condition left out.</summary>
public sealed record RowsLeftOut(string Rule, string RuleFrench, long Rows);
