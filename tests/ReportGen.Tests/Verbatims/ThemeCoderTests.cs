using ReportGen.Verbatims;

namespace ReportGen.Tests.Verbatims;

public class ThemeCoderTests
{
    private static readonly ThemeCoder Coder = new(VerbatimTestData.Rules);

    private static Polarity? PolarityOf(string text, string theme) =>
        Coder.Code(text).FirstOrDefault(m => m.ThemeId == theme)?.Polarity;

    [Theory]
    [InlineData("Pas de problème de chauffage cet hiver.", Polarity.Positive)]
    [InlineData("Le chauffage ne marche pas.", Polarity.Negative)]
    [InlineData("Le chauffage ne marche toujours pas depuis lundi.", Polarity.Negative)]
    [InlineData("Pas de chauffage depuis trois jours.", Polarity.Negative)]
    [InlineData("Le chauffage marche pas.", Polarity.Negative)]
    [InlineData("Le chauffage fonctionne bien.", Polarity.Positive)]
    [InlineData("Je n'ai jamais de problème de chauffage.", Polarity.Positive)]
    [InlineData("L'ascenseur est en panne.", Polarity.Negative)]
    public void Negation_decides_what_a_maintenance_mention_says(string text, Polarity expected) =>
        Assert.Equal(expected, PolarityOf(text, "maintenance"));

    [Fact]
    public void A_mention_no_cue_decides_takes_the_theme_prior_estimated_on_the_corpus()
    {
        var mention = Coder.Code("Le chauffage a été révisé en octobre.").Single();
        Assert.Equal(VerbatimTestData.Rules.Themes.Single(t => t.Id == "maintenance").Prior, mention.Polarity);
        Assert.Equal("prior:maintenance", mention.Rule);
        Assert.Equal(0.5, mention.Confidence);
    }

    [Theory]
    [InlineData("Pas de souci avec le gardien.", Polarity.Positive)]
    [InlineData("Aucun souci avec la gardienne, elle est à l'écoute.", Polarity.Positive)]
    [InlineData("Le gardien n'est jamais là.", Polarity.Negative)]
    [InlineData("Le gardien n'est pas aimable.", Polarity.Negative)]
    [InlineData("Le gardien est aimable, merci.", Polarity.Positive)]
    [InlineData("L'accueil téléphonique : personne ne répond.", Polarity.Negative)]
    public void Negation_decides_what_a_communication_mention_says(string text, Polarity expected) =>
        Assert.Equal(expected, PolarityOf(text, "communication"));

    [Fact]
    public void Matching_ignores_case_and_accents_and_needs_whole_words()
    {
        Assert.Equal(Polarity.Negative, PolarityOf("L'ASCENSEUR EST EN PANNE", "maintenance"));
        Assert.Equal(Polarity.Negative, PolarityOf("le delai de reponse est inadmissible", "demandes"));
        Assert.Null(PolarityOf("Le loyer est correct.", "maintenance"));
        Assert.Null(PolarityOf("C'est hallucinant.", "proprete"));
    }

    [Fact]
    public void A_comment_can_have_several_themes_each_with_its_own_polarity()
    {
        var mentions = Coder.Code("Le gardien est très aimable mais l'ascenseur est toujours en panne et ma demande reste sans réponse.");
        Assert.Equal(["demandes", "maintenance", "communication"], mentions.Select(m => m.ThemeId));
        Assert.Equal(Polarity.Negative, mentions.Single(m => m.ThemeId == "maintenance").Polarity);
        Assert.Equal(Polarity.Negative, mentions.Single(m => m.ThemeId == "demandes").Polarity);
        Assert.Equal(Polarity.Positive, mentions.Single(m => m.ThemeId == "communication").Polarity);
    }

    [Fact]
    public void Exclusions_keep_a_keyword_from_coding_a_theme_where_it_means_something_else()
    {
        Assert.Null(PolarityOf("Ma réparation a été prise en charge rapidement.", "charges"));
        Assert.Equal(Polarity.Negative, PolarityOf("Les charges sont trop élevées.", "charges"));
        Assert.Null(PolarityOf("L'escalier de secours est encombré.", "proprete"));
        Assert.Equal(Polarity.Negative, PolarityOf("L'escalier est sale.", "proprete"));
    }

    [Fact]
    public void An_excluded_phrase_hides_only_its_own_occurrence()
    {
        var mentions = Coder.Code("La réparation a été prise en charge, mais les charges ont augmenté de 30 €.");
        Assert.Equal(Polarity.Negative, mentions.Single(m => m.ThemeId == "charges").Polarity);
        Assert.Equal("charges", mentions.Single(m => m.ThemeId == "charges").Keyword);
    }

    [Fact]
    public void Rules_from_a_file_define_themes_exclusions_markers_and_negations()
    {
        var (rules, diagnostics) = VerbatimTestData.Load("""
            version: "t1"
            negations: ["ne … pas", "zéro"]
            negative_words: [nul]
            positive_words: [top]
            themes:
              - id: velo
                label: Vélos
                keywords: [vélo*, local vélo]
                exclude: [vélo d'appartement]
                negative_markers: [volé*]
            """);
        Assert.Empty(diagnostics);
        var coder = new ThemeCoder(rules!);
        Assert.Equal(Polarity.Negative, coder.Code("Mon vélo a été volé.").Single().Polarity);
        Assert.Equal(Polarity.Negative, coder.Code("Le local vélos est nul.").Single().Polarity);
        Assert.Equal(Polarity.Positive, coder.Code("Zéro nul pour les vélos.").Single().Polarity);
        Assert.Equal(Polarity.Positive, coder.Code("Le local vélo est top.").Single().Polarity);
        Assert.Empty(coder.Code("J'ai un vélo d'appartement."));
        Assert.Equal("velos", coder.Code("Trois VÉLOS.").Single().Keyword);
    }

    [Fact]
    public void Coding_is_deterministic()
    {
        const string text = "Pas d'eau chaude, le plombier n'est jamais venu et l'accueil ne répond pas.";
        Assert.Equal(Coder.Code(text), Coder.Code(text));
        Assert.Equal(Coder.Code(text), new ThemeCoder(VerbatimTestData.Rules).Code(text));
    }

    [Fact]
    public void An_empty_comment_has_no_theme() =>
        Assert.Empty(Coder.Code("  ... "));
}
