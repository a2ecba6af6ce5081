using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Definitions;

/// <summary>The kinds of indicator (share, score, net), what each needs of its scale and its keys, and their targets.</summary>
public class IndicatorLoaderKindsTests
{
    private const string Nbsp = "\u00a0";

    // An indicator file with one indicator of each kind; the tests below edit it and find their lines by their text.
    private const string Base = """
        scales:
          - id: sat4
            categories:
              - { code: "1", label: Satisfait, satisfied: true }
              - { code: "2", label: Pas satisfait }
          - id: note
            range: { min: 0, max: 10 }
            excluded: [ { code: "99", label: Ne sait pas } ]
          - id: note5
            range: { min: 1, max: 5, satisfied_from: 4, unit: " sur 5" }
        themes:
          - { id: global, label: Global }
        indicators:
          - id: note-globale
            label: Note globale
            statement: note globale
            column: q1
            scale: note
            theme: global
            kind: score
            threshold: 7
            target: 7.5
          - id: recommandation
            label: Recommandation
            statement: recommanderaient l'Office
            column: q2
            scale: note
            theme: global
            kind: net
            target: 20
          - id: satisfaction
            label: Satisfaction
            statement: satisfaits
            column: q3
            scale: sat4
            theme: global
            target: 80
        """;

    private static (IndicatorCatalog? Catalog, IReadOnlyList<Diagnostic> Problems) Load(string yaml)
    {
        using var project = new TempProject(indicators: yaml);
        var bag = new DiagnosticBag();
        var catalog = IndicatorLoader.Load(project.Path("indicators.yaml"), "indicators.yaml", bag);
        return (catalog, bag.Items);
    }

    private static IndicatorCatalog Loaded(string yaml)
    {
        var (catalog, problems) = Load(yaml);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        return catalog!;
    }

    /// <summary>The one problem of <paramref name="yaml"/>, which must have <paramref name="code"/> and be at <paramref name="token"/> of the line holding <paramref name="line"/>.</summary>
    private static Diagnostic Single(string yaml, string code, string line, string token, string? after = null)
    {
        var (_, problems) = Load(yaml);
        var problem = Assert.Single(problems);
        Assert.Equal(code, problem.Code);
        var number = LineOf(yaml, line, after is null ? 0 : LineOf(yaml, after));
        DiagnosticAssert.At(problem, "indicators.yaml", number, DiagnosticAssert.ColumnOf(yaml, number, token));
        return problem;
    }

