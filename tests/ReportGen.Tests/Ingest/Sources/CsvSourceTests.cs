using System.Text;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Ingest.Sources;

/// <summary>The CSV reader's header rows and encodings, through the CLI: what is read, what is reported, where.</summary>
public class CsvSourceTests
{
    private static readonly Encoding Windows1252 = CodePage(1252);

    private static Encoding CodePage(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    private static string Project(string entry) => $$"""
        organisation: Office Test
        survey: Enquête test
        period: { label: "2024" }
        publication_date: 2024-06-01
        indicators: indicators.yaml
        thresholds: { low_base: 1, suppress_below: 1 }
        data:
          - path: data.csv
            {{entry}}
            columns: { respondent_id: id }
        """;

    private static string Indicators(string column = "qualité") =>
        TempProject.DefaultIndicators.Replace("column: q1", $"column: {column}", StringComparison.Ordinal);

    private static string Table(TempProject project) => File.ReadAllText(System.IO.Path.Combine(project.OutDir, "indicators.csv"));

    [Fact]
    public void A_byte_order_mark_wins_over_a_declared_windows_1252_with_a_warning()
    {
        using var project = new TempProject(Project("""dialect: { delimiter: ";", encoding: windows-1252 }"""), Indicators());
        project.WriteBytes("data.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("id;qualité;q2\n1;Très satisfait;2\n2;Plutôt pas satisfait;3\n")]);
        var run = project.Build();

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("data.csv(1,1): warning RG251: the file starts with a UTF-8 byte order mark: it is read as UTF-8, not as the declared 'windows-1252'.", run.Error, StringComparison.Ordinal);
        Assert.Contains("declared windows-1252", run.Output, StringComparison.Ordinal);
        Assert.Contains("utf-8 (byte order mark; declared windows-1252 ignored)", File.ReadAllText(System.IO.Path.Combine(project.OutDir, "manifest.json")), StringComparison.Ordinal);
        Assert.DoesNotContain("ï»¿", run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_project_reads_a_windows_1252_wave_and_a_UTF8_wave_with_byte_order_mark()
    {
        using var project = new TempProject($$"""
            organisation: Office Test
            survey: Enquête test
            period: { label: "2024", wave: "2024" }
            publication_date: 2024-06-01
            indicators: indicators.yaml
            thresholds: { low_base: 1, suppress_below: 1 }
            data:
              - { path: w2023.csv, wave: "2023", dialect: { delimiter: ";", encoding: windows-1252 }, columns: { respondent_id: id } }
              - { path: w2024.csv, wave: "2024", dialect: { delimiter: ";", encoding: windows-1252 }, columns: { respondent_id: id } }
            """, Indicators());
        project.WriteBytes("w2023.csv", Windows1252.GetBytes("id;qualité;q2\n1;Très satisfait;2\n2;Plutôt pas satisfait;3\n"));
        project.WriteBytes("w2024.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("id;qualité;q2\n1;Très satisfait;2\n2;Très satisfait;3\n")]);
        var run = project.Build();

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("w2024.csv(1,1): warning RG251", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("w2023.csv(1,1): warning", run.Error, StringComparison.Ordinal);
        Assert.Contains("100,0", Table(project), StringComparison.Ordinal);
    }

    [Fact]
    public void UTF8_bytes_declared_windows_1252_are_an_error_at_their_line()
    {
        using var project = new TempProject(Project("""dialect: { delimiter: ";", encoding: windows-1252 }"""));
        project.Write("data.csv", "id;q1;q2\n1;1;2\n2;Très satisfait;3\n");
        var run = project.Build();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("data.csv(3): error RG251: the file is declared 'windows-1252', but its bytes are UTF-8: 'è' here is written as the 2 bytes C3A8, which windows-1252 would publish as 'Ã¨'.", run.Error, StringComparison.Ordinal);
        Assert.Contains("hint: the export is in UTF-8: write 'encoding: utf-8'", run.Error, StringComparison.Ordinal);
        Assert.Empty(project.Outputs());
    }

    [Fact]
    public void Real_windows_1252_bytes_declared_windows_1252_are_read()
    {
        using var project = new TempProject(Project("""dialect: { delimiter: ";", encoding: windows-1252 }"""), Indicators());
        project.WriteBytes("data.csv", Windows1252.GetBytes("id;qualité;q2\n1;Très satisfait;2\n2;Plutôt pas satisfait;3\n"));
        var run = project.Build();

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.DoesNotContain("RG251", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Title_rows_above_the_header_and_rows_below_it_are_left_out()
    {
        using var project = new TempProject(Project("header_row: 3\n    skip_rows: 2"));
        project.Write("data.csv", "Enquête 2024;;\nOffice Test;;\nid;q1;q2\nIdentifiant;Accueil;Logement\n\"{\"\"ImportId\"\":\"\"id\"\"}\";\"{\"\"ImportId\"\":\"\"q1\"\"}\";\"{\"\"ImportId\"\":\"\"q2\"\"}\"\n1;1;2\n2;3;3\n");
        var run = project.Build();

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("2 rows kept", run.Output, StringComparison.Ordinal);
        Assert.Contains("Accueil;2;", Table(project), StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_of_the_header_are_reported_at_its_row()
    {
        using var project = new TempProject(Project("header_row: 2"));
        project.Write("data.csv", "Enquête 2024;;\nid;q1;q1\n1;1;2\n");
        var run = project.Build();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("data.csv(2,3): error RG200: the column 'q1' (indicator 'accueil') appears twice in the header", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_row_past_the_end_of_the_file_is_reported()
    {
        using var project = new TempProject(Project("header_row: 9"));
        project.Write("data.csv", "id;q1;q2\n1;1;2\n");
        var run = project.Build();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error RG253: 'header_row: 9' is past the end of", run.Error, StringComparison.Ordinal);
        Assert.Contains("which has 2 row(s)", run.Error, StringComparison.Ordinal);
    }
}
