using ReportGen.Diagnostics;

namespace ReportGen.Definitions;

/// <summary>A survey data file of the project. <see cref="Path"/> is resolved against the project folder.</summary>
public sealed record DataSourceDefinition(
    string Id,
    string Path,
    string DisplayPath,
    CsvDialect Dialect,
    ColumnRoles Columns,
    SourceLocation Location)
{
    /// <summary>The wave of every row of this file, when the survey comes as one file per wave.</summary>
    public string? Wave { get; init; }

    /// <summary>How the file is written: declared with <c>format:</c>, else from its extension.</summary>
    public SourceFormat Format { get; init; } = SourceFormat.Csv;

    /// <summary>The sheet of a workbook, by name; null with <see cref="SheetIndex"/> or for the first sheet.</summary>
    public string? SheetName { get; init; }

    /// <summary>The sheet of a workbook, by position (the first is 1).</summary>
    public int? SheetIndex { get; init; }

    /// <summary>The row of the header (the first is 1); the rows above it are titles.</summary>
    public int HeaderRow { get; init; } = 1;

    /// <summary>The rows right below the header that are not responses (a Qualtrics export has 2).</summary>
    public int SkipRows { get; init; }

    /// <summary>The conditions a row must meet to count (<c>keep_rows:</c>), all of them.</summary>
    public IReadOnlyList<RowCondition> KeepRows { get; init; } = [];

    /// <summary>
    /// This file's column for an indicator, by indicator id, when it is not the indicator's own <c>column</c>
    /// (<c>columns: indicators:</c>); a null column means the question was not asked in this file.
    /// </summary>
    public IReadOnlyList<IndicatorColumn> IndicatorColumns { get; init; } = [];

    /// <summary>The column of <paramref name="indicator"/> in this file, or null when this file does not ask it.</summary>
    public string? ColumnOf(IndicatorDefinition indicator)
    {
        foreach (var mapping in IndicatorColumns)
        {
            if (mapping.IndicatorId == indicator.Id)
            {
                return mapping.Column;
            }
        }

        return indicator.Column;
    }
}

/// <summary>The file formats survey data are read from.</summary>
public enum SourceFormat
{
    /// <summary>Delimited text (CSV, TSV), in any of the dialects French exports use.</summary>
    Csv,

    /// <summary>An Excel workbook (.xlsx).</summary>
    Xlsx,

    /// <summary>An SPSS system file (.sav, .zsav).</summary>
    Sav,
}

/// <summary>One entry of <c>columns: indicators:</c>: the column an indicator has in one file, or null when the file does not ask it.</summary>
public sealed record IndicatorColumn(string IndicatorId, string? Column, SourceLocation Location);

/// <summary>What a <see cref="RowCondition"/> tests.</summary>
public enum RowTest
{
    /// <summary>The field is one of the values (ignoring case).</summary>
    Equals,

    /// <summary>The field is none of the values (ignoring case).</summary>
    Differs,

    /// <summary>The field is empty.</summary>
    Empty,

    /// <summary>The field is not empty.</summary>
    NotEmpty,
}

/// <summary>One condition of <c>keep_rows:</c>: a row that fails it is not a response and counts nowhere.</summary>
public sealed record RowCondition(string Column, RowTest Test, IReadOnlyList<string> Values, SourceLocation Location)
{
    /// <summary>The rule in words, for the build output and the manifest: "Status differs from 'Survey Preview'".</summary>
    public string Describe() => Test switch
    {
        RowTest.Equals => $"{Column} equals {Quoted()}",
        RowTest.Differs => $"{Column} differs from {Quoted()}",
        RowTest.Empty => $"{Column} is empty",
        _ => $"{Column} is not empty",
    };

    /// <summary>The rule in French, for the evidence pack: « Status différent de “Survey Preview” ».</summary>
    public string DescribeFrench() => Test switch
    {
        RowTest.Equals => $"{Column} égal à {QuotedFrench()}",
        RowTest.Differs => $"{Column} différent de {QuotedFrench()}",
        RowTest.Empty => $"{Column} vide",
        _ => $"{Column} renseigné",
    };

    private string QuotedFrench() => string.Join(" ou ", Values.Select(v => $"“{v}”"));

    private string Quoted() => string.Join(" or ", Values.Select(v => $"'{v}'"));
}
