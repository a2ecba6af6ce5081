using System.Text;
using System.Text.Unicode;
using CsvHelper;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen.Ingest.Sources;

/// <summary>
/// A CSV data file as rows: the dialect as declared or detected, the encoding as its byte order mark says (a BOM
/// always wins over a declared encoding, with a warning), the header at <c>header_row</c> and the <c>skip_rows</c>
/// below it left out. Malformed quoting is collected in <see cref="Malformed"/>, reported after the read.
/// </summary>
public sealed class CsvSource : IRowSource
{
    private readonly CsvReader _reader;
    private readonly Stream _stream;

    private CsvSource(Stream stream, CsvReader reader, IReadOnlyList<string> header, int headerLine, CsvEncoding encoding, List<Diagnostic> malformed)
    {
        _stream = stream;
        _reader = reader;
        Header = header;
        HeaderLine = headerLine;
        Encoding = encoding;
        Malformed = malformed;
    }

    public IReadOnlyList<string> Header { get; }

    public int HeaderLine { get; }

    /// <summary>The encoding the file is read in, and how it was chosen.</summary>
    public CsvEncoding Encoding { get; }

    /// <summary>The delimiter, declared or detected.</summary>
    public char Delimiter => _reader.Separator;

    /// <summary>Malformed quoting met so far.</summary>
    public IReadOnlyList<Diagnostic> Malformed { get; }

    /// <summary>Whether fields are raw UTF-8 that may be invalid (the file is read as UTF-8), to be checked where they are used.</summary>
    public bool ChecksUtf8 => Encoding.IsUtf8;

    public int LineNumber => (int)_reader.LineNumber;

    public int FieldCount => _reader.FieldCount;

    public string Describe => $"CSV, delimiter '{(Delimiter == '\t' ? "tab" : Delimiter.ToString())}', {Encoding.Description}";

    public bool Read() => _reader.Read();

    public ReadOnlySpan<byte> GetSpan(int index) => _reader.GetSpan(index);

    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }

    /// <summary>
    /// Opens <paramref name="source"/> and reads up to its header; null, with the problems in <paramref name="bag"/>,
    /// when it is no text file, is empty, or its header row is past its end. IO and CSV exceptions propagate to
    /// <see cref="CsvInput.Guard{T}"/>. At most <paramref name="malformedLimit"/> malformed records are kept (default: the bag's limit).
    /// </summary>
    public static CsvSource? Open(DataSourceDefinition source, InputLimit limit, string what, DiagnosticBag bag, int? malformedLimit = null)
    {
        var file = source.DisplayPath;
        if (!CsvInput.IsText(source.Path, file, limit, what, bag, out var start))
        {
            return null;
        }

        var encoding = CsvEncoding.Decide(start.Span, file, source.Dialect.Encoding, bag);
        if (encoding is null)
        {
            return null;
        }

        var malformed = new List<Diagnostic>();
        var options = CsvInput.Options(source.Dialect, encoding.ForReader, file, malformed, malformedLimit ?? bag.Limit, hasHeader: false);
        var stream = InputFile.Open(source.Path, file, limit, what);
        CsvReader? reader = null;
        try
        {
            reader = CsvReader.Create(stream, options, leaveOpen: true);
            for (var row = 1; row <= source.HeaderRow; row++)
            {
                if (!reader.Read())
                {
                    if (row == 1)
                    {
                        bag.Add(new SourceLocation(file, 1), DiagnosticCodes.NoDataRows, IngestMessages.FileEmpty, IngestMessages.FileEmptyHint);
                    }
                    else
                    {
                        bag.Add(source.Location, DiagnosticCodes.HeaderRowMissing,
                            Text.Format(MessageParts.Plural(row - 1, IngestMessages.HeaderRowPastEndOne, IngestMessages.HeaderRowPastEnd), source.HeaderRow, file, row - 1),
                            IngestMessages.HeaderRowPastEndHint);
                    }

                    return Fail();
                }
            }

            var headerLine = (int)reader.LineNumber;
            var header = new string[reader.FieldCount];
            for (var i = 0; i < header.Length; i++)
            {
                header[i] = reader.GetString(i);
            }

            for (var skipped = 0; skipped < source.SkipRows && reader.Read(); skipped++)
            {
            }

            var opened = new CsvSource(stream, reader, header, headerLine, encoding, malformed);
            reader = null;
            return opened;
        }
        finally
        {
            reader?.Dispose();
            if (reader is not null)
            {
                stream.Dispose();
            }
        }

        CsvSource? Fail()
        {
            reader?.Dispose();
            reader = null;
            stream.Dispose();
            return null;
        }
    }
}

