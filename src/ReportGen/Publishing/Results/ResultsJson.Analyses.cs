using System.Text.Json;
using ReportGen.Analysis;

namespace ReportGen.Publishing.Results;

/// <summary>Trends, segments, the mirror survey and the priorities.</summary>
public static partial class ResultsJson
{
    private static void Trends(Utf8JsonWriter w, SurveyResults results)
    {
        if (results.Trends is not { } trends)
        {
            w.WriteNull("trends");
            return;
        }

        var catalog = results.Project.Catalog;
        w.WriteStartObject("trends");
        Strings(w, "waves", trends.Waves);
        w.WriteString("current_wave", trends.CurrentWave);
        Text(w, "previous_wave", trends.PreviousWave);
        w.WriteString("correction", Correction(trends.Correction));
        Number(w, "alpha", TwoProportionResult.Alpha(results.Project.Thresholds.ConfidenceLevel));
        w.WriteStartArray("indicators");
        foreach (var trend in trends.Indicators)
        {
            var scale = catalog.Scale(catalog.Indicator(trend.IndicatorId).ScaleId);
            w.WriteStartObject();
            w.WriteString("indicator_id", trend.IndicatorId);
            Number(w, "change_points", trend.ChangePoints);
            Number(w, "z", trend.Z);
            Number(w, "p_value", trend.PValue);
            Number(w, "adjusted_p_value", trend.AdjustedPValue);
            w.WriteString("direction", Direction(trend.Direction));
            w.WriteBoolean("significant", trend.Direction is TrendDirection.Up or TrendDirection.Down);
            w.WriteStartArray("waves");
            foreach (var wave in trend.Waves)
            {
                w.WriteStartObject();
                w.WriteString("wave", wave.Wave);
                w.WritePropertyName("estimate");
                Estimate(w, wave.Estimate, scale);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        ScoreTrends(w, trends);
        w.WriteEndObject();
    }

    private static void Segments(Utf8JsonWriter w, SurveyResults results)
    {
        var catalog = results.Project.Catalog;
        w.WriteStartArray("segments");
        foreach (var segment in results.Segments)
        {
            w.WriteStartObject();
            w.WriteString("segment_id", segment.SegmentId);
            w.WriteString("label", segment.Label);
            w.WriteString("column", segment.Column);
            w.WriteStartArray("values");
            foreach (var value in segment.Values)
            {
                w.WriteStartObject();
                w.WriteString("value", value.Value);
                w.WriteNumber("respondents", value.Respondents);
                w.WriteStartArray("estimates");
                foreach (var estimate in value.Estimates)
                {
                    w.WriteStartObject();
                    w.WriteString("indicator_id", estimate.IndicatorId);
                    w.WritePropertyName("estimate");
                    Estimate(w, estimate, catalog.Scale(catalog.Indicator(estimate.IndicatorId).ScaleId));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                SegmentScores(w, value.Scores);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Mirror(Utf8JsonWriter w, SurveyResults results)
    {
        if (results.Mirror is not { } mirror || results.Project.Mirror is not { } definition)
        {
            w.WriteNull("mirror");
            return;
        }

        var catalog = results.Project.Catalog;
        var withheld = mirror.WithheldItems.ToHashSet(StringComparer.Ordinal);
        w.WriteStartObject("mirror");
        // Under min_group, the staff file's size is itself a small group's figure: not written.
        Count(w, "respondents", mirror.Withheld ? null : mirror.Staff.Respondents);
        w.WriteNumber("min_group", definition.MinGroup);
        Number(w, "convergence_points", definition.ConvergencePoints);
        w.WriteBoolean("withheld", mirror.Withheld);
        Strings(w, "withheld_items", mirror.WithheldItems);
        Strings(w, "not_asked", mirror.NotAsked);
        w.WriteStartArray("gaps");
        foreach (var gap in mirror.Gaps)
        {
            w.WriteStartObject();
            w.WriteString("indicator_id", gap.IndicatorId);
            Number(w, "tenant_satisfied", gap.TenantSatisfied);
            Number(w, "staff_satisfied", gap.StaffSatisfied);
            Number(w, "gap_points", gap.GapPoints);
            Number(w, "z", gap.Z);
            Number(w, "p_value", gap.PValue);
            w.WriteBoolean("significant", gap.Significant);
            w.WriteString("class", GapClass(gap.Class));
            Number(w, "tenant_effective_base", gap.TenantBase);
            Number(w, "staff_effective_base", gap.StaffBase);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("staff_estimates");
        foreach (var estimate in mirror.StaffEstimates)
        {
            w.WriteStartObject();
            w.WriteString("indicator_id", estimate.IndicatorId);
            w.WritePropertyName("estimate");
            Estimate(w, estimate, catalog.Scale(catalog.Indicator(estimate.IndicatorId).ScaleId), withheld: mirror.Withheld || withheld.Contains(estimate.IndicatorId));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        MirrorScores(w, mirror);
        w.WriteStartArray("groups");
        foreach (var group in mirror.Groups)
        {
            w.WriteStartObject();
            w.WriteString("segment_id", group.SegmentId);
            w.WriteString("label", group.Label);
            Count(w, "total", group.Table.TotalShown ? group.Table.Total : null);
            w.WriteStartArray("values");
            foreach (var cell in group.Table.Cells)
            {
                w.WriteStartObject();
                w.WriteString("value", group.Values[cell.Index]);
                Count(w, "respondents", cell.Shown ? cell.Count : null);
                w.WriteString("suppression", cell.Reason switch
                {
                    Suppression.Primary => "primary",
                    Suppression.Complementary => "complementary",
                    _ => "none",
                });
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Priorities(Utf8JsonWriter w, SurveyResults results)
    {
        if (results.Priorities is not { } priorities)
        {
            w.WriteNull("priorities");
            return;
        }

        w.WriteStartObject("priorities");
        Number(w, "performance_crosshair", priorities.PerformanceCrosshair);
        Number(w, "importance_crosshair", priorities.ImportanceCrosshair);
        w.WriteNumber("top_irritants", priorities.TopIrritants);
        w.WriteStartArray("items");
        foreach (var item in priorities.Items)
        {
            w.WriteStartObject();
            w.WriteString("indicator_id", item.IndicatorId);
            Number(w, "importance", item.Importance);
            Number(w, "performance", item.Performance);
            w.WriteString("quadrant", item.Quadrant switch
            {
                PriorityQuadrant.ImprovementPriority => "improvement_priority",
                PriorityQuadrant.StrengthToMaintain => "strength_to_maintain",
                PriorityQuadrant.SecondaryPriority => "secondary_priority",
                _ => "possible_overkill",
            });
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("workstreams");
        foreach (var stream in priorities.Workstreams)
        {
            w.WriteStartObject();
            w.WriteString("id", stream.Workstream.Id);
            w.WriteString("label", stream.Workstream.Label);
            w.WriteNumber("rank", stream.Rank);
            w.WriteNumber("score", stream.Score);
            w.WriteBoolean("selected", stream.Selected);
            Strings(w, "priority_indicators", stream.PriorityIndicators);
            Strings(w, "misread_indicators", stream.MisreadIndicators);
            Strings(w, "irritant_themes", stream.IrritantThemes);
            w.WriteNumber("negative_mentions", stream.NegativeMentions);
            Strings(w, "indicators", stream.Workstream.Indicators);
            Strings(w, "themes", stream.Workstream.Themes);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string Direction(TrendDirection direction) => direction switch
    {
        TrendDirection.Up => "up",
        TrendDirection.Down => "down",
        TrendDirection.Stable => "stable",
        _ => "not_tested",
    };

    private static string GapClass(MirrorGapClass gapClass) => gapClass switch
    {
        MirrorGapClass.Convergence => "convergence",
        MirrorGapClass.StaffOverestimate => "staff_overestimate",
        MirrorGapClass.StaffUnderestimate => "staff_underestimate",
        _ => "unavailable",
    };
}
