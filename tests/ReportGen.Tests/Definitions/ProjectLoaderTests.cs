using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Definitions;

public class ProjectLoaderTests
{
    // TempProject.DefaultProject, line by line:
    //  1 organisation: Office Test
    //  2 survey: Enquête test
    //  3 period: { label: "2024" }
    //  4 publication_date: 2024-06-01
    //  5 indicators: indicators.yaml
    //  6 data:
    //  7   - path: data.csv
    //  8     dialect: { delimiter: ";", decimal: "," }
    //  9     columns:
    // 10       respondent_id: id
    // 11       weight: poids

    private static IReadOnlyList<Diagnostic> Problems(TempProject project)
    {
        var bag = new DiagnosticBag();
        var loaded = ProjectLoader.TryLoad(project.ProjectFile, bag);
        Assert.Null(loaded);
        Assert.True(bag.HasErrors);
        return bag.Items;
    }

    private static string Edit(string from, string to)
    {
        Assert.Contains(from, TempProject.DefaultProject, StringComparison.Ordinal);
        return TempProject.DefaultProject.Replace(from, to, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_project_loads_with_its_values()
    {
        using var project = new TempProject();
        var loaded = ProjectLoader.Load(project.ProjectFile);

        Assert.Equal("Office Test", loaded.Organisation);
        Assert.Equal("Enquête test", loaded.Survey);
        Assert.Equal("2024", loaded.Period.Label);
        Assert.Null(loaded.Period.Wave);
        Assert.Equal(new DateOnly(2024, 6, 1), loaded.PublicationDate);
        var data = Assert.Single(loaded.Data);
        Assert.Equal(new CsvDialect(';', null, ','), data.Dialect);
        Assert.Equal("id", data.Columns.RespondentId);
        Assert.Equal("poids", data.Columns.Weight);
        Assert.Equal(2, loaded.Catalog.Indicators.Count);
    }

    [Fact]
    public void Missing_project_file_is_reported_as_not_found()
    {
        using var project = new TempProject();
        var missing = project.Path("nope.yaml");
        var bag = new DiagnosticBag();

        Assert.Null(ProjectLoader.TryLoad(missing, bag));

        var problem = Assert.Single(bag.Items);
        Assert.Equal(DiagnosticCodes.FileNotFound, problem.Code);
        Assert.EndsWith("nope.yaml", problem.Location.File, StringComparison.Ordinal);
        Assert.Contains("not found", problem.Message, StringComparison.Ordinal);
        Assert.NotNull(problem.Hint);
    }

    [Fact]
    public void Missing_project_file_through_the_CLI_exits_2_and_names_the_file()
    {
        using var project = new TempProject();
        var run = CliRun.Of("build", project.Path("nope.yaml"), "--out", project.OutDir);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nope.yaml: error RG100: project file not found.", run.Error, StringComparison.Ordinal);
        Assert.Contains("    hint: ", run.Error, StringComparison.Ordinal);
        Assert.Empty(project.Outputs());
    }

    [Fact]
    public void A_folder_given_as_project_file_suggests_the_file_inside()
    {
        using var project = new TempProject();
        var bag = new DiagnosticBag();

        Assert.Null(ProjectLoader.TryLoad(project.Directory, bag));

        var problem = DiagnosticAssert.Single(bag.Items, DiagnosticCodes.FileNotFound);
        Assert.Contains("folder", problem.Message, StringComparison.Ordinal);
        Assert.Contains("reportgen.yaml", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_indicator_file_is_reported_with_its_name()
    {
        using var project = new TempProject(Edit("indicators: indicators.yaml", "indicators: indicateurs.yaml"));

        var problem = DiagnosticAssert.Single(Problems(project), DiagnosticCodes.FileNotFound);
        // The place is the 'indicators:' line of the project file, where the fix goes.
        DiagnosticAssert.At(problem, "reportgen.yaml", 5, 13);
        Assert.Contains("the indicator file", problem.Message, StringComparison.Ordinal);
        Assert.Contains("indicateurs.yaml' does not exist", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_indentation_is_a_YAML_syntax_error_at_its_line_and_column()
    {
        // "  period:" is indented under a plain scalar: YamlDotNet stops at the colon, line 3 column 9.
        using var project = new TempProject(Edit("period: {", "  period: {"));

        var problem = Assert.Single(Problems(project));
        Assert.Equal(DiagnosticCodes.YamlSyntax, problem.Code);
        DiagnosticAssert.At(problem, "reportgen.yaml", 3, 9);
        Assert.StartsWith("malformed YAML: ", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Line:", problem.Message, StringComparison.Ordinal);
        Assert.Contains("indentation", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_quote_is_a_YAML_syntax_error_where_the_quoted_value_starts()
    {
        // The quote opens at line 1, column 15 ("organisation: " is 14 characters) and is never closed.
        using var project = new TempProject(Edit("organisation: Office Test", "organisation: \"Office Test"));

        var problem = Assert.Single(Problems(project));
        Assert.Equal(DiagnosticCodes.YamlSyntax, problem.Code);
        DiagnosticAssert.At(problem, "reportgen.yaml", 1, 15);
    }

    [Fact]
    public void Malformed_YAML_through_the_CLI_prints_file_line_and_column()
    {
        using var project = new TempProject(Edit("period: {", "  period: {"));
        var run = project.Build();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("reportgen.yaml(3,9): error RG101: malformed YAML: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("    hint: check the indentation", run.Error, StringComparison.Ordinal);
        Assert.Empty(project.Outputs());
    }

    [Fact]
    public void Duplicate_key_is_a_YAML_syntax_error_at_the_second_key()
    {
        using var project = new TempProject("organisation: A\n" + TempProject.DefaultProject);

        var problem = Assert.Single(Problems(project));
        Assert.Equal(DiagnosticCodes.YamlSyntax, problem.Code);
        DiagnosticAssert.At(problem, "reportgen.yaml", 2, 1);
        Assert.Contains("organisation", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_file_that_is_not_a_mapping_is_reported()
    {
        using var project = new TempProject("- just\n- a list\n");

        var problem = Assert.Single(Problems(project));
        Assert.Equal(DiagnosticCodes.InvalidValue, problem.Code);
        DiagnosticAssert.At(problem, "reportgen.yaml", 1, 1);
        Assert.Contains("mapping", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_key_suggests_the_closest_known_key()
    {
        using var project = new TempProject(Edit("indicators: indicators.yaml", "indicatrs: indicators.yaml"));
        var problems = Problems(project);

        var unknown = Assert.Single(problems, d => d.Message.Contains("unknown key", StringComparison.Ordinal));
        DiagnosticAssert.At(unknown, "reportgen.yaml", 5, 1);
        Assert.Contains("'indicatrs'", unknown.Message, StringComparison.Ordinal);
        Assert.StartsWith("did you mean 'indicators'?", unknown.Hint, StringComparison.Ordinal);
        Assert.Equal(DiagnosticCodes.UnknownKey, unknown.Code);
        // The misspelling is the one problem: the required key it stands for is not reported missing as well.
        Assert.Single(problems);
    }

    [Fact]
    public void Unknown_key_has_its_own_code()
    {
        using var project = new TempProject(Edit("indicators: indicators.yaml", "indicatrs: indicators.yaml"));

        var unknown = Assert.Single(Problems(project), d => d.Message.Contains("unknown key", StringComparison.Ordinal));
        Assert.Equal(DiagnosticCodes.UnknownKey, unknown.Code);
    }

    [Fact]
    public void Unknown_key_in_a_nested_mapping_suggests_from_that_mapping()
    {
        using var project = new TempProject(Edit("respondent_id: id", "respondant_id: id"));

        var unknown = Assert.Single(Problems(project));
        DiagnosticAssert.At(unknown, "reportgen.yaml", 10, 7);
        Assert.StartsWith("did you mean 'respondent_id'?", unknown.Hint, StringComparison.Ordinal);
        Assert.DoesNotContain("'organisation'", unknown.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("organisation: Office Test\n", "organisation")]
    [InlineData("survey: Enquête test\n", "survey")]
    [InlineData("publication_date: 2024-06-01\n", "publication_date")]
    public void Missing_required_key_is_reported_on_the_mapping_with_a_hint(string line, string key)
    {
        using var project = new TempProject(Edit(line, ""));

        var problem = Assert.Single(Problems(project));
        Assert.Equal(DiagnosticCodes.MissingKey, problem.Code);
        DiagnosticAssert.At(problem, "reportgen.yaml", 1, 1);
        Assert.Equal($"project file has no '{key}'.", problem.Message);
        Assert.Equal($"add '{key}: …' here.", problem.Hint);
    }

    [Fact]
    public void Missing_key_of_a_nested_mapping_points_at_that_mapping()
    {
        using var project = new TempProject(Edit("period: { label: \"2024\" }", "period: { wave: \"2024\" }"));

        var problem = Assert.Single(Problems(project));
        Assert.Equal(DiagnosticCodes.MissingKey, problem.Code);
        DiagnosticAssert.At(problem, "reportgen.yaml", 3, 9);
        Assert.Contains("'label'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_different_mistakes_give_three_diagnostics_in_one_load()
    {
        var yaml = """
            organisation: Office Test
            survey: Enquête test
            period: { wave: "2024" }
            publication_date: 2024-13-01
            institut: Qualisondages
            indicators: indicators.yaml
            data:
              - path: data.csv
            """;
        using var project = new TempProject(yaml);
        var problems = Problems(project);

        Assert.Equal(3, problems.Count);
        var label = DiagnosticAssert.Single(problems, DiagnosticCodes.MissingKey);
        DiagnosticAssert.At(label, "reportgen.yaml", 3, 9);
        var date = Assert.Single(problems, d => d.Message.Contains("publication_date", StringComparison.Ordinal));
        DiagnosticAssert.At(date, "reportgen.yaml", 4, 19);
        var unknown = Assert.Single(problems, d => d.Message.Contains("institut'", StringComparison.Ordinal));
        DiagnosticAssert.At(unknown, "reportgen.yaml", 5, 1);
        Assert.StartsWith("did you mean 'institute'?", unknown.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Mistakes_in_the_project_and_the_indicator_file_are_reported_together()
    {
        using var project = new TempProject(
            Edit("publication_date: 2024-06-01", "publication_date: 01/06/2024"),
            TempProject.DefaultIndicators.Replace("theme: logement", "theme: logment", StringComparison.Ordinal));
        var problems = Problems(project);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, d => d.Location.File.EndsWith("reportgen.yaml", StringComparison.Ordinal) && d.Code == DiagnosticCodes.InvalidValue);
        Assert.Contains(problems, d => d.Location.File.EndsWith("indicators.yaml", StringComparison.Ordinal) && d.Code == DiagnosticCodes.UnknownReference);
    }

    [Fact]
    public void An_empty_data_list_is_reported_even_after_another_problem()
    {
        var yaml = """
            organisation: Office Test
            survey: Enquête test
            period: { label: "2024" }
            publication_date: 2024-13-01
            indicators: indicators.yaml
            data: []
            """;
        using var project = new TempProject(yaml);
        var problems = Problems(project);

        Assert.Equal(2, problems.Count);
        var empty = Assert.Single(problems, d => d.Message.Contains("at least one item", StringComparison.Ordinal));
        DiagnosticAssert.At(empty, "reportgen.yaml", 6, 7);
    }

    [Theory]
    [InlineData("2024-02-30", "not a day of the calendar")]
    [InlineData("0000-01-01", "outside the years 1900 to 2999")]
    [InlineData("9999-12-31", "outside the years 1900 to 2999")]
    public void Publication_date_off_the_calendar_or_out_of_range_is_reported_at_the_value(string value, string what)
    {
        using var project = new TempProject(Edit("publication_date: 2024-06-01", $"publication_date: {value}"));

        var problem = Assert.Single(Problems(project));
        Assert.Equal(DiagnosticCodes.InvalidDate, problem.Code);
        DiagnosticAssert.At(problem, "reportgen.yaml", 4, 19);
        Assert.Contains($"is {value}, {(what.StartsWith('n') ? "which is " : "")}{what}", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("01/06/2024")]
    [InlineData("2024-6-1")]
    [InlineData("juin 2024")]
    public void Bad_publication_date_is_reported_at_the_value_with_an_example(string value)
    {
        using var project = new TempProject(Edit("publication_date: 2024-06-01", $"publication_date: {value}"));

        var problem = Assert.Single(Problems(project));
        Assert.Equal(DiagnosticCodes.InvalidValue, problem.Code);
        DiagnosticAssert.At(problem, "reportgen.yaml", 4, 19);
        Assert.Contains($"found '{value}'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", problem.Message, StringComparison.Ordinal);
        Assert.Contains("2020-03-03", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_encoding_name_lists_the_known_ones()
    {
        var yaml = Edit("dialect: { delimiter: \";\", decimal: \",\" }", "dialect: { delimiter: \";\", decimal: \",\", encoding: latin-2 }");
        using var project = new TempProject(yaml);

        var problem = Assert.Single(Problems(project));
        Assert.Equal(DiagnosticCodes.InvalidValue, problem.Code);
        DiagnosticAssert.At(problem, "reportgen.yaml", 8, DiagnosticAssert.ColumnOf(yaml, 8, "latin-2"));
        Assert.Equal("unknown encoding 'latin-2'.", problem.Message);
        Assert.Contains("windows-1252", problem.Hint, StringComparison.Ordinal);
        Assert.Contains("utf-8", problem.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("windows-1252")]
    [InlineData("cp1252")]
    [InlineData("UTF-8")]
    [InlineData("latin9")]
    [InlineData("iso-8859-1")]
    public void Known_encoding_names_are_accepted_in_any_case(string name)
    {
        using var project = new TempProject(Edit("decimal: \",\" }", $"decimal: \",\", encoding: {name} }}"));

        var loaded = ProjectLoader.Load(project.ProjectFile);
        Assert.Equal(name, loaded.Data[0].Dialect.Encoding);
    }

    [Fact]
    public void Bad_delimiter_is_reported_with_the_allowed_ones()
    {
        var yaml = Edit("delimiter: \";\"", "delimiter: \":\"");
        using var project = new TempProject(yaml);

        var problem = Assert.Single(Problems(project));
        DiagnosticAssert.At(problem, "reportgen.yaml", 8, DiagnosticAssert.ColumnOf(yaml, 8, "\":\""));
        Assert.Contains("found ':'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Thresholds_out_of_order_are_reported()
    {
        using var project = new TempProject(TempProject.DefaultProject + "\nthresholds: { low_base: 5, suppress_below: 20 }\n");

        var problem = Assert.Single(Problems(project));
        Assert.Equal(DiagnosticCodes.InvalidValue, problem.Code);
        Assert.Contains("'suppress_below' (20) is above 'low_base' (5)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_templates_folder_is_reported()
    {
        using var project = new TempProject(TempProject.DefaultProject + "\ntemplates: { directory: modeles }\n");

        var problem = Assert.Single(Problems(project));
        Assert.Equal(DiagnosticCodes.FileNotFound, problem.Code);
        Assert.Contains("modeles", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"\\t\"")]
    [InlineData("tab")]
    [InlineData("TAB")]
    [InlineData("\"\t\"")]
    public void A_tab_delimiter_can_be_written_as_an_escape_a_word_or_a_real_tab(string written)
    {
        using var project = new TempProject(Edit("delimiter: \";\"", $"delimiter: {written}"));
        var loaded = ProjectLoader.Load(project.ProjectFile);
        Assert.Equal('\t', loaded.Data[0].Dialect.Delimiter);
    }

    [Fact]
    public void An_empty_required_value_is_reported()
    {
        using var project = new TempProject(Edit("organisation: Office Test", "organisation: \"  \""));
        var problem = DiagnosticAssert.Single(Problems(project), DiagnosticCodes.MissingKey);
        Assert.Contains("'organisation' in project file is empty", problem.Message, StringComparison.Ordinal);
        DiagnosticAssert.At(problem, "reportgen.yaml", 1, 15);
    }

    [Theory]
    [InlineData("95", "0.95")]
    [InlineData("90", "0.9")]
    [InlineData("99.9", "0.999")]
    public void Confidence_written_as_a_percentage_is_refused_with_the_proportion_to_write(string value, string proportion)
    {
        using var project = new TempProject(TempProject.DefaultProject + $"\nthresholds: {{ confidence: {value} }}\n");

        var problem = Assert.Single(Problems(project));

        Assert.Equal(DiagnosticCodes.ProportionAsPercentage, problem.Code);
        DiagnosticAssert.At(problem, "reportgen.yaml", 12, 27);
        Assert.Equal($"'confidence' in 'thresholds' of project file is {value}, which looks like a percentage; a confidence level is a proportion, from 0.5 to 0.999.", problem.Message);
        Assert.Equal($"write confidence: {proportion} for {value} %.", problem.Hint);
    }

    [Fact]
    public void Confidence_with_a_percent_sign_is_refused_and_one_out_of_range_stays_a_range_error()
    {
        using var sign = new TempProject(TempProject.DefaultProject + "\nthresholds: { confidence: 95 % }\n");
        using var range = new TempProject(TempProject.DefaultProject + "\nthresholds: { confidence: 1.5 }\n");

        var signed = Assert.Single(Problems(sign));
        var ranged = Assert.Single(Problems(range));

        Assert.Equal((DiagnosticCodes.PercentSign, "write confidence: 0.95 for 95 %."), (signed.Code, signed.Hint));
        Assert.Equal(DiagnosticCodes.InvalidValue, ranged.Code);
    }

    [Fact]
    public void Trimming_bounds_written_as_percentages_are_refused_with_the_ratio_to_write()
    {
        var weighting = "\nweighting:\n  margins:\n    - { column: agence, population: { Nord: 5, Sud: 5 } }\n  trim: { min: 30, max: 300 }\n";
        using var project = new TempProject(TempProject.DefaultProject + weighting);

        var problems = Problems(project);

        Assert.Equal(["write min: 0.3 for 30 %.", "write max: 3 for 300 %."], problems.Where(p => p.Code == DiagnosticCodes.ProportionAsPercentage).Select(p => p.Hint));
    }

    [Theory]
    [InlineData("0.05", DiagnosticCodes.PercentageAsProportion, "write 5 for 5 points")]
    [InlineData("5 %", DiagnosticCodes.PercentSign, "write convergence_points: 5 for 5 points.")]
    public void Convergence_points_written_as_a_share_are_refused(string value, string code, string hint)
    {
        var mirror = $"\nmirror:\n  path: staff.csv\n  convergence_points: {value}\n";
        using var project = new TempProject(TempProject.DefaultProject + mirror);

        var problem = Assert.Single(Problems(project));

        Assert.Equal(code, problem.Code);
        Assert.Contains(hint, problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Convergence_points_of_zero_or_one_are_accepted()
    {
        using var zero = new TempProject(TempProject.DefaultProject + "\nmirror:\n  path: staff.csv\n  convergence_points: 0\n");
        using var one = new TempProject(TempProject.DefaultProject + "\nmirror:\n  path: staff.csv\n  convergence_points: 1\n");

        Assert.Equal(0, ProjectLoader.Load(zero.ProjectFile).Mirror!.ConvergencePoints);
        Assert.Equal(1, ProjectLoader.Load(one.ProjectFile).Mirror!.ConvergencePoints);
    }

    [Fact]
    public void Without_outputs_the_output_folder_is_out_beside_the_project_file_and_a_given_one_is_read_from_the_project_folder()
    {
        using var bare = new TempProject();
        using var given = new TempProject(TempProject.DefaultProject + "\noutputs: { directory: ../sortie }\n");

        var bareOutputs = ProjectLoader.Load(bare.ProjectFile).Outputs;
        var givenOutputs = ProjectLoader.Load(given.ProjectFile).Outputs;

        Assert.Equal(bare.Path("out"), bareOutputs.DirectoryFor(bare.Directory));
        Assert.Equal(Path.GetFullPath(Path.Combine(given.Directory, "..", "sortie")), givenOutputs.DirectoryFor(given.Directory));
    }

    [Fact]
    public void The_sample_project_writes_to_the_repository_out_folder()
    {
        var sample = ProjectLoader.Load(Repo.Path("data", "reportgen.yaml"));

        Assert.Equal(Repo.Path("out"), sample.Outputs.DirectoryFor(sample.Directory));
    }
}
