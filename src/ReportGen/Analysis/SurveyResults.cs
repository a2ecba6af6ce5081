using ReportGen.Definitions;
using ReportGen.Ingest;

namespace ReportGen.Analysis;

/// <summary>The estimates of every indicator of the project, in the order of the indicator file.</summary>
public sealed record SurveyResults(ProjectDefinition Project, SurveyTally Survey, IReadOnlyList<IndicatorEstimate> Estimates)
{
    /// <summary>The mirror survey, when the project has one.</summary>
    public MirrorResults? Mirror { get; init; }

    /// <summary>The coded comments, when the project has them.</summary>
    public VerbatimResults? Verbatims { get; init; }

    /// <summary>The importance–performance matrix and the ranked work-streams, when the indicator file defines work-streams.</summary>
    public PriorityResults? Priorities { get; init; }

    /// <summary>The indicators across the waves read, when the data holds more than the current wave.</summary>
    public TrendResults? Trends { get; init; }

    /// <summary>How many priority work-streams are chosen, as in the reference article.</summary>
    public const int PriorityCount = 4;

    /// <summary>Ranks the work-streams from the matrix, the mirror gaps and the irritants (ranked theme ids with negative mentions).</summary>
    public SurveyResults WithPriorities(IReadOnlyList<(string ThemeId, int NegativeMentions)> irritants)
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

    public static SurveyResults Analyze(ProjectDefinition project, SurveyTally survey) =>
        new(project, survey, EstimatesOf(project, survey))
        {
            Importance = survey.Answers
                .Select(a => (a.Key, Value: KeyDrivers.Importance(a.Value.Pairs)))
                .Where(a => a.Value is not null)
                .ToDictionary(a => a.Key, a => a.Value!.Value, StringComparer.Ordinal),
        };

    /// <summary>Adds the mirror survey: staff estimates, gaps against the tenants, staff groups protected.</summary>
    public SurveyResults WithMirror(SurveyTally staff)
    {
        var mirror = Project.Mirror!;
        var staffEstimates = EstimatesOf(Project, staff);
        var gaps = MirrorAnalysis.Gaps(staffEstimates, Estimates, Project.Thresholds.ConfidenceLevel, mirror.ConvergencePoints);
        var groups = mirror.Source.Columns.Segments
            .Where(s => staff.Segments.ContainsKey(s.Id))
            .Select(s =>
            {
                var values = staff.Segments[s.Id];
                return new StaffGroupTable(s.Id, s.Label, [.. values.Select(v => v.Value)],
                    Disclosure.Protect([.. values.Select(v => v.Respondents)], staff.Respondents, mirror.MinGroup));
            })
            .ToList();
        return this with { Mirror = new MirrorResults(staff, staffEstimates, gaps, groups) };
    }

    private static List<IndicatorEstimate> EstimatesOf(ProjectDefinition project, SurveyTally survey)
    {
        var catalog = project.Catalog;
        return [.. catalog.Indicators.Select(i => IndicatorAnalysis.Estimate(i, catalog.Scale(i.ScaleId), survey.Answers[i.Id], project.Thresholds))];
    }
}
