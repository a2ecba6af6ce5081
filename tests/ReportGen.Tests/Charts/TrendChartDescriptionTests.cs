using ReportGen.Analysis;
using ReportGen.Charts;

namespace ReportGen.Tests.Charts;

public class TrendChartDescriptionTests
{
    [Fact]
    public void The_samples_description_names_the_significant_rises_and_falls()
    {
        var description = SampleCharts.Of<TrendChart>().Description;
        Assert.Contains("sur les vagues 2017 et 2020, pour 11 indicateurs", description, StringComparison.Ordinal);
        Assert.Contains("après correction de Holm\u00A0: 3 hausses significatives (Supports de communication, +3,1\u00A0points, Propreté des parties communes, +4,7\u00A0points, Qualité des interventions et travaux, +4,8\u00A0points), 1 baisse significative (Équipements du logement, −2,9\u00A0points) et 7 indicateurs stables.", description, StringComparison.Ordinal);
    }

    [Fact]
    public void The_data_table_gives_each_wave_with_its_interval_and_the_change()
    {
        var data = SampleCharts.Of<TrendChart>().Data;
        Assert.Equal(["Indicateur", "Vague 2017", "Vague 2020", "Évolution depuis la vague précédente"], data.Columns);
        var row = data.Rows.Single(r => r[0] == "Équipements du logement");
        Assert.Matches(@"^84,8\u202F% \(de \d+,\d\u202F% à \d+,\d\u202F%\)$", row[1]);
        Assert.Equal("−2,9\u00A0points, baisse significative", row[3]);
    }

    [Fact]
    public void A_withheld_figure_is_said_not_published()
    {
        var chart = new TrendChart(["2019", "2020"],
        [
            new TrendSeries("A", [TrendPoint.Withheld("2019"), TrendPoint.Published("2020", 0.5, 0.4, 0.6)], null, TrendDirection.NotTested),
        ]);
        Assert.Contains("1 indicateur non testé", chart.Description, StringComparison.Ordinal);
        Assert.Contains("1 résultat n’est pas publié, faute d’une base suffisante.", chart.Description, StringComparison.Ordinal);
        Assert.Equal(["A", "non publié", "50,0\u202F% (de 40,0\u202F% à 60,0\u202F%)", "non testé"], chart.Data.Rows[0]);
    }
}
