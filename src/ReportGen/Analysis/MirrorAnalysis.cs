namespace ReportGen.Analysis;

/// <summary>
/// The mirror survey: staff answer the tenant questionnaire as they believe tenants would; per indicator,
/// the gap staff − tenant shows where the organisation misreads its tenants (shared/reference/DOMAIN.md,
/// "Mirror survey"). Staff bases are small, so each gap is tested (two-proportion z-test on the effective
/// bases) and only a gap both large and significant is called a divergence. Pure functions.
/// </summary>
public static class MirrorAnalysis
{
    /// <summary>The gap, in percentage points, from which a significant difference is called a divergence.</summary>
    public const double DefaultThresholdPoints = 5;

    /// <summary>Guards the threshold comparison against binary rounding (0.75 − 0.70 is 0.0500000000000000044).</summary>
    private const double Tolerance = 1e-9;

    /// <summary>The gap of one indicator; <paramref name="staff"/> and <paramref name="tenant"/> must be the same indicator.</summary>
    public static MirrorGap Gap(IndicatorEstimate staff, IndicatorEstimate tenant, double confidence, double thresholdPoints = DefaultThresholdPoints)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentOutOfRangeException.ThrowIfNegative(thresholdPoints);
        if (!string.Equals(staff.IndicatorId, tenant.IndicatorId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"the staff estimate is of '{staff.IndicatorId}', the tenant estimate of '{tenant.IndicatorId}'.", nameof(tenant));
        }

        if (staff.Suppressed || tenant.Suppressed || staff.Satisfied is not { } s || tenant.Satisfied is not { } t
            || staff.EffectiveBase <= 0 || tenant.EffectiveBase <= 0)
        {
            return Unavailable(tenant.IndicatorId, staff.Satisfied, tenant.Satisfied, staff.EffectiveBase, tenant.EffectiveBase);
        }

        var test = TwoProportionTest.Compute(s, staff.EffectiveBase, t, tenant.EffectiveBase);
        var gap = test.Difference * 100;
        var significant = test.SignificantAt(confidence);
        return new MirrorGap(tenant.IndicatorId, s, t, gap, test.Z, test.PValue, significant, Classify(gap, significant, thresholdPoints), staff.EffectiveBase, tenant.EffectiveBase);
    }

    /// <summary>
    /// The class of a gap staff − tenant, in the units of <paramref name="threshold"/> (points for shares, the
    /// score's units for scores): a divergence only when it is both at least the threshold and significant.
    /// </summary>
    internal static MirrorGapClass Classify(double gap, bool significant, double threshold) =>
        !(Math.Abs(gap) >= threshold - Tolerance && significant) ? MirrorGapClass.Convergence
        : gap > 0 ? MirrorGapClass.StaffOverestimate
        : MirrorGapClass.StaffUnderestimate;

    /// <summary>
    /// The gaps of every tenant indicator, in the tenants' order, matched to the staff estimates by indicator id.
    /// An indicator the staff survey lacks is <see cref="MirrorGapClass.Unavailable"/>.
    /// </summary>
    public static IReadOnlyList<MirrorGap> Gaps(IReadOnlyList<IndicatorEstimate> staff, IReadOnlyList<IndicatorEstimate> tenant, double confidence, double thresholdPoints = DefaultThresholdPoints)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(tenant);
        var byId = staff.ToDictionary(e => e.IndicatorId, StringComparer.Ordinal);
        return [.. tenant.Select(t => byId.TryGetValue(t.IndicatorId, out var s)
            ? Gap(s, t, confidence, thresholdPoints)
            : Unavailable(t.IndicatorId, null, t.Satisfied, 0, t.EffectiveBase))];
    }

    /// <summary>No gap; the side that is published keeps its figure (a suppressed estimate has none).</summary>
    private static MirrorGap Unavailable(string id, double? staff, double? tenant, double staffBase, double tenantBase) =>
        new(id, staff, tenant, null, null, null, false, MirrorGapClass.Unavailable, staffBase, tenantBase);
}
