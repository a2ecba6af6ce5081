namespace ReportGen.Ingest.Sources;

/// <summary>
/// One survey file as a header and rows of fields, whatever its format (CSV, Excel, SPSS): what every reader
/// yields to the same accumulators. Fields are UTF-8 bytes, valid for the current row only.
/// </summary>
/// <remarks>
/// Positions are reported as <c>file(line,col)</c>: for CSV the line of the file and the field number, for Excel the
/// row of the sheet and the column number (A = 1), for SPSS the case number (the first case is 1) and the variable's
/// position in the dictionary. <see cref="Describe"/> says which, for the manifest and the build output.
/// </remarks>
public interface IRowSource : IDisposable
{
    /// <summary>The column names, in field order (CSV header, Excel header row, SPSS variable names).</summary>
    IReadOnlyList<string> Header { get; }

    /// <summary>The line (or row, or case) where the header is, for diagnostics about a column.</summary>
    int HeaderLine { get; }

    /// <summary>Moves to the next data row; false at the end.</summary>
    bool Read();

    /// <summary>The line, row or case number of the current row.</summary>
    int LineNumber { get; }

    /// <summary>The number of fields of the current row (a CSV row may have more or fewer than the header).</summary>
    int FieldCount { get; }

    /// <summary>Field <paramref name="index"/> of the current row as UTF-8 bytes (an SPSS value with a value label is its label).</summary>
    ReadOnlySpan<byte> GetSpan(int index);

    /// <summary>What was read and how, in a few words for the build output and the manifest: "CSV, ';', windows-1252 (declared)", "Excel, sheet 'Résultats', header at row 3", "SPSS .sav, UTF-8, compressed".</summary>
    string Describe { get; }
}
