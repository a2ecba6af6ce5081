using System.Text;
using ReportGen.Analysis;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Ingest;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Ingest;

public class SurveyReaderTests
{
    private const string Semicolon = """dialect: { delimiter: ";", decimal: "," }""";
    private const string Weighted = "{ respondent_id: id, weight: poids }";
    private const string SmallBases = "thresholds: { low_base: 1, suppress_below: 1 }";

    private static readonly Encoding Utf8NoBom = new UTF8Encoding(false);
    private static readonly Encoding Windows1252 = CodePage(1252);
    private static readonly Encoding Latin9 = CodePage(28605);

    /// <summary>
    /// The project file; its data entry starts at line 7, column 5. <paramref name="dialect"/> is the whole
    /// 'dialect:' line or empty to detect everything.
    /// </summary>
    private static string Project(string dialect = Semicolon, string columns = Weighted, string period = """{ label: "2024" }""", string extra = "")
    {
        var dialectLine = dialect.Length == 0 ? "" : $"\n    {dialect}";
        return $$"""
            organisation: Office Test
            survey: Enquête test
            period: {{period}}
            publication_date: 2024-06-01
            indicators: indicators.yaml
            data:
              - path: data.csv{{dialectLine}}
                columns: {{columns}}
            {{extra}}
            """;
    }

