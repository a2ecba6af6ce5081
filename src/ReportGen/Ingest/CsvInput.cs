using System.Text;
using CsvHelper;
using ReportGen.Definitions;
using ReportGen.Diagnostics;

namespace ReportGen.Ingest;

/// <summary>
/// How every CSV input is opened: the reader options for a declared or detected dialect, malformed quoting
/// collected as diagnostics, and the file errors turned into diagnostics instead of exceptions.
/// </summary>
internal static class CsvInput
{
    /// <summary>Reader options for <paramref name="dialect"/>; malformed records are added to <paramref name="malformed"/>, up to <paramref name="limit"/>.</summary>
    public static CsvReaderOptions Options(CsvDialect dialect, Encoding? encoding, string displayPath, List<Diagnostic> malformed, int limit, bool hasHeader = true) => new()
    {
        Separator = dialect.Delimiter,
        HasHeader = hasHeader,
        Encoding = encoding is { CodePage: 65001 } ? null : encoding,
        TrackLineNumbers = true,
        SkipEmptyLines = true,
        TrimWhitespace = true,
        DetectSeparatorHint = true,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MalformedData = CsvMalformedDataHandling.Skip,
        AllowLineBreaksInQuotes = true,
        MaxRecordSize = MaxRecordBytes,
        OnMalformedRecord = record =>
        {
            if (record.Reason != CsvMalformedReason.FieldCountMismatch && malformed.Count < limit)
            {
                malformed.Add(new Diagnostic(new SourceLocation(displayPath, (int)record.LineNumber), DiagnosticCodes.MalformedCsv,
                    $"malformed quoting ({Describe(record.Reason)}).",
                    "a field that contains the delimiter, a quote or a line break must be enclosed in double quotes, with inner quotes doubled (\"\")."));
            }
        },
    };

    /// <summary>
    /// The largest survey file read (data, mirror survey): rows are streamed, so memory does not grow with it, and
    /// a real survey is a few megabytes (a million respondents, about 100 MB); the limit only ends a file that never ends.
    /// </summary>
    public static readonly InputLimit DataLimit = new(16L << 30, DiagnosticCodes.InputTooLarge, "survey files",
        "check that this is the survey export: a survey of a million tenants is about 100 MB.");

    /// <summary>The largest comments file read: a real one holds a few thousand comments, about a megabyte.</summary>
    public static readonly InputLimit CommentsLimit = new(32L << 20, DiagnosticCodes.InputTooLarge, "comments files",
        "check that this is the comments export: ten thousand comments are about 3 MB; split a larger file by wave.");

    /// <summary>How much of a CSV file <see cref="IsText"/> looks at.</summary>
    public const int SniffBytes = 1 << 20;

    /// <summary>The longest record (line) read, in bytes; a longer one is reported, not buffered.</summary>
    public const int MaxRecordBytes = 1 << 20;

