using ReportGen.Diagnostics;
using ReportGen.Tests.TestSupport;
using ReportGen.Verbatims;

namespace ReportGen.Tests.Verbatims;

public class VerbatimRuleLoaderTests
{
    [Fact]
    public void The_committed_rule_set_has_the_seven_themes_and_a_version()
    {
        var rules = VerbatimTestData.Rules;
        Assert.Equal("2026.1", rules.Version);
        Assert.Equal(["demandes", "maintenance", "accompagnement", "communication", "proprete", "voisinage", "charges"], rules.Themes.Select(t => t.Id));
        Assert.All(rules.Themes, t => Assert.True(t.Keywords.Count >= 10, t.Id));
    }

    [Fact]
    public void Defaults_apply_when_negations_and_word_lists_are_left_out()
    {
        var (rules, diagnostics) = VerbatimTestData.Load("""
            version: "1"
            themes:
              - { id: a, label: A, keywords: [ascenseur] }
            """);
        Assert.Empty(diagnostics);
        Assert.Equal(VerbatimRuleSet.DefaultNegations, rules!.Negations);
        Assert.Contains("pas de", rules.Negations);
        Assert.Contains("ne … pas", rules.Negations);
        Assert.Equal("rules.yaml", rules.Source);
    }

    [Fact]
    public void A_duplicate_theme_id_is_reported_at_its_line_with_the_first_one()
    {
        const string yaml = """
            version: "1"
            themes:
              - id: bruit
                label: Bruit
                keywords: [bruit]
              - id: bruit
                label: Encore
                keywords: [tapage]
            """;
        var (rules, diagnostics) = VerbatimTestData.Load(yaml);
        Assert.Null(rules);
        var duplicate = DiagnosticAssert.Single(diagnostics, DiagnosticCodes.DuplicateDefinition);
        DiagnosticAssert.At(duplicate, "rules.yaml", 6, DiagnosticAssert.ColumnOf(yaml, 6, "bruit"));
        Assert.Contains("line 3", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_keyword_list_is_reported_at_its_line()
    {
        const string yaml = """
            version: "1"
            themes:
              - id: vide
                label: Vide
                keywords: []
            """;
        var (rules, diagnostics) = VerbatimTestData.Load(yaml);
        Assert.Null(rules);
        var empty = DiagnosticAssert.Single(diagnostics, DiagnosticCodes.MissingKey);
        DiagnosticAssert.At(empty, "rules.yaml", 5, DiagnosticAssert.ColumnOf(yaml, 5, "[]"));
        Assert.Contains("'vide' has no keywords", empty.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_theme_without_keywords_is_reported()
    {
        var (rules, diagnostics) = VerbatimTestData.Load("""
            version: "1"
            themes:
              - id: rien
                label: Rien
            """);
        Assert.Null(rules);
        Assert.Contains("no keywords", DiagnosticAssert.Single(diagnostics, DiagnosticCodes.MissingKey).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_is_reported_with_the_closest_known_key()
    {
        const string yaml = """
            version: "1"
            themes:
              - id: a
                label: A
                keywords: [ascenseur]
                exlude: [ascenseur social]
            """;
        var (rules, diagnostics) = VerbatimTestData.Load(yaml);
        Assert.Null(rules);
        var unknown = DiagnosticAssert.Single(diagnostics, DiagnosticCodes.UnknownKey);
        DiagnosticAssert.At(unknown, "rules.yaml", 6, DiagnosticAssert.ColumnOf(yaml, 6, "exlude"));
        Assert.Contains("did you mean 'exclude'?", unknown.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_version_is_reported()
    {
        var (rules, diagnostics) = VerbatimTestData.Load("""
            themes:
              - { id: a, label: A, keywords: [ascenseur] }
            """);
        Assert.Null(rules);
        var missing = DiagnosticAssert.Single(diagnostics, DiagnosticCodes.MissingKey);
        Assert.Contains("'version'", missing.Message, StringComparison.Ordinal);
        Assert.Equal(1, missing.Location.Line);
    }

    [Fact]
    public void A_missing_file_is_reported()
    {
        var bag = new DiagnosticBag();
        Assert.Null(VerbatimRuleLoader.Load(Repo.Path("data", "nope.yaml"), "nope.yaml", bag));
        DiagnosticAssert.Single(bag.Items, DiagnosticCodes.FileNotFound);
    }
}
