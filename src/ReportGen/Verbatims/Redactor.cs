using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Verbatims;

/// <summary>
/// Masks the personal data of a comment before it can be proposed as a quote. Each span found is replaced by
/// <c>[…]</c>; overlapping spans are merged. What is masked:
/// <list type="bullet">
/// <item>e-mail addresses;</item>
/// <item>French phone numbers: +33, 0033 or 0, then nine digits, written in pairs separated by spaces, dots
/// or dashes, or not separated; never digits inside a longer number (a 12-digit file reference stays);</item>
/// <item>street addresses: a number (with bis, ter), a street word (rue, avenue, av., boulevard, bd, allée,
/// place, impasse, chemin, quai, square, cours, route, passage, villa, cité, résidence) and a capitalised
/// name ("12 rue Victor Hugo", "3 bis avenue de la République"), with a following postcode and town;</item>
/// <item>dwelling numbers, keeping the word: "appartement 34", "apt 12", "porte 5", "escalier C",
/// "étage 3", "3e étage" (but "bâtiment B", "escalier de secours" and "porte d'entrée" stay);</item>
/// <item>names: the one or two capitalised words after a civility (M., Mme, Mlle, Monsieur, Madame,
/// Mademoiselle), keeping the civility; and every deny-list entry, and each word of three letters or more
/// of an entry, as whole words, ignoring case and accents;</item>
/// <item>health details: a fixed list of words and phrases (malade, maladie, handicap, hospitalisé,
/// cancer, dépression, enceinte, fauteuil roulant …).</item>
/// </list>
/// Dates, times, amounts, percentages, years, postcodes alone and counts ("4 000 locataires") stay.
/// </summary>
public static partial class Redactor
{
    private static readonly string[] HealthWords =
    [
        "malade", "malades", "maladie", "maladies", "handicap", "handicaps", "handicape", "handicapee", "handicapes", "handicapees",
        "hospitalise", "hospitalisee", "hospitalises", "hospitalisees", "hospitalisation", "a l'hopital", "cancer", "chimiotherapie",
        "chimio", "depression", "depressif", "depressive", "enceinte", "grossesse", "fauteuil roulant", "invalidite", "invalide",
        "diabete", "diabetique", "dialyse", "alzheimer", "asthme", "asthmatique", "avc", "paralyse", "paralysee", "sclerose en plaques",
        "mobilite reduite", "convalescence",
    ];

    public static RedactedText Redact(string text, IReadOnlyCollection<string> denyList)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(denyList);
        var spans = new List<RedactedSpan>();
        Add(spans, Email(), text, RedactionKind.Email);
        Add(spans, Phone(), text, RedactionKind.Phone);
        Add(spans, Address(), text, RedactionKind.Address);
        Add(spans, Dwelling(), text, RedactionKind.Dwelling, "id");
        Add(spans, FloorBefore(), text, RedactionKind.Dwelling, "id");
        Add(spans, Civility(), text, RedactionKind.Name, "name");

        var folded = FoldedText.Of(text);
        var names = denyList.SelectMany(Parts).Distinct(StringComparer.Ordinal);
        AddWords(spans, folded, names, RedactionKind.Name);
        AddWords(spans, folded, HealthWords, RedactionKind.Health);

        var merged = Merge(spans);
        if (merged.Count == 0)
        {
            return new RedactedText(text, []);
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var span in merged)
        {
            builder.Append(text, position, span.Start - position).Append(RedactedText.Mask);
            position = span.Start + span.Length;
        }

