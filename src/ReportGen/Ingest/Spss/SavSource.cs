using System.Globalization;
using System.Text;
using System.Text.Unicode;
using ReportGen.Diagnostics;
using ReportGen.Ingest.Sources;
using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen.Ingest.Spss;

/// <summary>
/// An SPSS system file (<c>.sav</c>, <c>.zsav</c>) as rows of UTF-8 fields, one per variable, read streaming through
/// <see cref="SavReader"/>. A value with a value label is its label (user-missing values too); a system-missing value
/// is an empty field; other numbers are written invariant (dot decimal, integers without ".0", no exponent below
/// 10^28); a number with a date format is an ISO date (<c>2024-01-31</c>, or <c>2024-01-31 14:05:00</c> for a
/// date-time); strings are right-trimmed and converted from the file's encoding, very long strings reassembled.
/// </summary>
/// <remarks>
/// Positions: the header (the dictionary) is line 1; case <c>n</c> is line <c>n</c> and variable <c>k</c> (in dictionary
/// order, from 1) is column <c>k</c>. A bad dictionary is reported at line 1 with its byte offset in the message, a bad
/// case at <c>file(case,variable)</c>; reading then stops. Nothing is thrown for a bad file.
/// </remarks>
public sealed class SavSource : IRowSource
{
    private const int NumberBytes = 64;

    private readonly SavReader _reader;
    private readonly string _displayPath;
    private readonly DiagnosticBag _bag;
    private readonly Column[] _columns;
    private readonly int[] _starts;
    private readonly int[] _lengths;
    private readonly bool _utf8;
    private byte[] _row = new byte[4096];
    private char[] _chars = new char[256];
    private bool _failed;
    private bool _warnedText;

    private SavSource(SavReader reader, string displayPath, DiagnosticBag bag)
    {
        _reader = reader;
        _displayPath = displayPath;
        _bag = bag;
        Dictionary = reader.Dictionary;
        _utf8 = Dictionary.Encoding.CodePage == 65001;
        _columns = [.. Dictionary.Variables.Select(v => new Column(v))];
        _starts = new int[_columns.Length];
        _lengths = new int[_columns.Length];
        Header = [.. Dictionary.Variables.Select(v => v.Name)];
        var compression = Dictionary.Compression switch
        {
            SavCompression.None => "uncompressed",
            SavCompression.Bytecode => "compressed",
            _ => "zlib-compressed (.zsav)",
        };
        Describe = $"SPSS .sav, {Dictionary.EncodingName}, {compression}";
    }

    /// <summary>The dictionary: variables with their labels, value labels and missing values (for <c>init --from</c>'s scales).</summary>
    public SavDictionary Dictionary { get; }

    public IReadOnlyList<string> Header { get; }

    /// <summary>1: the dictionary, before the first case.</summary>
    public int HeaderLine => 1;

    public int LineNumber => (int)Math.Min(_reader.CaseNumber, int.MaxValue);

    public int FieldCount => _columns.Length;

    public string Describe { get; }

    /// <summary>
    /// Opens <paramref name="path"/> (through <see cref="InputFile.Open"/>, bounded by <see cref="CsvInput.DataLimit"/>)
    /// and reads its dictionary; null, with the problem in <paramref name="bag"/>, when the file cannot be read.
    /// </summary>
    public static SavSource? Open(string path, string displayPath, DiagnosticBag bag) =>
        Open(() => InputFile.Open(path, displayPath, CsvInput.DataLimit, IngestMessages.DataFileNoun), displayPath, bag);