    private static readonly (string Name, byte[] Magic)[] Signatures =
    [
        ("a PNG image", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("a ZIP archive (an .xlsx or .ods spreadsheet is one)", [0x50, 0x4B, 0x03, 0x04]),
        ("an old Excel .xls workbook", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
        ("a PDF document", [0x25, 0x50, 0x44, 0x46, 0x2D]),
        ("a gzip archive", [0x1F, 0x8B]),
        ("a JPEG image", [0xFF, 0xD8, 0xFF]),
    ];

    /// <summary>
    /// Whether the start of the file (its first <see cref="SniffBytes"/>) is text: not a known binary format,
    /// no NUL byte (a binary file, or UTF-16 without a byte order mark), no byte order mark but at the start
    /// (two exports pasted together). Reports why not, with the line and column.
    /// </summary>
    public static bool IsText(string path, string displayPath, InputLimit limit, string what, DiagnosticBag bag) =>
        IsText(path, displayPath, limit, what, bag, out _);

    /// <summary><see cref="IsText(string, string, InputLimit, string, DiagnosticBag)"/>, giving the bytes looked at (for the encoding: <see cref="Sources.CsvEncoding.Decide"/>).</summary>
    public static bool IsText(string path, string displayPath, InputLimit limit, string what, DiagnosticBag bag, out ReadOnlyMemory<byte> sniffed)
    {
        var buffer = new byte[SniffBytes];
        int length;
        sniffed = default;
        try
        {
            using var stream = InputFile.Open(path, displayPath, limit, what);
            length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return true; // Guard reports it when the file is read.
        }

        sniffed = buffer.AsMemory(0, length);

        var start = buffer.AsSpan(0, length);
        foreach (var (name, magic) in Signatures)
        {
            if (start.StartsWith(magic))
            {
                bag.Add(new SourceLocation(displayPath, 1, 1), DiagnosticCodes.NotText, $"this is not a CSV file: it is {name}.",
                    "export the survey as CSV (in Excel: File › Save as › CSV UTF-8) and point 'path' at that file.");
                return false;
            }
        }

        var wide = start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        var nul = wide ? -1 : start.IndexOf((byte)0);
        if (nul >= 0)
        {
            var utf16 = nul + 1 < start.Length && start[nul + 1] != 0 && (nul == 1 || (nul > 1 && start[nul - 2] == 0));
            bag.Add(Locate(displayPath, start, nul), DiagnosticCodes.NotText,
                utf16 ? "the file holds NUL bytes: it looks like UTF-16 text without a byte order mark." : "the file holds NUL bytes: it is a binary file, or text damaged by a copy.",
                utf16 ? "save it as CSV UTF-8 (in Excel: File › Save as › CSV UTF-8)." : "export the survey again as CSV; NUL bytes never belong in a CSV file.");
            return false;
        }

        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        var stray = start.Length > 3 ? start[1..].IndexOf(bom) : -1;
        if (stray >= 0)
        {
            bag.Add(Locate(displayPath, start, stray + 1), DiagnosticCodes.NotText,
                "a UTF-8 byte order mark (BOM) in the middle of the file: two exports were probably pasted together.",
                "delete the invisible character at this place (or the second header row with it), or export the data again as one file.");
            return false;
        }

        return true;
    }

    private static SourceLocation Locate(string displayPath, ReadOnlySpan<byte> text, int offset)
    {
        var before = text[..offset];
        var lineStart = before.LastIndexOfAny((byte)'\n', (byte)'\r') + 1;
        return new SourceLocation(displayPath, before.Count((byte)'\n') + 1, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }

    /// <summary>Runs <paramref name="read"/>, reporting a file that cannot be read or parsed as a diagnostic.</summary>
    public static T? Guard<T>(string displayPath, DiagnosticBag bag, Func<T?> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (CsvFormatException ex) when (ex.Message.Contains("MaxRecordSize", StringComparison.Ordinal))
        {
            bag.Add(new SourceLocation(displayPath, (int)ex.LineNumber), DiagnosticCodes.MalformedCsv,
                $"this record is longer than {MaxRecordBytes >> 20} MB: a field this long is not a survey answer.",
                "look for a quote opened and never closed before this line, or a whole document pasted into one cell; fix it or drop the column.");
        }
        catch (CsvFormatException ex)
        {
            bag.Add(new SourceLocation(displayPath, (int)ex.LineNumber), DiagnosticCodes.MalformedCsv, $"the file cannot be read as CSV: {ex.Message}",
                "check that it is a CSV export (not a spreadsheet or another format) and that its quotes are balanced.");
        }
        catch (IOException ex)
        {
            bag.Add(new SourceLocation(displayPath), DiagnosticCodes.FileNotFound, $"the file cannot be read: {ex.Message}", null);
        }
        catch (UnauthorizedAccessException ex)
        {
            bag.Add(new SourceLocation(displayPath), DiagnosticCodes.FileNotFound, $"the file cannot be read: {ex.Message}", "check its permissions.");
        }

        return null;
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote",
        CsvMalformedReason.UnterminatedQuote => "a quoted field that is never closed",
        CsvMalformedReason.LineBreakInQuotes => "a line break inside quotes",
        _ => reason.ToString(),
    };
}
