using System.Text.RegularExpressions;

namespace ReportGen.Verbatims;

/// <summary>The special categories of personal data (GDPR art. 9, and art. 10 for offences) a comment can reveal.</summary>
public enum SensitiveCategory
{
    Health,
    Religion,
    Ethnicity,
    PoliticalOpinion,
    SexualOrientation,
    Offence,
}

/// <summary>
/// Finds, in a comment, words that reveal special-category data (GDPR art. 9: health, religion, ethnic origin,
/// political opinion or trade-union membership, sexual orientation; art. 10: offences and convictions). Such a
/// comment is still coded into themes and counted, but is never proposed as a quote: masking a word would not be
/// enough, the rest of the sentence still says it. Matching is on the folded text (no case, no accents), on whole
/// words or word stems.
/// </summary>
public static partial class SensitiveData
{
    private static readonly (SensitiveCategory Category, Regex Pattern)[] Patterns =
    [
        (SensitiveCategory.Health, Health()),
        (SensitiveCategory.Religion, Religion()),
        (SensitiveCategory.Ethnicity, Ethnicity()),
        (SensitiveCategory.PoliticalOpinion, Political()),
        (SensitiveCategory.SexualOrientation, Sexual()),
        (SensitiveCategory.Offence, Offence()),
    ];

    /// <summary>The first category the text reveals, or null.</summary>
    public static SensitiveCategory? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = FoldedText.FoldString(text);
        foreach (var (category, pattern) in Patterns)
        {
            if (pattern.IsMatch(folded))
            {
                return category;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:malades?|maladies?|(?<!places? (?:pour )?)handicap\w*|hospitalis\w*|hopital|hopitaux|cancers?|chimio\w*|radiotherapie|depressi\w*|enceinte|grossesse|fausse couche|fauteuil roulant|invalid\w*|diabet\w*|dialyse|alzheimer|parkinson|asthm\w*|avc|infarctus|paralys\w*|sclerose|mobilite reduite|convalescen\w*|operee?s? (?:du|de la|des|d')|sous traitement|traitement medical|medicaments?|medecins?|psychiatr\w*|psycholog\w*|autis\w*|epilep\w*|vih|sida|seropositi\w*|hepatite|mdph|aah|invalidite|allergi\w*|insuffisan\w* (?:respiratoire|renale|cardiaque)|cardiaque|aveugle|malvoyant\w*|malentendant\w*|dementi?e|tumeur|leucemie|deprime\w*|suicid\w*|anorexi\w*|addiction|alcoolique|toxicomane|sante (?:fragile|mentale)|problemes? de sante|arret maladie|accident cardiaque)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Health();

    [GeneratedRegex(@"\b(?:religi\w*|musulman\w*|islam\w*|chretien\w*|catholique\w*|protestant\w*|evangeli\w*|juifs?|juives?|judaisme|bouddhis\w*|hindou\w*|athees?|mosquees?|eglises?|synagogues?|ramadan|careme|kippa|hijab|voilee?s?|prieres|imam|pretre|rabbin|pasteur evangelique|temoins? de jehovah|sikh\w*)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Religion();

    [GeneratedRegex(@"\b(?:racis\w*|raciale?s?|ethni\w*|arabes?|noirs? de peau|couleur de (?:peau|ma peau)|africains?|africaines?|maghrebin\w*|roms?|gitan\w*|gens du voyage|tziganes?|asiatiques?|chinois(?:es?)?|immigres?|immigrees?|etrangers|etrangeres|sans papiers|origine (?:etrangere|africaine|maghrebine|arabe|asiatique)|de mon origine|mes origines|blacks?|beurs?|renois|rebeus?|bougnoul\w*|negres?|communautaris\w*)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Ethnicity();

    [GeneratedRegex(@"\b(?:syndiquee?s?|syndicalistes?|cgt|cfdt|force ouvriere|sud solidaires|militant\w*|partis? politiques?|politique\w* de gauche|politique\w* de droite|extreme droite|extreme gauche|rassemblement national|front national|lfi|insoumis\w*|communistes?|socialistes?|ecologistes?|macronistes?|lepenistes?|je vote|j'ai vote|mon vote|electeurs?|electrices?|gilets? jaunes?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Political();

    [GeneratedRegex(@"\b(?:homosexu\w*|heterosexu\w*|bisexu\w*|gays?|lesbiennes?|lgbt\w*|transgenres?|transsexu\w*|homos?|pedes?|gouines?|tapettes?|orientation sexuelle|mon compagnon et moi sommes|ma compagne et moi sommes|mon mari et moi sommes deux hommes)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Sexual();

    [GeneratedRegex(@"\b(?:prison|incarcere\w*|detenue?s?|condamne\w*|condamnation\w*|casier judiciaire|garde a vue|controle judiciaire|bracelet electronique|dealers?|dealent|deal|trafics? de (?:drogue|stupefiants)|trafiquants?|drogues?|drogue\w*|stupefiants?|cannabis|shit|cocaine|heroine|delinquan\w*|delits?|crimes?|criminel\w*|vol(?:eur|euse)s?|cambriol\w*|agression\w*|agressee?s?|violences? conjugales?|frappe sa femme|porte plainte|plainte contre|police est venue|interpelle\w*|arrete par la police|sorti de prison|tribunal|juge des|expulse\w* pour)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Offence();
}
