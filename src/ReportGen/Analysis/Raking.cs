using System.Globalization;
using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen.Analysis;

/// <summary>
/// A cell of the sample cross-classified by the margin variables: one value per margin (in margin order),
/// the number of respondents and the sum of their base (design) weights (= <see cref="Count"/> when there are none).
/// </summary>
public sealed record RakingCell(IReadOnlyList<string> Keys, long Count, double BaseWeight);

/// <summary>One margin: its name (the column) and the population total of each category.</summary>
public sealed record RakingMargin(string Name, IReadOnlyList<KeyValuePair<string, double>> Targets);

/// <summary>
/// <see cref="Tolerance"/>: the largest relative gap |weighted total − target| / target allowed on any category of
/// any margin at convergence. <see cref="MaxIterations"/>: the most IPF sweeps in one raking (and in each re-raking
/// after trimming). <see cref="LowerBound"/>/<see cref="UpperBound"/>: optional bounds on the mean final weight of
/// the respondents of a cell, relative to the mean final weight of all respondents (e.g. 0.3 and 3.0), enforced by
/// trimmed raking (cap, re-rake the other cells, repeat).
/// </summary>
public sealed record RakingOptions(double Tolerance = 1e-6, int MaxIterations = 100, double? LowerBound = null, double? UpperBound = null)
{
    /// <summary>Throws when an option is out of range, naming the option and its value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public void Validate()
    {
        if (!(Tolerance > 0 && double.IsFinite(Tolerance)))
        {
            throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "The raking tolerance must be a positive number (e.g. 1e-6).");
        }

        if (MaxIterations < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxIterations), MaxIterations, "Raking needs at least one iteration.");
        }

        // The mean weight of all respondents is a mean of the cells' mean weights: a lower bound above 1 or an
        // upper bound below 1 could never be met.
        if (LowerBound is { } lower && !(lower > 0 && lower <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(LowerBound), lower, "The lower trimming bound is relative to the mean weight and must lie in (0, 1] (e.g. 0.3).");
        }

        if (UpperBound is { } upper && !(upper >= 1 && double.IsFinite(upper)))
        {
            throw new ArgumentOutOfRangeException(nameof(UpperBound), upper, "The upper trimming bound is relative to the mean weight and must be at least 1 (e.g. 3).");
        }
    }
}

/// <summary>
/// The outcome of raking. <see cref="Factors"/>[i]: multiply the base weights of cell i by it to get the final weights
/// (the final weights add up to the population total of the first margin). <see cref="Iterations"/>: IPF sweeps done
/// in all, re-rakings after trimming included. <see cref="MaxRelativeGap"/>: the worst relative gap between a weighted
/// margin and its target at the end. <see cref="TrimmedCells"/>: cells held at a trimming bound.
/// </summary>
public sealed record RakingResult(IReadOnlyList<double> Factors, int Iterations, double MaxRelativeGap, int TrimmedCells)
{
    /// <summary>
    /// Kish's design effect of the final weights, n·Σw²/(Σw)², assuming the base weights are constant within each
    /// cell (exact when there are no base weights). With varying base weights, call
    /// <see cref="Raking.DesignEffect(IReadOnlyList{RakingCell}, IReadOnlyList{double}, IReadOnlyList{double})"/>
    /// with each cell's sum of squared base weights.
    /// </summary>
    public double DesignEffect { get; init; } = 1;
}

/// <summary>Why raking failed.</summary>
public enum RakingFailureKind
{
    /// <summary>A category has a population but no respondent (or only respondents with a zero base weight).</summary>
    EmptyCategory,

    /// <summary>A value of the sample is not a category of that margin.</summary>
    UnknownCategory,

    /// <summary>The margins' population totals differ by more than 0.5 %.</summary>
    InconsistentTotals,

    /// <summary>The margins (and trimming bounds) could not be met within the iterations allowed.</summary>
    NoConvergence,

    /// <summary>No weights within the trimming bounds can meet a margin: proven on one of its categories.</summary>
    InfeasibleBounds,

    /// <summary>A negative or non-finite population, a category listed twice, or a margin listed twice.</summary>
    InvalidTarget,
}

/// <summary>Raking failed on input the user can fix; <see cref="Exception.Message"/> says what and how.</summary>
public sealed class RakingException : Exception
{
    public RakingException(RakingFailureKind kind, string margin, string? category, string message)
        : base(message)
    {
        Kind = kind;
        Margin = margin;
        Category = category;
    }

