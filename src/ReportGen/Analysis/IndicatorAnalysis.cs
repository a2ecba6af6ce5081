using ReportGen.Definitions;
using ReportGen.Ingest;

namespace ReportGen.Analysis;

/// <summary>From an indicator's answer tally to its estimate: pure arithmetic, no I/O, no formatting.</summary>
public static class IndicatorAnalysis
{
    public static IndicatorEstimate Estimate(IndicatorDefinition indicator, ScaleDefinition scale, AnswerTally tally, Thresholds thresholds)
    {
        var validBase = tally.ValidBase;
        var excluded = tally.ExcludedCounts.Sum();
        var effective = WeightedSample.KishEffectiveSize(tally.SumWeights, tally.SumSquaredWeights);
        var target = indicator.TargetPercent / 100;
        var suppressed = validBase < thresholds.SuppressBelow || validBase == 0 || tally.SumWeights <= 0;
        var lowBase = effective < thresholds.LowBase;
        if (suppressed)
        {
            return new IndicatorEstimate(indicator.Id, validBase, excluded, tally.Blank, tally.SumWeights, effective,
                null, null, null, target, TargetStatus.NoTarget, lowBase, true, []);
        }

        var satisfiedWeight = 0.0;
        for (var i = 0; i < scale.Categories.Count; i++)
        {
            if (scale.Categories[i].Satisfied)
            {
                satisfiedWeight += tally.CategoryWeights[i];
            }
        }

        var p = Math.Clamp(satisfiedWeight / tally.SumWeights, 0, 1);
        var z = Proportions.CriticalValue(thresholds.ConfidenceLevel);
        var interval = Proportions.Wilson(p, effective, z);
        var margin = Proportions.MarginOfError(p, effective, z);
        var status = target is not { } t ? TargetStatus.NoTarget
            : interval.Lower >= t ? TargetStatus.Met
            : interval.Upper < t ? TargetStatus.Below
            : TargetStatus.NotSignificantlyDifferent;
        var shares = tally.CategoryWeights.Select(w => w / tally.SumWeights).ToList();
        return new IndicatorEstimate(indicator.Id, validBase, excluded, tally.Blank, tally.SumWeights, effective,
            p, interval, margin, target, status, lowBase, false, shares);
    }
}
