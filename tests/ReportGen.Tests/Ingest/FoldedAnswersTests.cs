using System.Text;
using ReportGen.Diagnostics;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Ingest;

/// <summary>
/// Answers that differ from a scale's form only by accents, case, spacing or apostrophes are counted in their
/// category, with one warning per column and distinct answer (RG280): its first place and its number of rows.
/// </summary>
public class FoldedAnswersTests
{
    private const string Project = """
        organisation: Office Test
        survey: Enquête test
        period: { label: "2024" }
        publication_date: 2024-06-01
        indicators: indicators.yaml
        data:
          - path: data.csv
            dialect: { delimiter: ";" }
            columns: { respondent_id: id }
        thresholds: { low_base: 1, suppress_below: 1 }
        """;

    private static (ReportGen.Analysis.SurveyResults Results, IReadOnlyList<Diagnostic> Warnings) Check(TempProject project)
    {
        using var warnings = Warnings.Collect();
        var results = ReportBuilder.Check(project.ProjectFile);
        return (results, warnings.Items.Where(w => w.Code == DiagnosticCodes.AnswerFolded).ToList());
    }

    [Fact]
    public void A_folded_answer_counts_in_its_category_with_one_warning_giving_its_first_place_and_its_rows()
    {
        var csv = new StringBuilder("id;q1;q2\n");
        for (var i = 1; i <= 10_000; i++)
        {
            // Rows 2, 5, 8…: "Tres satisfait"; the others exact. Line n+1 holds respondent n.
            csv.Append(CultureInfo(i)).Append(';').Append(i % 3 == 1 ? "Tres satisfait" : i % 3 == 2 ? "Très satisfait" : "3").Append(";1\n");
        }

        using var project = new TempProject(Project, csv: csv.ToString());

        var (results, warnings) = Check(project);

        var q1 = results.Survey.Answers["accueil"];
        Assert.Equal([6667L, 0L, 3333L, 0L], q1.CategoryCounts);
        var warning = Assert.Single(warnings);
        DiagnosticAssert.At(warning, "data.csv", 2, 2);
        Assert.Equal("answer 'Tres satisfait' in column 'q1' (indicator 'accueil') is read as 'Très satisfait' of the scale 'sat4': it differs only by accents; 3334 row(s), the first here.", warning.Message);
        Assert.Equal("if it means 'Très satisfait', add \"Tres satisfait\" to the 'aliases' of that answer in the scale 'sat4' to silence this warning; else fix the data.", warning.Hint);
    }

    private static string CultureInfo(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Folded_answers_are_counted_even_past_the_answers_the_reader_caches()
    {
        // 80 categories, all met exactly first (more than the 64 distinct answers kept per column), then "niveau 3"
        // five times: it is no longer cached, and must still be matched, and counted once per row, under one warning.
        var categories = string.Join("\n", Enumerable.Range(1, 80).Select(i => $"      - {{ code: \"{i}\", label: Niveau {i}{(i <= 40 ? ", satisfied: true" : "")} }}"));
        var indicators = TempProject.DefaultIndicators.Replace("  - id: sat4\n", $"  - id: niveaux\n    categories:\n{categories}\n  - id: sat4\n", StringComparison.Ordinal)
            .Replace("    column: q1\n    scale: sat4", "    column: q1\n    scale: niveaux", StringComparison.Ordinal);
        var csv = new StringBuilder("id;q1;q2\n");
        for (var i = 1; i <= 80; i++)
        {
            csv.Append(CultureInfo(i)).Append(";Niveau ").Append(CultureInfo(i)).Append(";1\n");
        }

        for (var i = 81; i <= 85; i++)
        {
            csv.Append(CultureInfo(i)).Append(";niveau 3;1\n");
        }

        using var project = new TempProject(Project, indicators, csv.ToString());

        var (results, warnings) = Check(project);

        Assert.Equal(6L, results.Survey.Answers["accueil"].CategoryCounts[2]);
        var warning = Assert.Single(warnings);
        DiagnosticAssert.At(warning, "data.csv", 82, 2);
        Assert.Contains("answer 'niveau 3' in column 'q1' (indicator 'accueil') is read as 'Niveau 3' of the scale 'niveaux': it differs only by case; 5 row(s)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_indicators_on_one_column_share_one_warning_per_answer()
    {
        var indicators = TempProject.DefaultIndicators.Replace("    column: q2\n", "    column: q1\n", StringComparison.Ordinal);
        using var project = new TempProject(Project, indicators, "id;q1;q2\n1;Tres satisfait;1\n2;1;1\n3;Tres satisfait;1\n");

        var (_, warnings) = Check(project);

        var warning = Assert.Single(warnings);
        Assert.StartsWith("answer 'Tres satisfait' in column 'q1' (indicator 'accueil', 'logement') is read as 'Très satisfait'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("2 row(s)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exact_answers_and_aliases_give_no_warning()
    {
        var indicators = TempProject.DefaultIndicators.Replace("label: Très satisfait, satisfied: true }", "label: Très satisfait, satisfied: true, aliases: [TRES SATISFAIT] }", StringComparison.Ordinal);
        using var project = new TempProject(Project, indicators, "id;q1;q2\n1;Très satisfait;NSP\n2; 2 ;Ne sait pas\n3;TRES SATISFAIT;4\n");

        var (results, warnings) = Check(project);

        Assert.Empty(warnings);
        Assert.Equal([2L, 1L, 0L, 0L], results.Survey.Answers["accueil"].CategoryCounts);
    }

    [Fact]
    public void The_mirror_survey_warns_on_its_own_file()
    {
        var project = Project + """

            mirror:
              path: staff.csv
              dialect: { delimiter: ";" }
              columns: { respondent_id: id }
              min_group: 1
            """;
        using var temp = new TempProject(project, csv: "id;q1;q2\n1;1;1\n2;2;2\n3;3;3\n");
        temp.Write("staff.csv", "id;q1;q2\nC1;1;1\nC2;plutot satisfait;2\nC3;PLUTOT SATISFAIT;3\nC4;plutot satisfait;4\n");

        var (results, warnings) = Check(temp);

        Assert.Equal(2, warnings.Count);
        DiagnosticAssert.At(warnings[0], "staff.csv", 3, 2);
        DiagnosticAssert.At(warnings[1], "staff.csv", 4, 2);
        Assert.Contains("answer 'plutot satisfait' in column 'q1' (indicator 'accueil') is read as 'Plutôt satisfait' of the scale 'sat4': it differs only by accents and case; 2 row(s)", warnings[0].Message, StringComparison.Ordinal);
        Assert.NotNull(results.Mirror);
    }
}
