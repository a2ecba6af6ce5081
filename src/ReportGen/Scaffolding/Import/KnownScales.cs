namespace ReportGen.Scaffolding.Import;

/// <summary>One answer of a known scale: its label as written into the project, whether it counts as satisfied, and the other spellings it is known by.</summary>
public sealed record KnownAnswer(string Label, bool Satisfied, IReadOnlyList<string> Aliases);

/// <summary>
/// A satisfaction scale init recognises: labelled categories (best first), or a 0–10 score range, read as a score or a
/// net score and so written without <c>satisfied_from</c>.
/// </summary>
public sealed record KnownScale(string Id, string Label, IReadOnlyList<KnownAnswer> Categories, (int Min, int Max)? Range = null)
{
    public bool IsRange => Range is not null;
}

/// <summary>
/// The scales init recognises in an export, and the answers that leave the base of a percentage. Answers are matched
/// folded (accents, case, apostrophes, spaces forgiven; feminine and plural forms of « satisfait » too).
/// </summary>
public static class KnownScales
{
    /// <summary>The score from which a 0–10 score indicator also gives the share at or above it (7 by convention).</summary>
    public const int ScoreThreshold = 7;

    private static KnownAnswer A(string label, bool satisfied, params string[] aliases) => new(label, satisfied, aliases);

    public static IReadOnlyList<KnownScale> All { get; } =
    [
        new("satisfaction-4", "échelle de satisfaction en 4 points",
        [
            A("Très satisfait", true, "Tout à fait satisfait"),
            A("Plutôt satisfait", true, "Assez satisfait"),
            A("Plutôt pas satisfait", false, "Plutôt insatisfait"),
            A("Pas du tout satisfait", false, "Pas satisfait du tout", "Très insatisfait"),
        ]),
        new("satisfaction-3", "échelle de satisfaction en 3 points",
        [
            A("Satisfait", true),
            A("Peu satisfait", false),
            A("Pas satisfait", false, "Pas du tout satisfait", "Insatisfait"),
        ]),
        new("satisfaction-5", "échelle de satisfaction en 5 points",
        [
            A("Très satisfait", true),
            A("Satisfait", true),
            A("Ni satisfait ni insatisfait", false, "Ni satisfait, ni insatisfait", "Neutre"),
            A("Insatisfait", false, "Peu satisfait"),
            A("Très insatisfait", false),
        ]),
        new("accord-4", "échelle d'accord en 4 points",
        [
            A("Tout à fait d'accord", true),
            A("Plutôt d'accord", true),
            A("Plutôt pas d'accord", false),
            A("Pas du tout d'accord", false),
        ]),
        new("note-10", "note de 0 à 10", [], (0, 10)),
    ];

    /// <summary>Answers that are not an opinion: left out of the base (the scale's <c>excluded</c>).</summary>
    public static IReadOnlyList<KnownAnswer> Excluded { get; } =
    [
        A("Ne sait pas", false, "NSP", "Je ne sais pas", "Ne se prononce pas", "NSPP"),
        A("Non concerné", false, "Non concernée", "Pas concerné", "Sans objet"),
        A("Sans avis", false),
    ];

    /// <summary>The folded form answers are compared in.</summary>
    public static string Key(string answer)
    {
        var folded = ImportText.Fold(answer).Trim().TrimEnd('.', '!');
        // « Très satisfaite », « satisfaits » and « satisfait(e) » are « très satisfait ».
        return folded.Replace("satisfait(e)", "satisfait", StringComparison.Ordinal)
            .Replace("satisfaites", "satisfait", StringComparison.Ordinal)
            .Replace("satisfaite", "satisfait", StringComparison.Ordinal)
            .Replace("satisfaits", "satisfait", StringComparison.Ordinal)
            .Replace("concernee", "concerne", StringComparison.Ordinal)
            .Replace("concernes", "concerne", StringComparison.Ordinal);
    }

    /// <summary>The excluded answer <paramref name="answer"/> stands for, or null.</summary>
    public static KnownAnswer? ExcludedAnswer(string answer)
    {
        var key = Key(answer);
        return Excluded.FirstOrDefault(e => Spellings(e).Any(s => Key(s) == key));
    }

    /// <summary>The category of <paramref name="scale"/> that <paramref name="answer"/> stands for, or null.</summary>
    public static KnownAnswer? Category(KnownScale scale, string answer)
    {
        var key = Key(answer);
        return scale.Categories.FirstOrDefault(c => Spellings(c).Any(s => Key(s) == key));
    }

    public static IEnumerable<string> Spellings(KnownAnswer answer) => new[] { answer.Label }.Concat(answer.Aliases);
}
