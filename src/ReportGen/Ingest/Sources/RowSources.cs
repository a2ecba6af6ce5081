using ReportGen.Definitions;
using ReportGen.Diagnostics;

namespace ReportGen.Ingest.Sources;

/// <summary>Opens a data file with the reader of its format, its header found and its row conditions applied.</summary>
public static class RowSources
{
    /// <summary>The source of <paramref name="source"/>, positioned before its first data row; null with the problems in <paramref name="bag"/>.</summary>
    public static IRowSource? Open(DataSourceDefinition source, DiagnosticBag bag)
    {
        var rows = source.Format switch
        {
            SourceFormat.Xlsx => OpenWorkbook(source, bag),
            SourceFormat.Sav => OpenSpss(source, bag),
            _ => CsvSource.Open(source, CsvInput.DataLimit, "data file", bag),
        };
        return rows is null ? null : FilteredRows.Wrap(rows, source, bag);
    }

    private static IRowSource? OpenWorkbook(DataSourceDefinition source, DiagnosticBag bag)
    {
        bag.Add(source.Location, DiagnosticCodes.SourceFormatMismatch, $"{source.DisplayPath}: Excel workbooks are not read yet.", "export the sheet as CSV.");
        return null;
    }

    private static IRowSource? OpenSpss(DataSourceDefinition source, DiagnosticBag bag)
    {
        bag.Add(source.Location, DiagnosticCodes.SourceFormatMismatch, $"{source.DisplayPath}: SPSS files are not read yet.", "export the data as CSV.");
        return null;
    }
}
