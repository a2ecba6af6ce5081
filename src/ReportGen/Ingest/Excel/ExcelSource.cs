using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;
using ReportGen.Diagnostics;
using ReportGen.Ingest.Sources;
using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen.Ingest.Excel;

/// <summary>
/// One sheet of an Excel workbook (.xlsx, and the older .xls) as a header and rows of texts, read streaming with
/// ExcelDataReader: one row at a time is held, whatever the sheet's size (the workbook's shared strings excepted, as
/// every reader of the format holds them). See docs/sources/excel.md.
/// </summary>
/// <remarks>
/// Rows above the header (titles, merged or not) are not read; <see cref="ExcelOptions.SkipRows"/> rows right below
/// it are skipped; empty rows are skipped wherever they are (as the CSV reader skips empty lines), and columns right of
/// the header's last name are not read (a value there is a warning). Positions are the sheet's: row number and column
/// number (A = 1). A problem met while reading (a damaged part of the file, an error cell of a column read) is added to
/// the bag given to <see cref="Open"/>; <see cref="Read"/> returns false at one that stops the reading, so a caller
/// checks the bag after the last row. Nothing is thrown for any content of the file.
/// </remarks>
public sealed class ExcelSource : IRowSource
{
    /// <summary>How many rows below a header that looks like a title are looked at for the real header.</summary>
    public const int TitleLookahead = 20;

    private static string What => IngestMessages.DataFileNoun;

    private readonly IExcelDataReader _reader;
    private readonly string _file;
    private readonly DiagnosticBag _bag;
    private readonly string[] _header;
    private readonly bool[] _unnamed;
    private readonly Queue<(int Row, object?[] Values)> _pending = new();
    private readonly object?[] _values;
    private readonly int[] _start;
    private readonly int[] _length;
    private readonly int[] _stamp;
    private readonly HashSet<int> _rightOfHeaderReported = [];
    private Dictionary<int, Dictionary<int, string>> _errors = [];
    private byte[] _buffer = new byte[4096];
    private int _used;
    private int _serial;
    private int _row;
    private bool _ended;

    static ExcelSource() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private ExcelSource(IExcelDataReader reader, string file, DiagnosticBag bag, string[] header, bool[] unnamed, int headerRow, string describe, string sheet)
    {
        _reader = reader;
        _file = file;
        _bag = bag;
        _header = header;
        _unnamed = unnamed;
        HeaderLine = headerRow;
        Describe = describe;
        SheetName = sheet;
        _values = new object?[header.Length];
        _start = new int[header.Length];
        _length = new int[header.Length];
        _stamp = new int[header.Length];
    }

    public IReadOnlyList<string> Header => _header;

    public int HeaderLine { get; }

    public int LineNumber => _row;

    public int FieldCount => _header.Length;

    public string Describe { get; }

    /// <summary>The name of the sheet read.</summary>
    public string SheetName { get; }

    /// <summary>The 0-based indexes of the columns whose header cell is empty: they are named by their letter ("Column C").</summary>
    public IReadOnlyList<int> UnnamedColumns => [.. Enumerable.Range(0, _unnamed.Length).Where(i => _unnamed[i])];

    /// <summary>The name given to a column whose header cell is empty: "Column C".</summary>
    public static string PositionalName(int index) => $"Column {ExcelCellText.ColumnLetters(index + 1)}";

    /// <summary>Whether the header cell of column <paramref name="index"/> (0-based) is empty.</summary>
    public bool IsUnnamed(int index) => index >= 0 && index < _unnamed.Length && _unnamed[index];

    /// <summary>
    /// Reports (RG274) that <paramref name="role"/> ("respondent id", "indicator 'accueil'") names a column whose header
    /// cell is empty, at that cell: a column is read by its name, and this one has none but its position.
    /// </summary>
    public void ReportUnnamed(int index, string role, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(bag);
        var letters = ExcelCellText.ColumnLetters(index + 1);
        bag.Add(new SourceLocation(_file, HeaderLine, index + 1), DiagnosticCodes.ExcelUnnamedColumn,
            Text.Format(IngestMessages.ExcelUnnamedColumn, letters, HeaderLine, SheetName, role), Text.Format(IngestMessages.ExcelUnnamedColumnHint, letters, HeaderLine));
    }