    /// <summary>The number of the first line below line <paramref name="below"/> that holds <paramref name="text"/>.</summary>
    private static int LineOf(string yaml, string text, int below = 0)
    {
        var lines = yaml.Split('\n');
        var index = Array.FindIndex(lines, below, l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no line holds '{text}'");
        return index + 1;
    }

    /// <summary>Base with <paramref name="from"/> (which must occur once) replaced.</summary>
    private static string Edit(string from, string to)
    {
        var at = Base.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0 && Base.IndexOf(from, at + 1, StringComparison.Ordinal) < 0, $"'{from}' must occur once in Base");
        return Base.Replace(from, to, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_net_and_share_indicators_load_with_their_kind_unit_and_target()
    {
        var catalog = Loaded(Base);

        var score = catalog.Indicator("note-globale");
        Assert.Equal((IndicatorKind.Score, MeasureUnit.Score), (score.Kind, score.Unit));
        Assert.Equal((7.5, (double?)null), (score.Target, score.TargetPercent));
        Assert.Equal(7, score.Threshold);
        Assert.Null(score.CutOffs);

        var net = catalog.Indicator("recommandation");
        Assert.Equal((IndicatorKind.Net, MeasureUnit.Points), (net.Kind, net.Unit));
        Assert.Equal((20, (double?)null), (net.Target, net.TargetPercent));
        Assert.Equal(new NetCutOffs(9, 6), net.CutOffs);
        Assert.Null(net.Threshold);

        var share = catalog.Indicator("satisfaction");
        Assert.Equal((IndicatorKind.Share, MeasureUnit.Percent), (share.Kind, share.Unit));
        Assert.Equal((80, 80), (share.Target, share.TargetPercent));
    }

    [Fact]
    public void A_numeric_scale_needs_no_satisfied_from_and_shows_its_unit()
    {
        var catalog = Loaded(Base);

        var note = catalog.Scale("note").Range!;
        Assert.Equal(new NumericRange(0, 10, null), note);
        Assert.Equal("/10", note.DisplayUnit);
        Assert.True(note.IsZeroToTen);
        Assert.Equal(11, catalog.Scale("note").Categories.Count);
        Assert.Equal(0, catalog.Scale("note").SatisfiedCount);
        Assert.Equal(" sur 5", catalog.Scale("note5").Range!.DisplayUnit);
        Assert.False(catalog.Scale("note5").Range!.IsZeroToTen);
    }

    [Fact]
    public void The_sample_indicator_file_loads_its_shares_as_before_then_its_score_and_net_score()
    {
        var bag = new DiagnosticBag();
        var catalog = IndicatorLoader.Load(Path.Combine(Repo.Root, "data", "indicators.yaml"), "data/indicators.yaml", bag);

        Assert.Empty(bag.Items);
        Assert.Equal(11, catalog!.Shares.Count);
        Assert.All(catalog.Shares, i => Assert.Equal(i.TargetPercent, i.Target));
        Assert.Equal(85, catalog.Indicator("accueil").Target);
        Assert.Equal([("note-globale", IndicatorKind.Score), ("recommandation", IndicatorKind.Net)], catalog.Scores.Select(i => (i.Id, i.Kind)));
        Assert.Equal((7.5, 7), (catalog.Indicator("note-globale").Target, catalog.Indicator("note-globale").Threshold));
        Assert.Null(catalog.Scale("note-10").Range!.SatisfiedFrom);
    }

    [Fact]
    public void Net_cut_offs_may_be_overridden()
    {
        var net = Loaded(Edit("    kind: net\n", "    kind: net\n    promoters_from: 8\n    detractors_to: 5\n")).Indicator("recommandation");

        Assert.Equal(new NetCutOffs(8, 5), net.CutOffs);
    }

    [Fact]
    public void A_net_target_may_be_negative_and_a_score_target_a_bound()
    {
        var catalog = Loaded(Edit("    target: 20\n", "    target: -15\n").Replace("target: 7.5", "target: 10", StringComparison.Ordinal));

        Assert.Equal(-15, catalog.Indicator("recommandation").Target);
        Assert.Equal(10, catalog.Indicator("note-globale").Target);
    }

    [Theory]
    [InlineData("moyenne", null)]
    [InlineData("scor", "did you mean 'score'?")]
    [InlineData("nps", null)]
    public void An_unknown_kind_is_refused_with_the_known_ones(string kind, string? suggestion)
    {
        var yaml = Edit("    kind: net\n", $"    kind: {kind}\n");
        var problem = Single(yaml, DiagnosticCodes.UnknownIndicatorKind, $"kind: {kind}", kind, after: "id: recommandation");

        Assert.Equal($"'kind' of indicator 'recommandation' must be share, score or net; found '{kind}'.", problem.Message);
        Assert.Contains("'net', 'score', 'share'", problem.Hint, StringComparison.Ordinal);
        if (suggestion is not null)
        {
            Assert.StartsWith(suggestion, problem.Hint, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_score_on_a_scale_without_bounds_is_refused_at_its_scale()
    {
        var yaml = Edit("    scale: note\n    theme: global\n    kind: score", "    scale: sat4\n    theme: global\n    kind: score");
        var problem = Single(yaml, DiagnosticCodes.NumericScaleRequired, "scale: sat4", "sat4", after: "id: note-globale");

        Assert.Equal("indicator 'note-globale' is a score indicator, but its scale 'sat4' has no numeric bounds: a score indicator is read on a scale of scores.", problem.Message);
        Assert.Contains("range: { min: 0, max: 10 }", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_net_score_on_a_scale_without_bounds_is_refused()
    {
        var yaml = Edit("    scale: note\n    theme: global\n    kind: net", "    scale: sat4\n    theme: global\n    kind: net");
        var (_, problems) = Load(yaml);

        var problem = DiagnosticAssert.Single(problems, DiagnosticCodes.NumericScaleRequired);
        Assert.Contains("is a net indicator", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_bounds_of_a_score_scale_are_told_once_where_the_range_is()
    {
        var yaml = Edit("range: { min: 0, max: 10 }", "range: { max: 10 }");
        var problem = Single(yaml, DiagnosticCodes.MissingKey, "range: { max: 10 }", "{ max");

        Assert.Contains("'min'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bounds_in_the_wrong_order_are_told_once()
    {
        var yaml = Edit("range: { min: 0, max: 10 }", "range: { min: 10, max: 0 }");
        var problem = Single(yaml, DiagnosticCodes.InvalidValue, "range: { min: 10, max: 0 }", "0 }");

        Assert.Equal("a score range must have max above min, with at most 100 points; found 10 to 0.", problem.Message);
    }

    [Fact]
    public void A_share_on_a_numeric_scale_without_satisfied_from_is_refused()
    {
        var yaml = Edit("    scale: sat4\n", "    scale: note\n");
        var problem = Single(yaml, DiagnosticCodes.ShareWithoutSatisfiedFrom, "scale: note", "note", after: "id: satisfaction");

        Assert.Equal("indicator 'satisfaction' is a share of satisfied answers, but its scale 'note' does not say from which score an answer is satisfied.", problem.Message);
        Assert.Contains("satisfied_from", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_on_a_numeric_scale_with_satisfied_from_loads()
    {
        var share = Loaded(Edit("    scale: sat4\n", "    scale: note5\n")).Indicator("satisfaction");

        Assert.Equal(IndicatorKind.Share, share.Kind);
    }

    [Fact]
    public void A_net_score_on_a_scale_other_than_0_to_10_is_refused()
    {
        var yaml = Edit("    scale: note\n    theme: global\n    kind: net", "    scale: note5\n    theme: global\n    kind: net");
        var problem = Single(yaml, DiagnosticCodes.NetScaleNotZeroToTen, "scale: note5", "note5");

        Assert.Equal("indicator 'recommandation' is a net score, read on a 0–10 question, but its scale 'note5' runs from 1 to 5.", problem.Message);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("11")]
    [InlineData("-3")]
    public void A_threshold_outside_the_scale_is_refused(string threshold)
    {
        var yaml = Edit("threshold: 7", $"threshold: {threshold}");
        var problem = Single(yaml, DiagnosticCodes.ThresholdOutOfBounds, $"threshold: {threshold}", threshold);

        Assert.Equal($"'threshold' of indicator 'note-globale' must lie above the scale's min (0) and at most its max (10); found {threshold}.", problem.Message);
    }

    [Fact]
    public void A_threshold_of_10_on_0_to_10_is_a_bound_and_loads() =>
        Assert.Equal(10, Loaded(Edit("threshold: 7", "threshold: 10")).Indicator("note-globale").Threshold);

    [Fact]
    public void A_threshold_on_a_share_is_refused()
    {
        var yaml = Edit("    target: 80", "    target: 80\n    threshold: 3");
        var problem = Single(yaml, DiagnosticCodes.KeyNotForKind, "threshold: 3", "3");

        Assert.Equal("'threshold' of indicator 'satisfaction' applies to score indicators only; this one is of kind share.", problem.Message);
        Assert.Equal("remove 'threshold', or write kind: score.", problem.Hint);
    }

    [Fact]
    public void Cut_offs_on_a_score_are_refused()
    {
        var yaml = Edit("threshold: 7", "threshold: 7\n    promoters_from: 9");
        var problem = Single(yaml, DiagnosticCodes.KeyNotForKind, "promoters_from: 9", "9");

        Assert.Contains("applies to net indicators only", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("promoters_from: 6", "detractors_to: 6, promoters_from: 6", "6")]
    [InlineData("promoters_from: 11", "detractors_to: 6, promoters_from: 11", "11")]
    [InlineData("detractors_to: -1", "detractors_to: -1, promoters_from: 9", "-1")]
    public void Cut_offs_out_of_order_or_out_of_0_to_10_are_refused(string line, string found, string token)
    {
        var yaml = Edit("    kind: net\n", $"    kind: net\n    {line}\n");
        var problem = Single(yaml, DiagnosticCodes.NetCutOffsInvalid, line, token);

        Assert.Equal($"the cut-offs of indicator 'recommandation' must have 0 ≤ detractors_to < promoters_from ≤ 10; found {found}.", problem.Message);
    }

    [Theory]
    [InlineData("target: 12", "12")]
    [InlineData("target: -1", "-1")]
    public void A_score_target_outside_the_scale_is_refused(string target, string value)
    {
        var yaml = Edit("target: 7.5", target);
        var problem = Single(yaml, DiagnosticCodes.TargetOutOfBounds, target, value);

        Assert.Equal($"'target' of indicator 'note-globale' is {value}, outside the bounds of its scale (0 to 10): the target of a score is a score of the scale.", problem.Message);
        Assert.Equal("write the mean to reach, from 0 to 10: target: 7.5 for 7.5/10.", problem.Hint);
    }

    [Fact]
    public void A_score_target_in_percent_is_refused()
    {
        var yaml = Edit("target: 7.5", "target: 75 %");
        var problem = Single(yaml, DiagnosticCodes.TargetWrongUnit, "target: 75 %", "75 %");

        Assert.Equal("'target' of indicator 'note-globale' is written '75 %', with a % sign; the indicator is a score, and its target is a score of the scale (0 to 10).", problem.Message);
    }

    [Theory]
    [InlineData("target: 150", DiagnosticCodes.TargetOutOfBounds, "150")]
    [InlineData("target: -101", DiagnosticCodes.TargetOutOfBounds, "-101")]
    [InlineData("target: 20 %", DiagnosticCodes.PercentSign, "20 %")]
    [InlineData("target: 0.2", DiagnosticCodes.PercentageAsProportion, "0.2")]
    public void A_net_target_is_in_points_from_minus_100_to_100(string target, string code, string token)
    {
        var yaml = Edit("target: 20", target);
        var problem = Single(yaml, code, target, token);

        Assert.Contains("indicator 'recommandation'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_target_keeps_its_checks_in_percent()
    {
        var yaml = Edit("target: 80", "target: 120");
        var problem = Single(yaml, DiagnosticCodes.InvalidValue, "target: 120", "120");

        Assert.Equal("'target' in indicator 'satisfaction' must be a number from 0 to 100; found '120'.", problem.Message);
    }

    [Fact]
    public void An_unknown_kind_is_told_in_French()
    {
        using (UiLanguage.Use(Language.French))
        {
            var problem = Single(Edit("    kind: net\n", "    kind: scor\n"), DiagnosticCodes.UnknownIndicatorKind, "kind: scor", "scor", after: "id: recommandation");

            Assert.Equal($"«{Nbsp}kind{Nbsp}» de l’indicateur «{Nbsp}recommandation{Nbsp}» doit être share, score ou net\u202f; valeur lue{Nbsp}: «{Nbsp}scor{Nbsp}».", problem.Message);
            Assert.StartsWith($"vouliez-vous dire «{Nbsp}score{Nbsp}»\u202f? Types possibles{Nbsp}: ", problem.Hint, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_score_without_bounds_and_a_threshold_outside_them_are_told_in_French()
    {
        using (UiLanguage.Use(Language.French))
        {
            var (_, problems) = Load(Edit("    scale: note\n    theme: global\n    kind: net", "    scale: note5\n    theme: global\n    kind: net").Replace("threshold: 7", "threshold: 12", StringComparison.Ordinal));

            var net = DiagnosticAssert.Single(problems, DiagnosticCodes.NetScaleNotZeroToTen);
            Assert.Equal($"l’indicateur «{Nbsp}recommandation{Nbsp}» est un score net, qui se lit sur une question notée de 0 à 10, mais son échelle «{Nbsp}note5{Nbsp}» va de 1 à 5.", net.Message);
            var threshold = DiagnosticAssert.Single(problems, DiagnosticCodes.ThresholdOutOfBounds);
            Assert.Equal($"«{Nbsp}threshold{Nbsp}» de l’indicateur «{Nbsp}note-globale{Nbsp}» doit être au-dessus du minimum de l’échelle (0) et au plus son maximum (10)\u202f; valeur lue{Nbsp}: 12.", threshold.Message);
            Assert.Contains($"error {DiagnosticCodes.ThresholdOutOfBounds}: «{Nbsp}threshold", threshold.ToString(), StringComparison.Ordinal);
        }
    }
}
