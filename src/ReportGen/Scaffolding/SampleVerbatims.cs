using System.Globalization;
using System.Text;
using CsvHelper;

namespace ReportGen.Scaffolding;

/// <summary>
/// Generates the sample verbatim file of the 2020 mirror survey: free-text comments from tenants (about
/// 80 %) and staff (about 20 %), built from templates and a seed. The themes follow the reference article:
/// most complaints about the handling of requests and delays and about maintenance and interventions, then
/// follow-up, communication and relations, then cleanliness, neighbourhood and charges. About one comment in
/// ten carries personal data to redact (phone numbers, e-mails, addresses, names after a civility, the
/// caretaker of <see cref="DenyList"/>, flat numbers, health details), and some carry negations ("pas de
/// souci avec le gardien"). Written as French exports are here: ';', UTF-8 with a byte order mark, CRLF.
/// </summary>
public static class SampleVerbatims
{
    public const int DefaultCount = 600;
    public const int DefaultSeed = 2020;

    /// <summary>Names of staff that the sample mentions and that redaction must mask.</summary>
    public static IReadOnlyList<string> DenyList { get; } = ["Karim Benali", "Nadia Ferreira"];

    public static IReadOnlyList<string> Moments { get; } =
        ["demande", "intervention", "vie dans la résidence", "contact avec l’Office", "entrée dans les lieux"];

    private sealed record Theme(string Moment, double TenantWeight, double StaffWeight, double NegativeShare, string[] Negative, string[] Positive, string[] Staff);

