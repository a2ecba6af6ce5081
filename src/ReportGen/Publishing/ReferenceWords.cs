namespace ReportGen.Publishing;

/// <summary>
/// How the article names a benchmark in a sentence, from the name the documents give it (« moyenne régionale »):
/// after « 85,2 % contre 83,0 % » (<see cref="Against"/>: « en moyenne régionale »), and where the office stands
/// (« au-dessus de la moyenne régionale », « en dessous de… », « dans la moyenne régionale »). A name that starts with
/// a common noun takes its article (« le baromètre national », « l’enquête régionale »); any other name (a source and
/// a year) is called « la référence … ».
/// </summary>
internal sealed record ReferenceWords(string Against, string Above, string Below, string InLine)
{
    private static readonly HashSet<string> Feminine = new(["moyenne", "médiane", "référence", "valeur", "note", "enquête", "étude", "mesure"], StringComparer.Ordinal);

    private static readonly HashSet<string> Masculine = new(["niveau", "résultat", "score", "taux", "baromètre", "panel", "indice", "observatoire"], StringComparer.Ordinal);

    /// <summary>When the benchmarks have different names: each item then names its own.</summary>
    public static ReferenceWords Several { get; } = new("", "au-dessus des références", "en dessous des références", "comparable aux références");

    public static ReferenceWords Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        var first = (space < 0 ? name : name[..space]).ToLowerInvariant();
        var lowered = name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
        var (phrase, masculine) = Feminine.Contains(first) ? (Article(lowered, "la "), false)
            : Masculine.Contains(first) ? (Article(lowered, "le "), true)
            : ("la référence " + name, false);
        var of = masculine && phrase.StartsWith("le ", StringComparison.Ordinal) ? "du " + phrase[3..] : "de " + phrase;
        var to = masculine && phrase.StartsWith("le ", StringComparison.Ordinal) ? "au " + phrase[3..] : "à " + phrase;

        // « en moyenne régionale », « dans la moyenne régionale »: the idioms of an average; any other reference is « pour » and « comparable à ».
        var average = first == "moyenne";
        return new ReferenceWords(
            Against: average ? "en " + lowered : "pour " + phrase,
            Above: "au-dessus " + of,
            Below: "en dessous " + of,
            InLine: average ? "dans " + phrase : "comparable " + to);
    }

    private static string Article(string noun, string article) => "aàâeéèêiîoôuûy".Contains(noun[0], StringComparison.Ordinal) ? "l’" + noun : article + noun;
}
