using ReportGen.Publishing;

namespace ReportGen.Charts;

public sealed partial class PriorityMatrixChart
{
    /// <summary>What the chart shows, from its points: the crosshairs and the indicators of each quadrant.</summary>
    public string Description
    {
        get
        {
            var words = new List<string>
            {
                $"Matrice importance–performance : {ChartWords.Count(Points.Count, "indicateur placé", "indicateurs placés")} selon leur performance (part de satisfaits, en abscisse) et leur importance (corrélation avec la satisfaction globale, en ordonnée) ; les axes se croisent à {FrenchFormat.Percent(PerformanceCrosshair)} de satisfaits et à une importance de {FrenchFormat.Number(ImportanceCrosshair, 2)}.",
            };
            foreach (var quadrant in Quadrants)
            {
                var members = Points.Where(p => QuadrantOf(p) == quadrant).Select(p => p.Label).ToList();
                words.Add($"{quadrant} : {(members.Count == 0 ? "aucun indicateur" : FrenchFormat.List(members))}.");
            }

            // French spacing before : ; ! ? and %, as in every text of the documents.
            return FrenchFormat.FixSpacing(string.Join(" ", words));
        }
    }

    /// <summary>The points as a table: indicator, performance, importance and quadrant.</summary>
    public ChartData Data => new(
        ["Indicateur", "Performance (satisfaits)", "Importance (corrélation)", "Quadrant"],
        [.. Points.Select(p => (IReadOnlyList<string>)[p.Label, FrenchFormat.Percent(p.Performance), FrenchFormat.Number(p.Importance, 2), QuadrantOf(p)])]);

    private static readonly string[] Quadrants = [ImprovementQuadrant, StrengthQuadrant, SecondaryQuadrant, RedeployQuadrant];

    /// <summary>The quadrant a point falls in, by the rule the chart colours its points with: at or above a crosshair is high.</summary>
    private string QuadrantOf(PriorityPoint point) => (point.Importance >= ImportanceCrosshair, point.Performance >= PerformanceCrosshair) switch
    {
        (true, false) => ImprovementQuadrant,
        (true, true) => StrengthQuadrant,
        (false, false) => SecondaryQuadrant,
        _ => RedeployQuadrant,
    };
}
