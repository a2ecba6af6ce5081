using ReportGen.Definitions;
using ReportGen.Diagnostics;

namespace ReportGen.Ingest.Sources;

/// <summary>Opens a data file with the reader of its format, its header found and its row conditions applied.</summary>
public static class RowSources
{
    /// <summary>The source of <paramref name="source"/>, positioned before its first data row; null with the problems in <paramref name="bag"/>.</summary>
    public static IRowSource? Open(DataSourceDefinition source, DiagnosticBag bag)
    {
        IRowSource? rows = source.Format switch
        {
            SourceFormat.Xlsx => OpenWorkbook(source, bag),
            SourceFormat.Sav => OpenSpss(source, bag),
            _ => CsvSource.Open(source, CsvInput.DataLimit, Resources.IngestMessages.DataFileNoun, bag),
        };
        return rows is null ? null : FilteredRows.Wrap(rows, source, bag);
    }

    private static Excel.ExcelSource? OpenWorkbook(DataSourceDefinition source, DiagnosticBag bag) =>
        Excel.ExcelSource.Open(source.Path, source.DisplayPath, new Excel.ExcelOptions(source.SheetName, source.SheetIndex, source.HeaderRow, source.SkipRows), source.Location, bag);

    private static Spss.SavSource? OpenSpss(DataSourceDefinition source, DiagnosticBag bag) =>
        Spss.SavSource.Open(source.Path, source.DisplayPath, bag);
}
