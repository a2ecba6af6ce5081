using ReportGen.Analysis;
using ReportGen.Charts;
using ReportGen.Publishing;
using ReportGen.Tests.Publishing.Results;

namespace ReportGen.Tests.Charts;

public class ScoreDistributionChartDescriptionTests
{
    private static readonly int[] GroupRows = [6, 7, 9];

    private static readonly double[] Shares = [0.01, 0.01, 0.02, 0.04, 0.05, 0.07, 0.10, 0.20, 0.25, 0.15, 0.10];

    [Fact]
    public void A_score_s_description_gives_the_most_frequent_answer_the_mean_and_its_interval_the_target_and_the_benchmark()
    {
        var chart = new ScoreDistributionChart(
            "Note globale",
            0,
            Shares,
            "/10",
            [new ScoreMark(ScoreMarkKind.Mean, "moyenne", 7.12), new ScoreMark(ScoreMarkKind.Target, "objectif", 7.5), new ScoreMark(ScoreMarkKind.Benchmark, "moyenne régionale", 7)],
            meanInterval: new Interval(6.91, 7.33));

        Assert.Equal(
            "Diagramme en barres verticales\u00A0: répartition pondérée des réponses de 0 à 10 à la question «\u00A0Note globale\u00A0». " +
            "Réponse la plus fréquente\u00A0: 8, 25,0\u202F% des réponses. Moyenne\u00A0: 7,1/10, intervalle de confiance à 95\u202F% de 6,9/10 à 7,3/10. " +
            "Objectif\u00A0: 7,5/10. Moyenne régionale\u00A0: 7,0/10.",
            chart.Description);
        Assert.Equal(["Réponse", "Part des réponses"], chart.Data.Columns);
        Assert.Equal(11, chart.Data.Rows.Count);
        Assert.Equal(["8", "25,0\u202F%"], chart.Data.Rows[8]);
    }

    [Fact]
    public void A_net_score_s_description_gives_its_three_groups_and_its_score()
    {
        var chart = new ScoreDistributionChart("Recommandation", 0, Shares, "", [], new NetScoreGroups(6, 9, 0.30, 0.45, 0.25, -5, 10, [("moyenne régionale", 3)]), lowBase: true);

        Assert.Equal(
            "Diagramme en barres verticales\u00A0: répartition pondérée des réponses de 0 à 10 à la question «\u00A0Recommandation\u00A0». " +
            "Réponse la plus fréquente\u00A0: 8, 25,0\u202F% des réponses. Détracteurs (0 à 6)\u00A0: 30,0\u202F%\u202F; passifs (7 et 8)\u00A0: 45,0\u202F%\u202F; promoteurs (9 et 10)\u00A0: 25,0\u202F%. " +
            "Score net (promoteurs moins détracteurs)\u00A0: −5 (objectif\u00A0: +10\u202F; moyenne régionale\u00A0: +3). " +
            "Le résultat repose sur une base faible, à lire avec prudence.",
            chart.Description);
        Assert.Equal(["Réponse", "Part des réponses", "Groupe"], chart.Data.Columns);
        Assert.Equal(["détracteur", "passif", "promoteur"], GroupRows.Select(i => chart.Data.Rows[i][2]));
    }

    [Fact]
    public void The_description_of_the_sample_states_its_computed_figures()
    {
        var results = ScoreSample.Results;
        var score = results.Scores.Score("note")!;
        var chart = ScoreDistributionChart.FromResults(results)[0].Chart;
        var most = score.Distribution.ToList().IndexOf(score.Distribution.Max());

        Assert.Contains($"Réponse la plus fréquente\u00A0: {most}, {FrenchFormat.Percent(score.Distribution[most])} des réponses.", chart.Description, StringComparison.Ordinal);
        Assert.Contains($"Moyenne\u00A0: {FrenchFormat.Score(score.Mean!.Value, new ReportGen.Definitions.NumericRange(0, 10, null))}, intervalle de confiance à 95\u202F% de {FrenchFormat.Number(score.Interval!.Value.Lower, 1)}/10", chart.Description, StringComparison.Ordinal);
        Assert.Contains("Moyenne régionale\u00A0: 7,2/10.", chart.Description, StringComparison.Ordinal);
    }
}
