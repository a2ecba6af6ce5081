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
    /// The answers met so far as raw bytes with their category, and the number of the folded answer they are
    /// (-1 when exact): a survey column holds a handful of distinct values, so most fields are matched byte for byte
    /// here, without decoding or hashing, and a folded answer's rows are counted without folding it again.
    /// </summary>
    private readonly SeenValues<(int Category, int Folded)> _seen = new(64);

    /// <summary>The answers met that matched the scale only folded (accents, case, spacing, apostrophes), in the order met.</summary>
    private readonly List<FoldedAnswer> _folded = [];

    /// <summary>The folded answers by their text, for those the full cache of <see cref="_seen"/> did not keep.</summary>
    private readonly Dictionary<string, int> _foldedByText = new(StringComparer.Ordinal);

    public IReadOnlyList<FoldedAnswer> Folded => _folded;

    public bool TryResolveSeen(ReadOnlySpan<byte> raw, out int category)
    {
        if (!_seen.TryGet(raw, out var seen))
        {
            category = 0;
            return false;
        }

        if (seen.Folded >= 0)
        {
            _folded[seen.Folded].Rows++;
        }

        category = seen.Category;
        return true;
    }

    /// <summary>
    /// Resolves an answer not met before (or not kept): exactly, else folded — then counted under its text, with
    /// <paramref name="line"/> when it is the first. A match is remembered; an ambiguous or unknown answer is not.
    /// </summary>
    public AnswerMatch Resolve(ReadOnlySpan<byte> raw, ReadOnlySpan<char> text, int line)
    {
        if (_foldedByText.Count > 0 && _foldedByText.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var known))
        {
            var again = _folded[known];
            again.Rows++;
            _seen.Remember(raw, (again.Category, known));
            return new AnswerMatch(again.Category, again.Form, null);
        }

        var match = Answers.Match(text);
        if (match.Value is not int category)
        {
            return match;
        }

        var folded = -1;
        if (match.Form is { } form)
        {
            folded = _folded.Count;
            var answer = text.ToString();
            _folded.Add(new FoldedAnswer(answer, form, category, line) { Rows = 1 });
            _foldedByText[answer] = folded;
        }

        _seen.Remember(raw, (category, folded));
        return match;
    }

    public int FieldIndex { get; }

    public int Categories => _categories;

    public int Excluded { get; }

    /// <summary>The score of a category for correlations: the best category scores highest (4 … 1 on a 4-point scale).</summary>
    public double Score(int category) => _categories - category;

    public AnswerCounts NewCounts() => new(_categories, Excluded);
}

/// <summary>
/// An answer of the data that matched the scale's <see cref="Form"/> only with accents, case, spacing or apostrophes
/// aside: where it was first met (<see cref="Line"/>) and on how many rows (<see cref="Rows"/>).
/// </summary>
internal sealed class FoldedAnswer(string answer, string form, int category, int line)
{
    public string Answer { get; } = answer;

    public string Form { get; } = form;

    public int Category { get; } = category;

    public int Line { get; } = line;

    public long Rows { get; set; }
}
