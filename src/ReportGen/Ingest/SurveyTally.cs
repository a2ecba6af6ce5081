namespace ReportGen.Ingest;

/// <summary>What reading one data file produced: the answer tallies and what was found about the file.</summary>
public sealed record SurveyTally(
    string DataId,
    long Respondents,
    double SumWeights,
    bool Weighted,
    IReadOnlyDictionary<string, AnswerTally> Answers,
    IReadOnlyDictionary<string, IReadOnlyList<SegmentCount>> Segments,
    DetectedDialect Dialect);

/// <summary>How many respondents one value of a segment column has.</summary>
public sealed record SegmentCount(string Value, long Respondents);

/// <summary>The dialect the file was read with, declared or detected, recorded in the outputs.</summary>
public sealed record DetectedDialect(char Delimiter, string Encoding, string DecimalSeparator, bool DelimiterDetected, bool EncodingDetected);
