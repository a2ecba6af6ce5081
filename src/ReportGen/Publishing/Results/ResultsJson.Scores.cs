using System.Text.Json;
using ReportGen.Analysis;
using ReportGen.Analysis.Scores;
using ReportGen.Definitions;

namespace ReportGen.Publishing.Results;

/// <summary>
/// Scores (means of a numeric scale, in its units), net scores (points from −100 to +100; their shares proportions)
/// and the benchmark comparisons. Like the shares', every figure is the analysis's double, unrounded.
/// </summary>
public static partial class ResultsJson
{
    private static void Scores(Utf8JsonWriter w, SurveyResults results)
    {
        var catalog = results.Project.Catalog;
        w.WriteStartArray("scores");
        foreach (var score in results.Scores.Scores)
        {
            var indicator = catalog.Indicator(score.IndicatorId);
            w.WriteStartObject();
            ScoreIndicator(w, results, indicator);
            w.WriteNumber("minimum", score.Minimum);
            w.WriteNumber("maximum", score.Maximum);
            Text(w, "unit", catalog.Scale(indicator.ScaleId).Range?.DisplayUnit);
            Count(w, "threshold", indicator.Threshold);
            Number(w, "target", indicator.Target);
            w.WritePropertyName("estimate");
            ScoreEstimate(w, score);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("net_scores");
        foreach (var net in results.Scores.NetScores)
        {
            var indicator = catalog.Indicator(net.IndicatorId);
            var cutOffs = indicator.CutOffs ?? NetCutOffs.Default;
            w.WriteStartObject();
            ScoreIndicator(w, results, indicator);
            w.WriteNumber("detractors_to", cutOffs.DetractorsTo);
            w.WriteNumber("promoters_from", cutOffs.PromotersFrom);
            Number(w, "target", indicator.Target);
            w.WritePropertyName("estimate");
            NetScoreEstimate(w, net);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>What a score or net-score indicator is, as <c>indicators[]</c> gives it for a share.</summary>
    private static void ScoreIndicator(Utf8JsonWriter w, SurveyResults results, IndicatorDefinition indicator)
    {
        var catalog = results.Project.Catalog;
        var scale = catalog.Scale(indicator.ScaleId);
        w.WriteString("id", indicator.Id);
        w.WriteString("label", indicator.Label);
        w.WriteString("theme_id", indicator.ThemeId);
        w.WriteString("theme_label", catalog.Theme(indicator.ThemeId).Label);
        w.WriteString("scale_id", scale.Id);
        Text(w, "scale_label", scale.Label);
        w.WriteBoolean("headline", indicator.Headline);
        Text(w, "quali_hlm_engagement", indicator.QualiHlmEngagement);
        Strings(w, "iso_clauses", indicator.IsoClauses);
        Text(w, "action_axis", indicator.ActionAxis);
        Number(w, "confidence_level", results.Project.Thresholds.ConfidenceLevel);
    }

    /// <summary>A score's estimate; a suppressed one has no mean, interval, share or distribution.</summary>
    /// <param name="withheld">A staff estimate of a group under <c>min_group</c>: its counts are hidden too.</param>
    private static void ScoreEstimate(Utf8JsonWriter w, ScoreEstimate e, bool withheld = false)
    {
        w.WriteStartObject();
        Bases(w, e.ValidBase, e.ExcludedAnswers, e.BlankAnswers, e.WeightedBase, e.EffectiveBase, withheld);
        Number(w, "mean", e.Mean);
        Number(w, "standard_error", e.StandardError);
        Number(w, "degrees_of_freedom", e.DegreesOfFreedom);
        Number(w, "interval_lower", e.Interval?.Lower);
        Number(w, "interval_upper", e.Interval?.Upper);
        Count(w, "share_from", e.ShareFrom);
        Number(w, "share_at_or_above", e.ShareAtOrAbove);
        Number(w, "share_interval_lower", e.ShareInterval?.Lower);
        Number(w, "share_interval_upper", e.ShareInterval?.Upper);
        w.WriteBoolean("low_base", e.LowBase);
        w.WriteBoolean("suppressed", e.Suppressed);
        Distribution(w, e.Minimum, e.Distribution, e.Suppressed);
        w.WriteEndObject();
    }

    /// <summary>A net score's estimate; a suppressed one has no shares, score, interval or distribution.</summary>
    private static void NetScoreEstimate(Utf8JsonWriter w, NetScoreEstimate e)
    {
        w.WriteStartObject();
        Bases(w, e.ValidBase, e.ExcludedAnswers, e.BlankAnswers, e.WeightedBase, e.EffectiveBase, withheld: false);
        Number(w, "promoters", e.Promoters);
        Number(w, "passives", e.Passives);
        Number(w, "detractors", e.Detractors);
        Number(w, "score", e.Score);
        Number(w, "standard_error", e.StandardError);
        Number(w, "degrees_of_freedom", e.DegreesOfFreedom);
        Number(w, "interval_lower", e.Interval?.Lower);
        Number(w, "interval_upper", e.Interval?.Upper);
        w.WriteBoolean("low_base", e.LowBase);
        w.WriteBoolean("suppressed", e.Suppressed);
        Distribution(w, 0, e.Distribution, e.Suppressed);
        w.WriteEndObject();
    }

    private static void Bases(Utf8JsonWriter w, long valid, long excluded, long blank, double weighted, double effective, bool withheld)
    {
        Count(w, "valid_base", withheld ? null : valid);
        Count(w, "excluded_answers", withheld ? null : excluded);
        Count(w, "blank_answers", withheld ? null : blank);
        Number(w, "weighted_base", weighted);
        Number(w, "effective_base", effective);
    }

    /// <summary>The weighted share of each answer, lowest first, or null when suppressed.</summary>
    private static void Distribution(Utf8JsonWriter w, int minimum, IReadOnlyList<double> shares, bool suppressed)
    {
        if (suppressed || shares.Count == 0)
        {
            w.WriteNull("distribution");
            return;
        }

        w.WriteStartArray("distribution");
        for (var i = 0; i < shares.Count; i++)
        {
            w.WriteStartObject();
            w.WriteNumber("answer", minimum + i);
            Number(w, "share", shares[i]);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>The score and net-score trends, inside <c>trends</c>: Welch's t and the p-values adjusted with the shares'.</summary>
    private static void ScoreTrends(Utf8JsonWriter w, TrendResults trends)
    {
        w.WriteNumber("family_size", trends.FamilySize);
        w.WriteStartArray("scores");
        foreach (var trend in trends.Scores)
        {
            w.WriteStartObject();
            w.WriteString("indicator_id", trend.IndicatorId);
            w.WriteString("kind", Kind(trend.Kind));
            Number(w, "change", trend.Change);
            Number(w, "t", trend.T);
            Number(w, "degrees_of_freedom", trend.DegreesOfFreedom);
            Number(w, "p_value", trend.PValue);
            Number(w, "adjusted_p_value", trend.AdjustedPValue);
            w.WriteString("direction", Direction(trend.Direction));
            w.WriteBoolean("significant", trend.Direction is TrendDirection.Up or TrendDirection.Down);
            w.WriteStartArray("waves");
            foreach (var wave in trend.Waves)
            {
                w.WriteStartObject();
                w.WriteString("wave", wave.Wave);
                Number(w, "value", wave.Value);
                Number(w, "interval_lower", wave.Interval?.Lower);
                Number(w, "interval_upper", wave.Interval?.Upper);
                w.WriteNumber("valid_base", wave.ValidBase);
                Number(w, "effective_base", wave.EffectiveBase);
                w.WriteBoolean("low_base", wave.LowBase);
                w.WriteBoolean("suppressed", wave.Suppressed);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>A segment value's scores and net scores, after its share estimates.</summary>
    private static void SegmentScores(Utf8JsonWriter w, ScoreResults scores)
    {
        w.WriteStartArray("scores");
        foreach (var score in scores.Scores)
        {
            w.WriteStartObject();
            w.WriteString("indicator_id", score.IndicatorId);
            w.WritePropertyName("estimate");
            ScoreEstimate(w, score);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("net_scores");
        foreach (var net in scores.NetScores)
        {
            w.WriteStartObject();
            w.WriteString("indicator_id", net.IndicatorId);
            w.WritePropertyName("estimate");
            NetScoreEstimate(w, net);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>The mirror's score gaps (Welch) and the staff's score estimates, inside <c>mirror</c>.</summary>
    private static void MirrorScores(Utf8JsonWriter w, MirrorResults mirror)
    {
        var withheld = mirror.WithheldItems.ToHashSet(StringComparer.Ordinal);
        w.WriteStartArray("score_gaps");
        foreach (var gap in mirror.ScoreGaps)
        {
            w.WriteStartObject();
            w.WriteString("indicator_id", gap.IndicatorId);
            Number(w, "tenant_mean", gap.TenantMean);
            Number(w, "staff_mean", gap.StaffMean);
            Number(w, "gap", gap.Gap);
            Number(w, "t", gap.T);
            Number(w, "degrees_of_freedom", gap.DegreesOfFreedom);
            Number(w, "p_value", gap.PValue);
            w.WriteBoolean("significant", gap.Significant);
            w.WriteString("class", GapClass(gap.Class));
            Number(w, "threshold", gap.Threshold);
            Number(w, "tenant_effective_base", gap.TenantBase);
            Number(w, "staff_effective_base", gap.StaffBase);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("staff_scores");
        foreach (var score in mirror.StaffScores)
        {
            w.WriteStartObject();
            w.WriteString("indicator_id", score.IndicatorId);
            w.WritePropertyName("estimate");
            ScoreEstimate(w, score, withheld: mirror.Withheld || withheld.Contains(score.IndicatorId));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>
    /// Each benchmark of the project, as the file declares it, and the office against it. The comparison's estimate and
    /// reference are in the estimate's unit, as everywhere in the file (a share: a proportion); its gap is in
    /// percentage points for a share, as every gap of the file, in score units for a score and in points for a net score.
    /// </summary>
    private static void Benchmarks(Utf8JsonWriter w, SurveyResults results)
    {
        w.WriteStartArray("benchmarks");
        foreach (var benchmark in results.Benchmarks)
        {
            var definition = benchmark.Definition;
            var comparison = benchmark.Comparison;
            var kind = results.Project.Catalog.Indicator(definition.IndicatorId).Kind;
            w.WriteStartObject();
            w.WriteString("indicator_id", definition.IndicatorId);
            w.WriteString("kind", Kind(kind));
            w.WriteString("name", benchmark.Name);
            w.WriteStartObject("definition");
            w.WriteString("indicator", definition.IndicatorId);
            Number(w, "value", definition.Value);
            w.WriteString("unit", definition.Unit switch
            {
                MeasureUnit.Percent => "percent",
                MeasureUnit.Score => "score",
                _ => "points",
            });
            w.WriteString("source", definition.Source);
            w.WriteNumber("year", definition.Year);
            Count(w, "base", definition.Base);
            Text(w, "label", definition.Label);
            w.WriteEndObject();
            w.WriteStartObject("comparison");
            Number(w, "estimate", comparison.Estimate);
            Number(w, "reference", comparison.Reference);
            Number(w, "reference_base", comparison.ReferenceBase);
            Number(w, "gap", kind == IndicatorKind.Share ? comparison.Gap * 100 : comparison.Gap);
            Text(w, "test", comparison.Test switch
            {
                null => null,
                BenchmarkTest.OneSampleProportionZ => "one_sample_proportion_z",
                BenchmarkTest.TwoProportionZ => "two_proportion_z",
                BenchmarkTest.OneSampleT => "one_sample_t",
                _ => "welch_t",
            });
            Number(w, "statistic", comparison.Statistic);
            Number(w, "degrees_of_freedom", comparison.DegreesOfFreedom);
            Number(w, "p_value", comparison.PValue);
            w.WriteString("verdict", comparison.Verdict switch
            {
                BenchmarkVerdict.InLine => "in_line",
                BenchmarkVerdict.Above => "above",
                BenchmarkVerdict.Below => "below",
                _ => "unavailable",
            });
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static string Kind(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Score => "score",
        IndicatorKind.Net => "net",
        _ => "share",
    };
}
