using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Ingest.Sources;

/// <summary>keep_rows: which rows count, how the left-out ones are reported, and the mistakes in a condition.</summary>
public class FilteredRowsTests
{
    private const string Csv = "id;Status;Finished;submitdate;q1;q2\n" +
        "1;IP Address;True;2024-05-01;1;2\n" +
        "2;IP Address;TRUE;2024-05-01;2;3\n" +
        "3;Survey Preview;True;2024-05-01;1;1\n" +
        "4;IP Address;False;;4;4\n" +
        "5;IP Address;1;;4;4\n" +
        ";Survey Preview;True;;1;1\n";

    private static string Project(string conditions) => $$"""
        organisation: Office Test
        survey: Enquête test
        period: { label: "2024" }
        publication_date: 2024-06-01
        indicators: indicators.yaml
        thresholds: { low_base: 1, suppress_below: 1 }
        data:
          - path: data.csv
            keep_rows:
        {{conditions}}
            columns: { respondent_id: id }
        """;

    [Fact]
    public void Rows_failing_a_condition_count_nowhere_and_are_counted_per_rule()
    {
        using var project = new TempProject(Project("""
                  - { column: Status, differs: Survey Preview }
                  - { column: finished, equals: ["true", "1"] }
            """), csv: Csv);
        var run = project.Build();

        Assert.True(run.ExitCode == 0, run.Error);
        // The row with no id is a preview: it is left out before its id is checked.
        Assert.Contains("3 rows kept, 3 left out: 2 by 'Status differs from 'Survey Preview'', 1 by 'finished equals 'true' or '1''.", run.Output, StringComparison.Ordinal);
        var manifest = File.ReadAllText(Path.Combine(project.OutDir, "manifest.json"));
        Assert.Contains("\"rule\": \"Status differs from 'Survey Preview'\",\n            \"rows\": 2", manifest.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Accueil;3;", File.ReadAllText(Path.Combine(project.OutDir, "indicators.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_and_not_empty_conditions_keep_the_rows_they_say()
    {
        using var project = new TempProject(Project("""
                  - { column: submitdate, not_empty: true }
            """), csv: Csv);
        var run = project.Build();

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("3 rows kept, 3 left out: 3 by 'submitdate is not empty'.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_condition_on_a_missing_column_is_reported_at_the_condition_with_a_suggestion()
    {
        using var project = new TempProject(Project("""
                  - { column: Statut, differs: Survey Preview }
            """), csv: Csv);
        var run = project.Build();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("reportgen.yaml(10,9): error RG250: the row condition 'Statut differs from 'Survey Preview'' names the column 'Statut', which is not in the header of", run.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'Status'?", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Conditions_that_leave_no_row_are_an_error()
    {
        using var project = new TempProject(Project("""
                  - { column: Status, equals: Complete }
            """), csv: Csv);
        var run = project.Build();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error RG252: the row conditions of", run.Error, StringComparison.Ordinal);
        Assert.Contains("leave no row: 6 left out by 'Status equals 'Complete''.", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- { column: Status }", "RG103", "this row condition says no test.")]
    [InlineData("- { column: Status, empty: true, not_empty: true }", "RG104", "this row condition has 2 tests (empty, not_empty); each has one.")]
    [InlineData("- { column: Status, empty: false }", "RG104", "'empty' must be 'true'.")]
    [InlineData("- { column: Status, equal: x }", "RG102", "unknown key 'equal'")]
    public void A_malformed_condition_is_reported_where_it_is_written(string condition, string code, string message)
    {
        using var project = new TempProject(Project("      " + condition), csv: Csv);
        var run = project.Build();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"reportgen.yaml(10,", run.Error, StringComparison.Ordinal);
        Assert.Contains($"error {code}: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_condition_on_a_column_two_fields_match_ignoring_case_is_refused_not_guessed()
    {
        using var project = new TempProject(Project("""
                  - { column: status, differs: Survey Preview }
            """), csv: "id;Status;STATUS;q1;q2\n1;IP Address;x;1;2\n2;Survey Preview;x;2;3\n");
        var run = project.Build();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("data.csv(1,3): error RG231: the columns 'Status' (field 2) and 'STATUS' (field 3) differ only by case, and the row condition 'status differs from 'Survey Preview'' names 'status'", run.Error, StringComparison.Ordinal);
    }
}
