using ReportGen.Analysis;
using ReportGen.Localization;

namespace ReportGen.Tests.Analysis;

public class RakingTests
{
    private static readonly RakingOptions Defaults = new();

    [Fact]
    public void One_margin_is_post_stratification_exact_in_one_iteration()
    {
        // Base weights differ from the counts: the factor is N_h / Σ base weights in h, not N_h / n_h.
        RakingCell[] cells = [Cell(50, 60, "Agence Nord"), Cell(30, 30, "Agence Sud"), Cell(20, 10, "Agence Est")];
        var margin = Margin("agence", ("Agence Nord", 9800), ("Agence Sud", 6000), ("Agence Est", 4200));

        var result = Raking.Rake(cells, [margin], Defaults);

        Assert.Equal(9800.0 / 60, result.Factors[0], 10);
        Assert.Equal(6000.0 / 30, result.Factors[1], 10);
        Assert.Equal(4200.0 / 10, result.Factors[2], 10);
        Assert.Equal(1, result.Iterations);
        Assert.Equal(0, result.MaxRelativeGap, 12);
        Assert.Equal(0, result.TrimmedCells);
        Assert.Equal(20000, FinalWeights(cells, result).Sum(), 8);
    }

    // A 2×2 table, sample counts (no base weights) AX = 40, AY = 10, BX = 20, BY = 30, raked to rows A = 600,
    // B = 400 and columns X = 500, Y = 500. IPF keeps the seed's odds ratio, 40·30/(10·20) = 6, so the answer is the
    // table with these margins and odds ratio 6: with x = AX, x(x − 100) / ((600 − x)(500 − x)) = 6, i.e.
    // x² − 1300x + 360 000 = 0, x = (1300 − 500)/2 = 400 (the other root, 900, exceeds the margins). Hence
    // AX = 400, AY = 200, BX = 100, BY = 300 and factors 10, 20, 5, 10.
    private static readonly RakingCell[] TwoByTwo =
        [Cell(40, 40, "A", "X"), Cell(10, 10, "A", "Y"), Cell(20, 20, "B", "X"), Cell(30, 30, "B", "Y")];

    private static readonly RakingMargin Rows = Margin("row", ("A", 600), ("B", 400));
    private static readonly RakingMargin Columns = Margin("column", ("X", 500), ("Y", 500));

    [Fact]
    public void Two_margins_are_raked_to_the_closed_form_answer_of_a_2x2_table()
    {
        var result = Raking.Rake(TwoByTwo, [Rows, Columns], Defaults);

        AssertFactors([10, 20, 5, 10], result, 1e-5);
        Assert.True(result.MaxRelativeGap <= 1e-6);

        // Sweep 1 by hand: rows ×12 and ×8 give 480, 120, 160, 240; columns ×500/640 and ×500/360 give 375, 166.67,
        // 125, 333.33 (row A at 541.67, 9.7 % short). Sweep 2: 396, 194.12, 104, 305.88 (gap 2.5 %); sweep 3: gap
        // 0.41 %. An independent loop (Python, same stopping rule) first gets every margin within 1e-6 after 8 sweeps.
        Assert.Equal(8, result.Iterations);
        var sweep1 = Raking.Rake(TwoByTwo, [Rows, Columns], Defaults with { Tolerance = 0.1 });
        Assert.Equal(2, sweep1.Iterations);
        AssertFactors([396.0 / 40, 3300.0 / 17 / 10, 104.0 / 20, 5200.0 / 17 / 30], sweep1, 1e-9);
    }

    [Fact]
    public void Raking_is_deterministic_and_the_weights_add_up_to_the_population()
    {
        var first = Raking.Rake(TwoByTwo, [Rows, Columns], Defaults);
        var second = Raking.Rake(TwoByTwo, [Rows, Columns], Defaults);
        Assert.Equal(first.Factors, second.Factors);
        Assert.Equal(1000, FinalWeights(TwoByTwo, first).Sum(), 6);
    }

