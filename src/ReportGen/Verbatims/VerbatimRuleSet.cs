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
