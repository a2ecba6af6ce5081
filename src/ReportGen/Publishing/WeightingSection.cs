using ReportGen.Analysis;
using ReportGen.Documents;

namespace ReportGen.Publishing;

/// <summary>
/// The weighting as the evidence pack states it (ISO 9001 §9.1.2: a method defined and applied as planned):
/// where the weights come from and, with population margins, how each margin was met in the wave reported
/// on — population, sample and weighted shares — with the iterations, the design effect and the weights' range.
/// </summary>
public static class WeightingSection
{
    /// <summary>One sentence for the method table.</summary>
    public static string Describe(SurveyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var column = results.Project.Data[0].Columns.Weight;
        if (results.Weighting is { } weighting)
        {
            var margins = FrenchFormat.List([.. weighting.Margins.Select(m => $"« {m} »")]);
            var basis = column is null ? "à partir de poids égaux" : $"à partir des poids de sondage (colonne « {column} »)";
            return weighting.Method == "raking"
                ? $"Calage sur marges (raking, algorithme itératif du quotient) {basis}, sur les marges de population {margins} ; base effective de Kish. Détail en section « Pondération »."
                : $"Post-stratification {basis} sur la marge de population {margins} ; base effective de Kish. Détail en section « Pondération ».";
        }

        return results.Survey.Weighted
            ? $"Poids individuels du fichier de données (colonne « {column} ») ; base effective de Kish."
            : "Aucune : chaque répondant compte pour un.";
    }

    /// <summary>The weighting subsection: nothing when the weights are not computed from margins.</summary>
    public static IEnumerable<Block> Blocks(SurveyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Weighting is not { } weighting || weighting.Waves.FirstOrDefault(w => w.Wave == results.Wave) is not { } wave)
        {
            yield break;
        }

        yield return new Heading(2, "Pondération", "ponderation");
        // Trimming bounds the mean weight of each raking cell, relative to the mean weight of all respondents; it
        // does not bound individual weights (they vary within a cell with the base weights). A bound not given is
        // not printed: "entre 0,30 et 0,00" stood for a lower bound alone.
        const string cellMean = "poids moyen de chaque cellule de calage";
        var trim = (weighting.TrimLower, weighting.TrimUpper) switch
        {
            (null, null) => "sans écrêtage",
            ({ } lower, null) => $"écrêtage : {cellMean} au moins égal à {Factor(lower)} fois le poids moyen de l’ensemble des répondants",
            (null, { } upper) => $"écrêtage : {cellMean} au plus égal à {Factor(upper)} fois le poids moyen de l’ensemble des répondants",
            ({ } lower, { } upper) => $"écrêtage : {cellMean} compris entre {Factor(lower)} et {Factor(upper)} fois le poids moyen de l’ensemble des répondants",
        };
        var relative = wave.MeanWeight > 0
            ? $" (de {Factor(wave.MinWeight / wave.MeanWeight)} à {Factor(wave.MaxWeight / wave.MeanWeight)} fois le poids moyen, {FrenchFormat.Number(wave.MeanWeight, 3)})"
            : "";
        yield return new Paragraph(
            $"Les poids sont recalculés à chaque vague pour que l’échantillon pondéré reproduise la population sur chaque marge. " +
            $"{(weighting.Method == "raking" ? "Le calage alterne les marges jusqu’à ce que chacune soit atteinte" : "La post-stratification atteint la marge en une étape")} " +
            $"à {FrenchFormat.Number(weighting.Tolerance * 100, 4)} % près ({trim}). " +
            $"Vague {Text(results.Wave.Length == 0 ? "unique" : results.Wave)} : {FrenchFormat.Count(wave.Iterations)} itération{(wave.Iterations > 1 ? "s" : "")}, " +
            $"écart maximal final {FrenchFormat.Number(wave.MaxRelativeGap * 100, 6)} %, {FrenchFormat.Count(wave.TrimmedCells)} cellule{(wave.TrimmedCells > 1 ? "s" : "")} écrêtée{(wave.TrimmedCells > 1 ? "s" : "")}, " +
            $"effet de plan dû à la pondération {FrenchFormat.Number(wave.DesignEffect, 2)} (la base effective est la base divisée par cet effet), " +
            $"poids moyen par cellule de calage de {FrenchFormat.Number(wave.MinWeight, 3)} à {FrenchFormat.Number(wave.MaxWeight, 3)}{relative}.");
        yield return new Table(
            [
                new TableColumn("Marge", 1.1f),
                new TableColumn("Catégorie", 1.6f),
                new TableColumn("Population", 0.9f, ParagraphAlignment.Right),
                new TableColumn("Échantillon brut", 1f, ParagraphAlignment.Right),
                new TableColumn("Échantillon pondéré", 1f, ParagraphAlignment.Right),
            ],
            [.. wave.Margins.Select(m => (IReadOnlyList<TableCell>)
            [
                Text(m.Margin),
                Text(m.Category),
                FrenchFormat.Percent(m.PopulationShare, 1),
                FrenchFormat.Percent(m.SampleShare, 1),
                FrenchFormat.Percent(m.WeightedShare, 1),
            ])]);
        yield return new Paragraph("L’échantillon brut s’écarte de la population là où le plan de sondage ou la non-réponse l’ont déformé ; l’échantillon pondéré la reproduit, ce qui corrige ces écarts au prix de l’effet de plan indiqué.");
    }

    private static string Text(string value) => FrenchFormat.Typography(value);

    /// <summary>A ratio to the mean weight, to two decimals without trailing zeros: 0,3; 0,25; 3.</summary>
    private static string Factor(double value) => FrenchFormat.Number(value, 2).TrimEnd('0').TrimEnd(',');
}
