using ReportGen.Publishing;

namespace ReportGen.Charts;

public sealed partial class MirrorChart
{
    /// <summary>What the chart shows, from its points: where staff over- or underestimate the tenants' satisfaction, and the largest gap.</summary>
    public string Description
    {
        get
        {
            var words = new List<string>
            {
                $"Diagramme en points, une ligne par indicateur ({ChartWords.Count(Points.Count, "indicateur", "indicateurs")}) : la part des locataires satisfaits et l’estimation qu’en font les collaborateurs, reliées, avec l’écart en points.",
            };
            var over = Points.Count(p => Gap(p) > 0);
            var under = Points.Count(p => Gap(p) < 0);
            words.Add($"Les collaborateurs surestiment la satisfaction sur {ChartWords.Count(over, "indicateur", "indicateurs")} et la sous-estiment sur {FrenchFormat.Count(under)}.");
            var largest = Points.Aggregate((best, p) => Math.Abs(Gap(p)) > Math.Abs(Gap(best)) ? p : best);
            words.Add($"L’écart le plus grand : {largest.Label}, {ChartWords.SignedPoints(Gap(largest))} ({FrenchFormat.Percent(largest.Tenant)} de locataires satisfaits, {FrenchFormat.Percent(largest.Staff)} estimés par les collaborateurs){(largest.Significant ? ", significatif" : ", non significatif")}.");
            var significant = Points.Count(p => p.Significant);
            words.Add(significant == 0 ? "Aucun écart n’est significatif."
                : $"{FrenchFormat.Count(significant)} {(significant >= 2 ? "écarts sur" : "écart sur")} {FrenchFormat.Count(Points.Count)} {(significant >= 2 ? "sont significatifs" : "est significatif")}.");
            // French spacing before : ; ! ? and %, as in every text of the documents.
            return FrenchFormat.FixSpacing(string.Join(" ", words));
        }
    }

    /// <summary>The points as a table: indicator, tenants satisfied, staff estimate, gap and whether it is significant.</summary>
    public ChartData Data => new(
        ["Indicateur", "Locataires satisfaits", "Estimation des collaborateurs", "Écart (collaborateurs − locataires)", "Écart significatif"],
        [.. Points.Select(p => (IReadOnlyList<string>)[p.Label, FrenchFormat.Percent(p.Tenant), FrenchFormat.Percent(p.Staff), ChartWords.SignedPoints(Gap(p)), FrenchFormat.YesNo(p.Significant)])]);

    /// <summary>The gap staff − tenants in points, rounded as the chart writes it.</summary>
    private static double Gap(MirrorPoint point) => Math.Round((point.Staff - point.Tenant) * 100, 1, MidpointRounding.AwayFromZero);
}