    private static Encoding CodePage(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    /// <summary>Runs the CLI build, which must fail on bad input with a summary, no stack trace and no file written.</summary>
    private static CliRun BuildFails(TempProject project)
    {
        var run = project.Build();
        Assert.True(run.ExitCode == 2, $"exit code {run.ExitCode}{Environment.NewLine}{run.Output}{run.Error}");
        Assert.Empty(project.Outputs());
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was written.", run.Error, StringComparison.Ordinal);
        return run;
    }

    private static void AssertHas(CliRun run, string text) =>
        Assert.True(run.Error.Contains(text, StringComparison.Ordinal), $"expected in stderr: {text}{Environment.NewLine}stderr:{Environment.NewLine}{run.Error}");

    private static void AssertLacks(CliRun run, string text) =>
        Assert.False(run.Error.Contains(text, StringComparison.Ordinal), $"not expected in stderr: {text}{Environment.NewLine}stderr:{Environment.NewLine}{run.Error}");

    private static IndicatorEstimate Estimate(SurveyResults results, string id) => results.Estimates.Single(e => e.IndicatorId == id);

    // ------------------------------------------------------------------ bad input: columns

    [Fact]
    public void Absent_indicator_column_lists_the_columns_found_and_suggests_the_closest()
    {
        // The indicator 'logement' starts at line 21, column 5 of TempProject.DefaultIndicators.
        using var project = new TempProject(
            indicators: TempProject.DefaultIndicators.Replace("column: q2", "column: logement_q2", StringComparison.Ordinal),
            csv: "id;poids;q1;logemnet_q2\n1;1;1;2\n");
        var run = BuildFails(project);

        AssertHas(run, "indicators.yaml(24,13): error RG200: the column 'logement_q2' (indicator 'logement') is not in the header of ");
        AssertHas(run, "data.csv.");
        AssertHas(run, "    hint: did you mean 'logemnet_q2'? Columns found: 'id', 'poids', 'q1', 'logemnet_q2'.");
    }

    [Fact]
    public void Absent_weight_column_points_at_the_data_entry_of_the_project_file()
    {
        using var project = new TempProject(csv: "id;pods;q1;q2\n1;1;1;2\n");
        var run = BuildFails(project);

        AssertHas(run, "reportgen.yaml(7,5): error RG200: the column 'poids' (weight) is not in the header of ");
        AssertHas(run, "    hint: did you mean 'pods'? Columns found: 'id', 'pods', 'q1', 'q2'.");
    }

    [Fact]
    public void All_absent_columns_are_reported_in_one_run()
    {
        using var project = new TempProject(csv: "ident;poids;Q_1;Q_2\n1;1;1;2\n");
        var run = BuildFails(project);

        AssertHas(run, "the column 'id' (respondent id)");
        AssertHas(run, "the column 'q1' (indicator 'accueil')");
        AssertHas(run, "the column 'q2' (indicator 'logement')");
        AssertHas(run, "reportgen: 3 problems found; nothing was written.");
    }

    [Fact]
    public void Absent_indicator_column_is_not_matched_to_a_column_another_indicator_uses()
    {
        using var project = new TempProject(csv: "id;poids;q1;q_2\n1;1;1;2\n");
        var run = BuildFails(project);

        AssertHas(run, "hint: did you mean 'q_2'?");
    }

    [Fact]
    public void Column_found_twice_in_the_header_is_reported_at_the_second()
    {
        using var project = new TempProject(csv: "id;poids;q1;q2;Q1\n1;1;1;2;3\n");
        var run = BuildFails(project);

        AssertHas(run, "data.csv(1,5): error RG231: the columns 'q1' (field 3) and 'Q1' (field 5) differ only by case, and the indicator 'accueil' names 'q1'");
    }

    [Fact]
    public void Wrong_declared_delimiter_is_reported_on_the_header()
    {
        using var project = new TempProject(Project("""dialect: { delimiter: ",", decimal: "," }"""));
        var run = BuildFails(project);

        AssertHas(run, "data.csv(1,1): error RG200: the header row is one single column when split on the declared delimiter ','.");
        AssertHas(run, "    hint: the file uses another delimiter: fix 'dialect: delimiter:'");
        // One diagnostic for the cause, not one per column.
        AssertHas(run, "reportgen: 1 problem found;");
    }

    [Fact]
    public void Missing_data_file_points_at_its_entry_in_the_project_file()
    {
        using var project = new TempProject(Project().Replace("path: data.csv", "path: absent.csv", StringComparison.Ordinal));
        var run = BuildFails(project);

        AssertHas(run, "reportgen.yaml(7,5): error RG100: the data file '");
        AssertHas(run, "absent.csv' does not exist.");
    }

    // ------------------------------------------------------------------ bad input: rows

    [Fact]
    public void Rows_with_a_wrong_field_count_are_each_reported_at_their_line()
    {
        using var project = new TempProject(csv: "id;poids;q1;q2\n1;1;1;2\n2;1;2\n3;1;3;NSP\n4;1;1;1;5\n");
        var run = BuildFails(project);

        AssertHas(run, "data.csv(3): error RG201: this row has 3 fields; the header has 4.");
        AssertHas(run, "data.csv(5): error RG201: this row has 5 fields; the header has 4.");
        AssertHas(run, "    hint: each row needs one value per column, separated by ';'; a value containing ';' must be quoted.");
        AssertHas(run, "reportgen: 2 problems found;");
    }

    [Fact]
    public void Answer_not_on_the_scale_names_the_value_the_column_and_the_allowed_answers()
    {
        using var project = new TempProject(csv: "id;poids;q1;q2\n1;1;1;2\n2;1;7;3\n");
        var run = BuildFails(project);

        AssertHas(run, "data.csv(3,3): error RG202: answer '7' in column 'q1' (indicator 'accueil') is not on the scale 'sat4'.");
        AssertHas(run, "    hint: allowed answers: 1 (Très satisfait), 2 (Plutôt satisfait), 3 (Plutôt pas satisfait), 4 (Pas du tout satisfait), 9 (Ne sait pas).");
        AssertHas(run, "'aliases'");
    }

    [Fact]
    public void A_score_outside_the_bounds_of_its_numeric_scale_is_told_as_such()
    {
        var indicators = TempProject.DefaultIndicators
            .Replace("themes:", "  - id: note\n    range: { min: 0, max: 10 }\nthemes:", StringComparison.Ordinal)
            .Replace("    column: q2\n    scale: sat4", "    column: q2\n    scale: note\n    kind: score", StringComparison.Ordinal);
        using var project = new TempProject(indicators: indicators, csv: "id;poids;q1;q2\n1;1;1;7\n2;1;2;11\n3;1;1;Dix\n");
        var load = new DiagnosticBag();
        var loaded = ProjectLoader.TryLoad(project.ProjectFile, load);
        Assert.True(loaded is not null, string.Join("\n", load.Items));
        var bag = new DiagnosticBag();

        SurveyReader.Read(loaded!.Data[0], loaded.Catalog.Indicators, loaded.Catalog, [], bag);

        var outside = DiagnosticAssert.Single(bag.Items, DiagnosticCodes.AnswerOutsideBounds);
        DiagnosticAssert.At(outside, "data.csv", 3, 4);
        Assert.Equal("answer '11' in column 'q2' (indicator 'logement') lies outside the bounds of the scale 'note', 0 to 10.", outside.Message);
        Assert.StartsWith("a score of this scale is a whole number from 0 to 10. If '11' means", outside.Hint, StringComparison.Ordinal);
        // A word is not a number outside the bounds: it stays an answer off the scale.
        DiagnosticAssert.At(DiagnosticAssert.Single(bag.Items, DiagnosticCodes.AnswerOffScale), "data.csv", 4, 4);
    }

    [Fact]
    public void Misspelt_label_is_not_on_the_scale()
    {
        using var project = new TempProject(csv: "id;poids;q1;q2\n1;1;1;Plutôt satisfai\n");
        var run = BuildFails(project);

        AssertHas(run, "data.csv(2,4): error RG202: answer 'Plutôt satisfai' in column 'q2' (indicator 'logement')");
    }

    [Fact]
    public void Label_without_its_accent_is_read_with_a_warning()
    {
        using var project = new TempProject(csv: "id;poids;q1;q2\n1;1;1;Plutot satisfait\n");
        var run = project.Build();

        Assert.True(run.ExitCode == 0, run.Error);
        AssertHas(run, "data.csv(2,4): warning RG280: answer 'Plutot satisfait' in column 'q2' (indicator 'logement') is read as 'Plutôt satisfait'");
    }

    [Fact]
    public void Non_numeric_weight_is_reported_at_its_field()
    {
        using var project = new TempProject(csv: "id;poids;q1;q2\n1;1;1;2\n2;un;2;3\n");
        var run = BuildFails(project);

        AssertHas(run, "data.csv(3,2): error RG203: weight 'un' in column 'poids' is not a number.");
        AssertHas(run, "    hint: write a decimal number such as 1,25 or 1.25.");
    }

    [Fact]
    public void Empty_weight_asks_for_1_where_no_weighting_applies()
    {
        using var project = new TempProject(csv: "id;poids;q1;q2\n1;;1;2\n");
        var run = BuildFails(project);

        AssertHas(run, "data.csv(2,2): error RG203: weight '' in column 'poids' is not a number.");
        AssertHas(run, "    hint: every respondent needs a weight; write 1 where no weighting applies.");
    }

    [Fact]
    public void Negative_weight_is_reported_at_its_field()
    {
        using var project = new TempProject(csv: "id;poids;q1;q2\n1;1;1;2\n2;-2;2;3\n");
        var run = BuildFails(project);

        AssertHas(run, "data.csv(3,2): error RG203: weight '-2' in column 'poids' is negative.");
        AssertHas(run, "    hint: weights must be zero or positive");
    }

    [Theory]
    [InlineData("-0,5", "is negative.")]
    [InlineData("1,2,3", "is not a number.")]
    public void Bad_weight_is_quoted_as_written_in_the_file(string weight, string problem)
    {
        using var project = new TempProject(csv: $"id;poids;q1;q2\n1;1;1;2\n2;{weight};2;3\n");
        var run = BuildFails(project);

        AssertHas(run, $"data.csv(3,2): error RG203: weight '{weight}' in column 'poids' {problem}");
    }

    [Fact]
    public void Weight_with_the_other_decimal_separator_than_declared_is_reported()
    {
        using var project = new TempProject(csv: "id;poids;q1;q2\n1;1,5;1;2\n2;0.5;2;3\n");
        var run = BuildFails(project);

        AssertHas(run, "data.csv(3,2): error RG203: weight '0.5' in column 'poids' uses '.' as decimal separator; the dialect declares ','.");
        AssertHas(run, "leave it out to accept both");
    }

    [Fact]
    public void Duplicate_respondent_id_names_the_line_of_the_first_occurrence()
    {
        using var project = new TempProject(csv: "id;poids;q1;q2\nA1;1;1;2\nA2;1;2;3\nA3;1;3;4\nA2;1;1;1\n");
        var run = BuildFails(project);

        AssertHas(run, "data.csv(5,1): error RG204: respondent id 'A2' (column 'id') already appears at line 3.");
        AssertHas(run, "    hint: each respondent must appear once");
    }

    [Fact]
    public void Empty_respondent_id_is_reported()
    {
        using var project = new TempProject(csv: "id;poids;q1;q2\n1;1;1;2\n ;1;2;3\n");
        var run = BuildFails(project);

        AssertHas(run, "data.csv(3,1): error RG208: the respondent id (column 'id') is empty.");
    }

    [Fact]
    public void Header_without_data_rows_is_reported()
    {
        using var project = new TempProject(csv: "id;poids;q1;q2\n");
        var run = BuildFails(project);

        AssertHas(run, "data.csv(1): error RG205: the file has no data rows.");
        AssertHas(run, "    hint: export the survey answers below the header row.");
    }

    [Fact]
    public void Empty_file_is_reported()
    {
        using var project = new TempProject(csv: "");
        var run = BuildFails(project);

        AssertHas(run, "data.csv(1): error RG205: the file is empty: no header row and no data.");
        AssertHas(run, "    hint: export the survey with a first row naming the columns.");
    }

    [Fact]
    public void Windows_1252_bytes_read_as_UTF8_ask_to_declare_windows_1252()
    {
        using var project = new TempProject(Project("""dialect: { delimiter: ";", decimal: "," }"""));
        project.WriteBytes("data.csv", Windows1252.GetBytes("id;poids;q1;q2\n1;1;1;2\n2;1;Très satisfait;Plutôt satisfait\n"));
        var run = BuildFails(project);

        AssertHas(run, "data.csv(3,3): error RG206: this field is not valid UTF-8: the file seems to be in another encoding.");
        AssertHas(run, "data.csv(3,4): error RG206: ");
        AssertHas(run, "    hint: French exports from Excel are often Windows-1252: add 'encoding: windows-1252' under 'dialect:' for this data file.");
        AssertLacks(run, "RG202");
    }

    [Fact]
    public void Windows_1252_header_read_as_UTF8_asks_to_declare_windows_1252()
    {
        using var project = new TempProject(
            indicators: TempProject.DefaultIndicators.Replace("column: q1", "column: qualité", StringComparison.Ordinal));
        project.WriteBytes("data.csv", Windows1252.GetBytes("id;poids;qualité;q2\n1;1;1;2\n"));
        var run = BuildFails(project);

        AssertHas(run, "data.csv(1,3): error RG206: ");
        AssertHas(run, "encoding: windows-1252");
        AssertLacks(run, "RG200");
    }

    [Theory]
    [InlineData("2;1;1\"x;2", "a quote inside an unquoted field")]
    [InlineData("2;1;\"1\"x;2", "text after a closing quote")]
    [InlineData("2;1;\"1;2", "a quoted field that is never closed")]
    public void Malformed_quoting_is_reported_at_its_line(string row, string reason)
    {
        using var project = new TempProject(csv: $"id;poids;q1;q2\n1;1;1;2\n{row}\n3;1;1;1\n");
        var run = BuildFails(project);

        AssertHas(run, $"data.csv(3): error RG207: malformed quoting ({reason}).");
        AssertHas(run, "    hint: a field that contains the delimiter, a quote or a line break must be enclosed in double quotes");
    }

    [Fact]
    public void Line_numbers_count_CRLF_blank_lines_and_line_breaks_inside_quotes()
    {
        // Line 1 header, lines 2–3 one record with a quoted line break, line 4 blank, line 5 the bad answer.
        using var project = new TempProject(csv: "id;poids;q1;q2;commentaire\r\n1;1;1;2;\"ligne un\r\nligne deux\"\r\n\r\n2;1;7;3;ok\r\n");
        var run = BuildFails(project);

        AssertHas(run, "data.csv(5,3): error RG202: answer '7'");
    }

    [Fact]
    public void Line_numbers_are_the_same_with_a_byte_order_mark()
    {
        using var project = new TempProject();
        project.WriteBytes("data.csv", [.. Encoding.UTF8.GetPreamble(), .. Utf8NoBom.GetBytes("id;poids;q1;q2\n1;1;1;2\n2;1;2;0\n")]);
        var run = BuildFails(project);

        AssertHas(run, "data.csv(3,4): error RG202: answer '0'");
    }

    [Fact]
    public void Every_problem_of_a_data_file_is_reported_in_one_run()
    {
        using var project = new TempProject(csv: "id;poids;q1;q2\n1;1;1;2\n2;x;2;3\n3;1;5;3\n1;1;1;1\n4;1;1\n");
        var run = BuildFails(project);

        AssertHas(run, "data.csv(3,2): error RG203: ");
        AssertHas(run, "data.csv(4,3): error RG202: ");
        AssertHas(run, "data.csv(5,1): error RG204: ");
        AssertHas(run, "data.csv(6): error RG201: ");
        AssertHas(run, "reportgen: 4 problems found; nothing was written.");
    }

    [Fact]
    public void Systematic_errors_are_capped_with_a_count_of_the_rest()
    {
        var csv = new StringBuilder("id;poids;q1;q2\n");
        for (var i = 1; i <= 80; i++)
        {
            csv.Append(i).Append(";1;0;1\n");
        }

        using var project = new TempProject(csv: csv.ToString());
        var run = BuildFails(project);

        AssertHas(run, "data.csv(2,3): error RG202: ");
        AssertHas(run, "data.csv(51,3): error RG202: ");
        AssertLacks(run, "data.csv(52,3)");
    }

    [Fact]
    public void Capped_errors_say_that_more_problems_were_not_shown()
    {
        var csv = new StringBuilder("id;poids;q1;q2\n");
        for (var i = 1; i <= 80; i++)
        {
            csv.Append(i).Append(";1;0;1\n");
        }

        using var project = new TempProject(csv: csv.ToString());
        var run = BuildFails(project);

        AssertHas(run, "more problem");
    }

    // ------------------------------------------------------------------ waves

    private const string WaveCsv = """
        id;vague;poids;q1;q2
        1;2023;1;4;4
        2;2023;1;4;4
        3;2023;1;4;4
        1;2024;1;1;2
        2;2024;1;2;3
        3;2024;1;3;NSP
        4;2024;1;1;
        """;

    [Fact]
    public void Period_wave_keeps_only_the_rows_of_that_wave()
    {
        using var project = new TempProject(
            Project(columns: "{ respondent_id: id, weight: poids, wave: vague }", period: """{ label: "2024", wave: "2024" }""", extra: SmallBases),
            csv: WaveCsv);

        var results = ReportBuilder.Check(project.ProjectFile);

        // Only the four 2024 rows; the same ids in 2023 are other interviews of the panel, not duplicates.
        Assert.Equal(4, results.Survey.Respondents);
        var accueil = Estimate(results, "accueil");
        Assert.Equal(4, accueil.ValidBase);
        Assert.Equal(0.75, accueil.Satisfied); // 1, 2, 1 satisfied of 1, 2, 3, 1: 3/4.
        var logement = Estimate(results, "logement");
        Assert.Equal(2, logement.ValidBase);    // 2 and 3; NSP and a blank leave the base.
        Assert.Equal(1, logement.ExcludedAnswers);
        Assert.Equal(1, logement.BlankAnswers);
        Assert.Equal(0.5, logement.Satisfied);  // 1 of 2.
    }

    [Fact]
    public void Without_period_wave_the_latest_wave_is_reported_with_its_trend()
    {
        using var project = new TempProject(
            Project(columns: "{ weight: poids, wave: vague }", extra: SmallBases),
            csv: WaveCsv);

        var results = ReportBuilder.Check(project.ProjectFile);

        Assert.Equal("2024", results.Wave);
        Assert.Equal(4, results.Survey.Respondents);
        Assert.Equal(4, Estimate(results, "accueil").ValidBase);
        Assert.Equal(["2023", "2024"], results.Trends!.Waves);
        Assert.Equal(3, results.Trends.Indicators.Single(t => t.IndicatorId == "accueil").Waves[0].Estimate.ValidBase);
    }

    [Fact]
    public void The_same_respondent_may_answer_every_wave_but_not_twice_in_one()
    {
        using var project = new TempProject(
            Project(columns: "{ respondent_id: id, weight: poids, wave: vague }", extra: SmallBases),
            csv: WaveCsv + "\n2;2024;1;1;1\n");
        var run = BuildFails(project);

        AssertHas(run, "data.csv(9,1): error RG204: respondent id '2' (column 'id') already appears at line 6, in the same wave '2024'.");
    }

    [Fact]
    public void Wave_with_no_rows_lists_the_waves_found()
    {
        using var project = new TempProject(
            Project(columns: "{ respondent_id: id, weight: poids, wave: vague }", period: """{ label: "2025", wave: "2025" }"""),
            csv: WaveCsv);
        var run = BuildFails(project);

        AssertHas(run, "reportgen.yaml(3,32): error RG205: the data has no row of wave '2025'; waves found: 2023, 2024.");
        AssertHas(run, "    hint: check 'period: wave:' in the project file.");
    }

    [Fact]
    public void Period_wave_without_a_wave_column_is_reported()
    {
        using var project = new TempProject(
            Project(columns: "{ respondent_id: id, weight: poids }", period: """{ label: "2024", wave: "2024" }"""),
            csv: "id;poids;q1;q2\n1;1;1;2\n");
        var run = BuildFails(project);

        AssertHas(run, "wave");
    }

    // ------------------------------------------------------------------ dialects and answers

    // The canonical data set, read in every dialect below: id, weight (with '.'), q1 code, q2 code.
    //
    // q1 (accueil): row 6 answers 9 (Ne sait pas) and leaves the base.
    //   valid base 11; weights by category 1: 1.5+1+1+0.25 = 3.75, 2: 0.5+0.5+1 = 2, 3: 1+1.5 = 2.5, 4: 2+1.25 = 3.25;
    //   Σw = 11.5, satisfied (1 and 2) = 5.75, so 5.75 / 11.5 = 0.5.
    //   Σw² = 2.25+0.25+1+4+1+0.25+2.25+1+1+0.0625+1.5625 = 14.625, Kish n_eff = 11.5² / 14.625.
    // q2 (logement): row 3 answers NSP (excluded), row 5 is blank.
    //   valid base 10; weights by category 1: 2+1.5+1.25 = 4.75, 2: 1.5+0.5+0.25 = 2.25, 3: 0.5+1 = 1.5, 4: 1+1 = 2;
    //   Σw = 10.5, satisfied = 7, so 7 / 10.5 = 2/3.
    //   Σw² = 2.25+0.25+4+1+0.25+2.25+1+1+0.0625+1.5625 = 13.625, Kish n_eff = 10.5² / 13.625.
    // All rows: 12 respondents, Σw = 12.5.
    private static readonly string[][] Canonical =
    [
        ["1", "1.5", "1", "2"],
        ["2", "0.5", "2", "3"],
        ["3", "1", "3", "NSP"],
        ["4", "2", "4", "1"],
        ["5", "1", "1", ""],
        ["6", "1", "9", "4"],
        ["7", "0.5", "2", "2"],
        ["8", "1.5", "3", "1"],
        ["9", "1", "1", "3"],
        ["10", "1", "2", "4"],
        ["11", "0.25", "1", "2"],
        ["12", "1.25", "4", "1"],
    ];

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["1"] = "Très satisfait",
        ["2"] = "Plutôt satisfait",
        ["3"] = "Plutôt pas satisfait",
        ["4"] = "Pas du tout satisfait",
        ["9"] = "Ne sait pas",
        ["NSP"] = "NSP",
        [""] = "",
    };

