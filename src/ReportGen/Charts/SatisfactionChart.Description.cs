using ReportGen.Analysis;
using ReportGen.Analysis.Scores;
using ReportGen.Publishing;

namespace ReportGen.Charts;

public sealed partial class SatisfactionChart
{
    /// <summary>
    /// What the chart shows, from its bars: the highest and the lowest share satisfied, how many indicators reach
    /// their target (as the documents judge it: the whole interval at or above it), and how many rest on a low base.
    /// </summary>
    public string Description
    {
        get
        {
            var targeted = Bars.Where(b => b.Target is not null).ToList();
            var words = new List<string>
            {
                $"Diagramme en barres horizontales : part des locataires satisfaits pour {ChartWords.Count(Bars.Count, "indicateur", "indicateurs")}, avec l’intervalle de confiance à {FrenchFormat.Percent(ConfidenceLevel, 0)}{Marks(targeted.Count > 0)}.",
            };
            if (Bars.Count == 1)
            {
                words.Add($"{Bars[0].Label} : {FrenchFormat.Percent(Bars[0].Value)}.");
            }
            else
            {
                // The first of equals, in the chart's order, so that the sentence names the bar a reader sees first.
                var highest = Bars.Aggregate((best, b) => b.Value > best.Value ? b : best);
                var lowest = Bars.Aggregate((worst, b) => b.Value < worst.Value ? b : worst);
                words.Add($"La plus élevée : {highest.Label}, {FrenchFormat.Percent(highest.Value)} ; la plus basse : {lowest.Label}, {FrenchFormat.Percent(lowest.Value)}.");
            }

            if (targeted.Count > 0)
            {
                var met = targeted.Count(b => Status(b) == TargetStatus.Met);
                var below = targeted.Count(b => Status(b) == TargetStatus.Below);
                var verb = met >= 2 ? "atteignent" : "atteint";
                words.Add(targeted.Count == Bars.Count
                    ? $"{FrenchFormat.Count(met)} {(met >= 2 ? "indicateurs" : "indicateur")} sur {FrenchFormat.Count(Bars.Count)} {verb} {(met >= 2 ? "leur" : "son")} objectif"
                    : $"{FrenchFormat.Count(met)} des {ChartWords.Count(targeted.Count, "indicateur", "indicateurs")} qui ont un objectif l’{verb}");
                var undecided = targeted.Count - met - below;
                words[^1] += below == 0 ? "" : $", {FrenchFormat.Count(below)} {(below >= 2 ? "sont" : "est")} en dessous";
                words[^1] += undecided == 0 ? "." : $", {FrenchFormat.Count(undecided)} {(undecided >= 2 ? "sont" : "est")} non significativement {(undecided >= 2 ? "différents de leur" : "différent de son")} objectif.";
            }

            if (BenchmarkName is { } name)
            {
                var compared = Bars.Where(b => b.Benchmark is not null).ToList();
                var above = compared.Count(b => b.BenchmarkVerdict == BenchmarkVerdict.Above);
                var under = compared.Count(b => b.BenchmarkVerdict == BenchmarkVerdict.Below);
                var inLine = compared.Count(b => b.BenchmarkVerdict == BenchmarkVerdict.InLine);
                words.Add($"Par rapport à la référence « {name} » ({ChartWords.Count(compared.Count, "indicateur", "indicateurs")}) : {FrenchFormat.Count(above)} au-dessus, {FrenchFormat.Count(under)} en dessous, {FrenchFormat.Count(inLine)} sans écart significatif.");
            }

            var low = Bars.Count(b => b.LowBase);
            if (low > 0)
            {
                words.Add($"{ChartWords.Count(low, "résultat repose", "résultats reposent")} sur une base faible, à lire avec prudence.");
            }

            // French spacing before : ; ! ? and %, as in every text of the documents.
            return FrenchFormat.FixSpacing(string.Join(" ", words));
        }
    }

    /// <summary>The bars as a table: indicator, share satisfied, interval, target and status.</summary>
    public ChartData Data
    {
        get
        {
            var targets = Bars.Any(b => b.Target is not null);
            List<string> columns = ["Indicateur", "Satisfaits", $"Intervalle de confiance à {FrenchFormat.Percent(ConfidenceLevel, 0)}"];
            if (targets)
            {
                columns.AddRange(["Objectif", "Statut"]);
            }

            if (BenchmarkName is { } name)
            {
                columns.AddRange([$"Référence ({name})", "Comparaison"]);
            }

            var rows = Bars.Select(b =>
            {
                List<string> row = [b.LowBase ? $"{b.Label} (base faible)" : b.Label, FrenchFormat.Percent(b.Value), ChartWords.Interval(b.Low, b.High)];
                if (targets)
                {
                    row.AddRange([b.Target is { } target ? FrenchFormat.Percent(target) : "aucun", StatusText.Of(Status(b))]);
                }

                if (BenchmarkName is not null)
                {
                    row.AddRange([b.Benchmark is { } benchmark ? FrenchFormat.Percent(benchmark) : "aucune", VerdictText(b.BenchmarkVerdict)]);
                }

                return (IReadOnlyList<string>)row;
            }).ToList();
            return new ChartData(columns, rows);
        }
    }

    /// <summary>What the bars carry besides their interval: " et l’objectif", ", l’objectif et la référence « moyenne régionale »".</summary>
    private string Marks(bool targets) => (targets, BenchmarkName) switch
    {
        (_, null) => targets ? " et l’objectif" : "",
        (true, { } name) => $", l’objectif et la référence « {name} »",
        (false, { } name) => $" et la référence « {name} »",
    };

    /// <summary>Where a bar stands against its benchmark, as the evidence pack says it.</summary>
    private static string VerdictText(BenchmarkVerdict? verdict) => verdict switch
    {
        BenchmarkVerdict.Above => "au-dessus",
        BenchmarkVerdict.Below => "en dessous",
        BenchmarkVerdict.InLine => "écart non significatif",
        BenchmarkVerdict.Unavailable => "non comparable",
        _ => "",
    };

    /// <summary>The bar's status against its target, by the rule of the indicator analysis (the interval against the target).</summary>
    private static TargetStatus Status(ChartBar bar) => bar.Target is not { } target ? TargetStatus.NoTarget
        : bar.Low >= target ? TargetStatus.Met
        : bar.High < target ? TargetStatus.Below
        : TargetStatus.NotSignificantlyDifferent;
}