    public RakingException()
        : this(RakingFailureKind.NoConvergence, "", null, "Raking failed.")
    {
    }

    public RakingException(string message)
        : this(RakingFailureKind.NoConvergence, "", null, message)
    {
    }

    public RakingException(string message, Exception innerException)
        : base(message, innerException)
    {
        Kind = RakingFailureKind.NoConvergence;
        Margin = "";
    }

    /// <summary>What went wrong.</summary>
    public RakingFailureKind Kind { get; }

    /// <summary>The margin at fault (its name), or "" when none is.</summary>
    public string Margin { get; }

    /// <summary>The category at fault, if one is.</summary>
    public string? Category { get; }
}

/// <summary>
/// Weights from population margins. One margin is post-stratification: factor N_h / Σ base weights in h, exact in
/// one sweep. Several margins are raked by iterative proportional fitting (Deming &amp; Stephan, 1940, "On a least
/// squares adjustment of a sampled frequency table when the expected marginal totals are known", Annals of
/// Mathematical Statistics 11:427–444): each sweep scales the cells of every category of each margin in turn so
/// that the margin is met, until every margin is within the tolerance. Margins whose totals differ by at most 0.5 %
/// are rescaled to the first margin's total; more is an error. Optional bounds are enforced by trimmed raking:
/// cells whose mean weight falls outside the bounds are capped at them and held fixed, the other cells re-raked,
/// and so on until no bound is crossed. Margins and categories are visited in the order given, so the result is
/// deterministic.
/// </summary>
public static class Raking
{
    /// <summary>Margins whose totals differ by more than this (relative to the first) are inconsistent.</summary>
    public const double TotalsTolerance = 0.005;

    /// <summary>The factors that bring the weighted sample onto <paramref name="margins"/>.</summary>
    /// <exception cref="RakingException">The margins cannot be met (see <see cref="RakingFailureKind"/>).</exception>
    /// <exception cref="ArgumentException">A cell has the wrong number of keys, a negative count or weight.</exception>
    public static RakingResult Rake(IReadOnlyList<RakingCell> cells, IReadOnlyList<RakingMargin> margins, RakingOptions options)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(margins);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var problem = Problem.Prepare(cells, margins);

        // Bounds on each cell's total weight: its respondents times the bound times the mean weight of all
        // respondents (fixed by the margins: the population over the respondents). A cell of zero base weight
        // weighs 0 whatever its factor.
        var meanWeight = problem.Total / problem.Respondents;
        var low = new double[cells.Count];
        var high = new double[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            var positive = cells[i].BaseWeight > 0;
            low[i] = positive && options.LowerBound is { } l ? l * meanWeight * cells[i].Count : 0;
            high[i] = !positive ? 0 : options.UpperBound is { } u ? u * meanWeight * cells[i].Count : double.PositiveInfinity;
        }

        problem.CheckBounds(low, high, options);
        var factors = problem.Fit(low, high, options, out var round, out var iterations);
        if (!round.Converged)
        {
            throw options.LowerBound is null && options.UpperBound is null
                ? NoConvergence(problem, round, Text.Format(AnalysisMessages.RakingNoConvergence, options.MaxIterations))
                : NoConvergence(
                    problem,
                    round,
                    Text.Format(AnalysisMessages.RakingBoundedNoConvergence, Bounds(options), options.MaxIterations),
                    AnalysisMessages.RakingBoundsTooTight);
        }

        var trimmed = 0;
        for (var i = 0; i < cells.Count; i++)
        {
            var weight = factors[i] * cells[i].BaseWeight;
            if (cells[i].BaseWeight > 0 && (weight <= low[i] * (1 + BoundSlack) || weight >= high[i] * (1 - BoundSlack)))
            {
                trimmed++;
            }
        }

