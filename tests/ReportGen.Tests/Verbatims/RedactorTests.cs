using System.Text.RegularExpressions;
using ReportGen.Verbatims;

namespace ReportGen.Tests.Verbatims;

public partial class RedactorTests
{
    private static readonly string[] DenyList = ["Karim Benali", "Nadia Ferreira"];

    public static TheoryData<string, string> Redacted { get; } = new()
    {
        { "Appelez-moi au 06 12 34 56 78 svp.", "Appelez-moi au […] svp." },
        { "Mon numéro : 0612345678", "Mon numéro : […]" },
        { "Tél. 01.45.67.89.10 le matin", "Tél. […] le matin" },
        { "Joignable au 07-81-22-33-44.", "Joignable au […]." },
        { "Contact : +33 6 12 34 56 78", "Contact : […]" },
        { "Contact : +33612345678 ou par courrier", "Contact : […] ou par courrier" },
        { "Depuis l'étranger : 0033 1 23 45 67 89", "Depuis l'étranger : […]" },
        { "Écrivez à jean.dupont@gmail.com merci", "Écrivez à […] merci" },
        { "mail: marie-claire_42@orange.fr", "mail: […]" },
        { "J'habite au 12 rue Victor Hugo depuis dix ans.", "J'habite au […] depuis dix ans." },
        { "Au 3 bis avenue de la République, l'ascenseur est en panne.", "Au […], l'ascenseur est en panne." },
        { "Résidence du 27 bd Gabriel Péri : rien n'est fait.", "Résidence du […] : rien n'est fait." },
        { "5 allée des Tilleuls, 92000 Nanterre", "[…]" },
        { "Au 8 place Jean-Jaurès il y a du bruit.", "Au […] il y a du bruit." },
        { "Je vis 4 impasse Pasteur.", "Je vis […]." },
        { "Le 14 chemin des Vignes est sale.", "Le […] est sale." },
        { "Au 2 quai de Seine les poubelles débordent.", "Au […] les poubelles débordent." },
        { "Fuite dans l'appartement 34 depuis mars.", "Fuite dans l'appartement […] depuis mars." },
        { "apt 12, porte 5", "apt […], porte […]" },
        { "L'escalier C est sale.", "L'escalier […] est sale." },
        { "Bât. B étage 3, rien ne marche.", "Bât. […] étage […], rien ne marche." },
        { "Je suis au 5e étage sans ascenseur.", "Je suis au […] étage sans ascenseur." },
        { "J'ai vu M. Dupont à l'agence.", "J'ai vu M. […] à l'agence." },
        { "Mme Lefèvre ne rappelle jamais.", "Mme […] ne rappelle jamais." },
        { "Merci à Monsieur Jean Martin pour son aide.", "Merci à Monsieur […] pour son aide." },
        { "madame Le Gall est très aimable", "madame […] est très aimable" },
        { "Mlle Roux a pris ma demande.", "Mlle […] a pris ma demande." },
        { "Le gardien Karim Benali est absent.", "Le gardien […] est absent." },
        { "karim est toujours là, merci KARIM.", "[…] est toujours là, merci […]." },
        { "Demandez à Nadia ferreira à l'accueil.", "Demandez à […] à l'accueil." },
        { "Benali ne répond pas.", "[…] ne répond pas." },
        { "Ma mère est malade et l'ascenseur est en panne.", "Ma mère est […] et l'ascenseur est en panne." },
        { "Je suis en fauteuil roulant, l'ascenseur est vital.", "Je suis en […], l'ascenseur est vital." },
        { "Mon fils a un handicap.", "Mon fils a un […]." },
        { "J'ai été hospitalisée en mars.", "J'ai été […] en mars." },
        { "Je suis enceinte et je monte 5 étages.", "Je suis […] et je monte 5 étages." },
        { "Ma femme a un cancer, j'ai besoin d'aide.", "Ma femme a un […], j'ai besoin d'aide." },
        { "Je fais une dépression à cause du bruit.", "Je fais une […] à cause du bruit." },
        { "M. Dupont, 12 rue Victor Hugo, appartement 34, tél 06 12 34 56 78", "M. […], […], appartement […], tél […]" },
    };