    /// <summary>How a CSV file is written. A decimal separator of '\0' alternates ',' and '.' from row to row.</summary>
    private sealed record CsvStyle(char Delimiter, char Decimal, string NewLine, Encoding Encoding, bool Bom, bool Labels, string Declared);

    private static readonly Dictionary<string, CsvStyle> Styles = new(StringComparer.Ordinal)
    {
        ["semicolon, decimal comma, UTF-8, LF, codes, declared"] = new(';', ',', "\n", Utf8NoBom, false, false, Semicolon),
        ["semicolon, decimal comma, UTF-8 BOM, CRLF, labels, declared"] = new(';', ',', "\r\n", Utf8NoBom, true, true, """dialect: { delimiter: ";", decimal: ",", encoding: utf-8 }"""),
        ["semicolon, decimal comma, UTF-8 BOM, LF, labels, detected"] = new(';', ',', "\n", Utf8NoBom, true, true, ""),
        ["semicolon, mixed decimals, UTF-8, LF, codes, detected"] = new(';', '\0', "\n", Utf8NoBom, false, false, ""),
        ["comma, decimal dot, UTF-8, LF, labels, declared"] = new(',', '.', "\n", Utf8NoBom, false, true, """dialect: { delimiter: ",", decimal: "." }"""),
        ["comma, decimal dot, UTF-8, CRLF, labels, detected"] = new(',', '.', "\r\n", Utf8NoBom, false, true, ""),
        ["comma, quoted decimal comma, UTF-8, CRLF, codes, detected"] = new(',', ',', "\r\n", Utf8NoBom, false, false, ""),
        ["tab, decimal comma, Windows-1252, CRLF, labels, declared"] = new('\t', ',', "\r\n", Windows1252, false, true, "dialect: { delimiter: tab, encoding: windows-1252 }"),
        ["semicolon, decimal comma, Windows-1252, CRLF, labels, encoding declared"] = new(';', ',', "\r\n", Windows1252, false, true, "dialect: { encoding: windows-1252 }"),
        ["tab, decimal comma, UTF-16 LE BOM, CRLF, labels, detected"] = new('\t', ',', "\r\n", Encoding.Unicode, true, true, ""),
        ["pipe, decimal dot, ISO-8859-15, LF, labels, declared"] = new('|', '.', "\n", Latin9, false, true, """dialect: { delimiter: "|", decimal: ".", encoding: iso-8859-15 }"""),
    };

