namespace ReportGen.Analysis.Scores;

/// <summary>
/// The answers to one score question (a whole number between declared bounds, e.g. 0–10 or 1–10), summed while
/// reading: per score value, from <see cref="Minimum"/> up, the number of respondents, the sum of their weights
/// and of their squared weights. These sums are all that the weighted mean, its linearization variance, the
/// Kish effective base, the shares and the net score need, so no row is kept. Unweighted data: add weight 1.
/// </summary>
public sealed class ScoreTally
{
    private readonly long[] counts;
    private readonly double[] weights;
    private readonly double[] squaredWeights;

    public ScoreTally(int minimum, int maximum)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(minimum, maximum);
        ArgumentOutOfRangeException.ThrowIfGreaterThan((long)maximum - minimum, 1000, nameof(maximum));
        Minimum = minimum;
        Maximum = maximum;
        var size = maximum - minimum + 1;
        counts = new long[size];
        weights = new double[size];
        squaredWeights = new double[size];
    }

    /// <summary>The lowest score the question allows (0 on a 0–10 question).</summary>
    public int Minimum { get; }

    /// <summary>The highest score the question allows (10 on a 0–10 question).</summary>
    public int Maximum { get; }

    /// <summary>Answers that leave the base ("Ne sait pas", "Non concerné").</summary>
    public long Excluded { get; private set; }

    /// <summary>Blank answers.</summary>
    public long Blank { get; private set; }

    /// <summary>Respondents per score value, <see cref="Minimum"/> first.</summary>
    public IReadOnlyList<long> Counts => counts;

    /// <summary>Σw per score value, <see cref="Minimum"/> first.</summary>
    public IReadOnlyList<double> Weights => weights;

    /// <summary>Σw² per score value, <see cref="Minimum"/> first.</summary>
    public IReadOnlyList<double> SquaredWeights => squaredWeights;

    /// <summary>The number of valid answers, n.</summary>
    public long ValidBase => counts.Sum();

    /// <summary>Σw over the valid answers.</summary>
    public double SumWeights => weights.Sum();

    /// <summary>Σw² over the valid answers.</summary>
    public double SumSquaredWeights => squaredWeights.Sum();

    /// <summary>Counts one valid answer.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The score is outside the declared bounds, or the weight is negative or not finite.</exception>
    public void Add(int score, double weight)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(score, Minimum);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(score, Maximum);
        if (!(weight >= 0) || double.IsPositiveInfinity(weight))
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "A weight is a finite number ≥ 0.");
        }

        var i = score - Minimum;
        counts[i]++;
        weights[i] += weight;
        squaredWeights[i] += weight * weight;
    }

    /// <summary>
    /// Adds sums already made (from the tallies of the ingest, whose cells sum rows as they stream by): <paramref name="count"/>
    /// answers of <paramref name="score"/> with Σw = <paramref name="weight"/> and Σw² = <paramref name="squaredWeight"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The score is outside the bounds, or a sum negative or not finite.</exception>
    public void AddSums(int score, long count, double weight, double squaredWeight)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(score, Minimum);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(score, Maximum);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (!(weight >= 0) || double.IsPositiveInfinity(weight) || !(squaredWeight >= 0) || double.IsPositiveInfinity(squaredWeight))
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "Sums of weights are finite numbers ≥ 0.");
        }

        var i = score - Minimum;
        counts[i] += count;
        weights[i] += weight;
        squaredWeights[i] += squaredWeight;
    }

    /// <summary>Adds <paramref name="excluded"/> answers that leave the base and <paramref name="blank"/> blanks.</summary>
    public void AddLeftOut(long excluded, long blank)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(excluded);
        ArgumentOutOfRangeException.ThrowIfNegative(blank);
        Excluded += excluded;
        Blank += blank;
    }

    /// <summary>Counts one answer that leaves the base.</summary>
    public void AddExcluded() => Excluded++;

    /// <summary>Counts one blank answer.</summary>
    public void AddBlank() => Blank++;

    /// <summary>A tally of the given (score, weight) answers: for tests and small inputs.</summary>
    public static ScoreTally Of(int minimum, int maximum, IEnumerable<(int Score, double Weight)> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var tally = new ScoreTally(minimum, maximum);
        foreach (var (score, weight) in answers)
        {
            tally.Add(score, weight);
        }

        return tally;
    }
}
