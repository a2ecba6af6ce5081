using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Ingest;
using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen.Analysis;

/// <summary>
/// How the weights of one wave were computed from the margins, and the margins checked: population, sample and
/// weighted shares. <see cref="MinWeight"/> and <see cref="MaxWeight"/> are the extremes of the mean final weight
/// of the raking cells (individual weights vary around them when the base weights vary within a cell).
/// </summary>
public sealed record WaveWeighting(string Wave, long Respondents, int Iterations, double MaxRelativeGap, int TrimmedCells, double DesignEffect, double MinWeight, double MaxWeight)
{
    public IReadOnlyList<MarginCheck> Margins { get; init; } = [];

    /// <summary>The mean final weight of all the wave's respondents: what trimming bounds are relative to.</summary>
    public double MeanWeight { get; init; }
}

/// <summary>One category of one margin: its share of the population, of the respondents (unweighted) and of the weighted sample.</summary>
public sealed record MarginCheck(string Margin, string Category, double PopulationShare, double SampleShare, double WeightedShare);

/// <summary>The weighting of the survey: method, margins, and per wave the outcome of the iterations.</summary>
public sealed record WeightingReport(string Method, IReadOnlyList<string> Margins, double Tolerance, double? TrimLower, double? TrimUpper, IReadOnlyList<WaveWeighting> Waves);

/// <summary>
/// The tenant survey as read (cells) with its final weights: one factor per cell from the population margins
/// (raked wave by wave), or none when the weights are those of the data. Any wave or segment is a sum of cells.
/// </summary>
public sealed class SurveyData
{
    private SurveyData(SurveyCells cells, IReadOnlyList<double>? factors, WeightingReport? weighting)
    {
        Cells = cells;
        Factors = factors;
        Weighting = weighting;
        var index = cells.ColumnIndex(CellRole.Wave);
        Waves = index < 0 ? [""] : cells.Waves;
        _waveIndex = index;
    }

    private readonly int _waveIndex;

    public SurveyCells Cells { get; }

    /// <summary>The weighting factor of each cell, or null when the data's own weights (or none) apply.</summary>
    public IReadOnlyList<double>? Factors { get; }

    public WeightingReport? Weighting { get; }

    /// <summary>The waves, in ordinal order of their labels; one unnamed wave ("") when the data has none.</summary>
    public IReadOnlyList<string> Waves { get; }

    /// <summary>Whether the figures are weighted (by the data's weight column or by margins).</summary>
    public bool Weighted => Cells.Weighted || Factors is not null;

    public string WaveOf(CellTally cell) => _waveIndex < 0 ? "" : cell.Values[_waveIndex];

    /// <summary>The tally of one wave, optionally restricted to the cells that <paramref name="filter"/> keeps.</summary>
    public SurveyTally Tally(string wave, Func<CellTally, bool>? filter = null)
    {
        var tally = Cells.Merge(c => WaveOf(c) == wave && (filter is null || filter(c)), Factors);
        return tally with { Weighted = Weighted };
    }

