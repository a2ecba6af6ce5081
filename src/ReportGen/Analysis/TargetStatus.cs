namespace ReportGen.Analysis;

/// <summary>
/// An indicator against its target, judged on the confidence interval rather than the point estimate, so that
/// a figure is not called above or below target on sampling noise alone.
/// </summary>
public enum TargetStatus
{
    /// <summary>No target is set, or the figure is suppressed.</summary>
    NoTarget,

    /// <summary>The whole interval is at or above the target.</summary>
    Met,

    /// <summary>The whole interval is below the target.</summary>
    Below,

    /// <summary>The target lies inside the interval: the data cannot tell.</summary>
    NotSignificantlyDifferent,
}