        return new RakingResult(factors, iterations, round.Gap, trimmed) { DesignEffect = DesignEffect(cells, factors) };
    }

    private static string Bounds(RakingOptions options) =>
        string.Create(CultureInfo.InvariantCulture, $"[{options.LowerBound ?? 0}, {(options.UpperBound is { } u ? u.ToString(CultureInfo.InvariantCulture) : "∞")}]");

    /// <summary>
    /// Kish's design effect due to weighting, n·Σw²/(Σw)² (Kish, 1965, Survey Sampling, §11.7), of the final weights
    /// f_c·w_i: n·Σ_c(f_c²·Σ_{i∈c} w_i²) / (Σ_c f_c·Σ_{i∈c} w_i)², n the number of respondents.
    /// <paramref name="sumSquaredBaseWeights"/>[c] is Σ w_i² over the respondents of cell c (= Count without base weights).
    /// </summary>
    public static double DesignEffect(IReadOnlyList<RakingCell> cells, IReadOnlyList<double> factors, IReadOnlyList<double> sumSquaredBaseWeights)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentNullException.ThrowIfNull(sumSquaredBaseWeights);
        if (factors.Count != cells.Count || sumSquaredBaseWeights.Count != cells.Count)
        {
            throw new ArgumentException($"{cells.Count} cells need as many factors and sums of squared base weights (got {factors.Count} and {sumSquaredBaseWeights.Count}).", nameof(factors));
        }

        long n = 0;
        double sum = 0;
        double sumSquares = 0;
        for (var i = 0; i < cells.Count; i++)
        {
            n += cells[i].Count;
            sum += factors[i] * cells[i].BaseWeight;
            sumSquares += factors[i] * factors[i] * sumSquaredBaseWeights[i];
        }

        return WeightedSample.DesignEffect(n, sum, sumSquares);
    }

    /// <summary>
    /// Kish's design effect of the final weights when the base weights are constant within each cell:
    /// Σ w_i² over cell c is then (Σ w_i)² / n_c.
    /// </summary>
    public static double DesignEffect(IReadOnlyList<RakingCell> cells, IReadOnlyList<double> factors)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return DesignEffect(cells, factors, cells.Select(c => c.Count > 0 ? c.BaseWeight * c.BaseWeight / c.Count : 0).ToList());
    }

    private const double BoundSlack = 1e-9;

    private static RakingException NoConvergence(Problem problem, FitOutcome round, string what, string? fix = null)
    {
        var margin = problem.Margins[round.WorstMargin];
        var category = margin.Categories[round.WorstCategory];
        var target = margin.Targets[round.WorstCategory];
        var message = Text.Format(AnalysisMessages.RakingWorstCategory, what, margin.Name, category, round.Gap, Number(target), fix ?? AnalysisMessages.RakingNoRespondentCombination);
        return new RakingException(RakingFailureKind.NoConvergence, margin.Name, category, message);
    }

    /// <summary>9800 → "9 800", 12.5 → "12.5": readable in an English message.</summary>
    private static string Number(double value) =>
        value.ToString("#,0.##", CultureInfo.InvariantCulture).Replace(',', ' ');

    internal readonly record struct FitOutcome(bool Converged, double Gap, int WorstMargin, int WorstCategory);

    private sealed record PreparedMargin(string Name, string[] Categories, double[] Targets);

    /// <summary>The validated input: margins with their targets rescaled to one total, and each cell's category per margin.</summary>
    private sealed class Problem
    {
        private readonly IReadOnlyList<RakingCell> _cells;
        private readonly int[][] _categoryOf;

        private Problem(IReadOnlyList<RakingCell> cells, PreparedMargin[] margins, int[][] categoryOf, double total, long respondents)
        {
            _cells = cells;
            Margins = margins;
            _categoryOf = categoryOf;
            Total = total;
            Respondents = respondents;
        }

        public PreparedMargin[] Margins { get; }

        /// <summary>The population total (of the first margin).</summary>
        public double Total { get; }

        /// <summary>Respondents with a positive base weight.</summary>
        public long Respondents { get; }

        public static Problem Prepare(IReadOnlyList<RakingCell> cells, IReadOnlyList<RakingMargin> margins)
        {
            if (margins.Count == 0)
            {
                throw new ArgumentException("Raking needs at least one margin.", nameof(margins));
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            var prepared = new PreparedMargin[margins.Count];
            var lookups = new Dictionary<string, int>[margins.Count];
            for (var m = 0; m < margins.Count; m++)
            {
                var margin = margins[m];
                if (!names.Add(margin.Name))
                {
                    throw new RakingException(RakingFailureKind.InvalidTarget, margin.Name, null, Text.Format(AnalysisMessages.RakingMarginTwice, margin.Name));
                }

                var lookup = new Dictionary<string, int>(StringComparer.Ordinal);
                var categories = new string[margin.Targets.Count];
                var targets = new double[margin.Targets.Count];
                for (var j = 0; j < margin.Targets.Count; j++)
                {
                    var (category, target) = margin.Targets[j];
                    if (!lookup.TryAdd(category, j))
                    {
                        throw new RakingException(RakingFailureKind.InvalidTarget, margin.Name, category, Text.Format(AnalysisMessages.RakingCategoryTwice, margin.Name, category));
                    }

                    if (!(target >= 0 && double.IsFinite(target)))
                    {
                        throw new RakingException(
                            RakingFailureKind.InvalidTarget,
                            margin.Name,
                            category,
                            Text.Format(AnalysisMessages.RakingBadPopulation, margin.Name, category, target));
                    }

                    categories[j] = category;
                    targets[j] = target;
                }

                prepared[m] = new PreparedMargin(margin.Name, categories, targets);
                lookups[m] = lookup;
            }

            var total = prepared[0].Targets.Sum();
            if (total <= 0)
            {
                throw new RakingException(RakingFailureKind.InvalidTarget, prepared[0].Name, null, Text.Format(AnalysisMessages.RakingZeroTotal, prepared[0].Name));
            }

            // Margins from different sources (a census year apart, rounded figures) rarely add up to exactly the
            // same total; up to 0.5 % each is rescaled to the first margin's total, beyond that it is an error.
            for (var m = 1; m < prepared.Length; m++)
            {
                var marginTotal = prepared[m].Targets.Sum();
                if (Math.Abs(marginTotal - total) > TotalsTolerance * total)
                {
                    throw new RakingException(
                        RakingFailureKind.InconsistentTotals,
                        prepared[m].Name,
                        null,
                        Text.Format(AnalysisMessages.RakingInconsistentTotals, prepared[m].Name, Number(marginTotal), prepared[0].Name, Number(total), Math.Abs(marginTotal - total) / total));
                }

                var scale = total / marginTotal;
                for (var j = 0; j < prepared[m].Targets.Length; j++)
                {
                    prepared[m].Targets[j] *= scale;
                }
            }

            var categoryOf = new int[cells.Count][];
            long respondents = 0;
            for (var i = 0; i < cells.Count; i++)
            {
                var cell = cells[i];
                if (cell.Keys.Count != margins.Count)
                {
                    throw new ArgumentException($"Cell #{i + 1} has {cell.Keys.Count} keys for {margins.Count} margins.", nameof(cells));
                }

                if (cell.Count < 0 || !(cell.BaseWeight >= 0 && double.IsFinite(cell.BaseWeight)) || (cell.BaseWeight > 0 && cell.Count == 0))
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Cell #{i + 1} has {cell.Count} respondents and a base weight of {cell.BaseWeight}."), nameof(cells));
                }

                categoryOf[i] = new int[margins.Count];
                for (var m = 0; m < margins.Count; m++)
                {
                    var key = cell.Keys[m];
                    if (!lookups[m].TryGetValue(key, out var j))
                    {
                        var closest = Suggestions.Closest(key, prepared[m].Categories);
                        var hint = closest is null
                            ? AnalysisMessages.RakingUnknownCategoryHint
                            : Text.Format(AnalysisMessages.RakingUnknownCategoryDidYouMean, closest);
                        throw new RakingException(RakingFailureKind.UnknownCategory, prepared[m].Name, key, Text.Format(AnalysisMessages.RakingUnknownCategory, prepared[m].Name, key, hint));
                    }

                    categoryOf[i][m] = j;
                }

                if (cell.BaseWeight > 0)
                {
                    respondents += cell.Count;
                }
            }

            var problem = new Problem(cells, prepared, categoryOf, total, respondents);
            for (var m = 0; m < prepared.Length; m++)
            {
                var margin = prepared[m];
                var sample = problem.Totals(m, Enumerable.Repeat(1.0, cells.Count).ToArray(), new bool[cells.Count], heldOnly: false);
                var counts = new long[margin.Categories.Length];
                for (var i = 0; i < cells.Count; i++)
                {
                    counts[categoryOf[i][m]] += cells[i].BaseWeight > 0 ? cells[i].Count : 0;
                }

                for (var j = 0; j < margin.Categories.Length; j++)
                {
                    if (margin.Targets[j] > 0 && sample[j] <= 0)
                    {
                        throw new RakingException(
                            RakingFailureKind.EmptyCategory,
                            margin.Name,
                            margin.Categories[j],
                            Text.Format(AnalysisMessages.RakingEmptyCategory, margin.Name, margin.Categories[j], Number(margins[m].Targets[j].Value)));
                    }

                    // Weighting would give these respondents a weight of 0: they would be dropped without a word.
                    if (margin.Targets[j] == 0 && sample[j] > 0)
                    {
                        throw new RakingException(
                            RakingFailureKind.InvalidTarget,
                            margin.Name,
                            margin.Categories[j],
                            Text.Format(AnalysisMessages.RakingZeroPopulation, margin.Name, margin.Categories[j], counts[j]));
                    }
                }
            }

            return problem;
        }

        /// <summary>
        /// Refuses bounds that no weights can meet, with the proof: a category whose cells, all at their upper
        /// bound, still weigh less than its population, or all at their lower bound already weigh more.
        /// </summary>
        public void CheckBounds(double[] low, double[] high, RakingOptions options)
        {
            for (var m = 0; m < Margins.Length; m++)
            {
                var targets = Margins[m].Targets;
                var lows = new double[targets.Length];
                var highs = new double[targets.Length];
                var counts = new long[targets.Length];
                for (var i = 0; i < _cells.Count; i++)
                {
                    lows[_categoryOf[i][m]] += low[i];
                    highs[_categoryOf[i][m]] += high[i];
                    counts[_categoryOf[i][m]] += _cells[i].BaseWeight > 0 ? _cells[i].Count : 0;
                }

                for (var j = 0; j < targets.Length; j++)
                {
                    var tooLow = highs[j] < targets[j] * (1 - options.Tolerance);
                    if (tooLow || lows[j] > targets[j] * (1 + options.Tolerance))
                    {
                        var bound = tooLow ? options.UpperBound ?? 0 : options.LowerBound ?? 0;
                        var message = Text.Format(
                            tooLow ? AnalysisMessages.RakingInfeasibleAtMost : AnalysisMessages.RakingInfeasibleAtLeast,
                            Bounds(options), Number(Total / Respondents), Margins[m].Name, Margins[m].Categories[j], counts[j], Number(tooLow ? highs[j] : lows[j]), bound, Number(targets[j]));
                        throw new RakingException(RakingFailureKind.InfeasibleBounds, Margins[m].Name, Margins[m].Categories[j], message);
                    }
                }
            }
        }

        /// <summary>
        /// Raking with bounds on each cell's weight (bounded iterative proportional fitting): each cell weighs
        /// clamp(u_c × base weight, low_c, high_c), u_c the product of one multiplier per margin category. Each sweep
        /// sets, margin after margin and category after category, the multiplier that makes the category's clamped
        /// total equal its target exactly (a monotone, piecewise linear equation solved in closed form), until every
        /// margin is within the tolerance (checked before each sweep, so a sample already on its margins takes none)
        /// or <see cref="RakingOptions.MaxIterations"/> sweeps are done. A capped cell is not held: it is examined
        /// again at every step, and released as soon as its category's multiplier brings it back within its bounds.
        /// This is coordinate ascent on the dual of the raking distance under bounds (the "truncated" raking of
        /// Deville &amp; Särndal, 1992, JASA 87:376–382), which converges whenever bounded weights meeting the margins
        /// exist. Without bounds it is plain IPF (Deming &amp; Stephan, 1940), operation for operation.
        /// </summary>
        public double[] Fit(double[] low, double[] high, RakingOptions options, out FitOutcome outcome, out int iterations)
        {
            var multipliers = new double[_cells.Count];
            Array.Fill(multipliers, 1.0);
            var members = new List<int>[Margins.Length][];
            for (var m = 0; m < Margins.Length; m++)
            {
                members[m] = [.. Margins[m].Categories.Select(_ => new List<int>())];
                for (var i = 0; i < _cells.Count; i++)
                {
                    if (_cells[i].BaseWeight > 0)
                    {
                        members[m][_categoryOf[i][m]].Add(i);
                    }
                }
            }

            iterations = 0;
            for (var sweep = 0; ; sweep++)
            {
                var factors = Factors(multipliers, low, high);
                outcome = Gap(factors);
                if (outcome.Gap <= options.Tolerance)
                {
                    outcome = outcome with { Converged = true };
                    return factors;
                }

                if (sweep == options.MaxIterations)
                {
                    return factors;
                }

                for (var m = 0; m < Margins.Length; m++)
                {
                    // The categories of a margin share no cell: each multiplier is found from the weights before the margin's step.
                    var steps = new double[Margins[m].Targets.Length];
                    for (var j = 0; j < steps.Length; j++)
                    {
                        steps[j] = members[m][j].Count == 0 ? 1 : Step(members[m][j], multipliers, low, high, Margins[m].Targets[j]);
                    }

                    for (var i = 0; i < _cells.Count; i++)
                    {
                        multipliers[i] *= steps[_categoryOf[i][m]];
                    }
                }

                iterations++;
            }
        }

        /// <summary>The factor of each cell: its multiplier, or the one that puts it on the bound it crosses.</summary>
        private double[] Factors(double[] multipliers, double[] low, double[] high)
        {
            var factors = new double[_cells.Count];
            for (var i = 0; i < _cells.Count; i++)
            {
                var weight = multipliers[i] * _cells[i].BaseWeight;
                factors[i] = _cells[i].BaseWeight <= 0 ? multipliers[i]
                    : weight < low[i] ? low[i] / _cells[i].BaseWeight
                    : weight > high[i] ? high[i] / _cells[i].BaseWeight
                    : multipliers[i];
            }

            return factors;
        }

        /// <summary>
        /// The λ for which Σ clamp(λ·a_c, low_c, high_c) = target over the category's cells (a_c = u_c × base weight):
        /// the smallest solution, found by walking the breakpoints low_c/a_c and high_c/a_c in order, along which the
        /// sum is linear. Without bounds it is target / Σ a_c.
        /// </summary>
        private double Step(List<int> cells, double[] multipliers, double[] low, double[] high, double target)
        {
            double constant = 0;
            double slope = 0;
            var events = new List<(double At, int Cell, bool Enters)>();
            foreach (var i in cells)
            {
                var a = multipliers[i] * _cells[i].BaseWeight;
                if (low[i] > 0)
                {
                    constant += low[i];
                    events.Add((low[i] / a, i, true));
                }
                else
                {
                    slope += a;
                }

                if (!double.IsPositiveInfinity(high[i]))
                {
                    events.Add((high[i] / a, i, false));
                }
            }

            if (events.Count == 0)
            {
                return target / slope;
            }

            // Stable order: equal breakpoints keep the cells' order, so the result is deterministic.
            var ordered = events.Select((e, k) => (e, k)).OrderBy(p => p.e.At).ThenBy(p => p.k).Select(p => p.e).ToList();

            // The lower bounds alone reach the target (to within the tolerance CheckBounds allows): the cells stay
            // at them, and λ stays positive so that later steps can raise them again.
            if (constant >= target)
            {
                return ordered[0].At;
            }

            var previous = 0.0;
            foreach (var (at, i, enters) in ordered)
            {
                if (constant + (slope * at) >= target)
                {
                    return slope > 0 ? Math.Max(previous, (target - constant) / slope) : at;
                }

                var a = multipliers[i] * _cells[i].BaseWeight;
                if (enters)
                {
                    constant -= low[i];
                    slope += a;
                }
                else
                {
                    slope -= a;
                    constant += high[i];
                }

                previous = at;
            }

            // Past the last breakpoint every cell is at its upper bound or free without one.
            return slope > 0 ? Math.Max(previous, (target - constant) / slope) : previous;
        }

        /// <summary>The worst relative gap between a weighted margin and its target, and where it is.</summary>
        private FitOutcome Gap(double[] factors)
        {
            var worst = new FitOutcome(false, 0, 0, 0);
            var all = new bool[_cells.Count];
            for (var m = 0; m < Margins.Length; m++)
            {
                var targets = Margins[m].Targets;
                var totals = Totals(m, factors, all, heldOnly: false);
                for (var j = 0; j < targets.Length; j++)
                {
                    // A category without population has no respondent either (checked in Prepare).
                    if (targets[j] > 0)
                    {
                        var gap = Math.Abs(totals[j] - targets[j]) / targets[j];
                        if (gap > worst.Gap)
                        {
                            worst = new FitOutcome(false, gap, m, j);
                        }
                    }
                }
            }

            return worst;
        }

        /// <summary>Σ factor × base weight per category of margin <paramref name="m"/>, over the held cells or the free ones.</summary>
        private double[] Totals(int m, double[] factors, bool[] held, bool heldOnly)
        {
            var totals = new double[Margins[m].Targets.Length];
            for (var i = 0; i < _cells.Count; i++)
            {
                if (held[i] == heldOnly)
                {
                    totals[_categoryOf[i][m]] += factors[i] * _cells[i].BaseWeight;
                }
            }

            return totals;
        }
    }
}
