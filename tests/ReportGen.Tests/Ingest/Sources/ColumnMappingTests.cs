using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Ingest.Sources;

/// <summary>columns: indicators: each file names its own columns; the mirror survey may leave a tenant question out.</summary>
public class ColumnMappingTests
{
    private static string Project(string dataColumns, string mirror) => $$"""
        organisation: Office Test
        survey: Enquête test
        period: { label: "2024" }
        publication_date: 2024-06-01
        indicators: indicators.yaml
        thresholds: { low_base: 1, suppress_below: 1 }
        data:
          - path: data.csv
            columns: {{dataColumns}}
        {{mirror}}
        """;

    private const string Staff = "matricule;Q_A;Q_L\n" + "s1;1;1\ns2;2;1\ns3;1;2\ns4;3;1\ns5;1;1\ns6;2;2\n";

    [Fact]
    public void Each_file_names_its_own_columns_and_the_figures_follow()
    {
        using var project = new TempProject(
            Project("{ respondent_id: id, indicators: { accueil: Q1_1, logement: Q1_2 } }", "mirror: { path: staff.csv, columns: { respondent_id: matricule, indicators: { accueil: Q_A, logement: Q_L } }, min_group: 2 }"),
            csv: "id;Q1_1;Q1_2\n1;1;2\n2;3;3\n3;4;1\n");
        project.Write("staff.csv", Staff);
        var run = project.Build();

        Assert.True(run.ExitCode == 0, run.Error);
        var table = File.ReadAllText(Path.Combine(project.OutDir, "indicators.csv"));
        Assert.Contains("Accueil;3;", table, StringComparison.Ordinal);
        Assert.Contains("Enquête miroir", PdfText.Of(Path.Combine(project.OutDir, "evidence.pdf")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_the_mirror_survey_did_not_ask_has_no_gap_and_is_said_so()
    {
        using var project = new TempProject(
            Project("{ respondent_id: id }", "mirror: { path: staff.csv, columns: { respondent_id: matricule, indicators: { accueil: Q_A, logement: ~ } }, min_group: 2 }"),
            csv: "id;q1;q2\n1;1;2\n2;3;3\n3;4;1\n");
        project.Write("staff.csv", Staff);
        var run = project.Build();

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("question non posée aux collaborateurs", PdfText.Of(Path.Combine(project.OutDir, "evidence.pdf")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_mapped_column_missing_from_the_file_is_reported_at_the_mapping()
    {
        using var project = new TempProject(Project("{ respondent_id: id, indicators: { accueil: Q1_9 } }", ""), csv: "id;Q1_1;q2\n1;1;2\n");
        var run = project.Build();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("reportgen.yaml(9,49): error RG200: the column 'Q1_9' (indicator 'accueil') is not in the header", run.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'Q1_1'?", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mapping_of_an_unknown_indicator_is_reported_with_a_suggestion()
    {
        using var project = new TempProject(Project("{ respondent_id: id, indicators: { acceuil: q1 } }", ""));
        var run = project.Build();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error RG106: 'columns: indicators:' maps 'acceuil', which is not an indicator of the indicator file.", run.Error, StringComparison.Ordinal);
        Assert.Contains("'accueil'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_mirror_survey_may_leave_a_question_out()
    {
        using var project = new TempProject(Project("{ respondent_id: id, indicators: { logement: ~ } }", ""));
        var run = project.Build();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error RG104: the indicator 'logement' is given no column ('~'), but every indicator is asked in the tenant survey.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_format_the_bytes_contradict_is_reported()
    {
        using var project = new TempProject(Project("{ respondent_id: id }", "").Replace("- path: data.csv", "- path: data.csv\n    format: sav", StringComparison.Ordinal));
        var run = project.Build();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error RG140: 'format: sav' is declared, but the file is a text (CSV) file.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_column_with_an_empty_header_cell_is_never_read_by_its_position()
    {
        using var project = new TempProject(Project("{ respondent_id: id, indicators: { logement: Column C } }", "").Replace("- path: data.csv", "- path: data.xlsx", StringComparison.Ordinal));
        ReportGen.Tests.Ingest.Excel.XlsxFile.Write(project.Path("data.xlsx"),
            ReportGen.Tests.Ingest.Excel.XlsxFile.Texts(1, "id", "q1", "", "note") + ReportGen.Tests.Ingest.Excel.XlsxFile.Texts(2, "1", "1", "2", "8")
            + ReportGen.Tests.Ingest.Excel.XlsxFile.Texts(3, "2", "3", "3", "9"));
        var run = project.Build();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("data.xlsx(1,3): error RG274: the header cell C1 of sheet 'Données' is empty: column C has no name, and the indicator 'logement' needs it.", run.Error, StringComparison.Ordinal);
    }
}
