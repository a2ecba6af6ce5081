namespace ReportGen.Ingest;

/// <summary>The answers to one indicator within one cell, summed as rows stream by.</summary>
internal sealed class AnswerCounts
{
    private readonly long[] _counts;
    private readonly double[] _weights;
    private readonly double[] _squaredWeights;
    private readonly long[] _excluded;
    private long _blank;
    private double _sumWeights;
    private double _sumSquaredWeights;
    private readonly PairTally _pairs = new();

    public AnswerCounts(int categories, int excluded)
    {
        _counts = new long[categories];
        _weights = new double[categories];
        _squaredWeights = new double[categories];
        _excluded = new long[excluded];
    }

    public void AddCategory(int category, double weight)
    {
        _counts[category]++;
        _weights[category] += weight;
        _squaredWeights[category] += weight * weight;
        _sumWeights += weight;
        _sumSquaredWeights += weight * weight;
    }

    public void AddExcluded(int excluded) => _excluded[excluded]++;

    public void AddBlank() => _blank++;

    /// <summary>Adds a respondent who answered both this item (score <paramref name="x"/>) and overall satisfaction (<paramref name="y"/>).</summary>
    public void AddPair(double x, double y, double weight) => _pairs.Add(x, y, weight);

    public AnswerTally ToTally() => new([.. _counts], [.. _weights], [.. _excluded], _blank, _sumWeights, _sumSquaredWeights)
    {
        Pairs = _pairs.Count == 0 ? null : _pairs,
        CategorySquaredWeights = [.. _squaredWeights],
    };
}
