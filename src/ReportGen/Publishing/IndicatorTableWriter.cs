using CsvHelper;
using ReportGen.Analysis;
using ReportGen.Definitions;

namespace ReportGen.Publishing;

/// <summary>
/// The computed table as a CSV that French Excel opens as is: ';' separator, comma decimals, UTF-8 with a
/// byte order mark, CRLF. Percentages are numbers (85,24), not text, so the quality team can compute with
/// them; text cells that would run as a formula are escaped.
/// </summary>
public static class IndicatorTableWriter
{
    private static readonly string[] Header =
    [
        "indicateur", "libelle", "theme", "base", "base_ponderee", "base_effective", "nsp_hors_base", "sans_reponse",
        "pct_satisfaits", "ic95_bas", "ic95_haut", "marge_erreur_pts", "cible", "statut", "base_faible", "supprime",
        "quali_hlm", "iso_9001", "axe",
    ];

    public static byte[] Write(IndicatorCatalog catalog, IReadOnlyList<IndicatorEstimate> estimates)
    {
        using var memory = new MemoryStream();
        var options = new CsvWriterOptions
        {
            Separator = ';',
            WriteByteOrderMark = true,
            Injection = CsvInjection.Escape,
        };
        using (var writer = CsvWriter.Create(memory, options, leaveOpen: true))
        {
            writer.WriteHeader(Header);
            foreach (var estimate in estimates)
            {
                var indicator = catalog.Indicator(estimate.IndicatorId);
                writer.WriteRecord(
                [
                    indicator.Id,
                    indicator.Label,
                    catalog.Theme(indicator.ThemeId).Label,
                    estimate.ValidBase.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Decimal(estimate.WeightedBase, 2),
                    Decimal(estimate.EffectiveBase, 1),
                    estimate.ExcludedAnswers.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    estimate.BlankAnswers.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Percent(estimate.Satisfied),
                    Percent(estimate.Interval?.Lower),
                    Percent(estimate.Interval?.Upper),
                    Percent(estimate.MarginOfError),
                    Percent(estimate.Target),
                    StatusText.Of(estimate.Status),
                    FrenchFormat.YesNo(estimate.LowBase),
                    FrenchFormat.YesNo(estimate.Suppressed),
                    indicator.QualiHlmEngagement ?? "",
                    string.Join(" ", indicator.IsoClauses),
                    indicator.ActionAxis ?? "",
                ]);
            }
        }

        return memory.ToArray();
    }

    private static string Percent(double? proportion) => proportion is { } p ? Decimal(p * 100, 2) : "";

    /// <summary>Comma decimals without thousands separators, which Excel would take for text.</summary>
    private static string Decimal(double value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero)
            .ToString("F" + decimals.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture)
            .Replace('.', ',');
}