    public static TheoryData<string> StyleNames => [.. Styles.Keys];

    private static byte[] Render(CsvStyle style)
    {
        var d = style.Delimiter.ToString();
        var text = new StringBuilder();
        text.Append(string.Join(d, "id", "poids", "q1", "q2")).Append(style.NewLine);
        for (var i = 0; i < Canonical.Length; i++)
        {
            var row = Canonical[i];
            var separator = style.Decimal == '\0' ? (i % 2 == 0 ? ',' : '.') : style.Decimal;
            var weight = row[1].Replace('.', separator);
            if (weight.Contains(style.Delimiter, StringComparison.Ordinal))
            {
                weight = $"\"{weight}\"";
            }

            var q1 = style.Labels ? Labels[row[2]] : row[2];
            var q2 = style.Labels ? Labels[row[3]] : row[3];
            text.Append(string.Join(d, row[0], weight, q1, q2)).Append(style.NewLine);
        }

        var bytes = style.Encoding.GetBytes(text.ToString());
        var preamble = style.Encoding is UTF8Encoding ? Encoding.UTF8.GetPreamble() : style.Encoding.GetPreamble();
        return style.Bom ? [.. preamble, .. bytes] : bytes;
    }

    private static SurveyResults CheckCanonical(CsvStyle style)
    {
        using var project = new TempProject(Project(style.Declared));
        project.WriteBytes("data.csv", Render(style));
        return ReportBuilder.Check(project.ProjectFile);
    }

