using ReportGen.Diagnostics;
using ReportGen.Ingest;
using ReportGen.Ingest.Sources;

namespace ReportGen.Scaffolding.Import;

/// <summary>
/// Opens an export as an <see cref="IRowSource"/>, whatever its format: the inspector reads every format the same way.
/// CSV is read here, in the dialect decided from its bytes; Excel and SPSS by the readers the build uses.
/// </summary>
public static class ExportSources
{
    /// <summary>The most quoting problems reported before init stops reading.</summary>
    private const int MalformedLimit = 20;

    internal static IRowSource? Open(string path, string display, ExportFormat format, string? sheet, DiagnosticBag bag)
    {
        switch (format)
        {
            case ExportFormat.Csv:
                return OpenCsv(path, display, bag);
            default:
                // The Excel and SPSS readers plug in here (ExcelSource, SavSource): until they are part of the build,
                // init says so rather than reading the file as something else.
                _ = sheet;
                bag.Add(new SourceLocation(display), DiagnosticCodes.ImportFormatUnsupported,
                    $"init cannot read {(format == ExportFormat.Xlsx ? "Excel workbooks" : "SPSS .sav files")} in this version.",
                    format == ExportFormat.Xlsx ? "save the sheet as CSV UTF-8 (File › Save as › CSV UTF-8) and run init --from on that file." : "export the data as CSV from SPSS or PSPP and run init --from on that file.");
                return null;
        }
    }

    /// <summary>A CSV export, its encoding decided from the bytes (byte order mark, valid UTF-8 or not) and its delimiter from the header.</summary>
    public static SniffedDialect? Sniff(string path, string display, DiagnosticBag bag)
    {
        if (!CsvInput.IsText(path, display, CsvInput.DataLimit, "export", bag))
        {
            return null;
        }

        string encoding;
        Reason encodingWhy;
        bool bom;
        using (var stream = InputFile.Open(path, display, CsvInput.DataLimit, "export"))
        {
            (encoding, bom, encodingWhy) = CsvSniffer.DetectEncoding(stream);
        }

        string line;
        using (var stream = InputFile.Open(path, display, CsvInput.DataLimit, "export"))
        {
            line = CsvSniffer.FirstLine(stream, Definitions.EncodingNames.Resolve(encoding)!);
        }

        var (delimiter, delimiterWhy) = CsvSniffer.DetectDelimiter(line);
        return new SniffedDialect(delimiter, encoding, bom, encodingWhy, delimiterWhy);
    }

    private static CsvExportSource? OpenCsv(string path, string display, DiagnosticBag bag)
    {
        var dialect = Sniff(path, display, bag);
        return dialect is null ? null : CsvExportSource.Open(path, display, dialect, MalformedLimit);
    }
}
