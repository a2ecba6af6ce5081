using ReportGen.Analysis;
using ReportGen.Charts;

namespace ReportGen.Tests.Charts;

public class IrritantChartDescriptionTests
{
    [Fact]
    public void The_samples_description_names_the_most_cited_theme_then_the_others()
    {
        var description = SampleCharts.Of<IrritantChart>().Description;
        Assert.Contains("sur 7 thèmes, avec leur part des commentaires et son intervalle de confiance.", description, StringComparison.Ordinal);
        Assert.Contains("Le plus cité\u00A0: Traitement des demandes et délais, 154 commentaires (32\u202F% des commentaires).", description, StringComparison.Ordinal);
        Assert.EndsWith("Tranquillité et voisinage, 33 et Loyer et charges, 28.", description, StringComparison.Ordinal);
    }

    [Fact]
    public void The_data_table_gives_mentions_share_and_interval()
    {
        var chart = new IrritantChart([new IrritantBar("Délais", 1200, 0.25) { Interval = new Interval(0.2, 0.3) }, new IrritantBar("Bruit", 1, 0.01)]);
        Assert.Equal(["Thème", "Commentaires négatifs", "Part des commentaires", "Intervalle de confiance de la part"], chart.Data.Columns);
        Assert.Equal(["Délais", "1\u00A0200", "25,0\u202F%", "de 20,0\u202F% à 30,0\u202F%"], chart.Data.Rows[0]);
        Assert.Equal(["Bruit", "1", "1,0\u202F%", ""], chart.Data.Rows[1]);
        Assert.Contains("Le plus cité\u00A0: Délais, 1\u00A0200 commentaires (25\u202F% des commentaires). Puis\u00A0: Bruit, 1.", chart.Description, StringComparison.Ordinal);
    }
}
