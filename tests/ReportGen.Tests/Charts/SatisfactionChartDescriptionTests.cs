using ReportGen.Charts;

namespace ReportGen.Tests.Charts;

public class SatisfactionChartDescriptionTests
{
    [Fact]
    public void The_samples_description_names_the_highest_and_lowest_bars_and_the_targets_reached()
    {
        var description = SampleCharts.Of<SatisfactionChart>().Description;
        Assert.StartsWith("Diagramme en barres horizontales\u00A0: part des locataires satisfaits pour 11 indicateurs, avec l’intervalle de confiance à 95\u202F%, l’objectif et la référence «\u00A0moyenne régionale\u00A0».", description, StringComparison.Ordinal);
        Assert.Contains("La plus élevée\u00A0: Supports de communication, 89,1\u202F%\u202F; la plus basse\u00A0: Délai de traitement des demandes, 53,3\u202F%.", description, StringComparison.Ordinal);
        Assert.Matches(@"\d+ des \d+ indicateurs qui ont un objectif l’atteignent", description);
    }

    [Fact]
    public void The_data_table_has_one_row_per_bar_with_its_interval_target_and_status()
    {
        var chart = SampleCharts.Of<SatisfactionChart>();
        var data = chart.Data;
        // The sample has regional benchmarks: the table gives each bar's reference and how the office compares.
        Assert.Equal(["Indicateur", "Satisfaits", "Intervalle de confiance à 95\u202F%", "Objectif", "Statut", "Référence (moyenne régionale)", "Comparaison"], data.Columns);
        Assert.Equal(chart.Bars.Count, data.Rows.Count);
        var row = data.Rows.Single(r => r[0] == "Supports de communication");
        Assert.Equal("89,1\u202F%", row[1]);
        Assert.Matches(@"^de \d+,\d\u202F% à \d+,\d\u202F%$", row[2]);
    }

    [Fact]
    public void Targets_are_judged_by_the_interval_as_the_documents_judge_them_and_low_bases_are_said()
    {
        var chart = new SatisfactionChart(
        [
            new ChartBar("A", 0.80, 0.76, 0.84, 0.75, false),
            new ChartBar("B", 0.70, 0.66, 0.74, 0.72, true),
            new ChartBar("C", 0.60, 0.55, 0.65, 0.70, false),
        ]);
        Assert.Equal(
            "Diagramme en barres horizontales\u00A0: part des locataires satisfaits pour 3 indicateurs, avec l’intervalle de confiance à 95\u202F% et l’objectif. " +
            "La plus élevée\u00A0: A, 80,0\u202F%\u202F; la plus basse\u00A0: C, 60,0\u202F%. 1 indicateur sur 3 atteint son objectif, 1 est en dessous, 1 est non significativement différent de son objectif. " +
            "1 résultat repose sur une base faible, à lire avec prudence.",
            chart.Description);
        Assert.Equal(["A", "80,0\u202F%", "de 76,0\u202F% à 84,0\u202F%", "75,0\u202F%", "objectif atteint"], chart.Data.Rows[0]);
        Assert.Equal("B (base faible)", chart.Data.Rows[1][0]);
        Assert.Equal("non significativement différent de l’objectif", chart.Data.Rows[1][4]);
        Assert.Equal("sous l’objectif", chart.Data.Rows[2][4]);
    }
}
