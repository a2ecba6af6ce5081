using ReportGen.Publishing;

namespace ReportGen.Tests.Publishing;

/// <summary>How the article names the irritants: ties said as ties.</summary>
public class ArticleModelFactoryTests
{
    private static ArticleModel Model() => new(
        "Office", "Enquête", null, "2024", "1er juin 2024", null, null, null, null, null, "4\u00A0000", 4000, false,
        "« Très satisfait »", "", "95\u202F%", null, null, 30, 10, [], [], [], [], "test");

    private static ArticleIrritant Irritant(string label, int mentions, int share, int rank, bool tied) =>
        new(label, mentions, FrenchFormat.Percent(share / 100.0, 0), "", "", rank, tied);

    /// <summary>The article's paragraph on irritants, from the built-in template.</summary>
    private static string IrritantParagraph(params ArticleIrritant[] irritants)
    {
        var model = Model() with { Irritants = irritants, IrritantTiers = ArticleModelFactory.IrritantTiers(irritants), IrritantsTied = irritants.Any(i => i.Tied) };
        var article = ArticleRenderer.Render(TemplateSource.Embedded("newsletter.md.sbn"), model);
        var start = article.IndexOf("Les sujets d’insatisfaction", StringComparison.Ordinal);
        Assert.True(start >= 0, article);
        var end = article.IndexOf("\n\n", start, StringComparison.Ordinal);
        return article[start..end];
    }

    [Fact]
    public void Without_ties_the_irritants_are_listed_in_order()
    {
        Assert.Equal(
            "Les sujets d’insatisfaction les plus cités dans vos commentaires :\n- Demandes (30\u202F% des commentaires de locataires)\n- Maintenance (16\u202F%)",
            IrritantParagraph(Irritant("Demandes", 141, 30, 1, false), Irritant("Maintenance", 75, 16, 2, false)));
    }

    [Fact]
    public void Tied_irritants_are_said_to_be_tied_in_one_line()
    {
        var text = IrritantParagraph(Irritant("Demandes", 141, 30, 1, true), Irritant("Maintenance", 127, 27, 1, true), Irritant("Suivi", 75, 16, 3, false));
        Assert.Equal(
            "Les sujets d’insatisfaction les plus cités dans vos commentaires :\n" +
            "- En tête, sans que vos commentaires permettent de les départager : Demandes (30\u202F% des commentaires de locataires) et Maintenance (27\u202F%)\n" +
            "- Suivi (16\u202F%)",
            text);
        Assert.DoesNotContain("premier", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void When_every_irritant_named_is_tied_none_is_put_first()
    {
        var text = IrritantParagraph(Irritant("Demandes", 30, 9, 1, true), Irritant("Propreté", 28, 8, 1, true), Irritant("Charges", 25, 7, 1, true));
        Assert.Equal(
            "Les sujets d’insatisfaction les plus cités dans vos commentaires le sont à égalité : leur nombre ne permet pas de les départager.\n" +
            "- Demandes (9\u202F% des commentaires de locataires)\n- Propreté (8\u202F%)\n- Charges (7\u202F%)",
            text);
    }

    [Fact]
    public void Later_tied_tiers_say_they_come_after()
    {
        var text = IrritantParagraph(Irritant("Demandes", 141, 30, 1, false), Irritant("Suivi", 75, 16, 2, true), Irritant("Charges", 70, 15, 2, true));
        Assert.Equal(
            "Les sujets d’insatisfaction les plus cités dans vos commentaires :\n" +
            "- Demandes (30\u202F% des commentaires de locataires)\n" +
            "- Puis, à égalité : Suivi (16\u202F%) et Charges (15\u202F%)",
            text);
    }

    [Fact]
    public void A_tier_names_its_themes_as_a_french_list_with_the_unit_once()
    {
        var tiers = ArticleModelFactory.IrritantTiers([Irritant("A", 3, 9, 4, true), Irritant("B", 2, 8, 4, true), Irritant("C", 1, 7, 4, true), Irritant("D", 1, 1, 7, false)]);
        Assert.Equal([4, 7], tiers.Select(t => t.Rank));
        Assert.Equal("A (9\u202F% des commentaires de locataires), B (8\u202F%) et C (7\u202F%)", tiers[0].Text);
        Assert.True(tiers[0].Tied);
        Assert.False(tiers[1].Tied);
        Assert.Equal(3, tiers[0].Irritants.Count);
    }
}
