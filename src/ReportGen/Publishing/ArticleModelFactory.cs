using ReportGen.Analysis;
using ReportGen.Definitions;

namespace ReportGen.Publishing;

/// <summary>Turns results into the formatted model that article templates render.</summary>
public static partial class ArticleModelFactory
{
    public static ArticleModel Create(SurveyResults results, string generatorVersion)
    {
        var project = results.Project;
        var catalog = project.Catalog;
        var benchmarks = Benchmarks(results);
        var indicators = results.Estimates.Select(e => Indicator(catalog, e) with { Benchmarks = [.. benchmarks.Where(b => b.IndicatorId == e.IndicatorId)] }).ToList();
        var byId = indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var headline = catalog.Shares.Where(i => i.Headline && byId.ContainsKey(i.Id)).Select(i => byId[i.Id]).ToList();
        var others = catalog.Shares.Where(i => !i.Headline && byId.ContainsKey(i.Id)).Select(i => byId[i.Id]).Where(i => !i.Suppressed).ToList();
        var published = results.Estimates.Where(e => !e.Suppressed).ToList();
        var minMargin = published.Count == 0 ? (double?)null : published.Min(e => e.MarginOfError!.Value);
        var maxMargin = published.Count == 0 ? (double?)null : published.Max(e => e.MarginOfError!.Value);
        // The method note speaks of the shares' answers: a scale read only as a score has no satisfied answers to name.
        var scales = catalog.Shares.Select(i => catalog.Scale(i.ScaleId)).Distinct().ToList();
        var excluded = scales.SelectMany(s => s.Excluded).Select(c => $"« {c.Label} »").Distinct(StringComparer.Ordinal).ToList();
        var segments = project.Data[0].Columns.Segments
            .Select(s =>
            {
                var count = results.Survey.Segments.TryGetValue(s.Id, out var values) ? values.Count(v => v.Value.Length > 0) : 0;
                return new ArticleSegment(s.Id, FrenchFormat.Typography(s.Label), count, $"{FrenchFormat.Count(count)} {FrenchFormat.Typography(s.Label)}");
            })
            .ToList();

        var model = new ArticleModel(
            Organisation: FrenchFormat.Typography(project.Organisation),
            Survey: FrenchFormat.Typography(project.Survey),
            Reference: project.Reference,
            Period: FrenchFormat.Typography(project.Period.Label),
            PublicationDate: FrenchFormat.Date(project.PublicationDate),
            Institute: Text(project.Institute),
            Population: Text(project.Population),
            SampleDescription: Text(project.Sample.Description),
            Mode: Text(project.Sample.Mode),
            Fieldwork: Text(project.Sample.Fieldwork),
            Respondents: FrenchFormat.Count(results.Survey.Respondents),
            RespondentsCount: results.Survey.Respondents,
            Weighted: results.Survey.Weighted,
            ScaleDescription: FrenchFormat.Typography(string.Join(" ; ", scales.Select(s => s.SatisfiedDescription))),
            ExcludedDescription: excluded.Count == 0 ? "" : FrenchFormat.Typography(FrenchFormat.List(excluded)),
            Confidence: FrenchFormat.Percent(project.Thresholds.ConfidenceLevel, 0),
            MinMargin: minMargin is { } low ? FrenchFormat.Points(low) : null,
            MaxMargin: maxMargin is { } m ? FrenchFormat.Points(m) : null,
            LowBaseThreshold: project.Thresholds.LowBase,
            SuppressThreshold: project.Thresholds.SuppressBelow,
            Indicators: indicators,
            HeadlineIndicators: headline,
            OtherIndicators: others,
            Segments: segments,
            GeneratorVersion: generatorVersion);
        var irritants = Irritants(results);
        return model with
        {
            Mirror = Mirror(results),
            Comments = results.Verbatims is { } v ? FrenchFormat.Count(v.Tally.TenantComments + v.Tally.StaffComments) : null,
            Irritants = irritants,
            IrritantTiers = IrritantTiers(irritants),
            IrritantsTied = irritants.Any(i => i.Tied),
            Quotes = results.Verbatims is { } quoted ? [.. quoted.ApprovedQuotes.Select(q => FrenchFormat.Typography(q.Text))] : [],
            Priorities = results.Priorities is { } priorities
                ? [.. priorities.Workstreams.Where(w => w.Selected).Select(w => FrenchFormat.Typography(w.Workstream.Label))]
                : [],
            ActionPlan = ActionPlan(results),
            Trend = Trend(results),
            Scope = results.Scope is { } scope ? FrenchFormat.Typography(scope.Value) : null,
            Scores = Scores(results, benchmarks),
            NetScores = NetScores(results, benchmarks),
            Benchmarks = benchmarks,
            BenchmarkSummary = BenchmarkSummary(results, benchmarks),
        };
    }

