namespace ReportGen.Definitions;

/// <summary>
/// The unit a figure is in, which a target and a benchmark must share with their indicator: a share is in
/// <see cref="Percent"/>, a net score in <see cref="Points"/> (−100 to +100), a score in the scale's own units.
/// </summary>
public enum MeasureUnit
{
    Percent,
    Points,
    Score,
}
