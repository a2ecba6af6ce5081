using ReportGen.Analysis.Scores;
using ReportGen.Definitions;
using ReportGen.Ingest;

namespace ReportGen.Analysis;

/// <summary>
/// The estimates of every indicator of the project, in the order of the indicator file: the shares (% satisfied) in
/// <see cref="Estimates"/>, the scores and net scores in <see cref="Scores"/>.
/// </summary>
public sealed record SurveyResults(ProjectDefinition Project, SurveyTally Survey, IReadOnlyList<IndicatorEstimate> Estimates)
{
    /// <summary>The score (mean) and net-score indicators.</summary>
    public ScoreResults Scores { get; init; } = ScoreResults.Empty;

    /// <summary>Each benchmark of the project against the office's figure, in the order of the benchmark file.</summary>
    public IReadOnlyList<BenchmarkResult> Benchmarks { get; init; } = [];

    /// <summary>The mirror survey, when the project has one.</summary>
    public MirrorResults? Mirror { get; init; }

    /// <summary>The coded comments, when the project has them.</summary>
    public VerbatimResults? Verbatims { get; init; }

    /// <summary>The importance–performance matrix and the ranked work-streams, when the indicator file defines work-streams.</summary>
    public PriorityResults? Priorities { get; init; }

    /// <summary>The wave the results are of ("" when the data has no waves).</summary>
    public string Wave { get; init; } = "";

    /// <summary>The change of every indicator since the previous wave, when there is one.</summary>
    public TrendResults? Trends { get; init; }

    /// <summary>The results per value of each segment column, current wave (within <see cref="Scope"/> when set).</summary>
    public IReadOnlyList<SegmentResults> Segments { get; init; } = [];

    /// <summary>How the weights were computed from population margins, when they were.</summary>
    public WeightingReport? Weighting { get; init; }

    /// <summary>The segment value these results are restricted to (one agency of a <c>--per</c> build), or null for the whole survey.</summary>
    public SegmentScope? Scope { get; init; }

    /// <summary>How many priority work-streams are chosen, as in the reference article.</summary>
    public const int PriorityCount = 4;

    /// <summary>Ranks the work-streams from the matrix, the mirror gaps and the irritants (theme ids in irritant order, with their rank, ties shared, and negative mentions).</summary>
    public SurveyResults WithPriorities(IReadOnlyList<(string ThemeId, int Rank, int NegativeMentions)> irritants)
    {
        if (Project.Catalog.Workstreams.Count == 0)
        {
            return this;
        }

        var misread = (Mirror?.Gaps ?? []).Where(g => g.Class == MirrorGapClass.StaffOverestimate).Select(g => g.IndicatorId).ToHashSet(StringComparer.Ordinal);
        return this with { Priorities = PriorityAnalysis.Analyze(this, Importance, misread, irritants, PriorityCount) };
    }

    /// <summary>The derived importance of each item (its correlation with overall satisfaction), by indicator id.</summary>
    public IReadOnlyDictionary<string, double> Importance { get; init; } = new Dictionary<string, double>();

