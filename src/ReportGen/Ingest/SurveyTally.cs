namespace ReportGen.Ingest;

/// <summary>What reading one data file produced: the answer tallies and what was found about the file.</summary>
public sealed record SurveyTally(
    string DataId,
    long Respondents,
    double SumWeights,
    bool Weighted,
    IReadOnlyDictionary<string, AnswerTally> Answers,
    IReadOnlyDictionary<string, IReadOnlyList<SegmentCount>> Segments,
    DetectedDialect Dialect)
{
    /// <summary>Each data file read, in project order.</summary>
    public IReadOnlyList<SourceReport> Sources { get; init; } = [];
}

/// <summary>How many respondents one value of a segment column has.</summary>
public sealed record SegmentCount(string Value, long Respondents);

/// <summary>The dialect the file was read with, declared or detected, recorded in the outputs.</summary>
/// <remarks>For a workbook or an SPSS file, <see cref="Delimiter"/> is NUL and <see cref="Encoding"/> empty: <see cref="Description"/> says what was read.</remarks>
public sealed record DetectedDialect(char Delimiter, string Encoding, string DecimalSeparator, bool DelimiterDetected, bool EncodingDetected)
{
    /// <summary>The format: csv, xlsx or sav.</summary>
    public string Format { get; init; } = "csv";

    /// <summary>What was read and how, in a few words (the reader's own description).</summary>
    public string Description { get; init; } = "";
}

/// <summary>What was read from one data file: its description, the rows read, and the rows its conditions left out.</summary>
/// <remarks><see cref="File"/> is the path as displayed (from the current folder); <see cref="Path"/> the full path.</remarks>
public sealed record SourceReport(string File, string Path, string Description, long RowsRead, IReadOnlyList<Sources.RowsLeftOut> LeftOut);
