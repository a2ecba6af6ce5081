using ReportGen.Definitions;
using ReportGen.Ingest;

namespace ReportGen.Analysis.Scores;

/// <summary>
/// The score and net-score indicators of one tally (the survey, one wave, one segment value, the staff), each list in
/// the order of the indicator file. The shares are <see cref="SurveyResults.Estimates"/>.
/// </summary>
public sealed record ScoreResults(IReadOnlyList<ScoreEstimate> Scores, IReadOnlyList<NetScoreEstimate> NetScores)
{
    /// <summary>No score indicator.</summary>
    public static ScoreResults Empty { get; } = new([], []);

    /// <summary>Whether there is no score and no net score.</summary>
    public bool IsEmpty => Scores.Count == 0 && NetScores.Count == 0;

    public ScoreEstimate? Score(string indicatorId) => Scores.FirstOrDefault(s => s.IndicatorId == indicatorId);

    public NetScoreEstimate? NetScore(string indicatorId) => NetScores.FirstOrDefault(s => s.IndicatorId == indicatorId);

    /// <summary>The scores and net scores of the project's indicators that <paramref name="survey"/> has answers to.</summary>
    public static ScoreResults Of(ProjectDefinition project, SurveyTally survey)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(survey);
        var catalog = project.Catalog;
        var scores = new List<ScoreEstimate>();
        var nets = new List<NetScoreEstimate>();
        foreach (var indicator in catalog.Indicators.Where(i => i.Kind != IndicatorKind.Share && survey.Answers.ContainsKey(i.Id)))
        {
            var tally = TallyOf(survey.Answers[indicator.Id], catalog.Scale(indicator.ScaleId));
            if (indicator.Kind == IndicatorKind.Score)
            {
                scores.Add(ScoreAnalysis.Estimate(indicator.Id, tally, project.Thresholds, indicator.Threshold));
            }
            else
            {
                nets.Add(NetScoreAnalysis.Estimate(indicator.Id, tally, project.Thresholds, indicator.CutOffs));
            }
        }

        return scores.Count == 0 && nets.Count == 0 ? Empty : new ScoreResults(scores, nets);
    }

    /// <summary>
    /// A score question's tally from its answer tally: a numeric scale has one category per score, best (the maximum)
    /// first, so category c is the score max − c. The sums are carried over as read (Σw, Σw² per score).
    /// </summary>
    /// <exception cref="ArgumentException">The scale is not numeric, or the tally not of its categories.</exception>
    public static ScoreTally TallyOf(AnswerTally answers, ScaleDefinition scale)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(scale);
        if (scale.Range is not { } range || answers.CategoryCounts.Count != range.Max - range.Min + 1)
        {
            throw new ArgumentException($"the scale '{scale.Id}' is not the numeric scale of this tally.", nameof(scale));
        }

        var tally = new ScoreTally(range.Min, range.Max);
        for (var c = 0; c < answers.CategoryCounts.Count; c++)
        {
            var squared = c < answers.CategorySquaredWeights.Count ? answers.CategorySquaredWeights[c] : 0;
            tally.AddSums(range.Max - c, answers.CategoryCounts[c], answers.CategoryWeights[c], squared);
        }

        tally.AddLeftOut(answers.ExcludedCounts.Sum(), answers.Blank);
        return tally;
    }
}