    /// <summary>The irritants the article names: those ranked within the number of priority work-streams, ties at the limit whole.</summary>
    private static List<ArticleIrritant> Irritants(SurveyResults results) =>
        results.Verbatims is { } verbatims
            ? [.. verbatims.Irritants.Where(i => i.Rank <= SurveyResults.PriorityCount).Select(i => new ArticleIrritant(
                FrenchFormat.Typography(i.Label),
                i.NegativeMentions,
                FrenchFormat.Percent(i.Share, 0),
                FrenchFormat.Percent(i.ShareInterval.Lower, 0),
                FrenchFormat.Percent(i.ShareInterval.Upper, 0),
                i.Rank,
                i.Tied))]
            : [];

    /// <summary>The irritants grouped by rank, each group named in one phrase: the first share says what it is a share of.</summary>
    internal static List<ArticleIrritantTier> IrritantTiers(IReadOnlyList<ArticleIrritant> irritants) =>
        [.. irritants.GroupBy(i => i.Rank).Select((tier, t) =>
        {
            var members = tier.ToList();
            var text = FrenchFormat.List([.. members.Select((i, n) => $"{i.Label} ({i.Share}{(t == 0 && n == 0 ? " des commentaires de locataires" : "")})")]);
            return new ArticleIrritantTier(tier.Key, members.Count > 1, members, text);
        })];

    /// <summary>The significant rises and falls since the previous wave, in the indicator file's order.</summary>
    private static ArticleTrend? Trend(SurveyResults results)
    {
        if (results.Trends is not { PreviousWave: { } previous } trends)
        {
            return null;
        }

        var catalog = results.Project.Catalog;
        string Moves(TrendDirection direction) => FrenchFormat.List([.. trends.Indicators
            .Where(t => t.Direction == direction && t.IndicatorId != catalog.OverallId)
            .Select(t => $"{FrenchFormat.Typography(Lower(catalog.Indicator(t.IndicatorId).Label))} ({(t.ChangePoints >= 0 ? "+" : "")}{FrenchFormat.Points(t.ChangePoints!.Value / 100)})")]);
        return new ArticleTrend(FrenchFormat.Typography(ReportingPeriod.Label(previous)), Moves(TrendDirection.Up), Moves(TrendDirection.Down),
            trends.Indicators.Count(t => t.Direction == TrendDirection.Stable));
    }

    /// <summary>The plan for tenants: what changes with the actions of the current wave, never who owns them.</summary>
    private static ArticleActionPlan? ActionPlan(SurveyResults results)
    {
        if (results.Project.ActionPlan is not { } plan)
        {
            return null;
        }

        var wave = ActionPlanReview.CurrentWave(results);
        return new ArticleActionPlan(FrenchFormat.Typography(plan.Title), [.. plan.Axes.Select(axis => new ArticleActionAxis(
            FrenchFormat.Typography(axis.Label),
            Text(axis.Summary),
            [.. axis.Actions.Where(a => a.Wave == wave && a.Status != ActionStatus.Cancelled && a.WhatChanges is not null).Select(a => FrenchFormat.Typography(a.WhatChanges!))]))]);
    }

    /// <summary>The convergences the article names: the closest items, at most three.</summary>
    private const int ConvergencesNamed = 3;

