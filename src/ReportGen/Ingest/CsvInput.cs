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
    public static CsvReaderOptions Options(CsvDialect dialect, Encoding? encoding, string displayPath, List<Diagnostic> malformed, int limit) => new()
    {
        Separator = dialect.Delimiter,
        HasHeader = true,
        Encoding = encoding is { CodePage: 65001 } ? null : encoding,
        TrackLineNumbers = true,
        SkipEmptyLines = true,
        TrimWhitespace = true,
        DetectSeparatorHint = true,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MalformedData = CsvMalformedDataHandling.Skip,
        AllowLineBreaksInQuotes = true,
        MaxRecordSize = 1 << 20,
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

    /// <summary>Runs <paramref name="read"/>, reporting a file that cannot be read or parsed as a diagnostic.</summary>
    public static T? Guard<T>(string displayPath, DiagnosticBag bag, Func<T?> read)
        where T : class
    {
        try
        {
            return read();
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