    private static void AssertCanonical(SurveyResults results)
    {
        var survey = results.Survey;
        Assert.Equal(12, survey.Respondents);
        Assert.Equal(12.5, survey.SumWeights);
        Assert.True(survey.Weighted);

        var q1 = survey.Answers["accueil"];
        Assert.Equal([4L, 3L, 2L, 2L], q1.CategoryCounts);
        Assert.Equal([3.75, 2, 2.5, 3.25], q1.CategoryWeights);
        Assert.Equal([1L], q1.ExcludedCounts);
        Assert.Equal(14.625, q1.SumSquaredWeights);
        var accueil = Estimate(results, "accueil");
        Assert.Equal(11, accueil.ValidBase);
        Assert.Equal(1, accueil.ExcludedAnswers);
        Assert.Equal(0, accueil.BlankAnswers);
        Assert.Equal(11.5, accueil.WeightedBase);
        Assert.Equal(11.5 * 11.5 / 14.625, accueil.EffectiveBase, 12);
        Assert.False(accueil.Suppressed);
        Assert.Equal(0.5, accueil.Satisfied);

        var q2 = survey.Answers["logement"];
        Assert.Equal([3L, 3L, 2L, 2L], q2.CategoryCounts);
        Assert.Equal([4.75, 2.25, 1.5, 2], q2.CategoryWeights);
        Assert.Equal([1L], q2.ExcludedCounts);
        Assert.Equal(13.625, q2.SumSquaredWeights);
        var logement = Estimate(results, "logement");
        Assert.Equal(10, logement.ValidBase);
        Assert.Equal(1, logement.ExcludedAnswers);
        Assert.Equal(1, logement.BlankAnswers);
        Assert.Equal(10.5, logement.WeightedBase);
        Assert.Equal(10.5 * 10.5 / 13.625, logement.EffectiveBase, 12);
        Assert.False(logement.Suppressed);
        Assert.Equal(7 / 10.5, logement.Satisfied!.Value, 12);
    }

