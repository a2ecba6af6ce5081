using ReportGen.Analysis;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Analysis;

public class ActionPlanReviewTests
{
    private static readonly DateOnly Publication = new(2020, 3, 3);

    // TempProject's indicators: accueil (theme accueil) and logement (theme logement).
    private static readonly Lazy<IndicatorCatalog> Catalog = new(() =>
    {
        using var project = new TempProject();
        var bag = new DiagnosticBag();
        return IndicatorLoader.Load(project.Path("indicators.yaml"), "indicators.yaml", bag)!;
    });

    private static PlannedAction Action(string id, string wave, ActionStatus status = ActionStatus.InProgress, DateOnly? due = null, string[]? indicators = null, string[]? themes = null) =>
        new(id, "libellé", "constat", wave, "Pilote", null, due ?? new DateOnly(2021, 1, 1), status, indicators ?? ["accueil"], themes ?? [], []);

    private static ActionPlan Plan(params PlannedAction[] actions) => new("plan.yaml", "plan.yaml", "Plan", null, [new ActionAxis("axe", "Axe", null, actions)]);

    private static readonly TrendResults TwoWaves = HandMadeTrends.Of(["2017", "2020"],
        HandMadeTrends.Trend("accueil", TrendDirection.Up, ("2017", 0.800), ("2020", 0.852)),
        HandMadeTrends.Trend("logement", TrendDirection.Stable, ("2017", 0.830), ("2020", 0.826)));

    [Fact]
    public void Effect_of_an_action_of_the_previous_wave_is_the_tested_change_to_the_current_wave()
    {
        // 85.2 % − 80.0 % = +5.2 points; the trends called it a significant rise.
        var effect = Assert.Single(ActionPlanReview.Effects(Action("A", "2017"), Catalog.Value, TwoWaves, "2020"));
        Assert.Equal(EffectMeasure.Measured, effect.Measure);
        Assert.Equal(("accueil", "2017", "2020"), (effect.IndicatorId, effect.FromWave, effect.ToWave));
        Assert.Equal(5.2, effect.ChangePoints!.Value, 9);
        Assert.Equal(TrendDirection.Up, effect.Direction);
    }

    [Fact]
    public void Effect_is_measured_on_the_named_indicators_and_those_of_the_named_themes_in_file_order()
    {
        var effects = ActionPlanReview.Effects(Action("A", "2017", indicators: ["logement"], themes: ["accueil"]), Catalog.Value, TwoWaves, "2020");
        Assert.Equal(["accueil", "logement"], effects.Select(e => e.IndicatorId));
        // 82.6 % − 83.0 % = −0.4 point, not significant.
        Assert.Equal(-0.4, effects[1].ChangePoints!.Value, 9);
        Assert.Equal(TrendDirection.Stable, effects[1].Direction);
    }

    [Fact]
    public void Change_between_waves_the_trends_did_not_test_is_not_called_significant()
    {
        var trends = HandMadeTrends.Of(["2014", "2017", "2020"],
            HandMadeTrends.Trend("accueil", TrendDirection.Up, ("2014", 0.780), ("2017", 0.800), ("2020", 0.852)));
        var effect = Assert.Single(ActionPlanReview.Effects(Action("A", "2014"), Catalog.Value, trends, "2020"));
        // 80.0 % − 78.0 % = +2.0 points from 2014 to 2017; the test of the trends is 2017 → 2020.
        Assert.Equal(("2014", "2017"), (effect.FromWave, effect.ToWave));
        Assert.Equal(2.0, effect.ChangePoints!.Value, 9);
        Assert.Equal(TrendDirection.NotTested, effect.Direction);
    }

    [Fact]
    public void Action_of_the_current_wave_awaits_the_next_wave()
    {
        var effect = Assert.Single(ActionPlanReview.Effects(Action("A", "2020"), Catalog.Value, TwoWaves, "2020"));
        Assert.Equal(EffectMeasure.NextWave, effect.Measure);
        Assert.Null(effect.ChangePoints);
    }

    [Fact]
    public void Action_of_a_wave_not_read_cannot_be_measured()
    {
        var effect = Assert.Single(ActionPlanReview.Effects(Action("A", "2011"), Catalog.Value, TwoWaves, "2020"));
        Assert.Equal(EffectMeasure.WaveNotRead, effect.Measure);
        Assert.Null(effect.ToWave);
    }

    [Fact]
    public void Figure_suppressed_in_either_wave_gives_no_change()
    {
        var trends = HandMadeTrends.Of(["2017", "2020"], HandMadeTrends.Trend("accueil", TrendDirection.NotTested, ("2017", null), ("2020", 0.852)));
        var effect = Assert.Single(ActionPlanReview.Effects(Action("A", "2017"), Catalog.Value, trends, "2020"));
        Assert.Equal(EffectMeasure.NotPublished, effect.Measure);
        Assert.Null(effect.ChangePoints);
    }

    [Fact]
    public void Without_trends_only_the_current_wave_is_read()
    {
        Assert.Equal(EffectMeasure.NextWave, Assert.Single(ActionPlanReview.Effects(Action("A", "2020"), Catalog.Value, null, "2020")).Measure);
        Assert.Equal(EffectMeasure.WaveNotRead, Assert.Single(ActionPlanReview.Effects(Action("A", "2017"), Catalog.Value, null, "2020")).Measure);
    }

    [Fact]
    public void Action_linked_to_no_indicator_or_theme_has_no_effect_to_measure() =>
        Assert.Empty(ActionPlanReview.Effects(Action("A", "2017", indicators: []), Catalog.Value, TwoWaves, "2020"));

    [Fact]
    public void Overdue_actions_are_the_open_ones_due_before_the_publication_date_latest_first()
    {
        var plan = Plan(
            Action("b", "2017", ActionStatus.Planned, new DateOnly(2020, 3, 2)),
            Action("a", "2017", ActionStatus.InProgress, new DateOnly(2019, 6, 30)),
            Action("done", "2017", ActionStatus.Done, new DateOnly(2018, 1, 1)),
            Action("cancelled", "2017", ActionStatus.Cancelled, new DateOnly(2019, 1, 1)),
            Action("today", "2020", ActionStatus.InProgress, Publication));

        var overdue = ActionPlanReview.Overdue(plan, Publication);

        // 30 June 2019 → 3 March 2020: 1 + 31 + 31 + 30 + 31 + 30 + 31 + 31 + 29 (2020 is a leap year) + 2 = 247 days.
        Assert.Equal([("a", 247), ("b", 1)], overdue.Select(o => (o.Action.Id, o.DaysLate)));
    }

    [Fact]
    public void Actions_due_soon_are_the_open_ones_due_within_six_months_soonest_first()
    {
        var plan = Plan(
            Action("limit", "2020", ActionStatus.Planned, new DateOnly(2020, 9, 3)),
            Action("today", "2020", ActionStatus.InProgress, Publication),
            Action("after", "2020", ActionStatus.Planned, new DateOnly(2020, 9, 4)),
            Action("done", "2020", ActionStatus.Done, new DateOnly(2020, 4, 1)),
            Action("late", "2017", ActionStatus.InProgress, new DateOnly(2019, 6, 30)));

        Assert.Equal(["today", "limit"], ActionPlanReview.DueSoon(plan, Publication).Select(a => a.Id));
    }
}