    [Fact]
    public void Margins_within_half_a_percent_are_rescaled_to_the_first_margin_total()
    {
        // Columns total 1 004 (0.4 % above the rows' 1 000): rescaled by 1000/1004 to 500 and 500, the same answer.
        var columns = Margin("column", ("X", 502), ("Y", 502));
        var result = Raking.Rake(TwoByTwo, [Rows, columns], Defaults);
        AssertFactors([10, 20, 5, 10], result, 1e-5);
        Assert.Equal(1000, FinalWeights(TwoByTwo, result).Sum(), 6);
    }

    [Fact]
    public void Margins_more_than_half_a_percent_apart_are_inconsistent()
    {
        var columns = Margin("column", ("X", 503), ("Y", 503));
        var error = Assert.Throws<RakingException>(() => Raking.Rake(TwoByTwo, [Rows, columns], Defaults));
        Assert.Equal(RakingFailureKind.InconsistentTotals, error.Kind);
        Assert.Equal("column", error.Margin);
        Assert.Equal("margin 'column' totals 1 006 but margin 'row' totals 1 000 (a gap of 0.60 %, more than 0.5 %); the margins must describe the same population.", error.Message);
    }

    [Fact]
    public void A_category_with_a_population_and_no_respondent_is_named()
    {
        RakingCell[] cells = [Cell(50, 50, "Agence Sud")];
        var margin = Margin("agence", ("Agence Nord", 9800), ("Agence Sud", 6000));
        var error = Assert.Throws<RakingException>(() => Raking.Rake(cells, [margin], Defaults));
        Assert.Equal(RakingFailureKind.EmptyCategory, error.Kind);
        Assert.Equal(("agence", "Agence Nord"), (error.Margin, error.Category));
        Assert.Equal(
            "margin 'agence': category 'Agence Nord' has a population of 9 800 but no respondent in the sample; merge it with a neighbouring category or drop it from the margins.",
            error.Message);
    }

    [Fact]
    public void Respondents_with_a_zero_base_weight_do_not_fill_a_category()
    {
        RakingCell[] cells = [Cell(3, 0, "Agence Nord"), Cell(50, 50, "Agence Sud")];
        var margin = Margin("agence", ("Agence Nord", 9800), ("Agence Sud", 6000));
        var error = Assert.Throws<RakingException>(() => Raking.Rake(cells, [margin], Defaults));
        Assert.Equal(RakingFailureKind.EmptyCategory, error.Kind);
        Assert.Equal("Agence Nord", error.Category);
    }

    [Fact]
    public void A_sample_value_missing_from_the_margin_is_named_with_the_closest_category()
    {
        RakingCell[] cells = [Cell(50, 50, "Agence Nord"), Cell(10, 10, "Agence Nrd")];
        var margin = Margin("agence", ("Agence Nord", 9800), ("Agence Sud", 6000));
        var error = Assert.Throws<RakingException>(() => Raking.Rake(cells, [margin], Defaults));
        Assert.Equal(RakingFailureKind.UnknownCategory, error.Kind);
        Assert.Equal(("agence", "Agence Nrd"), (error.Margin, error.Category));
        Assert.Equal(
            "margin 'agence': category 'Agence Nrd' is in the sample but has no population in the margin; did you mean 'Agence Nord'? Recode it, or add it to the margin's populations.",
            error.Message);
    }

