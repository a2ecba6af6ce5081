using ReportGen.Charts;

namespace ReportGen.Tests.Charts;

public class PriorityMatrixChartDescriptionTests
{
    [Fact]
    public void The_samples_description_lists_the_indicators_of_each_quadrant()
    {
        var description = SampleCharts.Of<PriorityMatrixChart>().Description;
        Assert.Contains("les axes se croisent à 76,9\u202F% de satisfaits et à une importance de 0,38.", description, StringComparison.Ordinal);
        Assert.Contains("Priorités d’amélioration\u00A0: Qualité des interventions et travaux et Délai de traitement des demandes.", description, StringComparison.Ordinal);
        Assert.Contains("Points forts à maintenir\u00A0: Accueil lors des contacts, Supports de communication et Équipements du logement.", description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_point_on_a_crosshair_counts_as_high_as_the_chart_colours_it()
    {
        var chart = new PriorityMatrixChart([new PriorityPoint("A", 0.5, 0.4), new PriorityPoint("B", 0.7, 0.2)], 0.6, 0.4);
        Assert.Equal(["A", "50,0\u202F%", "0,40", "Priorités d’amélioration"], chart.Data.Rows[0]);
        Assert.Equal("Ressources à redéployer", chart.Data.Rows[1][3]);
        Assert.Contains("Priorité secondaire\u00A0: aucun indicateur.", chart.Description, StringComparison.Ordinal);
    }
}
