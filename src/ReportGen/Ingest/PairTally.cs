namespace ReportGen.Ingest;

/// <summary>
/// The weighted sums of a pair of scores (an item and overall satisfaction) over the respondents who gave
/// both, which a weighted correlation needs: constant memory, one pass.
/// </summary>
public sealed class PairTally
{
    public long Count { get; private set; }

    public double SumW { get; private set; }

    public double SumWX { get; private set; }

    public double SumWY { get; private set; }

    public double SumWXX { get; private set; }

    public double SumWYY { get; private set; }

    public double SumWXY { get; private set; }

    public void Add(double x, double y, double weight)
    {
        Count++;
        SumW += weight;
        SumWX += weight * x;
        SumWY += weight * y;
        SumWXX += weight * x * x;
        SumWYY += weight * y * y;
        SumWXY += weight * x * y;
    }

    /// <summary>Adds another tally whose weights are all multiplied by <paramref name="factor"/> (every sum is linear in the weights).</summary>
    public void AddScaled(PairTally other, double factor)
    {
        ArgumentNullException.ThrowIfNull(other);
        Count += other.Count;
        SumW += factor * other.SumW;
        SumWX += factor * other.SumWX;
        SumWY += factor * other.SumWY;
        SumWXX += factor * other.SumWXX;
        SumWYY += factor * other.SumWYY;
        SumWXY += factor * other.SumWXY;
    }
}