    /// <summary>
    /// Opens the sheet of <paramref name="path"/> that <paramref name="options"/> name and reads up to its header, or
    /// reports why not (at <paramref name="entry"/>, the data entry of the project, for a sheet that is not there) and
    /// returns null.
    /// </summary>
    public static ExcelSource? Open(string path, string displayPath, ExcelOptions options, SourceLocation entry, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(bag);
        if (!CheckOptions(options, entry, bag))
        {
            return null;
        }

        var reader = OpenReader(path, displayPath, bag, out var kind);
        if (reader is null)
        {
            return null;
        }

        var handedOver = false;
        try
        {
            var result = Guard(displayPath, 0, bag, () => Start(reader, path, displayPath, kind, options, entry, bag));
            handedOver = result is not null;
            return result;
        }
        finally
        {
            if (!handedOver)
            {
                reader.Dispose();
            }
        }
    }

    /// <summary>The names of the workbook's sheets in their order (hidden ones included), or null when it cannot be read (reported).</summary>
    public static IReadOnlyList<string>? Sheets(string path, string displayPath, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(bag);
        using var reader = OpenReader(path, displayPath, bag, out _);
        if (reader is null)
        {
            return null;
        }

        return Guard(displayPath, 0, bag, () => AllSheets(reader).Select(s => s.Name).ToList());
    }

    public bool Read()
    {
        while (NextRow(out var row, out var values))
        {
            var any = false;
            for (var i = 0; i < _values.Length; i++)
            {
                _values[i] = values is null ? (i < _reader.FieldCount ? _reader.GetValue(i) : null) : (i < values.Length ? values[i] : null);
                any |= !IsEmpty(_values[i]);
            }

            var width = values?.Length ?? _reader.FieldCount;
            for (var i = _values.Length; i < width; i++)
            {
                var extra = values is null ? _reader.GetValue(i) : values[i];
                if (!IsEmpty(extra) && _rightOfHeaderReported.Add(i))
                {
                    var letters = ExcelCellText.ColumnLetters(i + 1);
                    var last = ExcelCellText.ColumnLetters(_header.Length);
                    Warnings.Add(new SourceLocation(_file, row, i + 1), DiagnosticCodes.ExcelRightOfHeader,
                        Text.Format(IngestMessages.ExcelRightOfHeader, letters, row, Shorten(ExcelCellText.Format(extra)), last),
                        Text.Format(IngestMessages.ExcelRightOfHeaderHint, letters, HeaderLine));
                }
            }

            if (!any)
            {
                continue;
            }

            _row = row;
            _serial++;
            _used = 0;
            return true;
        }

        return false;
    }

