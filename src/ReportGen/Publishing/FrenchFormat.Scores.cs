using ReportGen.Definitions;

namespace ReportGen.Publishing;

/// <summary>Scores out of 10 and net scores as the French documents print them.</summary>
public static partial class FrenchFormat
{
    /// <summary>A mean of a numeric scale with its unit: 7.84 on 0–10 → "7,8/10"; the scale's <c>unit</c> when it sets one (" sur 5").</summary>
    public static string Score(double value, NumericRange range, int decimals = 1)
    {
        ArgumentNullException.ThrowIfNull(range);
        return Number(value, decimals) + range.DisplayUnit;
    }

    /// <summary>A net score in points, always signed: 12.3 → "+12", −4 → "−4", 0 → "0".</summary>
    public static string NetScore(double points, int decimals = 0) => WithSign(points, decimals);

    /// <summary>A signed number for a gap or a change: 0.43 → "+0,4", −0.3 → "−0,3", 0 → "0,0".</summary>
    public static string WithSign(double value, int decimals = 1)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded > 0 ? "+" + Number(value, decimals) : Number(value, decimals);
    }
}
