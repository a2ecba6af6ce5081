namespace ReportGen.Analysis.Scores;

/// <summary>
/// One score indicator of the mirror survey: the mean staff believe tenants give against the tenants' mean.
/// <see cref="Gap"/> is staff − tenant in the score's units (a 0–10 score: points out of 10), tested by Welch's
/// t-test. When either side is suppressed (or missing), <see cref="Class"/> is
/// <see cref="MirrorGapClass.Unavailable"/> and the gap fields are null, as for <see cref="MirrorGap"/>.
/// </summary>
/// <param name="Threshold">The gap, in the score's units, from which a significant gap is called a divergence.</param>
/// <param name="StaffBase">The staff effective base (0 when the staff side is missing).</param>
/// <param name="TenantBase">The tenant effective base.</param>
public sealed record ScoreMirrorGap(
    string IndicatorId,
    double? StaffMean,
    double? TenantMean,
    double? Gap,
    double? T,
    double? DegreesOfFreedom,
    double? PValue,
    bool Significant,
    MirrorGapClass Class,
    double Threshold,
    double StaffBase,
    double TenantBase);
