using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Scaffolding.Import;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Ingest;

/// <summary>
/// Bad survey data under a French user: the message and hint after the canonical <c>file(line,col): error RGnnn:</c>
/// prefix are French, with French typography and plurals; the prefix, codes and values of the inputs are unchanged.
/// </summary>
public class SurveyReaderFrenchTests
{
    private static List<string> FrenchProblems(TempProject project)
    {
        using (UiLanguage.Use(Language.French))
        {
            return [.. DiagnosticAssert.Thrown(() => ReportBuilder.Validate(project.ProjectFile)).Select(d => d.ToString())];
        }
    }

    /// <summary>The text with the no-break spaces French puts inside guillemets, which the sources of these tests write as plain spaces.</summary>
    internal static string Typeset(string text) => text.Replace("« ", "«\u00a0", StringComparison.Ordinal).Replace(" »", "\u00a0»", StringComparison.Ordinal);

    private static void AssertHas(IEnumerable<string> problems, string expected)
    {
        var text = Typeset(expected);
        var all = string.Join(Environment.NewLine, problems);
        Assert.True(all.Contains(text, StringComparison.Ordinal), $"expected: {text}{Environment.NewLine}found:{Environment.NewLine}{all}");
    }

    [Fact]
    public void A_missing_column_is_reported_in_French_with_the_columns_found()
    {
        using var project = new TempProject(indicators: TempProject.DefaultIndicators.Replace("column: q2", "column: logement_q2", StringComparison.Ordinal));
        var problems = FrenchProblems(project);

        AssertHas(problems, "indicators.yaml(24,13): error RG200: la colonne « logement_q2 » (indicateur « logement ») n’est pas dans l’en-tête de ");
        AssertHas(problems, "conseil\u00a0: Colonnes trouvées\u00a0: « id », « poids », « q1 », « q2 ».");
    }

    [Fact]
    public void A_field_count_is_said_with_the_French_singular_and_plural()
    {
        using var project = new TempProject(csv: "id;poids;q1;q2\n1;1;1;2\n2;1;2\n3\n");
        var problems = FrenchProblems(project);

        AssertHas(problems, "data.csv(3): error RG201: cette ligne a 3 champs\u202f; l’en-tête en a 4.");
        AssertHas(problems, "data.csv(4): error RG201: cette ligne a 1 champ\u202f; l’en-tête en a 4.");
        AssertHas(problems, "conseil\u00a0: chaque ligne doit avoir une valeur par colonne, séparées par « ; »\u202f; une valeur qui contient « ; » doit être entre guillemets.");
    }

    [Fact]
    public void An_answer_off_the_scale_is_reported_in_French_with_the_allowed_answers()
    {
        using var project = new TempProject(csv: "id;poids;q1;q2\n1;1;1;2\n2;1;7;3\n");
        var problems = FrenchProblems(project);

        AssertHas(problems, "data.csv(3,3): error RG202: la réponse « 7 » de la colonne « q1 » (indicateur « accueil ») n’est pas sur l’échelle « sat4 ».");
        AssertHas(problems, "conseil\u00a0: réponses admises\u00a0: 1 (Très satisfait), 2 (Plutôt satisfait), 3 (Plutôt pas satisfait), 4 (Pas du tout satisfait), 9 (Ne sait pas). Ajoutez-la aux « aliases » de l’échelle");
    }

    [Fact]
    public void Bad_weights_are_reported_in_French()
    {
        using var project = new TempProject(csv: "id;poids;q1;q2\n1;un;1;2\n2;-2;2;3\n3;;1;1\n");
        var problems = FrenchProblems(project);

        AssertHas(problems, "data.csv(2,2): error RG203: le poids « un » de la colonne « poids » n’est pas un nombre.");
        AssertHas(problems, "conseil\u00a0: écrivez un nombre décimal, comme 1,25 ou 1.25.");
        AssertHas(problems, "data.csv(3,2): error RG203: le poids « -2 » de la colonne « poids » est négatif.");
        AssertHas(problems, "data.csv(4,2): error RG203: le poids «\u00a0\u00a0» de la colonne « poids » n’est pas un nombre.");
        AssertHas(problems, "conseil\u00a0: chaque répondant doit avoir un poids\u202f; écrivez 1 là où aucune pondération ne s’applique.");
    }