/// <summary>
/// The encoding a CSV file is read in, and why: its byte order mark, which always wins; else the declared encoding,
/// which the bytes must not contradict; else UTF-8, where an invalid byte is an error that asks for the encoding.
/// </summary>
public sealed record CsvEncoding(Encoding? ForReader, bool IsUtf8, string Name, string Description, bool Detected)
{
    /// <summary>
    /// The encoding of a CSV file from its first bytes (<paramref name="start"/>, up to <see cref="CsvInput.SniffBytes"/>, as
    /// <see cref="CsvInput.IsText(string, string, InputLimit, string, DiagnosticBag, out ReadOnlyMemory{byte})"/> read them),
    /// <paramref name="declaredName"/> being what its dialect declares; null when the bytes contradict it (reported).
    /// </summary>
    public static CsvEncoding? Decide(ReadOnlySpan<byte> start, string displayPath, string? declaredName, DiagnosticBag bag)
    {
        var length = start.Length;
        var declared = declaredName is null ? null : EncodingNames.Resolve(declaredName);
        var declaredUtf8 = declared is { CodePage: 65001 };
        string? bom = start switch
        {
            [0xEF, 0xBB, 0xBF, ..] => "utf-8",
            [0xFF, 0xFE, ..] => "utf-16le",
            [0xFE, 0xFF, ..] => "utf-16be",
            _ => null,
        };
        if (bom is not null)
        {
            if (declared is not null && !(declaredUtf8 && bom == "utf-8"))
            {
                Warnings.Add(new SourceLocation(displayPath, 1, 1), DiagnosticCodes.EncodingContradicted,
                    Text.Format(IngestMessages.ByteOrderMarkWins, bom.ToUpperInvariant(), declaredName),
                    Text.Format(IngestMessages.ByteOrderMarkWinsHint, declaredName, bom));
            }

            return new CsvEncoding(null, bom == "utf-8", bom, $"{bom} (byte order mark{(declared is not null && !(declaredUtf8 && bom == "utf-8") ? $"; declared {declaredName} ignored" : "")})", Detected: declared is null);
        }

        if (declared is null)
        {
            return new CsvEncoding(null, true, "utf-8", "utf-8 (no encoding declared, no byte order mark)", Detected: true);
        }

        if (declaredUtf8)
        {
            return new CsvEncoding(null, true, "utf-8", declaredName!, Detected: false);
        }

        // A single-byte encoding is declared: bytes that are valid UTF-8 and hold multi-byte sequences are UTF-8 text,
        // which the declared encoding would turn into « Ã© » in every published text.
        if (FirstMultiByteSequence(start, length == CsvInput.SniffBytes) is { } offset)
        {
            var location = Locate(displayPath, start, offset);
            var sequence = start[offset..Math.Min(length, offset + SequenceLength(start[offset]))];
            var asUtf8 = System.Text.Encoding.UTF8.GetString(sequence);
            var asDeclared = declared.GetString(sequence);
            bag.Add(location, DiagnosticCodes.EncodingContradicted,
                Text.Format(IngestMessages.DeclaredEncodingContradicted, declaredName, asUtf8, sequence.Length, Convert.ToHexString(sequence), asDeclared),
                IngestMessages.DeclaredEncodingContradictedHint);
            return null;
        }

        return new CsvEncoding(declared, false, declaredName!, declaredName!, Detected: false);
    }

    /// <summary>The offset of the first multi-byte UTF-8 sequence when every non-ASCII byte of <paramref name="text"/> is valid UTF-8; null otherwise.</summary>
    private static int? FirstMultiByteSequence(ReadOnlySpan<byte> text, bool truncated)
    {
        var first = text.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
        if (first < 0)
        {
            return null;
        }

        // A buffer cut in the middle of a sequence is still UTF-8: drop up to three bytes of an unfinished last sequence.
        var checkedPart = text;
        if (truncated)
        {
            var end = text.Length;
            for (var back = 1; back <= 3 && end - back >= 0; back++)
            {
                if ((text[end - back] & 0xC0) == 0xC0)
                {
                    checkedPart = text[..(end - back)];
                    break;
                }

                if ((text[end - back] & 0x80) == 0)
                {
                    break;
                }
            }
        }

        return Utf8Valid(checkedPart) && Plausible(checkedPart[first..]) ? first : null;
    }

    private static bool Utf8Valid(ReadOnlySpan<byte> text) => System.Text.Unicode.Utf8.IsValid(text);

    /// <summary>
    /// Whether every non-ASCII character the bytes spell as UTF-8 is one French text holds (Latin-1 letters and signs,
    /// Latin Extended-A such as œ, typographic punctuation, €): windows-1252 text can be valid UTF-8 by chance (« ÈŒ »
    /// is the two bytes of « Ȍ »), but then it spells characters no survey export writes.
    /// </summary>
    private static bool Plausible(ReadOnlySpan<byte> text)
    {
        foreach (var rune in System.Text.Encoding.UTF8.GetString(text).EnumerateRunes())
        {
            var v = rune.Value;
            if (v >= 0x80 && !(v is >= 0xA0 and <= 0x17F or >= 0x2010 and <= 0x206F or 0x20AC or 0x2122))
            {
                return false;
            }
        }

        return true;
    }

    private static int SequenceLength(byte lead) => lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;

    private static SourceLocation Locate(string displayPath, ReadOnlySpan<byte> text, int offset) =>
        new(displayPath, text[..offset].Count((byte)'\n') + 1);
}
