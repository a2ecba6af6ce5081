using ReportGen.Publishing;

namespace ReportGen.Charts;

public sealed partial class IrritantChart
{
    /// <summary>What the chart shows, from its bars: the themes in order and the most cited.</summary>
    public string Description
    {
        get
        {
            var first = Bars.Aggregate((best, b) => b.Mentions > best.Mentions ? b : best);
            var words = new List<string>
            {
                $"Diagramme en barres horizontales : commentaires négatifs de locataires sur {ChartWords.Count(Bars.Count, "thème", "thèmes")}, avec leur part des commentaires{(Bars.Any(b => b.Interval is not null) ? " et son intervalle de confiance" : "")}.",
                $"Le plus cité : {first.Label}, {ChartWords.Count(first.Mentions, "commentaire", "commentaires")} ({FrenchFormat.Percent(first.Share, 0)} des commentaires).",
            };
            if (Bars.Count > 1)
            {
                words.Add($"Puis : {FrenchFormat.List([.. Bars.Where(b => !ReferenceEquals(b, first)).Select(b => $"{b.Label}, {FrenchFormat.Count(b.Mentions)}")])}.");
            }

            // French spacing before : ; ! ? and %, as in every text of the documents.
            return FrenchFormat.FixSpacing(string.Join(" ", words));
        }
    }

    /// <summary>The bars as a table: theme, negative comments, their share and its interval.</summary>
    public ChartData Data
    {
        get
        {
            var intervals = Bars.Any(b => b.Interval is not null);
            List<string> columns = ["Thème", "Commentaires négatifs", "Part des commentaires"];
            if (intervals)
            {
                columns.Add("Intervalle de confiance de la part");
            }

            return new ChartData(columns, [.. Bars.Select(b =>
            {
                List<string> row = [b.Label, FrenchFormat.Count(b.Mentions), FrenchFormat.Percent(b.Share)];
                if (intervals)
                {
                    row.Add(b.Interval is { } i ? ChartWords.Interval(i.Lower, i.Upper) : "");
                }

                return (IReadOnlyList<string>)row;
            })]);
        }
    }
}