    public static SurveyResults Analyze(ProjectDefinition project, SurveyTally survey)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(survey);
        var shares = project.Catalog.Indicators.Where(i => i.Kind == IndicatorKind.Share).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var results = new SurveyResults(project, survey, EstimatesOf(project, survey))
        {
            Scores = ScoreResults.Of(project, survey),
            Importance = survey.Answers
                .Where(a => shares.Contains(a.Key))
                .Select(a => (a.Key, Value: KeyDrivers.Importance(a.Value.Pairs)))
                .Where(a => a.Value is not null)
                .ToDictionary(a => a.Key, a => a.Value!.Value, StringComparer.Ordinal),
        };
        return results with { Benchmarks = BenchmarksOf(results) };
    }

    /// <summary>Each benchmark of the project against the figure of <paramref name="results"/> (the survey's, or one segment value's).</summary>
    private static List<BenchmarkResult> BenchmarksOf(SurveyResults results)
    {
        var benchmarks = new List<BenchmarkResult>();
        var confidence = results.Project.Thresholds.ConfidenceLevel;
        foreach (var benchmark in results.Project.Benchmarks?.Benchmarks ?? [])
        {
            var reference = new BenchmarkReference(benchmark.Unit == MeasureUnit.Percent ? benchmark.Value / 100 : benchmark.Value, benchmark.Base);
            var comparison = results.Estimates.FirstOrDefault(e => e.IndicatorId == benchmark.IndicatorId) is { } share ? BenchmarkAnalysis.Compare(share, reference, confidence)
                : results.Scores.Score(benchmark.IndicatorId) is { } score ? BenchmarkAnalysis.Compare(score, reference, confidence)
                : results.Scores.NetScore(benchmark.IndicatorId) is { } net ? BenchmarkAnalysis.Compare(net, reference, confidence)
                : null;
            if (comparison is not null)
            {
                benchmarks.Add(new BenchmarkResult(benchmark, comparison));
            }
        }

        return benchmarks;
    }

    /// <summary>
    /// The results of <paramref name="wave"/> (within <paramref name="scope"/> when given): estimates, trends
    /// over the waves up to this one, and results per segment.
    /// </summary>
    public static SurveyResults Analyze(ProjectDefinition project, SurveyData data, string wave, SegmentScope? scope = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var scopeIndex = scope is null ? -1 : data.Cells.ColumnIndex(Ingest.CellRole.Segment, scope.SegmentId);
        if (scope is not null && scopeIndex < 0)
        {
            throw new ArgumentException($"the data has no segment '{scope.SegmentId}'.", nameof(scope));
        }

        bool InScope(Ingest.CellTally cell) => scopeIndex < 0 || cell.Values[scopeIndex] == scope!.Value;
        var results = Analyze(project, data.Tally(wave, InScope)) with { Wave = wave, Scope = scope, Weighting = data.Weighting };

        var tallies = data.Waves
            .Where(w => string.CompareOrdinal(w, wave) <= 0)
            .Select(w => (Wave: w, Tally: w == wave ? results.Survey : data.Tally(w, InScope)))
            .ToList();
        var history = tallies
            .Select(t => (t.Wave, t.Wave == wave ? results.Estimates : (IReadOnlyList<IndicatorEstimate>)EstimatesOf(project, t.Tally)))
            .ToList();
        var scoreHistory = results.Scores.IsEmpty ? null : tallies.Select(t => t.Wave == wave ? results.Scores : ScoreResults.Of(project, t.Tally)).ToList();
        var trends = TrendAnalysis.Compute(history, project.Thresholds.ConfidenceLevel, project.Thresholds.Correction, scoreHistory);

        var segments = new List<SegmentResults>();
        foreach (var column in project.Data[0].Columns.Segments.Where(s => s.Id != scope?.SegmentId))
        {
            var index = data.Cells.ColumnIndex(Ingest.CellRole.Segment, column.Id);
            if (index < 0 || !results.Survey.Segments.TryGetValue(column.Id, out var values))
            {
                continue;
            }

            segments.Add(new SegmentResults(column.Id, column.Label, column.Column, [.. values
                .Where(v => v.Value.Length > 0)
                .Select(v =>
                {
                    var tally = data.Tally(wave, c => InScope(c) && c.Values[index] == v.Value);
                    return new SegmentValueResults(v.Value, v.Respondents, EstimatesOf(project, tally)) { Scores = ScoreResults.Of(project, tally) };
                })]));
        }

        return results with { Trends = trends, Segments = segments };
    }

    /// <summary>Adds the mirror survey: staff estimates, gaps against the tenants, staff groups protected.</summary>
    public SurveyResults WithMirror(SurveyTally staff)
    {
        var mirror = Project.Mirror!;

        // No figure of a staff group under min_group: when the whole staff file is that small, or an item's staff base
        // is, its staff estimate is withheld (suppressed), so no gap, chart point, reading or priority signal uses it.
        var withheldAll = staff.Respondents < mirror.MinGroup;
        var staffEstimates = EstimatesOf(Project, staff)
            .Select(e => withheldAll || e.ValidBase < mirror.MinGroup ? Withhold(e) : e)
            .ToList();
        var gaps = MirrorAnalysis.Gaps(staffEstimates, Estimates, Project.Thresholds.ConfidenceLevel, mirror.ConvergencePoints);

        // The score questions staff answered too, under the same protection; a gap's threshold is the shares' convergence
        // points taken as a share of the scale's range (5 points: 0,5 on a 0–10 score).
        var staffScores = ScoreResults.Of(Project, staff).Scores
            .Select(e => withheldAll || e.ValidBase < mirror.MinGroup ? WithholdScore(e) : e)
            .ToList();
        var staffIds = staffScores.Select(s => s.IndicatorId).ToHashSet(StringComparer.Ordinal);
        var scoreGaps = Scores.Scores.Where(t => staffIds.Contains(t.IndicatorId))
            .Select(t => ScoreMirrorAnalysis.Gap(staffScores.First(s => s.IndicatorId == t.IndicatorId), t, Project.Thresholds.ConfidenceLevel,
                mirror.ConvergencePoints / 100 * (t.Maximum - t.Minimum)))
            .ToList();
        var groups = mirror.Source.Columns.Segments
            .Where(s => staff.Segments.ContainsKey(s.Id))
            .Select(s =>
            {
                var values = staff.Segments[s.Id];
                return new StaffGroupTable(s.Id, s.Label, [.. values.Select(v => v.Value)],
                    Disclosure.Protect([.. values.Select(v => v.Respondents)], staff.Respondents, mirror.MinGroup));
            })
            .ToList();
        return this with
        {
            Mirror = new MirrorResults(staff, staffEstimates, gaps, groups)
            {
                Withheld = withheldAll,
                StaffScores = staffScores,
                ScoreGaps = scoreGaps,
                WithheldItems = [.. staffEstimates.Where(e => e.Suppressed && e.ValidBase < mirror.MinGroup).Select(e => e.IndicatorId)
                    .Concat(staffScores.Where(e => e.Suppressed && e.ValidBase < mirror.MinGroup).Select(e => e.IndicatorId))],
                NotAsked = [.. Project.Catalog.Indicators.Where(i => i.Kind != IndicatorKind.Net && !staff.Answers.ContainsKey(i.Id)).Select(i => i.Id)],
            },
        };
    }

    private static IndicatorEstimate Withhold(IndicatorEstimate estimate) =>
        estimate with
        {
            Satisfied = null,
            Interval = null,
            MarginOfError = null,
            Suppressed = true,
            LowBase = false,
            WeightedBase = 0,
            EffectiveBase = 0,
            CategoryShares = [],
            Status = TargetStatus.NoTarget,
        };

    private static ScoreEstimate WithholdScore(ScoreEstimate estimate) =>
        estimate with
        {
            Mean = null,
            StandardError = null,
            DegreesOfFreedom = null,
            Interval = null,
            ShareAtOrAbove = null,
            ShareInterval = null,
            Suppressed = true,
            LowBase = false,
            WeightedBase = 0,
            EffectiveBase = 0,
            Distribution = [],
        };

    /// <summary>The shares (% satisfied) of the project's share indicators that <paramref name="survey"/> has answers to.</summary>
    internal static List<IndicatorEstimate> EstimatesOf(ProjectDefinition project, SurveyTally survey)
    {
        var catalog = project.Catalog;
        // A mirror survey may leave a tenant question out (columns: indicators: { id: ~ }): it has no staff estimate.
        return [.. catalog.Indicators.Where(i => i.Kind == IndicatorKind.Share && survey.Answers.ContainsKey(i.Id))
            .Select(i => IndicatorAnalysis.Estimate(i, catalog.Scale(i.ScaleId), survey.Answers[i.Id], project.Thresholds))];
    }
}

/// <summary>One value of one segment column: the part of the survey a <c>--per</c> document set speaks of.</summary>
public sealed record SegmentScope(string SegmentId, string Label, string Value);