        builder.Append(text, position, text.Length - position);
        return new RedactedText(builder.ToString(), merged);
    }

    private static IEnumerable<string> Parts(string entry)
    {
        var folded = FoldedText.FoldString(entry.Trim());
        if (folded.Length == 0)
        {
            yield break;
        }

        yield return folded;
        foreach (var word in folded.Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length >= 3)
            {
                yield return word;
            }
        }
    }

    private static void Add(List<RedactedSpan> spans, Regex regex, string text, RedactionKind kind, string? group = null)
    {
        foreach (Match match in regex.Matches(text))
        {
            var g = group is null ? match.Groups[0] : match.Groups[group];
            if (g.Success && g.Length > 0)
            {
                spans.Add(new RedactedSpan(g.Index, g.Length, kind));
            }
        }
    }

    private static void AddWords(List<RedactedSpan> spans, FoldedText folded, IEnumerable<string> words, RedactionKind kind)
    {
        var text = folded.Text;
        foreach (var word in words)
        {
            var at = 0;
            while ((at = text.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
            {
                var end = at + word.Length;
                var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
                var after = end == text.Length || !char.IsLetterOrDigit(text[end]);
                if (before && after)
                {
                    var (start, stop) = folded.ToOriginal(at, end);
                    spans.Add(new RedactedSpan(start, stop - start, kind));
                }

                at = end;
            }
        }
    }

    private static List<RedactedSpan> Merge(List<RedactedSpan> spans)
    {
        var merged = new List<RedactedSpan>();
        foreach (var span in spans.OrderBy(s => s.Start).ThenByDescending(s => s.Length).ThenBy(s => s.Kind))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].Start + merged[^1].Length)
            {
                var last = merged[^1];
                var end = Math.Max(last.Start + last.Length, span.Start + span.Length);
                merged[^1] = last with { Length = end - last.Start };
                continue;
            }

            merged.Add(span);
        }

        return merged;
    }

    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<!\d|\d[.\-/]|\+)(?:(?:\+|00)\s?33\s?(?:\(0\)\s?)?[1-9]|0[1-9])(?:[ .\-]?\d{2}){4}(?!\d|[.\-/]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?<![\p{L}\d])\d{1,4}(?:\s?(?:bis|ter|[AB])\b)?,?\s+(?i:rue|avenue|av\.|boulevard|bd|bld|all[ée]e|place|impasse|chemin|quai|square|cours|route|passage|villa|cit[ée]|r[ée]sidence)(?![\p{L}])\s*(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’]|la|le|les|l['’])\s*)?\p{Lu}[\p{L}\-'’]*(?:\s+(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’]|la|le|les|l['’])\s*)?\p{Lu}[\p{L}\-'’]*)*(?:,?\s+\d{5}(?:\s+\p{Lu}[\p{L}\-'’]*)?)?", RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    [GeneratedRegex(@"(?<![\p{L}])(?:(?i:appartement|appart\.?|appt\.?|apt\.?|porte|[ée]tage)\s*(?:n°\s*|no\s+|num[ée]ro\s+)?(?<id>\d{1,4}[A-Za-z]?|(?-i:[A-Z])\d{1,4})|(?i:appartement|appart\.?|appt\.?|apt\.?)\s+(?<id>(?-i:[A-Z]))|(?i:escalier|esc\.)\s*(?:n°\s*)?(?<id>\d{1,2}|(?-i:[A-Z]))(?![\p{L}\d]))(?![\p{L}\d]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Dwelling();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<id>\d{1,2}\s?(?:e|è|ème|eme|er|ère|ere))\s+(?i:[ée]tage)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex FloorBefore();

    // After a civility: up to three capitalised (or all-capital) words, with the particles de, du, des, de la, d’,
    // van, von before or between them ("Mme DE LA FONTAINE", "M. de Villepin", "M.Dupont"). Functions written
    // with le / la ("Monsieur le Maire", "Madame la gardienne") are not names and stay.
    [GeneratedRegex(@"(?<![\p{L}])(?:M\.|Mr\.?|Mme\.?|Mlle\.?|(?i:monsieur|madame|mademoiselle))\s*(?<name>(?:(?i:de la|de|du|des|d['’]|van|von)\s*)?\p{Lu}[\p{L}\-'’]+(?:\s+(?:(?i:de la|de|du|des|d['’])\s*)?\p{Lu}[\p{L}\-'’]+){0,2})", RegexOptions.CultureInvariant)]
    private static partial Regex Civility();
}
