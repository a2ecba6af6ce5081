using ReportGen.Diagnostics;

namespace ReportGen.Definitions;

/// <summary>
/// A reference value for an indicator (the benchmark file, <c>benchmarks:</c> of the project): the regional average
/// of a common survey, say, in the indicator's <see cref="Unit"/>, with where it comes from. <see cref="Label"/> is how
/// the documents name it (« moyenne régionale AORIF 2023 »); <see cref="Base"/> the respondents it rests on, when known.
/// </summary>
public sealed record BenchmarkDefinition(
    string IndicatorId,
    double Value,
    MeasureUnit Unit,
    string Source,
    int Year,
    SourceLocation Location)
{
    /// <summary>The number of respondents the value rests on (n), when the source gives it.</summary>
    public int? Base { get; init; }

    /// <summary>How the documents name the value, when the file gives it: « moyenne régionale AORIF 2023 ».</summary>
    public string? Label { get; init; }
}
