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

    public AnswerTally ToTally() => new([.. _counts], [.. _weights], [.. _excluded], _blank, _sumWeights, _sumSquaredWeights);
}