    [Fact]
    public void Duplicate_and_empty_respondent_ids_are_reported_in_French()
    {
        using var project = new TempProject(csv: "id;poids;q1;q2\nA1;1;1;2\nA2;1;2;3\n;1;1;1\nA2;1;1;1\n");
        var problems = FrenchProblems(project);

        AssertHas(problems, "data.csv(4,1): error RG208: l’identifiant de répondant (colonne « id ») est vide.");
        AssertHas(problems, "data.csv(5,1): error RG204: l’identifiant de répondant « A2 » (colonne « id ») figure déjà à la ligne 3.");
    }

    [Fact]
    public void A_file_without_rows_and_a_field_in_another_encoding_are_reported_in_French()
    {
        using var empty = new TempProject(csv: "id;poids;q1;q2\n");
        AssertHas(FrenchProblems(empty), "data.csv(1): error RG205: le fichier n’a aucune ligne de données.");

        using var latin = new TempProject(csv: "id;poids;q1;q2\n1;1;1;2\n");
        latin.WriteBytes("data.csv", [.. "id;poids;q1;q2\n1;1;1;2\n2;1;"u8, 0xE9, .. ";3\n"u8]);
        var problems = FrenchProblems(latin);
        AssertHas(problems, "data.csv(3,3): error RG206: ce champ n’est pas de l’UTF-8 valide\u00a0: le fichier semble être dans un autre encodage.");
        AssertHas(problems, "conseil\u00a0: les exports d’Excel en français sont souvent en Windows-1252\u00a0: ajoutez « encoding: windows-1252 » sous « dialect: » pour ce fichier de données.");
    }

    [Fact]
    public void An_answer_read_without_its_accent_is_a_French_warning_that_counts_its_rows()
    {
        using var project = new TempProject(csv: "id;poids;q1;q2\n1;1;1;Plutot satisfait\n2;1;1;Plutot satisfait\n");
        using var warnings = Warnings.Collect();
        using (UiLanguage.Use(Language.French))
        {
            ReportBuilder.Validate(project.ProjectFile);
        }

        var warning = DiagnosticAssert.Single(warnings.Items, DiagnosticCodes.AnswerFolded).ToString().Split(Environment.NewLine)[0];
        Assert.Contains(Typeset("data.csv(2,4): warning RG280: la réponse « Plutot satisfait » de la colonne « q2 » (indicateur « logement ») est lue comme « Plutôt satisfait » de l’échelle « sat4 »\u00a0: elle n’en diffère que par les accents\u202f; 2 lignes, la première ici."), warning, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_bad_input_stays_English_outside_a_French_scope()
    {
        using var project = new TempProject(csv: "id;poids;q1;q2\n1;1;1;2\n2;1;7;3\n");
        var problems = DiagnosticAssert.Thrown(() => ReportBuilder.Validate(project.ProjectFile)).Select(d => d.ToString());

        AssertHas(problems, "data.csv(3,3): error RG202: answer '7' in column 'q1' (indicator 'accueil') is not on the scale 'sat4'.");
    }

    [Fact]
    public void Init_from_a_missing_export_speaks_French()
    {
        var bag = new DiagnosticBag();
        string problem;
        using (UiLanguage.Use(Language.French))
        {
            Assert.Null(ExportInspector.Inspect(Path.Combine(Path.GetTempPath(), "reportgen-no-such-export.csv"), null, bag));
            problem = DiagnosticAssert.Single(bag.Items, DiagnosticCodes.ImportFileNotFound).ToString();
        }

        Assert.Contains(": error RG", problem, StringComparison.Ordinal);
        Assert.Contains("le fichier d’export n’existe pas.", problem, StringComparison.Ordinal);
        Assert.Contains(Typeset("conseil\u00a0: donnez à --from l’export de l’enquête lui-même\u00a0: un fichier .csv, .xlsx ou .sav."), problem, StringComparison.Ordinal);
    }
}
