using ReportGen.Analysis;
using ReportGen.Publishing;

namespace ReportGen.Charts;

public sealed partial class TrendChart
{
    /// <summary>What the chart shows, from its series: the waves, and which indicators rose or fell significantly since the previous wave.</summary>
    public string Description
    {
        get
        {
            var words = new List<string>
            {
                $"Petits multiples, un panneau par indicateur : évolution de la part des locataires satisfaits sur les vagues {FrenchFormat.List(Waves)}, pour {ChartWords.Count(Series.Count, "indicateur", "indicateurs")}, avec l’intervalle de confiance à {FrenchFormat.Percent(ConfidenceLevel, 0)}.",
            };
            var up = Series.Where(s => s.Direction == TrendDirection.Up).ToList();
            var down = Series.Where(s => s.Direction == TrendDirection.Down).ToList();
            var stable = Series.Count(s => s.Direction == TrendDirection.Stable);
            var untested = Series.Count(s => s.Direction == TrendDirection.NotTested);
            var parts = new List<string>();
            if (up.Count > 0)
            {
                parts.Add($"{ChartWords.Count(up.Count, "hausse significative", "hausses significatives")} ({Moves(up)})");
            }

            if (down.Count > 0)
            {
                parts.Add($"{ChartWords.Count(down.Count, "baisse significative", "baisses significatives")} ({Moves(down)})");
            }

            if (stable > 0)
            {
                parts.Add($"{ChartWords.Count(stable, "indicateur stable", "indicateurs stables")}");
            }

            if (untested > 0)
            {
                parts.Add($"{ChartWords.Count(untested, "indicateur non testé", "indicateurs non testés")}");
            }

            words.Add($"Depuis la vague précédente, après correction de {CorrectionName(Correction)} : {FrenchFormat.List(parts)}.");
            var withheld = Series.Sum(s => s.Points.Count(p => p.Suppressed));
            if (withheld > 0)
            {
                words.Add($"{ChartWords.Count(withheld, "résultat n’est pas publié", "résultats ne sont pas publiés")}, faute d’une base suffisante.");
            }

            // French spacing before : ; ! ? and %, as in every text of the documents.
            return FrenchFormat.FixSpacing(string.Join(" ", words));
        }
    }

    /// <summary>The series as a table: one row per indicator, the share satisfied and its interval in each wave, then the change.</summary>
    public ChartData Data
    {
        get
        {
            List<string> columns = ["Indicateur", .. Waves.Select(w => $"Vague {w}"), "Évolution depuis la vague précédente"];
            var rows = Series.Select(s =>
            {
                List<string> row = [s.Label];
                foreach (var wave in Waves)
                {
                    var point = s.Points.FirstOrDefault(p => p.Wave == wave);
                    row.Add(point switch
                    {
                        null => "non mesuré",
                        { Value: { } value, Low: { } low, High: { } high } => $"{FrenchFormat.Percent(value)} ({ChartWords.Interval(low, high)}){(point.LowBase ? ", base faible" : "")}",
                        _ => "non publié",
                    });
                }

                row.Add(ChangeWords(s));
                return (IReadOnlyList<string>)row;
            }).ToList();
            return new ChartData(columns, rows);
        }
    }

    private static string Moves(IEnumerable<TrendSeries> series) =>
        string.Join(", ", series.Select(s => s.ChangePoints is { } points ? $"{s.Label}, {ChartWords.SignedPoints(points)}" : s.Label));

    private static string ChangeWords(TrendSeries series)
    {
        var change = series.ChangePoints is { } points ? ChartWords.SignedPoints(points) + ", " : "";
        return series.Direction switch
        {
            TrendDirection.Up => change + "hausse significative",
            TrendDirection.Down => change + "baisse significative",
            TrendDirection.Stable => change + "non significative",
            _ => NotTested,
        };
    }
}