    [Theory]
    [MemberData(nameof(StyleNames))]
    public void The_same_data_in_every_dialect_gives_identical_estimates(string style)
    {
        var reference = CheckCanonical(Styles["semicolon, decimal comma, UTF-8, LF, codes, declared"]);
        var results = CheckCanonical(Styles[style]);

        AssertCanonical(results);
        Assert.Equal(
            reference.Estimates.Select(e => (e.IndicatorId, e.ValidBase, e.WeightedBase, e.EffectiveBase, e.Satisfied, e.Interval, e.Status)),
            results.Estimates.Select(e => (e.IndicatorId, e.ValidBase, e.WeightedBase, e.EffectiveBase, e.Satisfied, e.Interval, e.Status)));
    }

    [Fact]
    public void UTF8_with_byte_order_mark_reads_labels_and_the_first_column()
    {
        // A BOM left in the data would make the first column '\uFEFFid' and the respondent id column absent.
        var results = CheckCanonical(Styles["semicolon, decimal comma, UTF-8 BOM, LF, labels, detected"]);

        AssertCanonical(results);
        Assert.Equal("utf-8 (byte order mark)", results.Survey.Dialect.Encoding);
        Assert.True(results.Survey.Dialect.EncodingDetected);
    }

    [Fact]
    public void UTF8_without_byte_order_mark_reads_accented_labels()
    {
        var results = CheckCanonical(new CsvStyle(';', ',', "\n", Utf8NoBom, false, true, Semicolon));

        AssertCanonical(results);
        Assert.Equal(';', results.Survey.Dialect.Delimiter);
        Assert.False(results.Survey.Dialect.DelimiterDetected);
    }

