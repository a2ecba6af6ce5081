using ReportGen.Definitions;

namespace ReportGen.Analysis;

/// <summary>
/// The follow-up of the action plan that a management review needs (ISO 9001 §9.3.2, §10.3): the effect of each
/// action on its indicators from one wave to the next, the actions overdue and the actions due soon. Pure
/// functions; the date they are computed at is the project's publication date, never the clock.
/// </summary>
public static class ActionPlanReview
{
    /// <summary>How far ahead the review looks for actions falling due.</summary>
    public const int DueSoonMonths = 6;

    /// <summary>The wave the documents speak of: the trends' current wave, else the project's wave, else its period.</summary>
    public static string CurrentWave(SurveyResults results) =>
        results.Trends?.CurrentWave ?? results.Project.Period.Wave ?? results.Project.Period.Label;

    /// <summary>
    /// The indicators an action's effect is measured on: those it names, and those of the themes it names, in the
    /// order of the indicator file. Work-streams and irritants are not measured by a survey figure.
    /// </summary>
    public static IReadOnlyList<string> MeasuredIndicators(PlannedAction action, IndicatorCatalog catalog) =>
        [.. catalog.Indicators.Where(i => action.Indicators.Contains(i.Id) || action.Themes.Contains(i.ThemeId)).Select(i => i.Id)];

    /// <summary>
    /// The effect of an action on each of its measured indicators: the change from the wave that triggered it to
    /// the next wave read. Without trends, the only wave read is <paramref name="currentWave"/>.
    /// </summary>
    public static IReadOnlyList<ActionEffect> Effects(PlannedAction action, IndicatorCatalog catalog, TrendResults? trends, string currentWave)
    {
        var waves = trends?.Waves ?? [currentWave];
        var index = IndexOf(waves, action.Wave);
        var next = index >= 0 && index + 1 < waves.Count ? waves[index + 1] : null;
        var tested = trends is not null && trends.PreviousWave == action.Wave && trends.CurrentWave == next;
        return [.. MeasuredIndicators(action, catalog).Select(id =>
        {
            if (index < 0)
            {
                return new ActionEffect(id, EffectMeasure.WaveNotRead, action.Wave, null, null, TrendDirection.NotTested);
            }

            if (next is null)
            {
                return new ActionEffect(id, EffectMeasure.NextWave, action.Wave, null, null, TrendDirection.NotTested);
            }

            var trend = trends!.Indicators.FirstOrDefault(t => t.IndicatorId == id);
            var from = Satisfied(trend, action.Wave);
            var to = Satisfied(trend, next);
            if (from is null || to is null)
            {
                return new ActionEffect(id, EffectMeasure.NotPublished, action.Wave, next, null, TrendDirection.NotTested);
            }

            return new ActionEffect(id, EffectMeasure.Measured, action.Wave, next, (to.Value - from.Value) * 100, tested ? trend!.Direction : TrendDirection.NotTested);
        })];
    }

    /// <summary>The open actions due before <paramref name="asOf"/>, with their days late, latest first.</summary>
    public static IReadOnlyList<(PlannedAction Action, int DaysLate)> Overdue(ActionPlan plan, DateOnly asOf) =>
        [.. plan.Actions.Where(a => a.IsOpen && a.Due < asOf)
            .Select(a => (Action: a, DaysLate: asOf.DayNumber - a.Due.DayNumber))
            .OrderByDescending(a => a.DaysLate).ThenBy(a => a.Action.Id, StringComparer.Ordinal)];

    /// <summary>The open actions due from <paramref name="asOf"/> to <see cref="DueSoonMonths"/> months later, soonest first.</summary>
    public static IReadOnlyList<PlannedAction> DueSoon(ActionPlan plan, DateOnly asOf) =>
        [.. plan.Actions.Where(a => a.IsOpen && a.Due >= asOf && a.Due <= asOf.AddMonths(DueSoonMonths))
            .OrderBy(a => a.Due).ThenBy(a => a.Id, StringComparer.Ordinal)];

    private static int IndexOf(IReadOnlyList<string> waves, string wave)
    {
        for (var i = 0; i < waves.Count; i++)
        {
            if (waves[i] == wave)
            {
                return i;
            }
        }

        return -1;
    }

    private static double? Satisfied(IndicatorTrend? trend, string wave) =>
        trend?.Waves.FirstOrDefault(w => w.Wave == wave)?.Estimate is { Suppressed: false, Satisfied: { } p } ? p : null;
}