    private static readonly Theme[] Themes =
    [
        new("demande", 0.25, 0.22, 0.9,
        [
            "J'ai fait une demande il y a {n} mois et toujours aucune réponse malgré mes relances.",
            "Ma réclamation pour {equip} date de {n} semaines, personne ne m'a rappelé.",
            "Les délais de traitement des demandes sont beaucoup trop longs, il faut relancer sans cesse.",
            "Toujours en attente d'une réponse à mon courrier de {mois}, c'est inadmissible.",
            "On signale le problème, on attend des semaines et rien n'est fait.",
            "Ma demande a été clôturée sans suite alors que rien n'a été réparé.",
            "Le délai de réponse est trop long, j'ai dû écrire {n} fois pour la même demande.",
            "Aucune réponse à mes réclamations depuis {mois}, je ne sais plus à qui m'adresser.",
        ],
        [
            "Ma demande a été traitée rapidement, merci.",
            "Réponse rapide à ma réclamation, je suis satisfait.",
        ],
        [
            "Les locataires relancent souvent car les délais de traitement des demandes sont trop longs.",
            "Nous n'avons pas les moyens de répondre à toutes les réclamations dans les délais.",
            "Le suivi des demandes dans l'outil est difficile, beaucoup restent en attente.",
        ]),
        new("intervention", 0.23, 0.22, 0.85,
        [
            "L'ascenseur est encore en panne depuis {n} jours, c'est la troisième fois ce mois-ci.",
            "Le chauffage ne marche pas depuis {n} semaines et le technicien n'est jamais venu.",
            "Fuite d'eau dans la salle de bain, l'intervention a été repoussée {n} fois.",
            "L'entreprise est venue mais la réparation est mal faite, la fuite a repris.",
            "Pas d'eau chaude depuis {n} jours, le prestataire ne se déplace pas.",
            "Les travaux de la fenêtre ont été faits à moitié, l'intervention est à refaire.",
            "L'interphone est cassé depuis {mois}, personne ne vient le réparer.",
            "Infiltration et moisissure dans la chambre, aucune intervention malgré mes signalements.",
        ],
        [
            "Le technicien est venu rapidement et la réparation est bien faite.",
            "Intervention efficace du plombier, merci.",
            "Pas de problème de chauffage cet hiver, tout fonctionne.",
        ],
        [
            "Les entreprises sous-traitantes ne respectent pas toujours les délais d'intervention.",
            "Les interventions sur les ascenseurs sont trop lentes, les locataires sont excédés.",
            "Nous manquons de retour des prestataires après les interventions.",
        ]),
        new("contact avec l’Office", 0.14, 0.18, 0.8,
        [
            "Aucun suivi de mon dossier, je dois tout redemander à chaque fois.",
            "Personne ne m'a tenu au courant de l'avancement, on se sent livrés à nous-mêmes.",
            "Mon dossier passe d'un interlocuteur à l'autre sans explication.",
            "On n'est jamais informé de la suite donnée, le suivi est inexistant.",
            "J'aimerais un interlocuteur unique pour le suivi de mon dossier, on me renvoie sans cesse.",
        ],
        [
            "Ma conseillère m'a bien accompagné pour mon dossier, merci.",
            "Bon suivi de mon dossier d'aménagement, j'ai été informé à chaque étape.",
        ],
        [
            "Nous n'avons pas d'outil pour informer les locataires du suivi de leur dossier.",
            "L'accompagnement des nouveaux locataires mériterait plus de temps.",
        ]),
        new("contact avec l’Office", 0.14, 0.18, 0.7,
        [
            "Impossible de joindre l'agence par téléphone, personne ne répond.",
            "L'accueil téléphonique est désagréable et on raccroche sans solution.",
            "Le gardien n'est jamais là aux heures de permanence.",
            "On n'a aucune information affichée sur les travaux prévus, on l'apprend par les voisins.",
            "Les mails à l'agence restent sans réponse.",
        ],
        [
            "Pas de souci avec le gardien, il est très aimable et disponible.",
            "La gardienne est à l'écoute et toujours souriante.",
            "Accueil aimable à l'agence, merci.",
            "Aucun problème avec l'accueil, le personnel est agréable.",
        ],
        [
            "Les gardiens sont proches des locataires mais manquent d'informations à leur transmettre.",
            "La communication entre l'agence et les locataires doit être améliorée.",
        ]),
        new("vie dans la résidence", 0.08, 0.08, 0.85,
        [
            "Le hall est sale, les poubelles débordent et ça sent mauvais.",
            "Le ménage des parties communes n'est pas fait depuis {n} semaines.",
            "Les escaliers sont sales, le nettoyage est mal fait.",
            "Encombrants et dépôts sauvages devant le local poubelle depuis des jours.",
        ],
        [
            "Les parties communes sont propres, bravo à l'agent d'entretien.",
        ],
        [
            "Le nettoyage des parties communes est un sujet de plainte récurrent.",
        ]),
        new("vie dans la résidence", 0.08, 0.06, 0.85,
        [
            "Bruit des voisins tous les soirs, les nuisances ne sont jamais traitées.",
            "Des jeunes squattent devant l'entrée, on se sent en insécurité.",
            "Tapage nocturne au-dessus, j'ai fait plusieurs plaintes.",
            "Trafic en bas de l'immeuble, les locataires ont peur.",
        ],
        [
            "Résidence calme, bons rapports avec les voisins.",
        ],
        [
            "Les troubles de voisinage prennent beaucoup de temps aux équipes.",
        ]),
        new("demande", 0.06, 0.06, 0.85,
        [
            "La régularisation des charges est incompréhensible et trop élevée.",
            "Le loyer a augmenté alors que rien n'est fait dans la résidence.",
            "Rappel de charges de {montant} € sans aucune explication.",
        ],
        [
            "Les charges sont bien expliquées sur l'avis d'échéance.",
        ],
        [
            "Les locataires comprennent mal la régularisation des charges.",
        ]),
    ];

    private static readonly string[] General =
    [
        "Dans l'ensemble je suis satisfait de mon logement.",
        "Logement agréable, quartier bien desservi.",
        "Je suis locataire depuis {n} ans et globalement content.",
        "Rien de particulier à signaler.",
    ];

    private static readonly string[] Equipment = ["la porte d'entrée", "le radiateur", "la chaudière", "le volet roulant", "le robinet de la cuisine", "la VMC"];
    private static readonly string[] MonthNames = ["janvier", "février", "mars", "avril", "mai", "juin", "septembre", "octobre", "novembre"];
    private static readonly string[] Surnames = ["Durand", "Lefèvre", "Moreau", "Girard", "Mercier", "Lambert", "Fontaine", "Rousseau"];
    private static readonly string[] FirstNames = ["julie", "marc", "fatima", "paul", "amina", "thomas"];
    private static readonly string[] Streets = ["Victor Hugo", "Jean Jaurès", "Gabriel Péri", "de la République", "des Acacias", "Pasteur"];
    private static readonly string[] StreetTypes = ["rue", "avenue", "allée", "boulevard", "place", "impasse"];