    /// <summary>Applies the project's weighting, wave by wave; a margin that cannot be met is reported against the project file.</summary>
    public static SurveyData? Weigh(SurveyCells cells, WeightingDefinition? weighting, DiagnosticBag bag)
    {
        if (weighting is null)
        {
            return new SurveyData(cells, null, null);
        }

        var data = new SurveyData(cells, null, null);
        var marginIndex = weighting.Margins.Select(m => cells.ColumnOf(m.Column)).ToArray();
        var factors = new double[cells.Cells.Count];
        var report = new List<WaveWeighting>();
        var margins = weighting.Margins.Select(m => new RakingMargin(m.Column, m.Population)).ToList();
        var options = new RakingOptions(weighting.Tolerance, weighting.MaxIterations, weighting.TrimLower, weighting.TrimUpper);
        foreach (var wave in data.Waves)
        {
            // The raking cells: the respondents of the wave grouped by their values of the margin columns.
            var members = Enumerable.Range(0, cells.Cells.Count).Where(k => data.WaveOf(cells.Cells[k]) == wave).ToList();
            var groups = members
                .GroupBy(k => string.Join('\u001F', marginIndex.Select(i => cells.Cells[k].Values[i])), StringComparer.Ordinal)
                .ToList();
            var raking = groups.Select(g => new RakingCell(
                [.. marginIndex.Select(i => cells.Cells[g.First()].Values[i])],
                g.Sum(k => cells.Cells[k].Respondents),
                g.Sum(k => cells.Cells[k].SumWeights))).ToList();
            RakingResult result;
            try
            {
                result = Raking.Rake(raking, margins, options);
            }
            catch (RakingException e)
            {
                var location = e.Margin is { } name && weighting.Margins.FirstOrDefault(m => m.Column == name) is { } margin ? margin.Location : weighting.Location;
                bag.Add(location, e.Kind == RakingFailureKind.InfeasibleBounds ? DiagnosticCodes.TrimmingInfeasible : DiagnosticCodes.WeightingFailed, wave.Length > 0 ? Text.Format(AnalysisMessages.WeightingWave, wave, e.Message) : e.Message,
                    e.Kind switch
                    {
                        RakingFailureKind.InfeasibleBounds => AnalysisMessages.TrimmingInfeasibleHint,
                        RakingFailureKind.NoConvergence => AnalysisMessages.NoConvergenceHint,
                        RakingFailureKind.InconsistentTotals => AnalysisMessages.InconsistentTotalsHint,
                        RakingFailureKind.UnknownCategory => AnalysisMessages.UnknownCategoryHint,
                        _ => AnalysisMessages.WeightingFailedHint,
                    });
                continue;
            }

            var squares = groups.Select(g => g.Sum(k => cells.Cells[k].SumSquaredWeights)).ToList();
            var weights = new List<double>();
            for (var g = 0; g < groups.Count; g++)
            {
                foreach (var k in groups[g])
                {
                    factors[k] = result.Factors[g];
                }

                if (raking[g].Count > 0)
                {
                    weights.Add(result.Factors[g] * raking[g].BaseWeight / raking[g].Count);
                }
            }

            var respondents = raking.Sum(c => c.Count);
            var weighted = raking.Select((c, g) => result.Factors[g] * c.BaseWeight).Sum();
            var checks = new List<MarginCheck>();
            for (var m = 0; m < weighting.Margins.Count; m++)
            {
                var margin = weighting.Margins[m];
                var population = margin.Population.Sum(p => p.Value);
                foreach (var (category, count) in margin.Population)
                {
                    var inCategory = Enumerable.Range(0, raking.Count).Where(g => raking[g].Keys[m] == category).ToList();
                    checks.Add(new MarginCheck(margin.Column, category, population <= 0 ? 0 : count / population,
                        respondents == 0 ? 0 : (double)inCategory.Sum(g => raking[g].Count) / respondents,
                        weighted <= 0 ? 0 : inCategory.Sum(g => result.Factors[g] * raking[g].BaseWeight) / weighted));
                }
            }

            report.Add(new WaveWeighting(wave, members.Sum(k => cells.Cells[k].Respondents), result.Iterations, result.MaxRelativeGap, result.TrimmedCells,
                Raking.DesignEffect(raking, result.Factors, squares), weights.Count == 0 ? 0 : weights.Min(), weights.Count == 0 ? 0 : weights.Max())
            {
                Margins = checks,
                MeanWeight = respondents == 0 ? 0 : weighted / respondents,
            });
        }

        return bag.HasErrors ? null : new SurveyData(cells, factors, new WeightingReport(weighting.Method, [.. weighting.Margins.Select(m => m.Column)],
            weighting.Tolerance, weighting.TrimLower, weighting.TrimUpper, report));
    }
}
