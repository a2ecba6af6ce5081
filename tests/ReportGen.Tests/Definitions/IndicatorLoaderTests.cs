using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Definitions;

public class IndicatorLoaderTests
{
    // A small indicator file whose lines the tests below refer to.
    private const string Base = """
        scales:
          - id: sat4
            categories:
              - { code: "1", label: Très satisfait, satisfied: true }
              - { code: "2", label: Plutôt satisfait, satisfied: true }
              - { code: "3", label: Plutôt pas satisfait }
              - { code: "4", label: Pas du tout satisfait }
            excluded:
              - { code: "9", label: Ne sait pas, aliases: [NSP] }
        themes:
          - { id: accueil, label: Accueil }
          - { id: logement, label: Logement }
        indicators:
          - id: accueil
            label: Accueil
            statement: satisfaits de l'accueil
            column: q1
            scale: sat4
            theme: accueil
            target: 80
        """;

    private static (IndicatorCatalog? Catalog, IReadOnlyList<Diagnostic> Problems) Load(string yaml)
    {
        using var project = new TempProject(indicators: yaml);
        var bag = new DiagnosticBag();
        var catalog = IndicatorLoader.Load(project.Path("indicators.yaml"), "indicators.yaml", bag);
        return (catalog, bag.Items);
    }

    private static IReadOnlyList<Diagnostic> Problems(string yaml)
    {
        var (_, problems) = Load(yaml);
        Assert.NotEmpty(problems);
        return problems;
    }

    private static IndicatorCatalog Loaded(string yaml)
    {
        var (catalog, problems) = Load(yaml);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        return catalog!;
    }

    private static string Edit(string from, string to)
    {
        Assert.Contains(from, Base, StringComparison.Ordinal);
        return Base.Replace(from, to, StringComparison.Ordinal);
    }

    [Fact]
    public void Well_formed_file_loads_scales_themes_and_indicators_in_order()
    {
        var catalog = Loaded(Base);

        var scale = Assert.Single(catalog.Scales);
        Assert.Equal(["1", "2", "3", "4"], scale.Categories.Select(c => c.Code));
        Assert.Equal([true, true, false, false], scale.Categories.Select(c => c.Satisfied));
        Assert.Equal(["NSP"], Assert.Single(scale.Excluded).Aliases);
        Assert.Equal(["accueil", "logement"], catalog.Themes.Select(t => t.Id));
        var indicator = Assert.Single(catalog.Indicators);
        Assert.Equal(80, indicator.TargetPercent);
        Assert.Equal(new SourceLocation("indicators.yaml", 14, 5), indicator.Location);
    }

    [Fact]
    public void Missing_indicator_file_is_reported()
    {
        var bag = new DiagnosticBag();
        Assert.Null(IndicatorLoader.Load(Path.Combine(Path.GetTempPath(), "reportgen-tests", "absent", "indicators.yaml"), "absent/indicators.yaml", bag));

        var problem = Assert.Single(bag.Items);
        Assert.Equal(DiagnosticCodes.FileNotFound, problem.Code);
        Assert.Equal("absent/indicators.yaml", problem.Location.File);
    }

    [Fact]
    public void Bad_indentation_is_a_YAML_syntax_error_at_its_line_and_column()
    {
        // 'categories:' is one space short of the item's keys: the parser stops on line 3, column 4.
        var problem = Assert.Single(Problems(Edit("    categories:", "   categories:")));

        Assert.Equal(DiagnosticCodes.YamlSyntax, problem.Code);
        DiagnosticAssert.At(problem, "indicators.yaml", 3, 4);
    }

    [Fact]
    public void Unclosed_quote_is_a_YAML_syntax_error_where_the_value_starts()
    {
        var yaml = Edit("statement: satisfaits de l'accueil", "statement: \"satisfaits de l'accueil");
        var problem = Assert.Single(Problems(yaml));

        Assert.Equal(DiagnosticCodes.YamlSyntax, problem.Code);
        DiagnosticAssert.At(problem, "indicators.yaml", 16, DiagnosticAssert.ColumnOf(yaml, 16, "\""));
    }

    [Fact]
    public void Unknown_key_suggests_the_closest_known_key()
    {
        var problems = Problems(Edit("indicators:", "indicatrs:"));

        var unknown = Assert.Single(problems, d => d.Message.Contains("unknown key 'indicatrs'", StringComparison.Ordinal));
        DiagnosticAssert.At(unknown, "indicators.yaml", 13, 1);
        Assert.StartsWith("did you mean 'indicators'?", unknown.Hint, StringComparison.Ordinal);
        Assert.Equal(DiagnosticCodes.UnknownKey, unknown.Code);
        Assert.DoesNotContain(problems, d => d.Code == DiagnosticCodes.MissingKey);
    }