    /// <summary>Opens the stream <paramref name="open"/> returns (called again for a ZSAV file's index); null, with the problem in <paramref name="bag"/>, when it cannot be read.</summary>
    internal static SavSource? Open(Func<Stream> open, string displayPath, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(bag);
        Stream? stream = null;
        try
        {
            stream = open();
            var reader = new SavReader(stream, open);
            stream = null;
            return new SavSource(reader, displayPath, bag);
        }
        catch (SavFormatException ex)
        {
            bag.Add(new SourceLocation(displayPath, 1), Code(ex.Problem), Message(ex), Hint(ex.Problem));
        }
        catch (BadInputException ex)
        {
            foreach (var diagnostic in ex.Diagnostics)
            {
                bag.Add(diagnostic);
            }
        }
        catch (FileNotFoundException)
        {
            bag.Add(new SourceLocation(displayPath), DiagnosticCodes.FileNotFound, Text.Format(IngestMessages.DataFileMissing, displayPath), IngestMessages.DataFileMissingHint);
        }
        catch (DirectoryNotFoundException)
        {
            bag.Add(new SourceLocation(displayPath), DiagnosticCodes.FileNotFound, Text.Format(IngestMessages.DataFileMissing, displayPath), IngestMessages.DataFileMissingHint);
        }
        catch (IOException ex)
        {
            bag.Add(new SourceLocation(displayPath), DiagnosticCodes.FileNotFound, Text.Format(IngestMessages.FileCannotBeRead, ex.Message), null);
        }
        catch (UnauthorizedAccessException ex)
        {
            bag.Add(new SourceLocation(displayPath), DiagnosticCodes.FileNotFound, Text.Format(IngestMessages.FileCannotBeRead, ex.Message), IngestMessages.CheckPermissions);
        }
        finally
        {
            stream?.Dispose();
        }

        return null;
    }

    public bool Read()
    {
        if (_failed)
        {
            return false;
        }

        try
        {
            if (!_reader.ReadCase())
            {
                return false;
            }
        }
        catch (SavFormatException ex)
        {
            _failed = true;
            _bag.Add(new SourceLocation(_displayPath, (int)Math.Min(ex.CaseNumber, int.MaxValue), ex.Variable is { } v ? v.Index + 1 : 0),
                Code(ex.Problem), Message(ex), Hint(ex.Problem));
            return false;
        }
        catch (BadInputException ex)
        {
            _failed = true;
            foreach (var diagnostic in ex.Diagnostics)
            {
                _bag.Add(diagnostic);
            }

            return false;
        }
        catch (IOException ex)
        {
            _failed = true;
            _bag.Add(new SourceLocation(_displayPath, LineNumber + 1), DiagnosticCodes.FileNotFound, Text.Format(IngestMessages.FileCannotBeRead, ex.Message), null);
            return false;
        }

        var length = 0;
        for (var i = 0; i < _columns.Length; i++)
        {
            _starts[i] = length;
            length = Append(_columns[i], length);
            _lengths[i] = length - _starts[i];
        }

        return true;
    }

    public ReadOnlySpan<byte> GetSpan(int index) => _row.AsSpan(_starts[index], _lengths[index]);

    public void Dispose() => _reader.Dispose();

    /// <summary>A number as SPSS users read it: invariant, integers without ".0", no exponent between 10^-28 and 10^28.</summary>
    public static string FormatNumber(double value)
    {
        Span<byte> bytes = stackalloc byte[NumberBytes];
        return Encoding.ASCII.GetString(bytes[..FormatNumber(value, bytes)]);
    }

    private static int FormatNumber(double value, Span<byte> destination)
    {
        int written;
        if (value == Math.Floor(value) && Math.Abs(value) < 1e15)
        {
            ((long)value).TryFormat(destination, out written, default, CultureInfo.InvariantCulture);
            return written;
        }

        value.TryFormat(destination, out written, "R", CultureInfo.InvariantCulture);
        var text = destination[..written];
        if (text.Contains((byte)'E') && Math.Abs(value) is >= 1e-28 and < 7.9e28)
        {
            var plain = decimal.Parse(Encoding.ASCII.GetString(text), NumberStyles.Float, CultureInfo.InvariantCulture);
            plain.TryFormat(destination, out written, default, CultureInfo.InvariantCulture);
        }

        return written;
    }