    private static ArticleMirror? Mirror(SurveyResults results)
    {
        if (results.Mirror is not { } mirror)
        {
            return null;
        }

        var catalog = results.Project.Catalog;
        string Label(string id) => Lower(FrenchFormat.Typography(catalog.Indicator(id).Label));
        var gaps = mirror.Gaps.Where(g => g.IndicatorId != catalog.OverallId && !mirror.NotAsked.Contains(g.IndicatorId)).ToList();
        var rows = gaps.Select(g => new ArticleGap(
            FrenchFormat.Typography(catalog.Indicator(g.IndicatorId).Label),
            g.TenantSatisfied is { } t ? FrenchFormat.Percent(t) : "—",
            g.StaffSatisfied is { } s ? FrenchFormat.Percent(s) : "—",
            g.GapPoints is { } p ? SignedPoints(p) : "—",
            g.Significant,
            MirrorText.Of(g.Class))).ToList();
        var over = gaps.Where(g => g.Class == MirrorGapClass.StaffOverestimate).OrderByDescending(g => g.GapPoints).Select(g => Label(g.IndicatorId)).ToList();
        var under = gaps.Where(g => g.Class == MirrorGapClass.StaffUnderestimate).OrderBy(g => g.GapPoints).Select(g => Label(g.IndicatorId)).ToList();
        var close = gaps.Where(g => g.Class == MirrorGapClass.Convergence).OrderBy(g => Math.Abs(g.GapPoints ?? 0)).ThenBy(g => g.IndicatorId, StringComparer.Ordinal)
            .Take(ConvergencesNamed).Select(g => Label(g.IndicatorId)).ToList();
        var project = results.Project;
        if (mirror.Withheld)
        {
            return new ArticleMirror(project.Mirror!.Invited is { } who ? FrenchFormat.Typography(who) : null,
                project.Verbatims?.InvitedTenants is { } invitedTenants ? FrenchFormat.Count(invitedTenants) : null,
                StaffCount(mirror.Staff.Respondents, project.Mirror.MinGroup), [], "", "", "")
            {
                Withheld = MirrorWithheld(project.Mirror.MinGroup),
            };
        }

        return new ArticleMirror(
            project.Mirror!.Invited is { } invited ? FrenchFormat.Typography(invited) : null,
            project.Verbatims?.InvitedTenants is { } tenants ? FrenchFormat.Count(tenants) : null,
            StaffCount(mirror.Staff.Respondents, project.Mirror.MinGroup),
            rows,
            FrenchFormat.List(close),
            FrenchFormat.List(over),
            FrenchFormat.List(under));
    }

    /// <summary>What the documents say in place of the mirror survey's results when the staff file is under min_group.</summary>
    internal static string MirrorWithheld(int minGroup) =>
        FrenchFormat.FixSpacing($"Les résultats de l’enquête miroir ne sont pas publiés : moins de {FrenchFormat.Count(minGroup)} collaborateurs y ont répondu, trop peu pour préserver l’anonymat de leurs réponses.");

    /// <summary>The number of staff respondents, or "moins de 5" when it is itself a group too small to publish.</summary>
    internal static string StaffCount(long respondents, int minGroup) =>
        respondents < minGroup ? $"moins de {FrenchFormat.Count(minGroup)}" : FrenchFormat.Count(respondents);

    /// <summary>A gap in points with its sign: "+18,6 pts", "−2,8 pts".</summary>
    public static string SignedPoints(double points) =>
        $"{(points >= 0 ? "+" : "")}{FrenchFormat.Number(points, 1)}{FrenchFormat.NoBreakSpace}pt{(Math.Abs(Math.Round(points, 1)) >= 2 ? "s" : "")}";

    private static string Lower(string label) => label.Length == 0 ? label : char.ToLowerInvariant(label[0]) + label[1..];

    private static ArticleIndicator Indicator(IndicatorCatalog catalog, IndicatorEstimate estimate)
    {
        var definition = catalog.Indicator(estimate.IndicatorId);
        return new ArticleIndicator(
            Id: definition.Id,
            Label: FrenchFormat.Typography(definition.Label),
            Statement: FrenchFormat.Typography(definition.Statement),
            Theme: FrenchFormat.Typography(catalog.Theme(definition.ThemeId).Label),
            Satisfied: estimate.Satisfied is { } p ? FrenchFormat.Percent(p) : null,
            Value: estimate.Satisfied is { } v ? Math.Round(v * 100, 1, MidpointRounding.AwayFromZero) : null,
            Base: FrenchFormat.Count(estimate.ValidBase),
            BaseCount: estimate.ValidBase,
            EffectiveBase: FrenchFormat.Number(estimate.EffectiveBase, 0),
            IntervalLow: estimate.Interval is { } low ? FrenchFormat.Percent(low.Lower) : null,
            IntervalHigh: estimate.Interval is { } high ? FrenchFormat.Percent(high.Upper) : null,
            Margin: estimate.MarginOfError is { } m ? FrenchFormat.Points(m) : null,
            Target: estimate.Target is { } t ? FrenchFormat.Percent(t, 0) : null,
            Status: StatusText.Of(estimate.Status),
            LowBase: estimate.LowBase,
            Suppressed: estimate.Suppressed,
            QualiHlm: Text(definition.QualiHlmEngagement),
            Axis: Text(definition.ActionAxis));
    }

    private static string? Text(string? value) => value is null ? null : FrenchFormat.Typography(value);
}