    [Fact]
    public void Declared_windows_1252_reads_accented_labels()
    {
        var style = Styles["semicolon, decimal comma, Windows-1252, CRLF, labels, encoding declared"];
        Assert.Contains((byte)0xE8, Render(style)); // 'è' as one Windows-1252 byte, invalid in UTF-8.

        var results = CheckCanonical(style);

        AssertCanonical(results);
        Assert.Equal("windows-1252", results.Survey.Dialect.Encoding);
        Assert.False(results.Survey.Dialect.EncodingDetected);
    }

    [Fact]
    public void CRLF_and_LF_line_ends_give_the_same_tallies()
    {
        var lf = CheckCanonical(new CsvStyle(';', ',', "\n", Utf8NoBom, false, true, Semicolon));
        var crlf = CheckCanonical(new CsvStyle(';', ',', "\r\n", Utf8NoBom, false, true, Semicolon));

        AssertCanonical(lf);
        AssertCanonical(crlf);
        Assert.Equal(lf.Survey.Answers["logement"].CategoryWeights, crlf.Survey.Answers["logement"].CategoryWeights);
    }

    [Fact]
    public void Comma_delimiter_with_decimal_dot_is_read()
    {
        var results = CheckCanonical(Styles["comma, decimal dot, UTF-8, LF, labels, declared"]);

        AssertCanonical(results);
        Assert.Equal(',', results.Survey.Dialect.Delimiter);
        Assert.Equal(".", results.Survey.Dialect.DecimalSeparator);
    }

    [Theory]
    [InlineData(';')]
    [InlineData(',')]
    [InlineData('\t')]
    [InlineData('|')]
    public void Delimiter_is_detected_when_not_declared(char delimiter)
    {
        var results = CheckCanonical(new CsvStyle(delimiter, delimiter == ',' ? '.' : ',', "\n", Utf8NoBom, false, true, ""));

        AssertCanonical(results);
        Assert.Equal(delimiter, results.Survey.Dialect.Delimiter);
        Assert.True(results.Survey.Dialect.DelimiterDetected);
    }

    [Fact]
    public void Excel_separator_line_sets_the_delimiter_and_keeps_line_numbers()
    {
        using var project = new TempProject(Project(dialect: ""), csv: "sep=;\nid;poids;q1;q2\n1;1;1;2\n2;1;7;3\n");
        var run = BuildFails(project);

        // Line 1 is "sep=;", line 2 the header: the bad answer is on line 4.
        AssertHas(run, "data.csv(4,3): error RG202: answer '7'");
    }

    [Fact]
    public void Weights_take_either_decimal_separator_when_none_is_declared()
    {
        // Rows alternate "1,5" and "0.5" style weights in the same file.
        var style = Styles["semicolon, mixed decimals, UTF-8, LF, codes, detected"];
        var text = Encoding.UTF8.GetString(Render(style));
        Assert.Contains(";1,5;", text, StringComparison.Ordinal);
        Assert.Contains(";0.5;", text, StringComparison.Ordinal);

        var results = CheckCanonical(style);

        AssertCanonical(results);
        Assert.Equal(", or .", results.Survey.Dialect.DecimalSeparator);
    }

