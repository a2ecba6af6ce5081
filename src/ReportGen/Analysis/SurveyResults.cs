using ReportGen.Definitions;
using ReportGen.Ingest;

namespace ReportGen.Analysis;

/// <summary>The estimates of every indicator of the project, in the order of the indicator file.</summary>
public sealed record SurveyResults(ProjectDefinition Project, SurveyTally Survey, IReadOnlyList<IndicatorEstimate> Estimates)
{
    public static SurveyResults Analyze(ProjectDefinition project, SurveyTally survey)
    {
        var catalog = project.Catalog;
        var estimates = catalog.Indicators
            .Select(i => IndicatorAnalysis.Estimate(i, catalog.Scale(i.ScaleId), survey.Answers[i.Id], project.Thresholds))
            .ToList();
        return new SurveyResults(project, survey, estimates);
    }
}
