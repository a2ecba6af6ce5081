namespace ReportGen.Verbatims;

/// <summary>
/// The versioned, auditable rules that code verbatims into themes. The version is recorded in every output
/// built from them, so that a count can be traced to the rules that produced it.
/// </summary>
/// <param name="Negations">Negation cues: "ne … pas" (a frame around a verb), or a word or phrase that negates what follows ("pas de", "sans").</param>
/// <param name="NegativeWords">Words and phrases that make a mention negative unless negated ("panne", "toujours pas").</param>
/// <param name="PositiveWords">Words that make a mention positive, or negative when negated ("merci", "rapide", "marche").</param>
public sealed record VerbatimRuleSet(
    string Version,
    IReadOnlyList<VerbatimTheme> Themes,
    IReadOnlyList<string> Negations,
    IReadOnlyList<string> NegativeWords,
    IReadOnlyList<string> PositiveWords,
    string Source)
{
    /// <summary>
    /// The weighted polarity lexicon: a word or phrase and its weight, negative for a complaint (« panne » −2), positive
    /// for praise (« merci » +1). Defaults to the negative words at −1 and the positive words at +1.
    /// </summary>
    public IReadOnlyList<LexiconEntry> Lexicon { get; init; } =
        [.. NegativeWords.Select(w => new LexiconEntry(w, -1)), .. PositiveWords.Select(w => new LexiconEntry(w, 1))];

    /// <summary>SMS forms and frequent misspellings, replaced word for word before matching (« tjrs » → « toujours »).</summary>
    public IReadOnlyDictionary<string, string> Spellings { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Words that strengthen the cue right after them (« très », « vraiment »): its weight is multiplied by 1.5.</summary>
    public IReadOnlyList<string> Intensifiers { get; init; } = [];

    /// <summary>Phrases that make a clause a wish or a suggestion (« il faudrait »): its praise words do not count.</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];

    /// <summary>Openers that make a question a complaint (« jusqu'à quand », « pourquoi »).</summary>
    public IReadOnlyList<string> ComplaintQuestions { get; init; } = [];

    /// <summary>Cues of irony or sarcasm (« légendaire », « merci pour rien »): the comment's praise is not trusted.</summary>
    public IReadOnlyList<string> Irony { get; init; } = [];

    /// <summary>Cues of sarcasm that stand alone (« merci pour rien », « quel bonheur »): the comment's praise is read as a complaint even with no complaint cue.</summary>
    public IReadOnlyList<string> Sarcasm { get; init; } = [];

    public static IReadOnlyList<string> DefaultNegations { get; } =
        ["ne … pas", "n'… pas", "ne … jamais", "ne … plus", "ne … rien", "pas de", "jamais", "aucun", "aucune", "sans"];

    public static IReadOnlyList<string> DefaultNegativeWords { get; } =
    [
        "panne*", "sale", "sales", "salete*", "attente", "attendre", "attends", "attend", "attendu", "jamais", "toujours pas",
        "aucune reponse", "aucun retour", "pas de reponse", "pas de retour", "sans reponse", "sans nouvelle*", "aucune nouvelle",
        "probleme*", "souci*", "lent*", "a refaire", "mal fait*", "a moitie", "manque*", "doit etre ameliore*", "retard*", "relance*", "inadmissible", "scandale*",
        "scandaleu*", "deplorable", "honte*", "degrade*", "degradation*", "fuite*", "casse*", "bruit*", "nuisance*",
        "moisissure*", "humidite", "infiltration*", "cafard*", "punaise*", "plainte*", "mecontent*", "decu", "decue",
        "decevant*", "injoignable*", "impossible", "difficile*", "agressi*", "insecurite", "incivilite*", "trop cher*",
        "trop long*", "trop eleve*", "rien n'est fait", "personne ne", "abandonne*", "oublie*", "ignore*", "mauvais*",
    ];

    public static IReadOnlyList<string> DefaultPositiveWords { get; } =
    [
        "merci", "satisfait*", "rapide*", "efficace*", "aimable*", "bien", "bon", "bonne", "content*", "ravi", "ravie",
        "agreable*", "propre", "propres", "disponible*", "reactif*", "reactive*", "reactivite", "professionnel*",
        "serviable*", "sympathique*", "parfait*", "excellent*", "fonctionne*", "marche", "marchent", "repare*",
        "resolu*", "regle", "reglee", "bravo", "a l'ecoute", "souriant*", "accueillant*", "respecte*", "respectent",
    ];
}

/// <summary>A word or phrase of the polarity lexicon and its weight (negative: a complaint).</summary>
public sealed record LexiconEntry(string Pattern, double Weight);
