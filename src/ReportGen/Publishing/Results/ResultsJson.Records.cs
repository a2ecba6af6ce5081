using System.Text.Json;
using ReportGen.Analysis;
using ReportGen.Definitions;
using ReportGen.Verbatims;

namespace ReportGen.Publishing.Results;

/// <summary>The verbatim themes (counts only, never a comment's text), the action plan review and the weighting.</summary>
public static partial class ResultsJson
{
    /// <summary>The confidence level of the interval of the coding's polarity accuracy, as the evidence pack gives it.</summary>
    internal const double CodingConfidence = 0.95;

    /// <summary>Under this confidence a mention is among the first to have reviewed, as the evidence pack counts them.</summary>
    internal const double LowConfidence = 0.6;

    private static void Verbatims(Utf8JsonWriter w, SurveyResults results)
    {
        if (results.Verbatims is not { } verbatims)
        {
            w.WriteNull("verbatims");
            return;
        }

        var tally = verbatims.Tally;
        var confidence = results.Project.Thresholds.ConfidenceLevel;
        var z = Proportions.CriticalValue(confidence);
        w.WriteStartObject("verbatims");
        Text(w, "rules_file", results.Project.Verbatims is { } definition ? FileName(definition.RulesDisplayPath) : null);
        w.WriteString("rule_set_version", tally.RuleSetVersion);
        w.WriteNumber("tenant_comments", tally.TenantComments);
        w.WriteNumber("staff_comments", tally.StaffComments);
        Number(w, "confidence_level", confidence);
        w.WriteNumber("approved_quotes", verbatims.ApprovedQuotes.Count);
        w.WriteStartArray("themes");
        foreach (var theme in tally.Themes)
        {
            w.WriteStartObject();
            w.WriteString("theme_id", theme.Id);
            w.WriteString("label", theme.Label);
            foreach (var type in new[] { RespondentType.Tenant, RespondentType.Staff })
            {
                var count = tally.Count(theme.Id, type);
                var comments = tally.Comments(type);
                w.WriteStartObject(type == RespondentType.Tenant ? "tenant" : "staff");
                w.WriteNumber("mentions", count.Mentions);
                w.WriteNumber("negative_mentions", count.NegativeMentions);
                w.WriteNumber("positive_mentions", count.PositiveMentions);
                // A share of no comments is no figure: null, as the evidence pack's dash.
                var interval = comments == 0 ? (Interval?)null : Proportions.Wilson(count.Share, comments, z);
                Number(w, "share", comments == 0 ? null : count.Share);
                Number(w, "share_interval_lower", interval?.Lower);
                Number(w, "share_interval_upper", interval?.Upper);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("irritants");
        foreach (var irritant in verbatims.Irritants)
        {
            w.WriteStartObject();
            w.WriteNumber("rank", irritant.Rank);
            w.WriteBoolean("tied", irritant.Tied);
            w.WriteString("theme_id", irritant.ThemeId);
            w.WriteString("label", irritant.Label);
            w.WriteNumber("negative_mentions", irritant.NegativeMentions);
            Number(w, "share", irritant.Share);
            Number(w, "share_interval_lower", irritant.ShareInterval.Lower);
            Number(w, "share_interval_upper", irritant.ShareInterval.Upper);
            w.WriteNumber("mentions", irritant.Mentions);
            Number(w, "mention_share", irritant.MentionShare);
            Number(w, "mention_interval_lower", irritant.MentionInterval.Lower);
            Number(w, "mention_interval_upper", irritant.MentionInterval.Upper);
            Number(w, "p_value", irritant.PValue);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Coding(w, verbatims);
        w.WriteEndObject();
    }

    private static void Coding(Utf8JsonWriter w, VerbatimResults verbatims)
    {
        var tally = verbatims.Tally;
        var mentions = tally.Coded.SelectMany(c => c.Automatic ?? c.Mentions).ToList();
        w.WriteStartObject("coding");
        w.WriteNumber("comments", tally.Coded.Count);
        w.WriteNumber("reviewed_comments", tally.ReviewedComments);
        w.WriteNumber("automatic_mentions", mentions.Count);
        w.WriteNumber("prior_polarity_mentions", mentions.Count(m => m.Rule.StartsWith("prior:", StringComparison.Ordinal)));
        w.WriteNumber("uncertain_mentions", mentions.Count(m => m.Uncertain));
        w.WriteNumber("low_confidence_mentions", mentions.Count(m => m.Confidence < LowConfidence));
        Text(w, "reviewed_coding_file", verbatims.ReviewedCoding is { } file ? FileName(file) : null);
        if (CodingReviewSection.Agreement(tally) is not { } agreement)
        {
            w.WriteNull("agreement");
        }
        else
        {
            var accuracy = agreement.SharedMentions == 0 ? (Interval?)null
                : Proportions.Wilson(agreement.PolarityAccuracy, agreement.SharedMentions, Proportions.CriticalValue(CodingConfidence));
            w.WriteStartObject("agreement");
            w.WriteNumber("comments", agreement.Comments);
            Number(w, "presence_agreement", agreement.PresenceAgreement);
            w.WriteNumber("shared_mentions", agreement.SharedMentions);
            Number(w, "polarity_accuracy", agreement.SharedMentions == 0 ? null : agreement.PolarityAccuracy);
            Number(w, "polarity_accuracy_confidence_level", CodingConfidence);
            Number(w, "polarity_accuracy_interval_lower", accuracy?.Lower);
            Number(w, "polarity_accuracy_interval_upper", accuracy?.Upper);
            Number(w, "polarity_kappa", agreement.SharedMentions == 0 ? null : agreement.PolarityKappa);
            Number(w, "macro_f1", agreement.MacroF1);
            Number(w, "irritant_rank_correlation", agreement.IrritantRankCorrelation);
            w.WriteStartArray("themes");
            foreach (var theme in agreement.Themes)
            {
                w.WriteStartObject();
                w.WriteString("theme_id", theme.ThemeId);
                w.WriteNumber("true_positives", theme.TruePositives);
                w.WriteNumber("false_positives", theme.FalsePositives);
                w.WriteNumber("false_negatives", theme.FalseNegatives);
                Number(w, "precision", theme.Precision);
                Number(w, "recall", theme.Recall);
                Number(w, "f1", theme.F1);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void ActionPlan(Utf8JsonWriter w, SurveyResults results)
    {
        if (results.Project.ActionPlan is not { } plan)
        {
            w.WriteNull("action_plan");
            return;
        }

        var catalog = results.Project.Catalog;
        var asOf = results.Project.PublicationDate;
        var current = ActionPlanReview.CurrentWave(results);
        var overdue = ActionPlanReview.Overdue(plan, asOf).ToDictionary(o => o.Action.Id, o => o.DaysLate, StringComparer.Ordinal);
        var soon = ActionPlanReview.DueSoon(plan, asOf).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        w.WriteStartObject("action_plan");
        w.WriteString("title", plan.Title);
        Text(w, "version", plan.Version);
        w.WriteString("file", FileName(plan.DisplayPath));
        w.WriteString("as_of", Date(asOf));
        w.WriteString("current_wave", current);
        w.WriteNumber("due_soon_months", ActionPlanReview.DueSoonMonths);
        w.WriteStartArray("axes");
        foreach (var axis in plan.Axes)
        {
            w.WriteStartObject();
            w.WriteString("id", axis.Id);
            w.WriteString("label", axis.Label);
            Text(w, "summary", axis.Summary);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("actions");
        foreach (var axis in plan.Axes)
        {
            foreach (var action in axis.Actions)
            {
                w.WriteStartObject();
                w.WriteString("id", action.Id);
                w.WriteString("axis_id", axis.Id);
                w.WriteString("label", action.Label);
                w.WriteString("finding", action.Finding);
                w.WriteString("wave", action.Wave);
                Text(w, "start", action.Start is { } start ? Date(start) : null);
                w.WriteString("due", Date(action.Due));
                w.WriteString("status", ActionStatusName(action.Status));
                w.WriteBoolean("open", action.IsOpen);
                w.WriteBoolean("overdue", overdue.ContainsKey(action.Id));
                Count(w, "days_late", overdue.TryGetValue(action.Id, out var late) ? late : null);
                w.WriteBoolean("due_soon", soon.Contains(action.Id));
                Text(w, "workstream", action.Workstream);
                Strings(w, "indicators", action.Indicators);
                Strings(w, "themes", action.Themes);
                Strings(w, "irritants", action.Irritants);
                Text(w, "what_changes", action.WhatChanges);
                w.WriteStartArray("effects");
                foreach (var effect in ActionPlanReview.Effects(action, catalog, results.Trends, current))
                {
                    w.WriteStartObject();
                    w.WriteString("indicator_id", effect.IndicatorId);
                    w.WriteString("measure", effect.Measure switch
                    {
                        EffectMeasure.Measured => "measured",
                        EffectMeasure.NextWave => "next_wave",
                        EffectMeasure.WaveNotRead => "wave_not_read",
                        _ => "not_published",
                    });
                    w.WriteString("from_wave", effect.FromWave);
                    Text(w, "to_wave", effect.ToWave);
                    Number(w, "change_points", effect.ChangePoints);
                    w.WriteString("direction", Direction(effect.Direction));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Weighting(Utf8JsonWriter w, SurveyResults results)
    {
        if (results.Weighting is not { } weighting)
        {
            w.WriteNull("weighting");
            return;
        }

        var definition = results.Project.Weighting;
        w.WriteStartObject("weighting");
        w.WriteString("method", weighting.Method);
        Strings(w, "margins", weighting.Margins);
        Number(w, "tolerance", weighting.Tolerance);
        Count(w, "max_iterations", definition?.MaxIterations);
        Number(w, "trim_lower", weighting.TrimLower);
        Number(w, "trim_upper", weighting.TrimUpper);
        w.WriteStartArray("waves");
        foreach (var wave in weighting.Waves)
        {
            w.WriteStartObject();
            w.WriteString("wave", wave.Wave);
            w.WriteNumber("respondents", wave.Respondents);
            w.WriteNumber("iterations", wave.Iterations);
            // Raking that does not converge fails the build (WeightingFailed): a wave reported here met its margins.
            w.WriteBoolean("converged", wave.MaxRelativeGap <= weighting.Tolerance);
            Number(w, "max_relative_gap", wave.MaxRelativeGap);
            w.WriteNumber("trimmed_cells", wave.TrimmedCells);
            Number(w, "design_effect", wave.DesignEffect);
            Number(w, "min_weight", wave.MinWeight);
            Number(w, "max_weight", wave.MaxWeight);
            Number(w, "mean_weight", wave.MeanWeight);
            w.WriteStartArray("margins");
            foreach (var margin in wave.Margins)
            {
                w.WriteStartObject();
                w.WriteString("margin", margin.Margin);
                w.WriteString("category", margin.Category);
                Number(w, "population", Population(definition, margin));
                Number(w, "population_share", margin.PopulationShare);
                Number(w, "sample_share", margin.SampleShare);
                Number(w, "weighted_share", margin.WeightedShare);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The population count of a margin's category, as the project file gives it.</summary>
    internal static double? Population(WeightingDefinition? definition, MarginCheck margin) =>
        definition?.Margins.FirstOrDefault(m => m.Column == margin.Margin)?.Population
            .Where(p => p.Key == margin.Category).Select(p => (double?)p.Value).FirstOrDefault();

    internal static string ActionStatusName(ActionStatus status) => status switch
    {
        ActionStatus.Planned => "planned",
        ActionStatus.InProgress => "in_progress",
        ActionStatus.Done => "done",
        _ => "cancelled",
    };
}
