namespace ReportGen.Analysis;

/// <summary>A confidence interval of a proportion, bounds in [0, 1].</summary>
public readonly record struct Interval(double Lower, double Upper)
{
    public bool Contains(double value) => value >= Lower && value <= Upper;
}
