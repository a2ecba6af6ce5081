using System.Text;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Tests.Ingest;
using ReportGen.Verbatims;

namespace ReportGen.Tests.Verbatims;

/// <summary>Bad comments files under a French user: French messages behind the unchanged prefix.</summary>
public class VerbatimReaderFrenchTests
{
    private static List<string> FrenchProblems(string csv)
    {
        var path = Path.Combine(Path.GetTempPath(), $"verbatims-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, csv, new UTF8Encoding(false));
        try
        {
            var bag = new DiagnosticBag();
            using (UiLanguage.Use(Language.French))
            {
                VerbatimReader.Read(path, "verbatims.csv", VerbatimColumns.Sample, CsvDialect.Detect, VerbatimTestData.Rules, [], bag);
            }

            return [.. bag.Items.Select(d => d.ToString())];
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_column_and_an_unknown_respondent_type_are_reported_in_French()
    {
        var noText = FrenchProblems("autre;type;moment;id;agence\nBonjour;locataire;2024;1;Nord\n");
        Assert.Contains(noText, p => p.StartsWith("verbatims.csv(1): error RG200: ", StringComparison.Ordinal)
            && p.Contains(SurveyReaderFrenchTests.Typeset("la colonne « commentaire » (texte du commentaire) n’est pas dans l’en-tête de verbatims.csv."), StringComparison.Ordinal));

        var badType = FrenchProblems("commentaire;type;moment;id;agence\nL’ascenseur est en panne;voisin;2024;1;Nord\n");
        Assert.Contains(badType, p => p.StartsWith("verbatims.csv(2,2): error RG209: ", StringComparison.Ordinal)
            && p.Contains(SurveyReaderFrenchTests.Typeset("le type de répondant « voisin » (colonne « type ») n’est ni locataire ni collaborateur."), StringComparison.Ordinal));
    }
}
