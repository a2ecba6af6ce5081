using ReportGen.Definitions;

namespace ReportGen.Ingest;

/// <summary>Sums the answers of one indicator as rows stream by: constant memory, whatever the row count.</summary>
internal sealed class AnswerAccumulator
{
    private readonly long[] _counts;
    private readonly double[] _weights;
    private readonly long[] _excluded;
    private long _blank;
    private double _sumWeights;
    private double _sumSquaredWeights;
    private readonly PairTally _pairs = new();

    public AnswerAccumulator(IndicatorDefinition indicator, ScaleDefinition scale, int fieldIndex)
    {
        Indicator = indicator;
        Answers = new AnswerResolver(scale);
        FieldIndex = fieldIndex;
        _counts = new long[scale.Categories.Count];
        _weights = new double[scale.Categories.Count];
        _excluded = new long[scale.Excluded.Count];
    }

    public IndicatorDefinition Indicator { get; }

    public AnswerResolver Answers { get; }

    /// <summary>
    /// The answers met so far as raw bytes with their category: a survey column holds a handful of distinct
    /// values, so most fields are matched byte for byte here, without decoding or hashing.
    /// </summary>
    private readonly List<(byte[] Raw, int Category)> _seen = [];

    public bool TryResolveSeen(ReadOnlySpan<byte> raw, out int category)
    {
        foreach (var (bytes, value) in _seen)
        {
            if (raw.SequenceEqual(bytes))
            {
                category = value;
                return true;
            }
        }

        category = 0;
        return false;
    }

    public void Remember(ReadOnlySpan<byte> raw, int category)
    {
        if (_seen.Count < 64)
        {
            _seen.Add((raw.ToArray(), category));
        }
    }

    public int FieldIndex { get; }

    public void AddCategory(int category, double weight)
    {
        _counts[category]++;
        _weights[category] += weight;
        _sumWeights += weight;
        _sumSquaredWeights += weight * weight;
    }

    public void AddExcluded(int excluded) => _excluded[excluded]++;

    public void AddBlank() => _blank++;

    /// <summary>The score of a category for correlations: the best category scores highest (4 … 1 on a 4-point scale).</summary>
    public double Score(int category) => _counts.Length - category;

    /// <summary>Adds a respondent who answered both this item (score <paramref name="x"/>) and overall satisfaction (<paramref name="y"/>).</summary>
    public void AddPair(double x, double y, double weight) => _pairs.Add(x, y, weight);

    public AnswerTally ToTally() => new([.. _counts], [.. _weights], [.. _excluded], _blank, _sumWeights, _sumSquaredWeights)
    {
        Pairs = _pairs.Count == 0 ? null : _pairs,
    };
}
