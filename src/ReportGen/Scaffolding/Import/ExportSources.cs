using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Ingest;
using ReportGen.Ingest.Excel;
using ReportGen.Ingest.Sources;
using ReportGen.Ingest.Spss;
using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen.Scaffolding.Import;

/// <summary>
/// Opens an export as an <see cref="IRowSource"/>, whatever its format: the inspector reads every format the same way.
/// CSV is read here, in the dialect decided from its bytes; Excel and SPSS by the readers the build uses.
/// </summary>
public static class ExportSources
{
    /// <summary>The most quoting problems reported before init stops reading.</summary>
    private const int MalformedLimit = 20;

    /// <summary>The export as rows; <paramref name="dialect"/> is what was decided of a CSV export's bytes (null for another format).</summary>
    internal static IRowSource? Open(string path, string display, SourceFormat format, string? sheet, DiagnosticBag bag, out SniffedDialect? dialect)
    {
        dialect = null;
        switch (format)
        {
            case SourceFormat.Csv:
                return OpenCsv(path, display, bag, out dialect);
            case SourceFormat.Sav:
                return SavSource.Open(path, display, bag);
            default:
                return OpenWorkbook(path, display, sheet, bag);
        }
    }

    /// <summary>The sheet's options from --sheet: a number is a 1-based position, anything else a name.</summary>
    internal static ExcelOptions SheetOptions(string? sheet, int headerRow) =>
        sheet is not null && int.TryParse(sheet, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var position)
            ? new ExcelOptions(SheetIndex: position, HeaderRow: headerRow)
            : new ExcelOptions(SheetName: sheet, HeaderRow: headerRow);

    /// <summary>How many rows at the top of a sheet are searched for the header (titles, merged or not, sit above it).</summary>
    public const int HeaderSearchRows = 30;

    /// <summary>
    /// A sheet opened at its header: the first row, among the first <see cref="HeaderSearchRows"/>, that the Excel
    /// reader takes as a header (it refuses a title row above a wider one, RG272); any other problem is reported.
    /// </summary>
    private static ExcelSource? OpenWorkbook(string path, string display, string? sheet, DiagnosticBag bag)
    {
        var entry = new SourceLocation(display);
        for (var row = 1; row <= HeaderSearchRows; row++)
        {
            var scratch = new DiagnosticBag();
            var source = ExcelSource.Open(path, display, SheetOptions(sheet, row), entry, scratch);
            if (source is not null)
            {
                return source;
            }

            if (!scratch.Items.All(d => d.Code == DiagnosticCodes.ExcelHeaderRow))
            {
                bag.AddRange(scratch);
                return null;
            }
        }

        bag.Add(entry, DiagnosticCodes.ExcelHeaderRow, Text.Format(ScaffoldingMessages.NoHeaderFound, HeaderSearchRows), ScaffoldingMessages.NoHeaderFoundHint);
        return null;
    }

    /// <summary>A CSV export, its encoding decided from the bytes (byte order mark, valid UTF-8 or not) and its delimiter from the header.</summary>
    public static SniffedDialect? Sniff(string path, string display, DiagnosticBag bag)
    {
        if (!CsvInput.IsText(path, display, CsvInput.DataLimit, IngestMessages.ExportNoun, bag))
        {
            return null;
        }

        string encoding;
        Reason encodingWhy;
        bool bom;
        using (var stream = InputFile.Open(path, display, CsvInput.DataLimit, IngestMessages.ExportNoun))
        {
            (encoding, bom, encodingWhy) = CsvSniffer.DetectEncoding(stream);
        }

        string line;
        using (var stream = InputFile.Open(path, display, CsvInput.DataLimit, IngestMessages.ExportNoun))
        {
            line = CsvSniffer.FirstLine(stream, Definitions.EncodingNames.Resolve(encoding)!);
        }

        var (delimiter, delimiterWhy) = CsvSniffer.DetectDelimiter(line);
        return new SniffedDialect(delimiter, encoding, bom, encodingWhy, delimiterWhy);
    }

    /// <summary>A CSV export, read by the build's own CSV source in the dialect decided from its bytes.</summary>
    private static CsvSource? OpenCsv(string path, string display, DiagnosticBag bag, out SniffedDialect? dialect)
    {
        dialect = Sniff(path, display, bag);
        if (dialect is null)
        {
            return null;
        }

        var source = new Definitions.DataSourceDefinition("export", path, display, new Definitions.CsvDialect(dialect.Delimiter, dialect.Encoding, null),
            new Definitions.ColumnRoles(null, null, null, []), new SourceLocation(display));
        return CsvSource.Open(source, CsvInput.DataLimit, IngestMessages.ExportNoun, bag, MalformedLimit);
    }
}
