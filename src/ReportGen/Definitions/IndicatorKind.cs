namespace ReportGen.Definitions;

/// <summary>What an indicator measures (<c>kind:</c> of the indicator file), and so the unit of its figure and target.</summary>
public enum IndicatorKind
{
    /// <summary>The top-box share: % of the valid answers that are satisfied categories (the default).</summary>
    Share,

    /// <summary>The mean of a numeric scale (<c>range:</c>), in the scale's units: « 7,8/10 ».</summary>
    Score,

    /// <summary>A recommendation (net) score from a 0–10 question: % promoters minus % detractors, in points.</summary>
    Net,
}
