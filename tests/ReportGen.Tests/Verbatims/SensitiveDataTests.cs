using ReportGen.Verbatims;

namespace ReportGen.Tests.Verbatims;

public class SensitiveDataTests
{
    [Theory]
    [InlineData("Mon mari est sous chimio depuis mars.", SensitiveCategory.Health)]
    [InlineData("Ma fille est en fauteuil roulant.", SensitiveCategory.Health)]
    [InlineData("On est musulmans et le gardien nous ignore.", SensitiveCategory.Religion)]
    [InlineData("Les gens du voyage sont sur le parking.", SensitiveCategory.Ethnicity)]
    [InlineData("Je suis syndiqué et on me refuse un rendez-vous.", SensitiveCategory.PoliticalOpinion)]
    [InlineData("Les voisins m'insultent car je suis lesbienne.", SensitiveCategory.SexualOrientation)]
    [InlineData("Des dealers occupent le hall.", SensitiveCategory.Offence)]
    [InlineData("Le voisin sort de PRISON.", SensitiveCategory.Offence)]
    public void A_comment_revealing_special_category_data_is_found_whatever_the_case_and_accents(string text, SensitiveCategory category) =>
        Assert.Equal(category, SensitiveData.Find(text));

    [Theory]
    [InlineData("La place handicapée est toujours occupée.")]
    [InlineData("Personne ne s'est manifesté depuis ma demande.")]
    [InlineData("Un bruit sourd dans les canalisations la nuit.")]
    [InlineData("Le procès-verbal de l'assemblée n'a pas été envoyé.")]
    [InlineData("Je pars à l'étranger en juillet, merci de réparer avant.")]
    public void Words_that_only_look_like_it_are_not(string text) => Assert.Null(SensitiveData.Find(text));
}
