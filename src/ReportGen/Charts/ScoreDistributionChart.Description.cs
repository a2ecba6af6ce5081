using ReportGen.Publishing;

namespace ReportGen.Charts;

public sealed partial class ScoreDistributionChart
{
    /// <summary>
    /// What the chart shows, from its figures: the answers it spreads, the most frequent answer, and for a score its
    /// mean with its interval, target and benchmarks; for a net score its three groups and its score.
    /// </summary>
    public string Description
    {
        get
        {
            var words = new List<string>
            {
                $"Diagramme en barres verticales : répartition pondérée des réponses de {FrenchFormat.Count(Minimum)} à {FrenchFormat.Count(Maximum)} à la question « {Label} ».",
            };

            // The first of equals, lowest answer first, so that the sentence names the bar a reader sees first.
            var most = Enumerable.Range(0, Shares.Count).Aggregate((best, i) => Shares[i] > Shares[best] ? i : best);
            words.Add($"Réponse la plus fréquente : {FrenchFormat.Count(Minimum + most)}, {FrenchFormat.Percent(Shares[most])} des réponses.");
            if (Net is { } net)
            {
                var groups = new List<string> { $"détracteurs ({Answers(Minimum, net.DetractorsTo)}) : {FrenchFormat.Percent(net.Detractors)}" };
                if (net.PromotersFrom - net.DetractorsTo > 1)
                {
                    groups.Add($"passifs ({Answers(net.DetractorsTo + 1, net.PromotersFrom - 1)}) : {FrenchFormat.Percent(net.Passives)}");
                }

                groups.Add($"promoteurs ({Answers(net.PromotersFrom, Maximum)}) : {FrenchFormat.Percent(net.Promoters)}");
                words.Add(Capitalized(string.Join(" ; ", groups)) + ".");
                var score = $"Score net (promoteurs moins détracteurs) : {FrenchFormat.NetScore(net.Score)}";
                var references = new List<string>();
                if (net.Target is { } target)
                {
                    references.Add($"objectif : {FrenchFormat.NetScore(target)}");
                }

                references.AddRange(net.Benchmarks.Select(b => $"{b.Name} : {FrenchFormat.NetScore(b.Value)}"));
                words.Add(score + (references.Count > 0 ? $" ({string.Join(" ; ", references)})." : "."));
            }

            foreach (var mark in Marks)
            {
                var text = $"{Capitalized(mark.Name)} : {Value(mark.Value)}";
                if (mark.Kind == ScoreMarkKind.Mean && MeanInterval is { } interval)
                {
                    text += $", intervalle de confiance à {FrenchFormat.Percent(ConfidenceLevel, 0)} de {Value(interval.Lower)} à {Value(interval.Upper)}";
                }

                words.Add(text + ".");
            }

            if (LowBase)
            {
                words.Add("Le résultat repose sur une base faible, à lire avec prudence.");
            }

            return FrenchFormat.FixSpacing(string.Join(" ", words));
        }
    }

    /// <summary>The bars as a table: each answer, its share and, for a net score, its group.</summary>
    public ChartData Data
    {
        get
        {
            List<string> columns = Net is null ? ["Réponse", "Part des réponses"] : ["Réponse", "Part des réponses", "Groupe"];
            var rows = Shares.Select((share, i) =>
            {
                var answer = Minimum + i;
                List<string> row = [FrenchFormat.Count(answer), FrenchFormat.Percent(share)];
                if (Net is { } net)
                {
                    row.Add(answer <= net.DetractorsTo ? "détracteur" : answer >= net.PromotersFrom ? "promoteur" : "passif");
                }

                return (IReadOnlyList<string>)row;
            }).ToList();
            return new ChartData(columns, rows);
        }
    }

    private string Value(double value) => FrenchFormat.Number(value, 1) + Unit;

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
