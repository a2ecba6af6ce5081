using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Publishing;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Definitions;

/// <summary>
/// Bad definitions read under the French locale: the text after the canonical prefix is French, the prefix
/// (<c>file(line,col): error RGnnn:</c>) is the one of the English messages.
/// </summary>
public class FrenchMessagesTests
{
    private const string Nbsp = "\u00a0";

    private static IReadOnlyList<Diagnostic> FrenchProblems(TempProject project)
    {
        using (UiLanguage.Use(Language.French))
        {
            var bag = new DiagnosticBag();
            Assert.Null(ProjectLoader.TryLoad(project.ProjectFile, bag));
            return bag.Items;
        }
    }

    private static string Edit(string from, string to)
    {
        Assert.Contains(from, TempProject.DefaultProject, StringComparison.Ordinal);
        return TempProject.DefaultProject.Replace(from, to, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_is_told_in_French_behind_the_canonical_prefix()
    {
        using var project = new TempProject(Edit("indicators: indicators.yaml", "indicatrs: indicators.yaml"));

        var unknown = Assert.Single(FrenchProblems(project));
        Assert.Equal(DiagnosticCodes.UnknownKey, unknown.Code);
        Assert.Equal($"clé inconnue «{Nbsp}indicatrs{Nbsp}» dans le fichier projet.", unknown.Message);
        Assert.StartsWith($"vouliez-vous dire «{Nbsp}indicators{Nbsp}»\u202f? Clés possibles ici{Nbsp}: ", unknown.Hint, StringComparison.Ordinal);
        Assert.Contains($"reportgen.yaml(5,1): error {DiagnosticCodes.UnknownKey}: clé inconnue", unknown.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_nested_place_contracts_de_le_into_du()
    {
        using var project = new TempProject(Edit("respondent_id: id", "respondant_id: id"));

        var unknown = Assert.Single(FrenchProblems(project));
        Assert.Equal($"clé inconnue «{Nbsp}respondant_id{Nbsp}» dans «{Nbsp}columns{Nbsp}» du fichier de données nº{Nbsp}1.", unknown.Message);
        Assert.Contains($"reportgen.yaml(10,7): error {DiagnosticCodes.UnknownKey}: ", unknown.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_key_is_told_in_French()
    {
        using var project = new TempProject(Edit("organisation: Office Test\n", ""));

        var missing = Assert.Single(FrenchProblems(project));
        Assert.Equal(DiagnosticCodes.MissingKey, missing.Code);
        Assert.Equal($"il manque «{Nbsp}organisation{Nbsp}» dans le fichier projet.", missing.Message);
        Assert.Equal($"ajoutez «{Nbsp}organisation: …{Nbsp}» ici.", missing.Hint);
        Assert.Contains($": error {DiagnosticCodes.MissingKey}: il manque", missing.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_outside_the_calendar_is_told_in_French()
    {
        using var project = new TempProject(Edit("publication_date: 2024-06-01", "publication_date: 2024-02-30"));

        var date = Assert.Single(FrenchProblems(project));
        Assert.Equal(DiagnosticCodes.InvalidDate, date.Code);
        Assert.Equal($"«{Nbsp}publication_date{Nbsp}» dans le fichier projet vaut 2024-02-30, qui n’est pas un jour du calendrier.", date.Message);
        Assert.Contains($"reportgen.yaml(4,19): error {DiagnosticCodes.InvalidDate}: ", date.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_problems_stay_in_English_outside_the_French_scope()
    {
        using var project = new TempProject(Edit("respondent_id: id", "respondant_id: id"));
        var bag = new DiagnosticBag();
        using (UiLanguage.Use(Language.English))
        {
            Assert.Null(ProjectLoader.TryLoad(project.ProjectFile, bag));
        }

        Assert.Equal("unknown key 'respondant_id' in 'columns' of data file #1.", Assert.Single(bag.Items).Message);
    }

    [Fact]
    public void A_full_disk_is_told_in_French()
    {
        using (UiLanguage.Use(Language.French))
        {
            var problem = OutputErrors.Environment("out", Resources.PublishingMessages.CannotMoveOutputs, new UnauthorizedAccessException("denied"));
            Assert.Equal($"out{Nbsp}: impossible de mettre les nouvelles sorties en place{Nbsp}: permission refusée (le dossier est en lecture seule ou appartient à quelqu’un d’autre)\u202f; les sorties précédentes sont conservées.", problem.Message);
        }
    }

    [Fact]
    public void A_definition_file_too_large_is_named_once_with_its_article()
    {
        using var project = new TempProject(indicators: TempProject.DefaultIndicators + "\n" + new string('#', ReportGen.Definitions.Yaml.YamlDocument.MaxFileBytes) + "\n");

        Diagnostic tooLarge;
        using (UiLanguage.Use(Language.French))
        {
            var bag = new DiagnosticBag();
            tooLarge = Assert.Single(Assert.Throws<BadInputException>(() => ProjectLoader.TryLoad(project.ProjectFile, bag)).Diagnostics);
        }

        Assert.Equal(DiagnosticCodes.YamlLimit, tooLarge.Code);
        Assert.StartsWith("le fichier des indicateurs fait 2,0", tooLarge.Message.Replace('.', ','), StringComparison.Ordinal);
        Assert.DoesNotContain("le le ", tooLarge.Message, StringComparison.Ordinal);
    }
}