    [Fact]
    public void Answers_match_by_code_label_alias_any_case_and_surrounding_spaces()
    {
        // q1: 1, Très satisfait, "  très SATISFAIT ", TRÈS SATISFAIT → category 1 (4 answers);
        //     plutôt satisfait, Plutôt  satisfait (two spaces) → category 2; "3" → 3; Pas du tout satisfait → 4;
        //     NSP, nsp, Ne sait pas, 9 → excluded (4). Valid base 8, satisfied 6/8 = 0.75.
        var csv = """
            id;q1;q2
            1;1;1
            2;Très satisfait;1
            3;  très SATISFAIT ;1
            4;TRÈS SATISFAIT;1
            5;plutôt satisfait;1
            6;Plutôt  satisfait;1
            7;3;1
            8;Pas du tout satisfait;1
            9;NSP;1
            10;nsp;1
            11;Ne sait pas;1
            12; 9 ;1
            """;
        using var project = new TempProject(Project(dialect: "", columns: "{ respondent_id: id }", extra: SmallBases), csv: csv);

        var results = ReportBuilder.Check(project.ProjectFile);

        var q1 = results.Survey.Answers["accueil"];
        Assert.Equal([4L, 2L, 1L, 1L], q1.CategoryCounts);
        Assert.Equal([4L], q1.ExcludedCounts);
        var accueil = Estimate(results, "accueil");
        Assert.Equal(8, accueil.ValidBase);
        Assert.Equal(4, accueil.ExcludedAnswers);
        Assert.Equal(0.75, accueil.Satisfied);
        Assert.False(results.Survey.Weighted);
        Assert.Equal(12, results.Survey.SumWeights);
    }

    [Fact]
    public void Typographic_apostrophe_in_the_data_matches_a_straight_one_in_the_scale()
    {
        var indicators = TempProject.DefaultIndicators.Replace(
            "      - { code: \"9\", label: Ne sait pas, aliases: [NSP] }",
            "      - { code: \"9\", label: Ne sait pas, aliases: [NSP] }\n      - { code: \"8\", label: \"Pas d'avis\" }",
            StringComparison.Ordinal);
        using var project = new TempProject(Project(extra: SmallBases), indicators, "id;poids;q1;q2\n1;1;Pas d’avis;1\n2;1;pas d'avis;2\n3;1;1;3\n");

        var results = ReportBuilder.Check(project.ProjectFile);

        Assert.Equal([0L, 2L], results.Survey.Answers["accueil"].ExcludedCounts);
        Assert.Equal(1, Estimate(results, "accueil").ValidBase);
    }

    [Fact]
    public void Blank_answers_leave_the_base_and_are_counted_apart()
    {
        // q2 answers: 1, 2, 3, 4, 1, 2, 3, 4, 1, 2 (10 valid, 6 satisfied) and three blanks: empty, spaces only, "".
        // Blanks are neither in the base nor among the excluded answers: 6/10 = 0.6.
        var csv = "id;poids;q1;q2\n1;1;1;1\n2;1;1;2\n3;1;1;\n4;1;1;3\n5;1;1;4\n6;1;1;   \n7;1;1;1\n"
            + "8;1;1;2\n9;1;1;\"\"\n10;1;1;3\n11;1;1;4\n12;1;1;1\n13;1;1;2\n";
        using var project = new TempProject(csv: csv);

        var results = ReportBuilder.Check(project.ProjectFile);

        var logement = Estimate(results, "logement");
        Assert.Equal(10, logement.ValidBase);
        Assert.Equal(3, logement.BlankAnswers);
        Assert.Equal(0, logement.ExcludedAnswers);
        Assert.Equal(10, logement.WeightedBase);
        Assert.Equal(0.6, logement.Satisfied!.Value, 12);
        Assert.Equal(13, results.Survey.Respondents);
        Assert.Equal(13, Estimate(results, "accueil").ValidBase);
    }

    [Fact]
    public void Zero_weights_are_accepted_and_count_in_no_base()
    {
        // Weights 0 on the two unsatisfied answers: 2 satisfied of weight 1 each, so 2/2 = 1, on a base of 2 (a row
        // weighing 0 stands for no one: counted, it let one person's answer pass the publication threshold).
        using var project = new TempProject(Project(extra: SmallBases), csv: "id;poids;q1;q2\n1;1;1;1\n2;1;2;1\n3;0;3;1\n4;0,0;4;1\n");

        var accueil = Estimate(ReportBuilder.Check(project.ProjectFile), "accueil");

        Assert.Equal(2, accueil.ValidBase);
        Assert.Equal(2, accueil.WeightedBase);
        Assert.Equal(1, accueil.Satisfied);
    }

    [Fact]
    public void A_wave_whose_every_row_weighs_0_is_refused_rather_than_left_out()
    {
        // Left out, the wave 2025 would vanish from the waves found and the documents would report on 2024 instead.
        using var project = new TempProject(
            TempProject.DefaultProject.Replace("      weight: poids", "      weight: poids\n      wave: vague", StringComparison.Ordinal),
            csv: "id;poids;vague;q1;q2\n1;1;2024;1;2\n2;1;2024;2;3\n1;0;2025;1;1\n2;0;2025;3;1\n");

        var run = BuildFails(project);

        AssertHas(run, "data.csv(4,2): error RG232: every row of wave '2025' weighs 0 (column 'poids')");
    }
}
