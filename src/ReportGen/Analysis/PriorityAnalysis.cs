using ReportGen.Definitions;

namespace ReportGen.Analysis;

/// <summary>The quadrant of an item in the importance–performance matrix (Martilla &amp; James, 1977).</summary>
public enum PriorityQuadrant
{
    /// <summary>High importance, low performance: concentrate here.</summary>
    ImprovementPriority,

    /// <summary>High importance, high performance: keep up the good work.</summary>
    StrengthToMaintain,

    /// <summary>Low importance, low performance.</summary>
    SecondaryPriority,

    /// <summary>Low importance, high performance: possible overkill.</summary>
    PossibleOverkill,
}

/// <summary>One item placed in the matrix.</summary>
public sealed record PriorityItem(string IndicatorId, double Performance, double Importance, PriorityQuadrant Quadrant);

/// <summary>
/// A work-stream with the signals that call for action on it: indicators in the improvement-priority quadrant,
/// indicators whose satisfaction staff significantly overestimate (the organisation misreads its tenants),
/// and verbatim themes among the top irritants.
/// </summary>
public sealed record WorkstreamPriority(
    WorkstreamDefinition Workstream,
    IReadOnlyList<string> PriorityIndicators,
    IReadOnlyList<string> MisreadIndicators,
    IReadOnlyList<string> IrritantThemes,
    int NegativeMentions,
    int Score,
    int Rank,
    bool Selected);

/// <summary>The matrix, its crosshairs and the ranked work-streams.</summary>
public sealed record PriorityResults(
    IReadOnlyList<PriorityItem> Items,
    double PerformanceCrosshair,
    double ImportanceCrosshair,
    IReadOnlyList<WorkstreamPriority> Workstreams,
    int TopIrritants);

/// <summary>
/// Chooses the priority work-streams. Importance is derived (each item's correlation with overall
/// satisfaction); the crosshairs sit at the mean performance and the mean importance of the items, which is
/// stated in the documents because moving them changes the quadrants. A work-stream scores one point for each
/// kind of signal it shows — an item in the improvement-priority quadrant, a significant staff overestimate,
/// a theme among the top irritants — and work-streams are ranked by score, then by their best-placed irritant
/// (its place in the irritant order), then by the tenants' negative mentions of their themes, then by id. The first
/// <c>count</c> are the priorities.
/// </summary>
/// <remarks>
/// A theme is among the top <c>count</c> irritants when its rank is at most <c>count</c>: its tier starts within the
/// first <c>count</c> places, so fewer than <c>count</c> themes are significantly ahead of it. A tier that straddles
/// the limit counts whole, since the comments do not tell its themes apart. Among work-streams of equal score, the one
/// whose most cited irritant comes first goes first: a work-stream is as pressing as its most pressing irritant, and
/// summing its themes' mentions would favour a work-stream for grouping more themes (and count twice a comment
/// negative on two of them).
/// </remarks>
public static class PriorityAnalysis
{
    public static PriorityResults Analyze(
        SurveyResults results,
        IReadOnlyDictionary<string, double> importance,
        IReadOnlySet<string> misreadIndicators,
        IReadOnlyList<(string ThemeId, int Rank, int NegativeMentions)> rankedIrritants,
        int count)
    {
        var catalog = results.Project.Catalog;
        var points = results.Estimates
            .Where(e => !e.Suppressed && e.IndicatorId != catalog.OverallId && importance.ContainsKey(e.IndicatorId))
            .Select(e => (e.IndicatorId, Performance: e.Satisfied!.Value, Importance: importance[e.IndicatorId]))
            .ToList();
        var performanceCrosshair = points.Count == 0 ? 0 : points.Average(p => p.Performance);
        var importanceCrosshair = points.Count == 0 ? 0 : points.Average(p => p.Importance);
        var items = points.Select(p => new PriorityItem(p.IndicatorId, p.Performance, p.Importance,
            (p.Importance >= importanceCrosshair, p.Performance >= performanceCrosshair) switch
            {
                (true, false) => PriorityQuadrant.ImprovementPriority,
                (true, true) => PriorityQuadrant.StrengthToMaintain,
                (false, false) => PriorityQuadrant.SecondaryPriority,
                _ => PriorityQuadrant.PossibleOverkill,
            })).ToList();

        var top = rankedIrritants.Where(i => i.Rank <= count).Select(i => i.ThemeId).ToHashSet(StringComparer.Ordinal);
        var mentions = rankedIrritants.ToDictionary(i => i.ThemeId, i => i.NegativeMentions, StringComparer.Ordinal);
        var place = rankedIrritants.Select((i, index) => (i.ThemeId, index)).ToDictionary(i => i.ThemeId, i => i.index, StringComparer.Ordinal);
        var scored = catalog.Workstreams.Select(w =>
        {
            var priority = items.Where(i => i.Quadrant == PriorityQuadrant.ImprovementPriority && w.Indicators.Contains(i.IndicatorId)).Select(i => i.IndicatorId).ToList();
            var misread = w.Indicators.Where(misreadIndicators.Contains).ToList();
            var irritants = w.Themes.Where(top.Contains).ToList();
            var negative = w.Themes.Sum(t => mentions.GetValueOrDefault(t));
            var score = (priority.Count > 0 ? 1 : 0) + (misread.Count > 0 ? 1 : 0) + (irritants.Count > 0 ? 1 : 0);
            var best = w.Themes.Select(t => place.GetValueOrDefault(t, int.MaxValue)).DefaultIfEmpty(int.MaxValue).Min();
            return (Workstream: w, Priority: priority, Misread: misread, Irritants: irritants, Negative: negative, Score: score, Best: best);
        })
        .OrderByDescending(s => s.Score).ThenBy(s => s.Best).ThenByDescending(s => s.Negative).ThenBy(s => s.Workstream.Id, StringComparer.Ordinal)
        .ToList();

        var ranked = scored.Select((s, i) => new WorkstreamPriority(s.Workstream, s.Priority, s.Misread, s.Irritants, s.Negative, s.Score, i + 1, i < count && s.Score > 0)).ToList();
        return new PriorityResults(items, performanceCrosshair, importanceCrosshair, ranked, count);
    }
}