    private int Append(Column column, int at)
    {
        var variable = column.Variable;
        if (!variable.IsString)
        {
            if (_reader.IsSystemMissing(variable))
            {
                return at;
            }

            var value = _reader.GetNumber(variable);
            if (column.NumberLabels?.GetValueOrDefault(value) is { } label)
            {
                return Put(label, at);
            }

            Reserve(at + NumberBytes);
            var format = variable.PrintFormat;
            if ((format.IsDate || format.IsDateTime) && SavReader.ToDateTime(value) is { } date)
            {
                date.TryFormat(_row.AsSpan(at), out var dateLength, format.IsDate ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
                return at + dateLength;
            }

            return at + FormatNumber(value, _row.AsSpan(at));
        }

        var bytes = _reader.GetBytes(variable);
        if (column.TextLabels is { } labels)
        {
            if (labels.GetValueOrDefault(Dictionary.Encoding.GetString(bytes)) is { } label)
            {
                return Put(label, at);
            }
        }

        if (_utf8)
        {
            if (Utf8.IsValid(bytes))
            {
                return Put(bytes, at);
            }

            WarnText(variable);
        }

        var chars = Dictionary.Encoding.GetMaxCharCount(bytes.Length);
        if (_chars.Length < chars)
        {
            _chars = new char[Math.Max(chars, _chars.Length * 2)];
        }

        var decoded = Dictionary.Encoding.GetChars(bytes, _chars);
        Reserve(at + Encoding.UTF8.GetMaxByteCount(decoded));
        return at + Encoding.UTF8.GetBytes(_chars.AsSpan(0, decoded), _row.AsSpan(at));
    }

    private void WarnText(SavVariable variable)
    {
        if (!_warnedText)
        {
            _warnedText = true;
            Warnings.Add(new SourceLocation(_displayPath, LineNumber, variable.Index + 1), DiagnosticCodes.SavInvalidText,
                Text.Format(IngestMessages.SavInvalidText, variable.Name), IngestMessages.SavInvalidTextHint);
        }
    }

    private int Put(ReadOnlySpan<byte> bytes, int at)
    {
        Reserve(at + bytes.Length);
        bytes.CopyTo(_row.AsSpan(at));
        return at + bytes.Length;
    }

    private void Reserve(int length)
    {
        if (_row.Length < length)
        {
            Array.Resize(ref _row, Math.Max(length, _row.Length * 2));
        }
    }

    private static string Code(SavProblem problem) => problem switch
    {
        SavProblem.NotSystemFile => DiagnosticCodes.SavNotSystemFile,
        SavProblem.Truncated => DiagnosticCodes.SavTruncated,
        SavProblem.Unsupported => DiagnosticCodes.SavUnsupported,
        _ => DiagnosticCodes.SavCorrupt,
    };

    private static string Message(SavFormatException ex) =>
        ex.CaseNumber == 0 && ex.Offset > 0 && !ex.NamesOffset
            ? Text.Format(IngestMessages.SavAtByteOffset, ex.Message.TrimEnd('.'), ex.Offset)
            : ex.CaseNumber > 0 && ex.Variable is { } variable ? Text.Format(IngestMessages.SavInVariable, ex.Message.TrimEnd('.'), variable.Name) : ex.Message;

    private static string Hint(SavProblem problem) => problem switch
    {
        SavProblem.NotSystemFile => IngestMessages.SavNotSystemFileHint,
        SavProblem.Truncated => IngestMessages.SavTruncatedHint,
        SavProblem.Unsupported => IngestMessages.SavUnsupportedHint,
        _ => IngestMessages.SavCorruptHint,
    };

    /// <summary>A variable and its value labels as UTF-8 bytes, looked up per case.</summary>
    private sealed class Column
    {
        public Column(SavVariable variable)
        {
            Variable = variable;
            if (variable.ValueLabels.Count == 0)
            {
                return;
            }

            if (variable.IsString)
            {
                TextLabels = new Dictionary<string, byte[]>(StringComparer.Ordinal);
                foreach (var label in variable.ValueLabels)
                {
                    TextLabels[label.Text!] = Encoding.UTF8.GetBytes(label.Label);
                }
            }
            else
            {
                NumberLabels = [];
                foreach (var label in variable.ValueLabels)
                {
                    NumberLabels[label.Number!.Value] = Encoding.UTF8.GetBytes(label.Label);
                }
            }
        }

        public SavVariable Variable { get; }

        public Dictionary<double, byte[]>? NumberLabels { get; }

        public Dictionary<string, byte[]>? TextLabels { get; }
    }
}
