namespace ReportGen.Analysis.Scores;

/// <summary>
/// Mirror gaps of score indicators, as <see cref="MirrorAnalysis"/> does for shares: the gap staff − tenant is
/// tested (Welch's t-test, each side on its own effective base), and only a gap both at least the threshold and
/// significant is a divergence. Pure functions.
/// </summary>
public static class ScoreMirrorAnalysis
{
    /// <summary>
    /// The default threshold as a fraction of the scale's range: 0.05, i.e. 0.5 on a 0–10 score, the counterpart of
    /// the shares' 5 points on [0, 100] (<see cref="MirrorAnalysis.DefaultThresholdPoints"/>).
    /// </summary>
    public const double DefaultThresholdShareOfRange = 0.05;

    /// <param name="threshold">In the score's units; null: <see cref="DefaultThresholdShareOfRange"/> of the range.</param>
    public static ScoreMirrorGap Gap(ScoreEstimate staff, ScoreEstimate tenant, double confidence, double? threshold = null)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(tenant);
        if (!string.Equals(staff.IndicatorId, tenant.IndicatorId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"the staff estimate is of '{staff.IndicatorId}', the tenant estimate of '{tenant.IndicatorId}'.", nameof(tenant));
        }

        if (staff.Minimum != tenant.Minimum || staff.Maximum != tenant.Maximum)
        {
            throw new ArgumentException($"staff answered on {staff.Minimum}–{staff.Maximum}, tenants on {tenant.Minimum}–{tenant.Maximum}.", nameof(tenant));
        }

        var limit = threshold ?? (DefaultThresholdShareOfRange * (tenant.Maximum - tenant.Minimum));
        ArgumentOutOfRangeException.ThrowIfNegative(limit, nameof(threshold));
        var test = WelchTest.Compute(staff, tenant);
        if (test is not { } result || staff.Mean is not { } s || tenant.Mean is not { } t)
        {
            return Unavailable(tenant.IndicatorId, staff.Mean, tenant.Mean, limit, staff.EffectiveBase, tenant.EffectiveBase);
        }

        var significant = result.SignificantAt(confidence);
        return new ScoreMirrorGap(tenant.IndicatorId, s, t, result.Difference, result.T, result.DegreesOfFreedom, result.PValue,
            significant, MirrorAnalysis.Classify(result.Difference, significant, limit), limit, staff.EffectiveBase, tenant.EffectiveBase);
    }

    /// <summary>The gaps of every tenant score, in the tenants' order, matched to the staff estimates by indicator id.</summary>
    public static IReadOnlyList<ScoreMirrorGap> Gaps(IReadOnlyList<ScoreEstimate> staff, IReadOnlyList<ScoreEstimate> tenant, double confidence, double? threshold = null)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(tenant);
        var byId = staff.ToDictionary(e => e.IndicatorId, StringComparer.Ordinal);
        return [.. tenant.Select(t => byId.TryGetValue(t.IndicatorId, out var s)
            ? Gap(s, t, confidence, threshold)
            : Unavailable(t.IndicatorId, null, t.Mean, threshold ?? (DefaultThresholdShareOfRange * (t.Maximum - t.Minimum)), 0, t.EffectiveBase))];
    }

    private static ScoreMirrorGap Unavailable(string id, double? staff, double? tenant, double threshold, double staffBase, double tenantBase) =>
        new(id, staff, tenant, null, null, null, null, false, MirrorGapClass.Unavailable, threshold, staffBase, tenantBase);
}