    public ReadOnlySpan<byte> GetSpan(int index)
    {
        if (index < 0 || index >= _values.Length)
        {
            return [];
        }

        if (_stamp[index] != _serial)
        {
            _stamp[index] = _serial;
            _start[index] = _used;
            _length[index] = 0;
            if (_errors.Count > 0 && _errors.TryGetValue(index, out var cells) && cells.TryGetValue(_row, out var error))
            {
                var letters = ExcelCellText.ColumnLetters(index + 1);
                _bag.Add(new SourceLocation(_file, _row, index + 1), DiagnosticCodes.ExcelCellError,
                    Text.Format(IngestMessages.ExcelCellError, letters, _row, _header[index], error), IngestMessages.ExcelCellErrorHint);
            }
            else
            {
                var text = ExcelCellText.Format(_values[index]);
                var size = Encoding.UTF8.GetMaxByteCount(text.Length);
                if (_buffer.Length < _used + size)
                {
                    Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _used + size));
                }

                _length[index] = Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_used));
                _used += _length[index];
            }
        }

        return _buffer.AsSpan(_start[index], _length[index]);
    }

    public void Dispose() => _reader.Dispose();

    private static bool CheckOptions(ExcelOptions options, SourceLocation entry, DiagnosticBag bag)
    {
        var before = bag.Count;
        if (options.SheetName is not null && options.SheetIndex is not null)
        {
            bag.Add(entry, DiagnosticCodes.ExcelOptions, IngestMessages.ExcelSheetNameAndPosition, IngestMessages.ExcelSheetNameAndPositionHint);
        }

        if (options.SheetIndex is < 1)
        {
            bag.Add(entry, DiagnosticCodes.ExcelOptions, Text.Format(IngestMessages.ExcelSheetIndexTooSmall, options.SheetIndex), IngestMessages.ExcelSheetIndexTooSmallHint);
        }

        if (options.HeaderRow < 1)
        {
            bag.Add(entry, DiagnosticCodes.ExcelOptions, Text.Format(IngestMessages.ExcelHeaderRowTooSmall, options.HeaderRow), IngestMessages.ExcelHeaderRowNumberHint);
        }

        if (options.SkipRows < 0)
        {
            bag.Add(entry, DiagnosticCodes.ExcelOptions, Text.Format(IngestMessages.ExcelSkipRowsNegative, options.SkipRows), IngestMessages.ExcelSkipRowsNegativeHint);
        }

        return bag.Count == before;
    }

    private static IExcelDataReader? OpenReader(string path, string displayPath, DiagnosticBag bag, out string kind)
    {
        kind = "";
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            bag.Add(new SourceLocation(displayPath), DiagnosticCodes.FileNotFound, Text.Format(IngestMessages.DataFileMissing, displayPath), IngestMessages.DataFileMissingHint);
            return null;
        }

        Stream? stream = null;
        try
        {
            stream = InputFile.OpenSeekable(path, displayPath, CsvInput.DataLimit, What);
            Span<byte> magic = stackalloc byte[8];
            var read = stream.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false);
            stream.Seek(0, SeekOrigin.Begin);
            kind = magic[..read] switch
            {
                [0x50, 0x4B, ..] => ".xlsx",
                [0xD0, 0xCF, 0x11, 0xE0, ..] => ".xls",
                _ => "",
            };
            if (kind.Length == 0)
            {
                bag.Add(new SourceLocation(displayPath, 1, 1), DiagnosticCodes.ExcelUnreadable,
                    read == 0 ? IngestMessages.ExcelFileEmpty : Text.Format(IngestMessages.ExcelNotWorkbook, NotWorkbook(magic[..read])),
                    IngestMessages.ExcelNotWorkbookHint);
                stream.Dispose();
                return null;
            }

            var reader = ExcelReaderFactory.CreateReader(stream, new ExcelReaderConfiguration { FallbackEncoding = Encoding.GetEncoding(1252), LeaveOpen = false });
            stream = null;
            return reader;
        }
        catch (Exception ex) when (Reportable(ex))
        {
            Report(ex, displayPath, 0, bag);
            return null;
        }
        finally
        {
            stream?.Dispose();
        }
    }

    private static ExcelSource? Start(IExcelDataReader reader, string path, string file, string kind, ExcelOptions options, SourceLocation entry, DiagnosticBag bag)
    {
        var count = reader.ResultsCount;
        var position = SelectSheet(reader, options, count, entry, bag);
        if (position < 0)
        {
            return null;
        }

        var sheet = reader.Name ?? $"Sheet{position + 1}";
        var headerRow = options.HeaderRow;

        // The rows above the header are not read: titles, merged or not, a logo's row, notes.
        object?[]? header = null;
        var lastRow = 0;
        while (reader.Read())
        {
            lastRow = reader.Depth + 1;
            if (lastRow == headerRow)
            {
                header = Values(reader);
                break;
            }
        }

        var source = new Lookahead(reader);
        if (header is null)
        {
            bag.Add(new SourceLocation(file, Math.Max(lastRow, 1)), DiagnosticCodes.ExcelHeaderRow,
                lastRow == 0 ? Text.Format(IngestMessages.ExcelSheetEmpty, sheet) : Text.Format(IngestMessages.ExcelSheetEndsAboveHeader, sheet, lastRow, headerRow),
                lastRow == 0 ? SheetsHint(reader, position, count) : IngestMessages.ExcelHeaderRowHint);
            return null;
        }

        var width = LastNonEmpty(header) + 1;
        var filled = header.Count(v => !IsEmpty(v));
        if (filled <= 1)
        {
            // A title ("Enquête de satisfaction 2024", merged across the columns) or an empty row where the header
            // should be: the first row below with several values is the header, most likely.
            var (row, cells) = source.FindWide(headerRow, TitleLookahead, Math.Max(3, filled + 2));
            if (filled == 0 || row > 0)
            {
                var what = filled == 0
                    ? Text.Format(IngestMessages.ExcelHeaderRowEmpty, headerRow, sheet)
                    : Text.Format(row > 0 ? IngestMessages.ExcelHeaderLooksLikeTitleBelow : IngestMessages.ExcelHeaderLooksLikeTitle, headerRow, sheet, Shorten(ExcelCellText.Format(header[width - 1])), row, cells);
                bag.Add(new SourceLocation(file, headerRow, filled == 0 ? 1 : width), DiagnosticCodes.ExcelHeaderRow, what,
                    row > 0
                        ? Text.Format(IngestMessages.ExcelHeaderSeemsAtRow, row)
                        : IngestMessages.ExcelHeaderRowShortHint);
                return null;
            }
        }

        var names = new string[width];
        var unnamed = new bool[width];
        for (var i = 0; i < width; i++)
        {
            names[i] = ExcelCellText.Format(header[i]);
            if (names[i].Length == 0)
            {
                names[i] = PositionalName(i);
                unnamed[i] = true;
            }
        }

        var describe = $"Excel {kind}, sheet '{sheet}'{(count > 1 ? $" ({position + 1} of {count})" : "")}, header at row {headerRow}"
            + (options.SkipRows > 0 ? $", {options.SkipRows} row(s) below it skipped" : "");
        var excel = new ExcelSource(reader, file, bag, names, unnamed, headerRow, describe, sheet);
        foreach (var peeked in source.Peeked)
        {
            excel._pending.Enqueue(peeked);
        }

        // The rows right below the header that are not responses (question texts, import ids…).
        for (var skipped = 0; skipped < options.SkipRows && excel.NextRow(out _, out _); skipped++)
        {
        }

        if (kind == ".xlsx")
        {
            excel._errors = FindErrors(path, file, position);
        }

        return excel;
    }

    /// <summary>Moves the reader to the sheet the options name; its 0-based position, or -1 (reported).</summary>
    private static int SelectSheet(IExcelDataReader reader, ExcelOptions options, int count, SourceLocation entry, DiagnosticBag bag)
    {
        if (options.SheetIndex is int index)
        {
            if (index > count)
            {
                bag.Add(entry, DiagnosticCodes.ExcelSheetNotFound, Text.Format(count > 1 ? IngestMessages.ExcelSheetIndexTooLarge : IngestMessages.ExcelSheetIndexTooLargeOne, index, count),
                    Text.Format(IngestMessages.ExcelSheetIndexTooLargeHint, SheetsHint(reader, 0, count), count));
                return -1;
            }

            for (var i = 1; i < index; i++)
            {
                reader.NextResult();
            }

            return index - 1;
        }

        if (options.SheetName is { } name)
        {
            var wanted = name.Trim();
            var position = 0;
            var sensitive = -1;
            var insensitive = new List<int>();
            var seen = new List<string>();
            do
            {
                var current = reader.Name ?? "";
                seen.Add(current);
                if (string.Equals(current.Trim(), wanted, StringComparison.Ordinal))
                {
                    sensitive = position;
                    break;
                }

                if (string.Equals(current.Trim(), wanted, StringComparison.OrdinalIgnoreCase))
                {
                    insensitive.Add(position);
                }

                position++;
            }
            while (reader.NextResult());

            var found = sensitive >= 0 ? sensitive : insensitive.Count == 1 ? insensitive[0] : -1;
            if (found < 0)
            {
                bag.Add(entry, DiagnosticCodes.ExcelSheetNotFound, Text.Format(IngestMessages.ExcelNoSuchSheet, name), KnownSheets(wanted, seen));
                return -1;
            }

            if (found != position)
            {
                reader.Reset();
                for (var i = 0; i < found; i++)
                {
                    reader.NextResult();
                }
            }

            return found;
        }

        // The first visible sheet: a hidden first sheet (lists for drop-downs, a macro's data) is not the survey.
        for (var position = 0; ; position++)
        {
            if (!string.Equals(reader.VisibleState, "hidden", StringComparison.OrdinalIgnoreCase) && !string.Equals(reader.VisibleState, "veryhidden", StringComparison.OrdinalIgnoreCase))
            {
                return position;
            }

            if (!reader.NextResult())
            {
                reader.Reset();
                return 0;
            }
        }
    }

    private static string KnownSheets(string wanted, IReadOnlyCollection<string> sheets) =>
        MessageParts.Hint(wanted, sheets, IngestMessages.ExcelKnownSheets, IngestMessages.ExcelNoSheetDefined, IngestMessages.ExcelKnownSheetsDidYouMean);

    private static string SheetsHint(IExcelDataReader reader, int position, int count)
    {
        if (count <= 1)
        {
            return IngestMessages.ExcelSingleSheetHint;
        }

        reader.Reset();
        return Text.Format(IngestMessages.ExcelSheetsHint, MessageParts.QuoteAll(AllSheets(reader).Select(s => s.Name)), position + 1);
    }

    private static List<(string Name, string State)> AllSheets(IExcelDataReader reader)
    {
        var sheets = new List<(string, string)>();
        do
        {
            sheets.Add((reader.Name ?? $"Sheet{sheets.Count + 1}", reader.VisibleState ?? "visible"));
        }
        while (reader.NextResult());
        return sheets;
    }

    private static Dictionary<int, Dictionary<int, string>> FindErrors(string path, string file, int position)
    {
        try
        {
            using var stream = InputFile.OpenSeekable(path, file, CsvInput.DataLimit, What);
            return ExcelErrorCells.Find(stream, position);
        }
        catch (Exception ex) when (Reportable(ex))
        {
            // The main reader reports a damaged file where it meets the damage.
            return [];
        }
    }

    /// <summary>The next row of the sheet below the header: a peeked one (its values), else the reader's (values null); false at the end or at a damage (reported).</summary>
    private bool NextRow(out int row, out object?[]? values)
    {
        if (_pending.TryDequeue(out var peeked))
        {
            (row, values) = peeked;
            return true;
        }

        values = null;
        row = 0;
        if (_ended)
        {
            return false;
        }

        try
        {
            if (_reader.Read())
            {
                row = _reader.Depth + 1;
                return true;
            }
        }
        catch (Exception ex) when (Reportable(ex))
        {
            Report(ex, _file, _row + 1, _bag);
        }

        _ended = true;
        return false;
    }

    private static object?[] Values(IExcelDataReader reader)
    {
        var values = new object?[reader.FieldCount];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.GetValue(i);
        }

        return values;
    }

    private static int LastNonEmpty(object?[] values)
    {
        for (var i = values.Length - 1; i >= 0; i--)
        {
            if (!IsEmpty(values[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsEmpty(object? value) => value is null || (value is string text && text.AsSpan().Trim(" \t").IsEmpty);

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "…");

    private static string NotWorkbook(ReadOnlySpan<byte> start) => start switch
    {
        [0x25, 0x50, 0x44, 0x46, ..] => IngestMessages.ExcelNotWorkbookPdf,
        [0x1F, 0x8B, ..] => IngestMessages.ExcelNotWorkbookGzip,
        [0xEF, 0xBB, 0xBF, ..] => IngestMessages.ExcelNotWorkbookText,
        _ when start.IndexOf((byte)0) < 0 => IngestMessages.ExcelNotWorkbookText,
        _ => IngestMessages.ExcelNotWorkbookUnknown,
    };

    private static bool Reportable(Exception ex) => ex is not (OutOfMemoryException or InsufficientExecutionStackException);

    private static T? Guard<T>(string file, int row, DiagnosticBag bag, Func<T?> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (Reportable(ex))
        {
            Report(ex, file, row, bag);
            return null;
        }
    }

    /// <summary>A damaged, encrypted or foreign file as a diagnostic (RG270), and the limits of every input as they are.</summary>
    private static void Report(Exception ex, string file, int row, DiagnosticBag bag)
    {
        var export = IngestMessages.ExcelSaveAgainHint;
        var where = new SourceLocation(file, row);
        switch (ex)
        {
            case BadInputException bad:
                foreach (var diagnostic in bad.Diagnostics)
                {
                    bag.Add(diagnostic);
                }

                break;
            case InvalidPasswordException:
                bag.Add(where, DiagnosticCodes.ExcelUnreadable, IngestMessages.ExcelEncrypted, IngestMessages.ExcelEncryptedHint);
                break;
            case HeaderException or CompoundDocumentException:
                bag.Add(where, DiagnosticCodes.ExcelUnreadable, Text.Format(IngestMessages.ExcelNotReadable, ex.Message.TrimEnd('.')), export);
                break;
            case FileNotFoundException or DirectoryNotFoundException:
                bag.Add(new SourceLocation(file), DiagnosticCodes.FileNotFound, Text.Format(IngestMessages.DataFileMissing, file), IngestMessages.DataFileMissingHint);
                break;
            case UnauthorizedAccessException:
                bag.Add(new SourceLocation(file), DiagnosticCodes.FileNotFound, Text.Format(IngestMessages.FileCannotBeRead, ex.Message), IngestMessages.CheckPermissions);
                break;
            case IOException when ex is not EndOfStreamException && ex.GetType() == typeof(IOException):
                bag.Add(new SourceLocation(file), DiagnosticCodes.FileNotFound, Text.Format(IngestMessages.FileCannotBeRead, ex.Message), null);
                break;
            default:
                bag.Add(where, DiagnosticCodes.ExcelUnreadable,
                    row > 0 ? Text.Format(IngestMessages.ExcelDamagedAtRow, row, ex.Message.TrimEnd('.')) : Text.Format(IngestMessages.ExcelDamaged, ex.Message.TrimEnd('.')), export);
                break;
        }
    }

    /// <summary>Rows read ahead of the header's check, handed back to the source in their order.</summary>
    private sealed class Lookahead(IExcelDataReader reader)
    {
        public List<(int Row, object?[] Values)> Peeked { get; } = [];

        /// <summary>The first row within <paramref name="rows"/> below <paramref name="after"/> with at least <paramref name="cells"/> values, and their count; (0, 0) when none.</summary>
        public (int Row, int Cells) FindWide(int after, int rows, int cells)
        {
            while (Peeked.Count < rows && reader.Read())
            {
                var values = Values(reader);
                Peeked.Add((reader.Depth + 1, values));
                var filled = values.Count(v => !IsEmpty(v));
                if (filled >= cells && reader.Depth + 1 > after)
                {
                    return (reader.Depth + 1, filled);
                }
            }

            return (0, 0);
        }
    }
}
