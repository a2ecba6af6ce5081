namespace ReportGen.Analysis;

/// <summary>
/// One indicator of the mirror survey: what staff believe tenants answer against what tenants answered.
/// Proportions are in [0, 1]; <see cref="GapPoints"/> is staff − tenant in percentage points. When either side
/// is suppressed (or missing), <see cref="Class"/> is <see cref="MirrorGapClass.Unavailable"/>, the gap
/// fields are null, and only the published side keeps its proportion.
/// </summary>
/// <param name="StaffBase">The staff effective base the test used (0 when the staff side is missing).</param>
/// <param name="TenantBase">The tenant effective base the test used (Kish, with the survey weights).</param>
public sealed record MirrorGap(
    string IndicatorId,
    double? StaffSatisfied,
    double? TenantSatisfied,
    double? GapPoints,
    double? Z,
    double? PValue,
    bool Significant,
    MirrorGapClass Class,
    double StaffBase,
    double TenantBase);

/// <summary>How staff perception compares with the tenants' answers.</summary>
public enum MirrorGapClass
{
    /// <summary>One side is suppressed or missing: no gap is published.</summary>
    Unavailable,

    /// <summary>The gap is under the threshold, or not significant: staff read tenants right, as far as the data can tell.</summary>
    Convergence,

    /// <summary>Staff think tenants are more satisfied than they are, by at least the threshold, significantly.</summary>
    StaffOverestimate,

    /// <summary>Staff think tenants are less satisfied than they are, by at least the threshold, significantly.</summary>
    StaffUnderestimate,
}
