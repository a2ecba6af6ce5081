namespace ReportGen.Ingest.Excel;

/// <summary>Which sheet of a workbook is the survey, and where its header is (the keys <c>sheet</c>, <c>header_row</c>, <c>skip_rows</c>).</summary>
/// <param name="SheetName">The sheet's name (<c>sheet: Résultats</c>); null with no index: the first visible sheet.</param>
/// <param name="SheetIndex">The sheet's 1-based position among all the sheets, hidden ones included (<c>sheet: 2</c>).</param>
/// <param name="HeaderRow">The 1-based row of the header; the rows above it (titles, merged or not) are not read.</param>
/// <param name="SkipRows">How many rows right below the header are not responses (a row of question texts…).</param>
public sealed record ExcelOptions(string? SheetName = null, int? SheetIndex = null, int HeaderRow = 1, int SkipRows = 0)
{
    /// <summary>The first visible sheet, its header on row 1.</summary>
    public static ExcelOptions Default { get; } = new();
}
