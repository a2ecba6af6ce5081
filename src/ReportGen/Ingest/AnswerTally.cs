namespace ReportGen.Ingest;

/// <summary>
/// The answers to one indicator, summed while reading: per category of the scale (in scale order) the
/// number of respondents and the sum of their weights; the answers that leave the base; blanks; and the
/// sums of weights and squared weights over the valid answers, which the Kish effective base needs. A score
/// question (one category per score) also keeps Σw² per category, which the variance of its mean needs.
/// </summary>
public sealed record AnswerTally(
    IReadOnlyList<long> CategoryCounts,
    IReadOnlyList<double> CategoryWeights,
    IReadOnlyList<long> ExcludedCounts,
    long Blank,
    double SumWeights,
    double SumSquaredWeights)
{
    public long ValidBase => CategoryCounts.Sum();

    /// <summary>The weighted sums of this item paired with overall satisfaction, for its derived importance.</summary>
    public PairTally? Pairs { get; init; }

    /// <summary>Σw² per category, in scale order (empty in tallies made without it).</summary>
    public IReadOnlyList<double> CategorySquaredWeights { get; init; } = [];
}
