using ReportGen.Analysis;
using ReportGen.Documents;

namespace ReportGen.Publishing.Outputs;

/// <summary>What identifies each document of a set (ISO 9001 §7.5), in every format: title, author, subject, reference, version, date.</summary>
public static class DocumentInfos
{
    public static DocumentInfo Newsletter(SurveyResults results, string generatorVersion)
    {
        ArgumentNullException.ThrowIfNull(results);
        var project = results.Project;
        var (survey, period) = Names(results);
        return new DocumentInfo($"{survey} {period}", "Décryptage", FrenchFormat.Typography(project.Organisation), $"Article du magazine des locataires : {survey} {period}",
            Keywords(period), project.Reference ?? "", project.Control.Version, project.PublicationDate, $"ReportGen {generatorVersion}");
    }

    public static DocumentInfo Evidence(SurveyResults results, string generatorVersion)
    {
        ArgumentNullException.ThrowIfNull(results);
        var project = results.Project;
        var (survey, period) = Names(results);
        return new DocumentInfo($"Dossier de preuves — {survey} {period}", null, FrenchFormat.Typography(project.Control.Author),
            $"Preuves Quali’Hlm et ISO 9001 de la mesure de satisfaction ({FrenchFormat.Count(results.Survey.Respondents)} répondants)", Keywords(period),
            project.Reference ?? "", project.Control.Version, project.PublicationDate, $"ReportGen {generatorVersion}", NumberHeadings: true);
    }

    private static (string Survey, string Period) Names(SurveyResults results) =>
        (FrenchFormat.Typography(results.Project.Survey),
         FrenchFormat.Typography(results.Project.Period.Label) + (results.Scope is { } scope ? $" — {FrenchFormat.Typography(scope.Value)}" : ""));

    private static string Keywords(string period) => $"satisfaction; locataires; {period}; Quali’Hlm; ISO 9001";
}
