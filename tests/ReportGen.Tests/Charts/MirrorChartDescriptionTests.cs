using ReportGen.Charts;

namespace ReportGen.Tests.Charts;

public class MirrorChartDescriptionTests
{
    [Fact]
    public void The_samples_description_gives_the_direction_of_the_gaps_and_the_largest()
    {
        var description = SampleCharts.Of<MirrorChart>().Description;
        Assert.Contains("Les collaborateurs surestiment la satisfaction sur 6 indicateurs et la sous-estiment sur 4.", description, StringComparison.Ordinal);
        Assert.Contains("L’écart le plus grand\u00A0: Délai de traitement des demandes, +18,6\u00A0points (53,3\u202F% de locataires satisfaits, 71,9\u202F% estimés par les collaborateurs), significatif.", description, StringComparison.Ordinal);
        Assert.EndsWith("4 écarts sur 10 sont significatifs.", description, StringComparison.Ordinal);
    }

    [Fact]
    public void The_data_table_has_both_shares_the_gap_and_its_significance()
    {
        var chart = new MirrorChart([new MirrorPoint("Accueil", 0.852, 0.86, false), new MirrorPoint("Délai", 0.533, 0.72, true)]);
        Assert.Equal(["Accueil", "85,2\u202F%", "86,0\u202F%", "+0,8\u00A0point", "non"], chart.Data.Rows[0]);
        Assert.Equal(["Délai", "53,3\u202F%", "72,0\u202F%", "+18,7\u00A0points", "oui"], chart.Data.Rows[1]);
        Assert.EndsWith("1 écart sur 2 est significatif.", chart.Description, StringComparison.Ordinal);
    }
}