    [Fact]
    public void Unknown_key_of_an_indicator_suggests_from_the_indicator_keys()
    {
        var problem = Assert.Single(Problems(Edit("    target: 80", "    cible: 80")));

        Assert.Contains("unknown key 'cible' in indicator 'accueil'", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", problem.Hint, StringComparison.Ordinal);
        Assert.Contains("'target'", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Transposed_letters_in_a_key_are_a_typo_of_that_key()
    {
        var problem = Assert.Single(Problems(Edit("    target: 80", "    traget: 80")));

        DiagnosticAssert.At(problem, "indicators.yaml", 20, 5);
        Assert.StartsWith("did you mean 'target'?", problem.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("label")]
    [InlineData("statement")]
    [InlineData("column")]
    [InlineData("scale")]
    [InlineData("theme")]
    public void Missing_required_indicator_key_is_reported_on_the_indicator(string key)
    {
        var line = Base.Split('\n').Single(l => l.StartsWith($"    {key}:", StringComparison.Ordinal));
        var problem = Assert.Single(Problems(Base.Replace(line + "\n", "", StringComparison.Ordinal)));

        Assert.Equal(DiagnosticCodes.MissingKey, problem.Code);
        DiagnosticAssert.At(problem, "indicators.yaml", 14, 5);
        Assert.Equal($"indicator 'accueil' has no '{key}'.", problem.Message);
    }

    [Fact]
    public void Three_different_mistakes_give_three_diagnostics_in_one_load()
    {
        var yaml = Base
            .Replace("      - { code: \"1\", label: Très satisfait, satisfied: true }", "      - { code: \"1\", label: Très satisfait, satisfied: vrai }", StringComparison.Ordinal)
            .Replace("    theme: accueil", "    theme: acceuil", StringComparison.Ordinal)
            .Replace("    target: 80", "    target: 180", StringComparison.Ordinal);
        var problems = Problems(yaml);

        Assert.Equal(3, problems.Count);
        var satisfied = Assert.Single(problems, d => d.Message.Contains("'satisfied'", StringComparison.Ordinal));
        DiagnosticAssert.At(satisfied, "indicators.yaml", 4, DiagnosticAssert.ColumnOf(yaml, 4, "vrai"));
        var theme = DiagnosticAssert.Single(problems, DiagnosticCodes.UnknownReference);
        DiagnosticAssert.At(theme, "indicators.yaml", 19, 12);
        var target = Assert.Single(problems, d => d.Message.Contains("'target'", StringComparison.Ordinal));
        DiagnosticAssert.At(target, "indicators.yaml", 20, 13);
    }

    [Fact]
    public void Duplicate_indicator_id_names_the_line_of_the_first()
    {
        var yaml = Base + "\n" + """
              - id: accueil
                label: Accueil bis
                statement: satisfaits
                column: q2
                scale: sat4
                theme: accueil
            """;
        var problem = Assert.Single(Problems(yaml));

        Assert.Equal(DiagnosticCodes.DuplicateDefinition, problem.Code);
        DiagnosticAssert.At(problem, "indicators.yaml", 21, 9);
        Assert.Equal("the indicator id 'accueil' is already used at line 14.", problem.Message);
    }

    [Fact]
    public void Duplicate_scale_id_is_reported()
    {
        var yaml = Edit("themes:", """
              - id: sat4
                range: { min: 0, max: 10, satisfied_from: 7 }
            themes:
            """);
        var problem = DiagnosticAssert.Single(Problems(yaml), DiagnosticCodes.DuplicateDefinition);

        DiagnosticAssert.At(problem, "indicators.yaml", 10, 9);
        Assert.Contains("scale id 'sat4' is already used at line 2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicator_with_an_unknown_scale_suggests_the_closest()
    {
        var problem = Assert.Single(Problems(Edit("    scale: sat4", "    scale: sat-4")));

        Assert.Equal(DiagnosticCodes.UnknownReference, problem.Code);
        DiagnosticAssert.At(problem, "indicators.yaml", 18, 12);
        Assert.Equal("indicator 'accueil' uses the scale 'sat-4', which is not defined.", problem.Message);
        Assert.Equal("did you mean 'sat4'? Known scales: 'sat4'.", problem.Hint);
    }

    [Fact]
    public void Indicator_with_an_unknown_theme_suggests_the_closest()
    {
        var problem = Assert.Single(Problems(Edit("    theme: accueil", "    theme: logemnt")));

        Assert.Equal(DiagnosticCodes.UnknownReference, problem.Code);
        DiagnosticAssert.At(problem, "indicators.yaml", 19, 12);
        Assert.Equal("did you mean 'logement'? Known themes: 'accueil', 'logement'.", problem.Hint);
    }

    [Fact]
    public void Unknown_theme_far_from_every_known_one_only_lists_them()
    {
        var problem = Assert.Single(Problems(Edit("    theme: accueil", "    theme: environnement")));

        Assert.Equal("known themes: 'accueil', 'logement'.", problem.Hint);
    }

    [Fact]
    public void Scale_without_a_satisfied_category_is_reported()
    {
        var yaml = Base
            .Replace("label: Très satisfait, satisfied: true", "label: Très satisfait", StringComparison.Ordinal)
            .Replace("label: Plutôt satisfait, satisfied: true", "label: Plutôt satisfait", StringComparison.Ordinal);
        var problem = Assert.Single(Problems(yaml));

        Assert.Equal(DiagnosticCodes.InvalidValue, problem.Code);
        DiagnosticAssert.At(problem, "indicators.yaml", 4, 7);
        Assert.Contains("scale 'sat4' has no category marked 'satisfied: true'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("satisfied: true", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Scale_with_neither_categories_nor_range_is_reported()
    {
        var yaml = Edit("themes:", "  - id: vide\n    label: rien\nthemes:");
        var problem = Assert.Single(Problems(yaml));

        Assert.Equal(DiagnosticCodes.MissingKey, problem.Code);
        DiagnosticAssert.At(problem, "indicators.yaml", 10, 9);
        Assert.Contains("range: { min: 0, max: 10, satisfied_from: 7 }", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_scale_from_0_to_10_yields_eleven_categories_of_which_four_satisfied()
    {
        var yaml = Edit("themes:", """
              - id: note
                label: note de 0 à 10
                range: { min: 0, max: 10, satisfied_from: 7 }
            themes:
            """).Replace("    scale: sat4", "    scale: note", StringComparison.Ordinal);
        var catalog = Loaded(yaml);

        var scale = catalog.Scale("note");
        Assert.Equal(new NumericRange(0, 10, 7), scale.Range);
        Assert.Equal(11, scale.Categories.Count);
        // Best first, as for category scales: 10, 9, …, 0; 7 to 10 are satisfied.
        Assert.Equal(["10", "9", "8", "7", "6", "5", "4", "3", "2", "1", "0"], scale.Categories.Select(c => c.Code));
        Assert.Equal(4, scale.SatisfiedCount);
        Assert.Equal(["10", "9", "8", "7"], scale.Categories.Where(c => c.Satisfied).Select(c => c.Code));
        Assert.Empty(scale.Excluded);
        Assert.Equal("notes de 7 à 10", scale.SatisfiedDescription);
    }

    [Fact]
    public void Score_scale_with_a_do_not_know_answer_keeps_it_out_of_the_categories()
    {
        var yaml = Edit("themes:", """
              - id: note
                range: { min: 0, max: 10, satisfied_from: 7 }
                excluded:
                  - { code: "99", label: Ne sait pas }
            themes:
            """);
        var scale = Loaded(yaml).Scale("note");

        Assert.Equal(11, scale.Categories.Count);
        Assert.Equal("99", Assert.Single(scale.Excluded).Code);
    }

    [Theory]
    [InlineData("{ min: 0, max: 10, satisfied_from: 0 }", "satisfied_from")]
    [InlineData("{ min: 0, max: 10, satisfied_from: 11 }", "satisfied_from")]
    [InlineData("{ min: 10, max: 0, satisfied_from: 7 }", "max above min")]
    [InlineData("{ min: 0, max: 500, satisfied_from: 7 }", "at most 100 points")]
    public void Inconsistent_score_range_is_reported(string range, string expected)
    {
        var yaml = Edit("themes:", $"  - id: note\n    range: {range}\nthemes:");
        var problem = Assert.Single(Problems(yaml), d => d.Location.Line == 11);

        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inconsistent_score_range_gives_no_second_misleading_diagnostic()
    {
        var yaml = Edit("themes:", "  - id: note\n    range: { min: 0, max: 10, satisfied_from: 11 }\nthemes:");
        var problem = Assert.Single(Problems(yaml));

        Assert.Contains("'satisfied_from' must lie above min (0) and at most max (10); found 11.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scale_with_both_range_and_categories_is_reported()
    {
        var yaml = Edit("    categories:", "    range: { min: 0, max: 10, satisfied_from: 7 }\n    categories:");
        var problem = Assert.Single(Problems(yaml), d => d.Message.Contains("has both", StringComparison.Ordinal));

        DiagnosticAssert.At(problem, "indicators.yaml", 5, 7);
        Assert.Equal("scale 'sat4' has both 'range' and 'categories'.", problem.Message);
    }

    [Fact]
    public void Indicators_using_a_defined_but_invalid_scale_are_not_told_it_is_undefined()
    {
        var yaml = Edit("    categories:", "    range: { min: 0, max: 10, satisfied_from: 7 }\n    categories:");

        var problem = Assert.Single(Problems(yaml));
        Assert.Contains("has both 'range' and 'categories'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_answer_for_two_categories_is_reported()
    {
        var problem = Assert.Single(Problems(Edit("aliases: [NSP]", "aliases: [NSP, \"4\"]")));

        Assert.Equal(DiagnosticCodes.DuplicateDefinition, problem.Code);
        Assert.Contains("the answer '4' stands for both 'Pas du tout satisfait' and 'Ne sait pas'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("120")]
    [InlineData("-5")]
    [InlineData("quatre-vingts")]
    public void Target_out_of_range_is_reported_at_the_value(string value)
    {
        var problem = Assert.Single(Problems(Edit("    target: 80", $"    target: {value}")));

        Assert.Equal(DiagnosticCodes.InvalidValue, problem.Code);
        DiagnosticAssert.At(problem, "indicators.yaml", 20, 13);
        Assert.Equal($"'target' in indicator 'accueil' must be a number from 0 to 100; found '{value}'.", problem.Message);
    }

    [Fact]
    public void Target_with_a_decimal_comma_hints_at_the_dot()
    {
        var problem = Assert.Single(Problems(Edit("    target: 80", "    target: \"85,5\"")));

        Assert.Contains("write 85.5, not 85,5", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Decimal_target_is_accepted()
    {
        Assert.Equal(85.5, Assert.Single(Loaded(Edit("    target: 80", "    target: 85.5")).Indicators).TargetPercent);
    }

    [Fact]
    public void Id_with_spaces_is_reported()
    {
        var problem = Assert.Single(Problems(Edit("  - id: accueil\n", "  - id: accueil du public\n")));

        DiagnosticAssert.At(problem, "indicators.yaml", 14, 9);
        Assert.Contains("'accueil du public'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_ISO_9001_clause_is_reported()
    {
        var problem = Assert.Single(Problems(Edit("    target: 80", "    target: 80\n    iso_9001: [\"9.1.2\", \"chapitre 9\"]")));

        Assert.Contains("'chapitre 9' is not an ISO 9001 clause number", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.9", "0.9", "90")]
    [InlineData("0.05", "0.05", "5")]
    [InlineData("1", "1", "100")]
    [InlineData(".75", "0.75", "75")]
    [InlineData("0,9", "'0,9'", "90")]
    [InlineData("\"0,85\"", "'0,85'", "85")]
    public void Target_written_as_a_proportion_is_refused_with_the_percentage_to_write(string value, string shown, string percent)
    {
        var problem = Assert.Single(Problems(Edit("    target: 80", $"    target: {value}")));

        Assert.Equal(DiagnosticCodes.PercentageAsProportion, problem.Code);
        DiagnosticAssert.At(problem, "indicators.yaml", 20, 13);
        Assert.StartsWith($"'target' in indicator 'accueil' is {shown}: read in percent, that is ", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith($"target is written in percent: write {percent} for {percent} %", problem.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("90 %", "90")]
    [InlineData("\"90%\"", "90")]
    [InlineData("85.5%", "85.5")]
    [InlineData("0.9 %", "90")]
    public void Target_written_with_a_percent_sign_is_refused(string value, string number)
    {
        var problem = Assert.Single(Problems(Edit("    target: 80", $"    target: {value}")));

        Assert.Equal(DiagnosticCodes.PercentSign, problem.Code);
        DiagnosticAssert.At(problem, "indicators.yaml", 20, 13);
        Assert.Contains("with a % sign", problem.Message, StringComparison.Ordinal);
        Assert.Equal($"write target: {number} for {number} %.", problem.Hint);
    }

    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("1.5", 1.5)]
    [InlineData("90", 90.0)]
    [InlineData("100", 100.0)]
    public void Target_that_reads_one_way_only_is_accepted(string value, double expected)
    {
        var catalog = Loaded(Edit("    target: 80", $"    target: {value}"));

        Assert.Equal(expected, catalog.Indicators[0].TargetPercent);
    }

    [Theory]
    [InlineData("0.7", DiagnosticCodes.PercentageAsProportion)]
    [InlineData("70 %", DiagnosticCodes.PercentSign)]
    public void Satisfied_from_written_as_a_share_is_refused_with_an_example_score(string value, string code)
    {
        var problem = Assert.Single(Problems(Edit("  - id: sat4\n", $"  - id: note\n    range: {{ min: 0, max: 10, satisfied_from: {value} }}\n  - id: sat4\n")));

        Assert.Equal(code, problem.Code);
        DiagnosticAssert.At(problem, "indicators.yaml", 3, 47);
        Assert.Contains("for example 7 on a 0–10 range", problem.Hint, StringComparison.Ordinal);
    }
}