    /// <summary>Writes <paramref name="count"/> comments with columns <c>id;type;moment;agence;commentaire</c>.</summary>
    public static void Write(Stream output, int count = DefaultCount, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var random = new Random(seed);
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { Separator = ';' }, leaveOpen: true);
        csv.WriteRecord(["id", "type", "moment", "agence", "commentaire"]);
        for (var i = 0; i < count; i++)
        {
            var staff = random.NextDouble() < 0.2;
            var agency = SampleSurvey.Agencies[random.Next(SampleSurvey.Agencies.Count)].Name;
            var (moment, comment) = Comment(random, staff);
            csv.WriteRecord([$"V{(i + 1).ToString("D4", CultureInfo.InvariantCulture)}", staff ? "collaborateur" : "locataire", moment, agency, comment]);
        }
    }

    private static (string Moment, string Text) Comment(Random random, bool staff)
    {
        if (!staff && random.NextDouble() < 0.06)
        {
            return (Moments[random.Next(Moments.Count)], Fill(Pick(random, General), random));
        }

        var theme = Draw(random, staff);
        string text;
        if (staff)
        {
            text = Pick(random, theme.Staff);
        }
        else
        {
            var negative = random.NextDouble() < theme.NegativeShare;
            text = Pick(random, negative ? theme.Negative : theme.Positive);
            if (random.NextDouble() < 0.25)
            {
                var other = Draw(random, staff);
                if (other != theme)
                {
                    text += " " + Pick(random, random.NextDouble() < other.NegativeShare ? other.Negative : other.Positive);
                }
            }

            if (random.NextDouble() < 0.12)
            {
                text = WithPersonalData(text, random);
            }
        }

        var moment = random.NextDouble() < 0.8 ? theme.Moment : Moments[random.Next(Moments.Count)];
        return (moment, Fill(text, random));
    }

    private static string WithPersonalData(string text, Random random)
    {
        var surname = Pick(random, Surnames);
        var first = Pick(random, FirstNames);
        return random.Next(10) switch
        {
            0 => $"{text} Vous pouvez me joindre au 06 {Pairs(random, 4, " ")}.",
            1 => $"{text} Mon numéro : 01.{Pairs(random, 4, ".")}",
            2 => $"{text} Écrivez-moi à {first}.{surname.ToLowerInvariant().Replace('è', 'e')}@exemple.fr merci.",
            3 => $"J'habite au {random.Next(1, 120)} {Pick(random, StreetTypes)} {Pick(random, Streets)}. {text}",
            4 => $"{text} Appartement {random.Next(1, 90)}, escalier {(char)('A' + random.Next(4))}.",
            5 => $"{text} Le gardien Karim Benali est au courant.",
            6 => $"{text} J'en ai parlé à Mme {surname} à l'agence.",
            7 => $"{text} M. {surname} m'avait promis de revenir.",
            8 => $"Je suis au {random.Next(2, 12)}e étage, porte {random.Next(1, 40)}. {text}",
            _ => $"Mon mari est malade. {text} Contact : +33 6 {Pairs(random, 4, " ")}.",
        };
    }

    private static Theme Draw(Random random, bool staff)
    {
        var total = Themes.Sum(t => staff ? t.StaffWeight : t.TenantWeight);
        var draw = random.NextDouble() * total;
        foreach (var theme in Themes)
        {
            draw -= staff ? theme.StaffWeight : theme.TenantWeight;
            if (draw < 0)
            {
                return theme;
            }
        }

        return Themes[^1];
    }

    private static string Fill(string template, Random random) => template
        .Replace("{n}", random.Next(2, 7).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{mois}", Pick(random, MonthNames), StringComparison.Ordinal)
        .Replace("{equip}", Pick(random, Equipment), StringComparison.Ordinal)
        .Replace("{montant}", random.Next(80, 400).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static string Pairs(Random random, int count, string separator) =>
        string.Join(separator, Enumerable.Range(0, count).Select(_ => random.Next(100).ToString("D2", CultureInfo.InvariantCulture)));

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