    [Fact]
    public void An_unknown_value_far_from_every_category_gets_no_suggestion()
    {
        RakingCell[] cells = [Cell(50, 50, "A", "X"), Cell(10, 10, "A", "75 ans et plus")];
        var error = Assert.Throws<RakingException>(() => Raking.Rake(cells, [Margin("row", ("A", 100)), Margin("column", ("X", 50), ("Y", 50))], Defaults));
        Assert.Equal(RakingFailureKind.UnknownCategory, error.Kind);
        Assert.Equal("column", error.Margin);
        Assert.DoesNotContain("did you mean", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_negative_or_non_finite_population_is_an_invalid_target(double bad)
    {
        var margin = Margin("agence", ("Agence Nord", 9800), ("Agence Sud", bad));
        var error = Assert.Throws<RakingException>(() => Raking.Rake([Cell(5, 5, "Agence Nord"), Cell(5, 5, "Agence Sud")], [margin], Defaults));
        Assert.Equal(RakingFailureKind.InvalidTarget, error.Kind);
        Assert.Equal(("agence", "Agence Sud"), (error.Margin, error.Category));
    }

    [Fact]
    public void A_category_listed_twice_is_an_invalid_target()
    {
        var margin = Margin("agence", ("Agence Nord", 9800), ("Agence Sud", 6000), ("Agence Nord", 100));
        var error = Assert.Throws<RakingException>(() => Raking.Rake([Cell(5, 5, "Agence Nord"), Cell(5, 5, "Agence Sud")], [margin], Defaults));
        Assert.Equal(RakingFailureKind.InvalidTarget, error.Kind);
        Assert.Equal("Agence Nord", error.Category);
        Assert.Contains("listed twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_margin_given_twice_is_an_invalid_target() =>
        Assert.Equal(
            RakingFailureKind.InvalidTarget,
            Assert.Throws<RakingException>(() => Raking.Rake(TwoByTwo, [Rows, Rows with { }], Defaults)).Kind);

    [Fact]
    public void Respondents_in_a_category_of_zero_population_are_not_silently_weighted_to_zero()
    {
        var margin = Margin("agence", ("Agence Nord", 9800), ("Agence Sud", 0));
        var error = Assert.Throws<RakingException>(() => Raking.Rake([Cell(5, 5, "Agence Nord"), Cell(4, 4, "Agence Sud")], [margin], Defaults));
        Assert.Equal(RakingFailureKind.InvalidTarget, error.Kind);
        Assert.Contains("population of 0 but 4 respondent(s)", error.Message, StringComparison.Ordinal);

        // A category of zero population and no respondent is harmless.
        var result = Raking.Rake([Cell(5, 5, "Agence Nord")], [margin], Defaults);
        Assert.Equal(9800.0 / 5, result.Factors[0], 9);
    }

    [Fact]
    public void Margins_that_contradict_the_sample_structure_do_not_converge()
    {
        // Only AX and BY have respondents: row A's cells are column X's cells, so A = 60 and X = 50 cannot both hold.
        // Each sweep ends on the columns (AX = BY = 50), leaving row A 16.7 % and row B 25 % off, for ever.
        RakingCell[] cells = [Cell(10, 10, "A", "X"), Cell(10, 10, "B", "Y")];
        var error = Assert.Throws<RakingException>(() =>
            Raking.Rake(cells, [Margin("row", ("A", 60), ("B", 40)), Margin("column", ("X", 50), ("Y", 50))], Defaults));
        Assert.Equal(RakingFailureKind.NoConvergence, error.Kind);
        Assert.Equal(("row", "B"), (error.Margin, error.Category));
        Assert.StartsWith("raking did not converge after 100 iterations: margin 'row', category 'B' is 25.00 % away from its population of 40;", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Margins_that_need_an_empty_cell_converge_too_slowly_to_be_met()
    {
        // No respondent in BY: B = 50 forces BX = 50, hence AX = X − BX = 0. IPF creeps towards that boundary
        // solution like 1/k (AX ≈ 0.249 after 100 sweeps, row gaps ≈ 0.5 %), never within 1e-6.
        RakingCell[] cells = [Cell(10, 10, "A", "X"), Cell(10, 10, "A", "Y"), Cell(10, 10, "B", "X")];
        var error = Assert.Throws<RakingException>(() =>
            Raking.Rake(cells, [Margin("row", ("A", 50), ("B", 50)), Margin("column", ("X", 50), ("Y", 50))], Defaults));
        Assert.Equal(RakingFailureKind.NoConvergence, error.Kind);
        Assert.Equal("row", error.Margin);
    }

    [Fact]
    public void Too_few_iterations_is_no_convergence() =>
        Assert.Equal(
            RakingFailureKind.NoConvergence,
            Assert.Throws<RakingException>(() => Raking.Rake(TwoByTwo, [Rows, Columns], Defaults with { MaxIterations = 1 })).Kind);

    // Counts AX = 10, AY = 40, BX = 30, BY = 20 (n = 100) raked to A = B = 500, X = 600, Y = 400 (N = 1 000, mean
    // weight 10). Odds ratio 10·20/(40·30) = 1/6: x(x − 100)/((500 − x)(600 − x)) = 1/6 ⇒ x² + 100x − 60 000 = 0,
    // x = 200: AX = 200, AY = 300, BX = 400, BY = 100, i.e. 20, 7.5, 13.33 and 5 per respondent.
    private static readonly RakingCell[] Skewed =
        [Cell(10, 10, "A", "X"), Cell(40, 40, "A", "Y"), Cell(30, 30, "B", "X"), Cell(20, 20, "B", "Y")];

    private static readonly RakingMargin[] SkewedMargins =
        [Margin("row", ("A", 500), ("B", 500)), Margin("column", ("X", 600), ("Y", 400))];

    [Fact]
    public void Trimming_caps_a_cell_at_its_bound_and_still_meets_the_margins()
    {
        var untrimmed = Raking.Rake(Skewed, SkewedMargins, Defaults);
        AssertFactors([20, 7.5, 40.0 / 3, 5], untrimmed, 1e-5);

        // Upper bound 1.6 × 10 = 16 per respondent: AX is capped at 160. With AX held, the margins fix the rest:
        // AY = 500 − 160 = 340, BX = 600 − 160 = 440, BY = 500 − 440 = 60, i.e. 8.5, 14.67 and 3 per respondent,
        // all within [2.5, 16].
        var trimmed = Raking.Rake(Skewed, SkewedMargins, Defaults with { LowerBound = 0.25, UpperBound = 1.6 });

        Assert.Equal(1, trimmed.TrimmedCells);
        Assert.Equal(16, trimmed.Factors[0], 12);
        AssertFactors([16, 8.5, 44.0 / 3, 3], trimmed, 1e-5);
        Assert.True(trimmed.MaxRelativeGap <= 1e-6);
        Assert.True(trimmed.Iterations > untrimmed.Iterations);
        var weights = FinalWeights(Skewed, trimmed);
        Assert.Equal(500, weights[0] + weights[1], 3);
        Assert.Equal(600, weights[0] + weights[2], 3);

        // Kish: n·Σw²/(Σw)² = 100·(10·16² + 40·8.5² + 30·(44/3)² + 20·3²)/1000² = 100·(36 250/3)/10⁶ = 29/24.
        Assert.Equal(29.0 / 24, trimmed.DesignEffect, 5);
    }

    [Fact]
    public void Bounds_too_tight_for_the_margins_are_no_convergence()
    {
        // Upper 1.1: AX capped at 110 pushes BX to 490 (16.3 per respondent), capped at 330 in turn; column X then
        // holds only capped cells, 440 against 600.
        // Proven, not guessed: X's 40 respondents weigh at most 40 × 1.1 × 10 = 440 against 600.
        var error = Assert.Throws<RakingException>(() => Raking.Rake(Skewed, SkewedMargins, Defaults with { UpperBound = 1.1 }));
        Assert.Equal(RakingFailureKind.InfeasibleBounds, error.Kind);
        Assert.Equal(("column", "X"), (error.Margin, error.Category));
        Assert.StartsWith("the weights cannot stay within [0, 1.1] × the mean weight (10): margin 'column', category 'X' has 40 respondent(s), who weigh at most 440 at 1.1 × the mean weight, against a population of 600", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lower_bound_no_category_can_meet_is_proven_infeasible()
    {
        // Lower 0.9 × 10 = 9 per respondent: row B's 50 respondents weigh at least 450, row A's 50 at least 450;
        // feasible. Column Y's 60 at least 540, against 400: impossible.
        var error = Assert.Throws<RakingException>(() => Raking.Rake(Skewed, SkewedMargins, Defaults with { LowerBound = 0.9 }));
        Assert.Equal(RakingFailureKind.InfeasibleBounds, error.Kind);
        Assert.Equal(("column", "Y"), (error.Margin, error.Category));
        Assert.Contains("who weigh at least 540 at 0.9 × the mean weight, against a population of 400", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_capped_cell_is_released_when_the_margins_allow_it()
    {
        // Base weights already on the margins (A = 35, B = 14, X = 29, Y = 20; N = 49, 40 respondents, mean weight
        // 1.225): unbounded, every factor is 1, but AX weighs 2.5 per respondent (above 2 × 1.225 = 2.45) and BX
        // 0.4 (below 0.5 × 1.225 = 0.6125). Capping both and holding them makes column X 24.5 + 6.125 = 30.625,
        // not 29: the old cap-and-hold trimming declared these bounds impossible. They are not: with BX on its lower
        // bound 6.125, the margins give AX = 29 − 6.125 = 22.875 (below its cap: released), AY = 35 − 22.875 = 12.125,
        // BY = 14 − 6.125 = 7.875, every cell within [0.6125, 2.45] per respondent.
        RakingCell[] cells = [Cell(10, 25, "A", "X"), Cell(10, 10, "A", "Y"), Cell(10, 4, "B", "X"), Cell(10, 10, "B", "Y")];
        RakingMargin[] margins = [Margin("row", ("A", 35), ("B", 14)), Margin("column", ("X", 29), ("Y", 20))];

        var result = Raking.Rake(cells, margins, new RakingOptions(1e-9, 1000, 0.5, 2));

        var weights = FinalWeights(cells, result);
        Assert.Equal([22.875, 12.125, 6.125, 7.875], weights.Select(w => Math.Round(w, 6)));
        Assert.True(result.MaxRelativeGap <= 1e-9);
        Assert.Equal(1, result.TrimmedCells);
        Assert.All(weights, w => Assert.InRange(w / 10, (0.5 * 1.225) - 1e-9, (2 * 1.225) + 1e-9));
    }

    private static readonly string[] Rows3 = ["A", "B", "C"];
    private static readonly string[] Columns3 = ["X", "Y", "Z"];

    [Fact]
    public void Bounded_raking_meets_margins_built_from_weights_within_the_bounds()
    {
        // 3 × 3 tables whose margins come from weights chosen within the bounds: a solution exists by construction,
        // so raking must find one (possibly another) within the bounds and on the margins.
        var random = new Random(20261201);
        for (var trial = 0; trial < 200; trial++)
        {
            var cells = new List<RakingCell>();
            var truth = new List<double>();
            foreach (var row in Rows3)
            {
                foreach (var column in Columns3)
                {
                    var count = random.Next(1, 40);
                    cells.Add(Cell(count, count * (0.2 + (random.NextDouble() * 3)), row, column));
                    truth.Add(count * (0.5 + (random.NextDouble() * 1.5)));
                }
            }

            var total = truth.Sum();
            var respondents = cells.Sum(c => c.Count);
            var relative = truth.Select((t, i) => t / cells[i].Count / (total / respondents)).ToList();
            var lower = Math.Min(1, relative.Min());
            var upper = Math.Max(1, relative.Max());
            RakingMargin[] margins =
            [
                new("row", [.. Rows3.Select((r, k) => KeyValuePair.Create(r, truth.Skip(3 * k).Take(3).Sum()))]),
                new("column", [.. Columns3.Select((c, k) => KeyValuePair.Create(c, truth.Where((_, i) => i % 3 == k).Sum()))]),
            ];

            var result = Raking.Rake(cells, margins, new RakingOptions(1e-6, 10_000, lower, upper));

            Assert.True(result.MaxRelativeGap <= 1e-6, $"trial {trial}: gap {result.MaxRelativeGap}");
            var weights = FinalWeights([.. cells], result);
            for (var i = 0; i < cells.Count; i++)
            {
                var mean = weights[i] / cells[i].Count / (total / respondents);
                Assert.InRange(mean, lower * (1 - 1e-9), upper * (1 + 1e-9));
            }
        }
    }

    [Fact]
    public void Bounds_that_are_not_binding_change_nothing()
    {
        var result = Raking.Rake(Skewed, SkewedMargins, Defaults with { LowerBound = 0.3, UpperBound = 3 });
        Assert.Equal(0, result.TrimmedCells);
        Assert.Equal(Raking.Rake(Skewed, SkewedMargins, Defaults).Factors, result.Factors);
    }

    [Theory]
    [InlineData(0.0, 100, null, null)]
    [InlineData(1e-6, 0, null, null)]
    [InlineData(1e-6, 100, 1.5, null)]
    [InlineData(1e-6, 100, null, 0.8)]
    public void Options_out_of_range_are_rejected(double tolerance, int maxIterations, double? lower, double? upper) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Raking.Rake(TwoByTwo, [Rows, Columns], new RakingOptions(tolerance, maxIterations, lower, upper)));

    [Fact]
    public void The_design_effect_of_equal_weights_is_one()
    {
        var result = Raking.Rake([Cell(20, 20, "a"), Cell(30, 30, "b")], [Margin("m", ("a", 400), ("b", 600))], Defaults);
        Assert.Equal(1, result.DesignEffect, 12);
        Assert.Equal(1, Raking.DesignEffect(TwoByTwo, [3, 3, 3, 3], [40, 10, 20, 30]), 12);
    }

    [Fact]
    public void The_design_effect_uses_the_sums_of_squared_base_weights()
    {
        // Cell 1: two respondents with base weights 1 and 3 (Σw = 4, Σw² = 10), factor 1.5 → 1.5 and 4.5.
        // Cell 2: two with 2 and 2 (Σw = 4, Σw² = 8), factor 0.5 → 1 and 1.
        // Final weights 1.5, 4.5, 1, 1: Σw = 8, Σw² = 24.5, deff = 4·24.5/64 = 1.53125.
        RakingCell[] cells = [Cell(2, 4, "a"), Cell(2, 4, "b")];
        Assert.Equal(1.53125, Raking.DesignEffect(cells, [1.5, 0.5], [10, 8]), 12);

        // Assuming the base weights constant within a cell (Σw² = 4²/2 = 8 each): 4·(2.25·8 + 0.25·8)/64 = 1.25.
        Assert.Equal(1.25, Raking.DesignEffect(cells, [1.5, 0.5]), 12);
    }

    [Fact]
    public void The_design_effect_needs_one_factor_and_one_sum_per_cell() =>
        Assert.Throws<ArgumentException>(() => Raking.DesignEffect(TwoByTwo, [1, 1, 1], [1, 1, 1, 1]));

    [Fact]
    public void Failures_are_told_in_French_when_French_is_spoken()
    {
        using var french = UiLanguage.Use(Language.French);
        var inconsistent = Assert.Throws<RakingException>(() => Raking.Rake(TwoByTwo, [Rows, Margin("column", ("X", 503), ("Y", 503))], Defaults));
        Assert.Equal("la marge «\u00a0column\u00a0» totalise 1 006 mais la marge «\u00a0row\u00a0» totalise 1 000 (un écart de 0.60 %, plus de 0,5\u00a0%)\u202f; les marges doivent décrire la même population.", inconsistent.Message);

        RakingCell[] cells = [Cell(10, 10, "A", "X"), Cell(10, 10, "B", "Y")];
        var stuck = Assert.Throws<RakingException>(() =>
            Raking.Rake(cells, [Margin("row", ("A", 60), ("B", 40)), Margin("column", ("X", 50), ("Y", 50))], Defaults));
        Assert.StartsWith("le calage n’a pas convergé après 100 itérations\u00a0: marge «\u00a0row\u00a0», la catégorie «\u00a0B\u00a0» est à 25.00 % de sa population de 40\u202f; certaines combinaisons", stuck.Message, StringComparison.Ordinal);

        var bounded = Assert.Throws<RakingException>(() => Raking.Rake(Skewed, SkewedMargins, Defaults with { UpperBound = 1.1 }));
        Assert.Contains("qui pèsent au plus 440 à 1.1 × le poids moyen, pour une population de 600", bounded.Message, StringComparison.Ordinal);
    }

    private static RakingCell Cell(long count, double baseWeight, params string[] keys) => new(keys, count, baseWeight);

    private static RakingMargin Margin(string name, params (string Category, double Population)[] targets) =>
        new(name, targets.Select(t => KeyValuePair.Create(t.Category, t.Population)).ToList());

    private static double[] FinalWeights(IReadOnlyList<RakingCell> cells, RakingResult result) =>
        cells.Select((c, i) => c.BaseWeight * result.Factors[i]).ToArray();

    private static void AssertFactors(double[] expected, RakingResult result, double tolerance)
    {
        Assert.Equal(expected.Length, result.Factors.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - result.Factors[i]) <= tolerance * expected[i], $"factor #{i}: expected {expected[i]}, got {result.Factors[i]}");
        }
    }
}
