using System.Text;
using CsvHelper;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Resources;

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
                    Text.Format(IngestMessages.MalformedQuoting, Describe(record.Reason)), IngestMessages.MalformedQuotingHint));
            }
        },
    };

    /// <summary>
    /// The largest survey file read (data, mirror survey): rows are streamed, so memory does not grow with it, and
    /// a real survey is a few megabytes (a million respondents, about 100 MB); the limit only ends a file that never ends.
    /// </summary>
    /// <remarks>A property, not a field: its words are in the language of the moment.</remarks>
    public static InputLimit DataLimit => new(16L << 30, DiagnosticCodes.InputTooLarge, IngestMessages.SurveyFilesKind, IngestMessages.SurveyFileTooLargeHint);

    /// <summary>The largest comments file read: a real one holds a few thousand comments, about a megabyte.</summary>
    public static InputLimit CommentsLimit => new(32L << 20, DiagnosticCodes.InputTooLarge, IngestMessages.CommentsFilesKind, IngestMessages.CommentsFileTooLargeHint);

    /// <summary>How much of a CSV file <see cref="IsText"/> looks at.</summary>
    public const int SniffBytes = 1 << 20;

    /// <summary>The longest record (line) read, in bytes; a longer one is reported, not buffered.</summary>
    public const int MaxRecordBytes = 1 << 20;

    // The names are looked up when a file is refused, in the language of the moment.
    private static readonly (Func<string> Name, byte[] Magic)[] Signatures =
    [
        (() => IngestMessages.SignaturePng, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        (() => IngestMessages.SignatureZip, [0x50, 0x4B, 0x03, 0x04]),
        (() => IngestMessages.SignatureXls, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
        (() => IngestMessages.SignaturePdf, [0x25, 0x50, 0x44, 0x46, 0x2D]),
        (() => IngestMessages.SignatureGzip, [0x1F, 0x8B]),
        (() => IngestMessages.SignatureJpeg, [0xFF, 0xD8, 0xFF]),
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
                bag.Add(new SourceLocation(displayPath, 1, 1), DiagnosticCodes.NotText, Text.Format(IngestMessages.NotCsv, name()), IngestMessages.NotCsvHint);
                return false;
            }
        }

        var wide = start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        var nul = wide ? -1 : start.IndexOf((byte)0);
        if (nul >= 0)
        {
            var utf16 = nul + 1 < start.Length && start[nul + 1] != 0 && (nul == 1 || (nul > 1 && start[nul - 2] == 0));
            bag.Add(Locate(displayPath, start, nul), DiagnosticCodes.NotText,
                utf16 ? IngestMessages.NulBytesUtf16 : IngestMessages.NulBytesBinary,
                utf16 ? IngestMessages.NulBytesUtf16Hint : IngestMessages.NulBytesBinaryHint);
            return false;
        }

        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        var stray = start.Length > 3 ? start[1..].IndexOf(bom) : -1;
        if (stray >= 0)
        {
            bag.Add(Locate(displayPath, start, stray + 1), DiagnosticCodes.NotText,
                IngestMessages.StrayByteOrderMark, IngestMessages.StrayByteOrderMarkHint);
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
                Text.Format(IngestMessages.RecordTooLong, MaxRecordBytes >> 20), IngestMessages.RecordTooLongHint);
        }
        catch (CsvFormatException ex)
        {
            bag.Add(new SourceLocation(displayPath, (int)ex.LineNumber), DiagnosticCodes.MalformedCsv, Text.Format(IngestMessages.NotReadableAsCsv, ex.Message),
                IngestMessages.NotReadableAsCsvHint);
        }
        catch (IOException ex)
        {
            bag.Add(new SourceLocation(displayPath), DiagnosticCodes.FileNotFound, Text.Format(IngestMessages.FileCannotBeRead, ex.Message), null);
        }
        catch (UnauthorizedAccessException ex)
        {
            bag.Add(new SourceLocation(displayPath), DiagnosticCodes.FileNotFound, Text.Format(IngestMessages.FileCannotBeRead, ex.Message), IngestMessages.CheckPermissions);
        }

        return null;
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => IngestMessages.QuotingStrayQuote,
        CsvMalformedReason.TextAfterClosingQuote => IngestMessages.QuotingTextAfterClosingQuote,
        CsvMalformedReason.UnterminatedQuote => IngestMessages.QuotingUnterminatedQuote,
        CsvMalformedReason.LineBreakInQuotes => IngestMessages.QuotingLineBreakInQuotes,
        _ => reason.ToString(),
    };
}
