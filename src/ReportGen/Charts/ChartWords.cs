using ReportGen.Publishing;

namespace ReportGen.Charts;

/// <summary>
/// The French words the charts' descriptions and data tables share (<see cref="IChart.Description"/>,
/// <see cref="IChart.Data"/>): what a reader who cannot see a chart is told, in the documents' typography (a true
/// minus sign, not the en dash the chart font needs).
/// </summary>
internal static class ChartWords
{
    /// <summary>An interval as prose: "de 82,1 % à 88,3 %".</summary>
    public static string Interval(double low, double high) => $"de {FrenchFormat.Percent(low)} à {FrenchFormat.Percent(high)}";

    /// <summary>A change in percentage points, signed: "+3,1 points", "−0,4 point", "0,0 point".</summary>
    public static string SignedPoints(double points)
    {
        var rounded = Math.Round(points, 1, MidpointRounding.AwayFromZero);
        return (rounded > 0 ? "+" : "") + FrenchFormat.Points(rounded / 100);
    }

    /// <summary>A count and its noun, singular or plural as French wants it (0 and 1 take the singular): "1 indicateur", "3 indicateurs".</summary>
    public static string Count(int count, string singular, string plural) => $"{FrenchFormat.Count(count)} {(count >= 2 ? plural : singular)}";
}
