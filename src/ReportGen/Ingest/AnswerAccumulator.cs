using ReportGen.Definitions;

namespace ReportGen.Ingest;

/// <summary>
/// How one indicator's column is read: its field, its scale, and the answers met so far. The sums themselves
/// live in one <see cref="AnswerCounts"/> per cell.
/// </summary>
internal sealed class AnswerAccumulator
{
    private readonly int _categories;

    public AnswerAccumulator(IndicatorDefinition indicator, ScaleDefinition scale, int fieldIndex)
    {
        Indicator = indicator;
        Answers = new AnswerResolver(scale);
        FieldIndex = fieldIndex;
        _categories = scale.Categories.Count;
        Excluded = scale.Excluded.Count;
    }

    public IndicatorDefinition Indicator { get; }

    public AnswerResolver Answers { get; }

    /// <summary>
    /// The answers met so far as raw bytes with their category: a survey column holds a handful of distinct
    /// values, so most fields are matched byte for byte here, without decoding or hashing.
    /// </summary>
    private readonly SeenValues<int> _seen = new(64);

    public bool TryResolveSeen(ReadOnlySpan<byte> raw, out int category) => _seen.TryGet(raw, out category);

    public void Remember(ReadOnlySpan<byte> raw, int category) => _seen.Remember(raw, category);

    public int FieldIndex { get; }

    public int Categories => _categories;

    public int Excluded { get; }

    /// <summary>The score of a category for correlations: the best category scores highest (4 … 1 on a 4-point scale).</summary>
    public double Score(int category) => _categories - category;

    public AnswerCounts NewCounts() => new(_categories, Excluded);
}
