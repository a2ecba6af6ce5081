using System.Text.RegularExpressions;

namespace ReportGen.Scaffolding.Import;

public static partial class ExportInspector
{
    /// <summary>The longest label init writes: a few words for charts and tables.</summary>
    public const int MaxLabel = 80;

    /// <summary>
    /// The indicator's label and statement: from the question text when there is one (Qualtrics' second row, a
    /// LimeSurvey « code. text » or full-text heading), « satisfaits de … » when the text says what tenants are satisfied
    /// with; else from the column name, with a neutral statement.
    /// </summary>
    internal static (string Label, string Statement, bool FromText) Wording(ColumnProfile p, KnownScale scale, Definitions.IndicatorKind kind = Definitions.IndicatorKind.Share)
    {
        var text = p.Text ?? QuestionTextOfName(p.Name);
        if (text is not null)
        {
            text = Clean(text);
            var item = MatrixItem(text);
            if (item is not null && Subject(item) is { } itemSubject)
            {
                return (Label(itemSubject.Bare), Statement(scale, kind, itemSubject.WithPreposition, Label(itemSubject.Bare)), true);
            }

            if (SatisfiedWith().Match(text) is { Success: true } m && Subject(m.Groups["rest"].Value) is { } subject)
            {
                return (Label(subject.Bare), Statement(scale, kind, subject.WithPreposition, Label(subject.Bare)), true);
            }

            var phrase = item ?? text;
            if (scale.IsRange && phrase.LastIndexOf(',') is var comma and > 0 && comma + 1 < phrase.Length)
            {
                // « Sur une échelle de 0 à 10, quelle note donnez-vous … ? »: the question is after the comma.
                phrase = phrase[(comma + 1)..];
            }

            var label = Label(phrase);
            return (label, Statement(scale, kind, null, label), true);
        }

        // LimeSurvey's array rows are CODE[subcode]: the subcode names the row.
        var name = SubquestionCode().Match(p.Name) is { Success: true } sub ? sub.Groups["sub"].Value : LeadingNumber().Replace(p.Name, "");
        var fromName = Label(name.Replace('_', ' ').Trim());
        return (fromName.Length == 0 ? p.Name : fromName, Statement(scale, kind, null, fromName.Length == 0 ? p.Name : fromName), false);
    }

    private static string Statement(KnownScale scale, Definitions.IndicatorKind kind, string? withPreposition, string label)
    {
        if (kind == Definitions.IndicatorKind.Net)
        {
            return $"score de recommandation pour « {label} »";
        }

        if (scale.IsRange)
        {
            return $"note moyenne sur {scale.Range!.Value.Max} pour « {label} »";
        }

        if (scale.Id.StartsWith("accord", StringComparison.Ordinal))
        {
            return $"d'accord avec « {label} »";
        }

        return withPreposition is null ? $"satisfaits pour « {label} »" : $"satisfaits {withPreposition}";
    }

    /// <summary>A LimeSurvey « CODE. text » heading gives its text; a heading that is itself a sentence is one.</summary>
    private static string? QuestionTextOfName(string name)
    {
        if (CodeDotText().Match(name) is { Success: true } m)
        {
            return m.Groups["text"].Value;
        }

        return name.Contains(' ', StringComparison.Ordinal) && name.Length > 25 ? name : null;
    }

    /// <summary>The statement of a matrix row: Qualtrics writes « question - item », LimeSurvey « question [item] ».</summary>
    private static string? MatrixItem(string text)
    {
        if (TrailingBrackets().Match(text) is { Success: true } b)
        {
            return b.Groups["item"].Value.Trim();
        }

        var dash = text.LastIndexOf(" - ", StringComparison.Ordinal);
        return dash > 0 && dash + 3 < text.Length ? text[(dash + 3)..].Trim() : null;
    }

    /// <summary>« L'accueil… » → (« accueil… », « de l'accueil… »); null when the phrase does not start with an article or a preposition.</summary>
    private static (string Bare, string WithPreposition)? Subject(string phrase)
    {
        var text = phrase.Trim().TrimEnd('?', '.', '!', ' ', ':');
        var m = Article().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var rest = text[m.Length..].Trim();
        if (rest.Length == 0)
        {
            return null;
        }

        var article = m.Groups["a"].Value.ToLowerInvariant().Replace('’', '\'');
        var preposition = article switch
        {
            "l'" or "de l'" or "d'" => article == "d'" ? "d'" : "de l'",
            "le" or "du" => "du ",
            "la" or "de la" => "de la ",
            "les" or "des" => "des ",
            "votre" or "de votre" => "de votre ",
            "vos" or "de vos" => "de vos ",
            _ => "de ",
        };
        return (rest, preposition + rest);
    }

    private static string Label(string text)
    {
        var label = ImportText.Capitalise(Clean(text).TrimEnd('?', '.', '!', ' ', ':'));
        if (label.Length <= MaxLabel)
        {
            return label;
        }

        var cut = label.LastIndexOf(' ', MaxLabel - 1);
        return string.Concat(label.AsSpan(0, cut > 20 ? cut : MaxLabel - 1), "…");
    }

    private static string Clean(string text) => Spaces().Replace(text.Replace('\u00A0', ' ').Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal), " ").Trim();

    [GeneratedRegex(@"satisfaite?s?(?:\s*\(e\)s?)?\s+(?<rest>(?:de la|de l['’]|du|des|de|d['’]).+)$", RegexOptions.IgnoreCase)]
    private static partial Regex SatisfiedWith();

    [GeneratedRegex(@"^(?<a>de l['’]|de la|de votre|de vos|l['’]|d['’]|le|la|les|du|des|de|votre|vos)(?:\s+|(?<=['’]))", RegexOptions.IgnoreCase)]
    private static partial Regex Article();

    [GeneratedRegex(@"^[A-Za-z]{0,3}[0-9]+[a-z]?[_. -]+")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]*(\[[A-Za-z0-9_]+\])?\.\s+(?<text>.+)$")]
    private static partial Regex CodeDotText();

    [GeneratedRegex(@"\[(?<item>[^\[\]]+)\]\s*$")]
    private static partial Regex TrailingBrackets();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]*\[(?<sub>[A-Za-z][A-Za-z0-9_]*)\]$")]
    private static partial Regex SubquestionCode();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