    public static TheoryData<string> Unchanged { get; } =
    [
        "J'ai fait ma demande le 12 mars 2020.",
        "Relance envoyée le 12/03/2020 sans réponse.",
        "Rendez-vous pris le 03.04.2020 puis annulé.",
        "Une régularisation de 150 € sans explication.",
        "On nous réclame 1 200 euros de charges.",
        "Le loyer a augmenté de 2,5 % en 2019.",
        "L'Office a interrogé 4 000 locataires.",
        "Le bâtiment B n'a plus d'eau chaude.",
        "L'escalier de secours est encombré.",
        "Le technicien devait venir à 14h30.",
        "Intervention prévue à 9 h 15.",
        "Code postal 92000, mais le courrier n'arrive pas.",
        "Mon dossier n° 202003150042 est en attente.",
        "Référence 0612345678901 de la réclamation.",
        "Numéro de contrat 1234567890.",
        "J'attends depuis 3 mois et 12 jours.",
        "Il y a 3 places de parking pour 40 logements.",
        "La porte d'entrée ne ferme plus.",
        "Le gardien est très aimable.",
        "Monsieur le Maire est au courant.",
        "Madame la gardienne fait bien son travail.",
        "L'ascenseur est en panne depuis 2 semaines.",
        "Pas de souci avec le gardien.",
        "Satisfait à 85,2 %, bravo.",
        "En 2020, les délais se sont allongés.",
        "Nous sommes 5 dans un 3 pièces.",
        "La rue est mal éclairée.",
        "Le premier étage est propre.",
        "Les escaliers de la tour sont sales.",
        "Le chemin pour aller au local poubelle est sale.",
        "J'ai appelé 10 fois l'agence pour rien.",
        "Facture de 1 234,56 € reçue le 5 juin.",
        "Le hall du 12 est sale.",
        "Les locataires du quartier se plaignent.",
    ];

    [Theory]
    [MemberData(nameof(Redacted))]
    public void Personal_data_is_masked(string text, string expected) =>
        Assert.Equal(expected, Redactor.Redact(text, DenyList).Text);

    [Theory]
    [MemberData(nameof(Unchanged))]
    public void Dates_amounts_counts_buildings_and_references_stay(string text)
    {
        var result = Redactor.Redact(text, DenyList);
        Assert.Equal(text, result.Text);
        Assert.Empty(result.Spans);
    }

    [Fact]
    public void The_corpus_is_large_enough()
    {
        Assert.True(Redacted.Count >= 30);
        Assert.True(Unchanged.Count >= 30);
    }

    [Fact]
    public void Spans_point_into_the_original_text_with_their_kind()
    {
        const string text = "M. Dupont, tél 06 12 34 56 78, mail a.b@c.fr";
        var result = Redactor.Redact(text, []);
        Assert.Equal([RedactionKind.Name, RedactionKind.Phone, RedactionKind.Email], result.Spans.Select(s => s.Kind));
        Assert.Equal("Dupont", text.Substring(result.Spans[0].Start, result.Spans[0].Length));
        Assert.Equal("06 12 34 56 78", text.Substring(result.Spans[1].Start, result.Spans[1].Length));
        Assert.Equal("a.b@c.fr", text.Substring(result.Spans[2].Start, result.Spans[2].Length));
    }

    [Fact]
    public void Deny_list_names_match_without_case_or_accents_but_only_whole_words()
    {
        Assert.Equal("Le gardien […] est là.", Redactor.Redact("Le gardien HÉLÈNE est là.", ["Hélène"]).Text);
        Assert.Equal("Les Héléniques sont là.", Redactor.Redact("Les Héléniques sont là.", ["Hélène"]).Text);
    }

    [Fact]
    public void No_phone_or_email_pattern_survives_in_the_redacted_corpus()
    {
        foreach (var row in Redacted)
        {
            var text = Redactor.Redact((string)row[0], DenyList).Text;
            Assert.DoesNotMatch(PhoneLike(), text);
            Assert.DoesNotContain("@", text, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"(?:\+33|0033|\b0)[1-9](?:[ .\-]?\d{2}){4}")]
    private static partial Regex PhoneLike();

    [Theory]
    [InlineData("Voir avec Mme DE LA FONTAINE demain.", "Voir avec Mme […] demain.")]
    [InlineData("M. de Villepin ne répond pas.", "M. […] ne répond pas.")]
    [InlineData("Appelé par M.Dupont hier.", "Appelé par M.[…] hier.")]
    public void Names_with_particles_capitals_or_no_space_after_the_civility_are_masked(string text, string expected) =>
        Assert.Equal(expected, Redactor.Redact(text, []).Text);

    [Fact]
    public void A_deny_listed_name_in_decomposed_accents_is_masked()
    {
        // "Be\u0301nali": the e and its accent as two characters (NFD), as macOS writes them.
        var redacted = Redactor.Redact("Le gardien Karim Be\u0301nali est absent.", ["Karim Bénali"]);
        Assert.DoesNotContain("nali", redacted.Text, StringComparison.Ordinal);
    }
}
