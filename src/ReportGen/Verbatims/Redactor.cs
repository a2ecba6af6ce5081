using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Verbatims;

/// <summary>
/// Masks personal data in a text before it can be published. Each span found is replaced by <c>[…]</c>;
/// overlapping spans are merged. <see cref="Redact"/> is for tenants' comments (everything below);
/// <see cref="RedactText"/> for the other free texts that reach a document (action plan, segment values,
/// columns of the comments file), where health words and capitals are ordinary vocabulary. What is masked:
/// <list type="bullet">
/// <item>e-mail addresses, also written « jean.dupont at gmail dot com », « [at] », « (a) », « arobase », « point »;</item>
/// <item>French phone numbers: +33, 0033 or 0, then nine digits in any grouping (spaces, dots, dashes, slashes), or
/// in words (« zéro six douze trente-quatre … »); never digits inside a longer number;</item>
/// <item>NIR (social security number: 13 digits and a 2-digit key, in any spacing, Corsica's 2A/2B), IBAN (FR76 …
/// in any spacing), CAF / MSA numbers after « allocataire » or « CAF », licence plates (AB-123-CD, 123 ABC 75);</item>
/// <item>street addresses: a number (with bis, ter), a street word and its name, capitalised or not, with a
/// following postcode and town; a postcode followed by a town; dwelling numbers, keeping the word: « appartement 34 »,
/// « porte 5 », « escalier C », « 3e étage », and the building of « bâtiment B escalier 3 » (« bâtiment B » alone stays);</item>
/// <item>dates of birth (« né le 12/03/1975 », « date de naissance : … »);</item>
/// <item>names: after a civility (M., Mme, Monsieur …), a known first name with its surname (« Jean Dupont »,
/// « DUPONT Jean »), a first name alone (« merci à Sophie »), a name next to a role (« le gardien Mohamed »,
/// « Sophie la gardienne »), in comments a surname in capitals (« DUPONT ne répond pas ») unless the comment shouts;
/// every deny-list entry, and each word of three letters or more of an entry, as whole words, ignoring case and accents;</item>
/// <item>in comments, health details: a fixed list of words and phrases (malade, handicap, hospitalisé …).</item>
/// </list>
/// Dates, times, amounts, percentages, years, postcodes alone, counts (« 4 000 locataires ») and file references stay.
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

    /// <summary>Redacts a tenant's or staff member's comment: every rule, health words included.</summary>
    public static RedactedText Redact(string text, IReadOnlyCollection<string> denyList) => Redact(text, denyList, comment: true);

    /// <summary>Redacts a free text other than a comment (action plan, segment value, a column of the comments file).</summary>
    public static RedactedText RedactText(string text, IReadOnlyCollection<string> denyList) => Redact(text, denyList, comment: false);

    private static RedactedText Redact(string text, IReadOnlyCollection<string> denyList, bool comment)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(denyList);
        var spans = new List<RedactedSpan>();
        Add(spans, Email(), text, RedactionKind.Email);
        Add(spans, ObfuscatedEmail(), text, RedactionKind.Email);
        AddPhones(spans, text);
        PhoneWords.Add(spans, text);
        Add(spans, Nir(), text, RedactionKind.Identifier);
        Add(spans, Iban(), text, RedactionKind.Identifier);
        Add(spans, Allocataire(), text, RedactionKind.Identifier, "id");
        Add(spans, Plate(), text, RedactionKind.Identifier);
        Add(spans, OldPlate(), text, RedactionKind.Identifier);
        Add(spans, Address(), text, RedactionKind.Address);
        Add(spans, LowerCaseAddress(), text, RedactionKind.Address);
        Add(spans, PostcodeTown(), text, RedactionKind.Address);
        Add(spans, Dwelling(), text, RedactionKind.Dwelling, "id");
        Add(spans, FloorBefore(), text, RedactionKind.Dwelling, "id");
        Add(spans, Building(), text, RedactionKind.Dwelling, "id");
        Add(spans, Storage(), text, RedactionKind.Dwelling, "id");
        Add(spans, BirthDate(), text, RedactionKind.BirthDate, "id");
        Add(spans, Civility(), text, RedactionKind.Name, "name");
        NameFinder.Add(spans, text, comment);

        var folded = FoldedText.Of(text);
        var names = denyList.SelectMany(Parts).Distinct(StringComparer.Ordinal);
        AddWords(spans, folded, names, RedactionKind.Name);
        if (comment)
        {
            AddWords(spans, folded, HealthWords, RedactionKind.Health);
        }

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

    /// <summary>Phone numbers in digits, but not a date followed by a number (« le 01.03.2020 12 personnes »).</summary>
    private static void AddPhones(List<RedactedSpan> spans, string text)
    {
        foreach (Match match in Phone().Matches(text))
        {
            if (!DateStart().IsMatch(match.Value))
            {
                spans.Add(new RedactedSpan(match.Index, match.Length, RedactionKind.Phone));
            }
        }
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

    // A leading 0 (or +33, 0033, +33 (0)) then a digit 1-9 and eight more digits, each optionally after one or two
    // separators; or pairs separated by slashes. Not after a digit, a letter or a plus; not before a digit.
    [GeneratedRegex(@"(?<![\w+]|\d[.\-/ ])(?:(?:\+|00)\s?33[\s.\-]?(?:\(0\)\s?)?|0\s?)[1-9](?:(?:[ .\-]{1,2}|\s?/\s?)?\d){8}(?![\d]|[.\-/]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"^\d{1,2}\s?[./\- ]\s?\d{1,2}\s?[./\- ]\s?(?:19|20)\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex DateStart();

    // jean.dupont at gmail dot com, jean [at] orange [point] fr, jean(a)free.fr, jean arobase gmail point com, jean @ sfr . fr;
    // « arobase » with a known provider and no domain ending (« jean arobase gmail »).
    [GeneratedRegex(@"(?<![\w.])[A-Za-z0-9][A-Za-z0-9._%+\-]*(?:\s+(?i:point|dot)\s+[A-Za-z0-9_%+\-]+)*(?:\s*(?:@|[\(\[\{]\s*(?i:at|a|arobase|arobaze|@)\s*[\)\]\}])\s*|\s+(?i:at|arobase|arobaze|arrobase)\s+|\s+chez\s+(?=[A-Za-z0-9\-]+\.(?i:fr|com|net|org|eu)\b))(?:[A-Za-z0-9][A-Za-z0-9\-]*(?:(?:\s*(?:\.|[\(\[\{]\s*(?i:dot|point)\s*[\)\]\}])\s*|\s+(?i:dot|point)\s+)[A-Za-z0-9][A-Za-z0-9\-]*)*(?:\s*(?:\.|[\(\[\{]\s*(?i:dot|point)\s*[\)\]\}])\s*|\s+(?i:dot|point)\s+)(?i:fr|com|net|org|eu|info|be|ch|lu|biz|io|co|uk|de|es|it|pt|ma|dz|tn|sn|re)\b|(?i:gmail|hotmail|yahoo|orange|free|sfr|laposte|outlook|wanadoo|live|icloud|bbox|neuf|aol|msn)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ObfuscatedEmail();

    // NIR: sex 1 or 2 (7, 8 for temporary numbers), year, month, department (2A, 2B), commune, order, optional key.
    [GeneratedRegex(@"(?<![\w])[1278][ .\-]{0,2}\d{2}[ .\-]{0,2}\d{2}[ .\-]{0,2}(?:\d{2}|2[ABab])[ .\-]{0,2}\d{3}[ .\-]{0,2}\d{3}(?:[ .\-]{0,2}\d{2})?(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex Nir();

    [GeneratedRegex(@"(?<![\w])(?i:[a-z]{2})\d{2}(?:[ .\-]?[A-Z0-9]{4}){3,7}(?:[ .\-]?[A-Z0-9]{1,3})?(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex Iban();

    // A CAF / MSA allocataire number: six to ten digits (and a key letter) within a few words after « allocataire », « CAF » or « MSA ».
    [GeneratedRegex(@"(?<![\p{L}])(?i:allocataire|caf|msa|cnaf)(?![\p{L}])[^\d\n]{0,30}?(?<id>(?<!\d)\d(?:[ .]?\d){5,9}(?:\s?[A-Z](?![\p{L}]))?)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Allocataire();

    // SIV plates (since 2009): AB-123-CD, AB 123 CD, AB123CD (no I, O, U); lower case only with both dashes.
    [GeneratedRegex(@"(?<![\w])(?:[A-HJ-NP-TV-Z]{2}[\- ]?\d{3}[\- ]?[A-HJ-NP-TV-Z]{2}|[a-hj-np-tv-z]{2}-\d{3}-[a-hj-np-tv-z]{2})(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex Plate();

    // FNI plates (before 2009): 123 ABC 75, 1234 AB 92, 12 ABC 2A, with the department (01-95, 2A, 2B, 971-976).
    [GeneratedRegex(@"(?<![\w])\d{1,4}[ \-]?[A-Z]{2,3}[ \-]?(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex OldPlate();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<id>\d{5})\s+(?:\p{Lu}[\p{L}\-'’]+|(?i:cedex))(?:[\s\-]+(?:(?:sur|sous|en|la|le|les|aux|de|du)[\s\-]+)?(?:\p{Lu}[\p{L}\-'’]*|(?i:cedex)(?:\s\d{1,2})?))*", RegexOptions.CultureInvariant)]
    private static partial Regex PostcodeTown();

    // The building of a dwelling address: « bâtiment B escalier 3 », « bât. C, porte 12 » (« bâtiment B » alone stays).
    [GeneratedRegex(@"(?<![\p{L}])(?i:b[âa]timent|b[âa]t\.?|immeuble|tour)\s*(?<id>[A-Z0-9]{1,3})(?![\p{L}\d])(?=[\s,\-]*(?i:escalier|esc\.?|porte|appartement|appart|appt|apt|logement|[ée]tage|\d{1,2}\s?(?:e|è|ème|eme|er|ère)\s+[ée]tage))", RegexOptions.CultureInvariant)]
    private static partial Regex Building();

    // « logement n° 2315 », « cave n° 34 », « box 12 », « garage 3 »: the number, keeping the word (« logement 3 pièces » stays).
    [GeneratedRegex(@"(?<![\p{L}])(?:(?i:logement)\s*(?:n°|no\.?|num[ée]ro)\s*|(?i:logement)\s+(?=\d{1,5}[A-Za-z](?![\p{L}\d]))|(?i:cave|box|garage)\s*(?:n°\s*|no\.?\s+|num[ée]ro\s+)?)(?<id>\d{1,5}[A-Za-z]?)(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex Storage();

    // A date of birth: « né le 12/03/1975 », « née le 3 mars 1962 », « date de naissance : 12.03.75 », « né en 1958 ».
    [GeneratedRegex(@"(?<![\p{L}])(?i:n[ée]e?s?\s+le|n[ée]e?s?\s+en|date\s+de\s+naissance\s*:?|d\.?d\.?n\.?\s*:)\s*(?<id>\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}(?:er)?\s+(?i:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\s+\d{4}|(?:19|20)\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex BirthDate();

    [GeneratedRegex(@"(?<![\p{L}\d])\d{1,4}(?:\s?(?:bis|ter|quater|[AB])\b)?,?\s+(?i:rue|avenue|av\.|boulevard|bd|bld|blvd|all[ée]e|place|impasse|chemin|quai|square|cours|route|passage|villa|cit[ée]|r[ée]sidence|sentier|sente|promenade|esplanade|rond-point|parvis|ruelle|voie|hameau|lotissement|faubourg|chauss[ée]e)(?![\p{L}])\s*(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’]|la|le|les|l['’])\s*)?\p{Lu}[\p{L}\-'’]*(?:\s+(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’]|la|le|les|l['’])\s*)?\p{Lu}[\p{L}\-'’]*)*(?:,?\s+\d{5}(?:\s+\p{Lu}[\p{L}\-'’]*)?)?", RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    // The same in SMS style, for the unmistakable street words: « 12 bis rue victor hugo », up to three lower-case words.
    [GeneratedRegex(@"(?<![\p{L}\d])\d{1,4}(?:\s?(?:bis|ter|quater|[ab])\b)?,?\s+(?i:rue|avenue|av\.|boulevard|bd|bld|blvd|all[ée]e|impasse|chemin|quai|square)(?![\p{L}])\s*(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’]|la|le|les|l['’])\s*)?(?!(?:depuis|est|sont|et|ou|o[uù]|mais|il|elle|on|je|j|nous|vous|ils|elles|a|à|ont|y|pour|avec|sans|dans|au|aux|en|qui|que|qu|c|ça|ca|sur|chez|n|ne|se|sa|son|ses|mon|ma|mes|le|la|les|l|de|des|du|d|un|une|car|donc|alors|pas|plus|rien|toujours|jamais|tout|tous|svp|merci|bonjour|ya|y'a|depuis)(?![\p{L}]))\p{Ll}[\p{L}\-'’]*(?:\s+(?!(?:depuis|est|sont|et|ou|o[uù]|mais|il|elle|on|je|j|nous|vous|ils|elles|a|à|ont|y|pour|avec|sans|dans|au|aux|en|qui|que|qu|c|ça|ca|sur|chez|n|ne|se|sa|son|ses|mon|ma|mes|le|la|les|l|de|des|du|d|un|une|car|donc|alors|pas|plus|rien|toujours|jamais|tout|tous|svp|merci|bonjour|ya|y'a|depuis)(?![\p{L}]))\p{L}[\p{L}\-'’]*){0,2}(?:,?\s+\d{5}(?:\s+\p{L}[\p{L}\-'’]*)?)?", RegexOptions.CultureInvariant)]
    private static partial Regex LowerCaseAddress();

    [GeneratedRegex(@"(?<![\p{L}])(?:(?i:appartement|appart\.?|appt\.?|apt\.?|porte|[ée]tage)\s*(?:n°\s*|no\s+|num[ée]ro\s+)?(?<id>\d{1,4}[A-Za-z]?|(?-i:[A-Z])\d{1,4})|(?i:appartement|appart\.?|appt\.?|apt\.?)\s+(?<id>(?-i:[A-Z]))|(?i:escalier|esc\.?)\s*(?:n°\s*)?(?<id>\d{1,2}|(?-i:[A-Z]))(?![\p{L}\d]))(?![\p{L}\d]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Dwelling();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<id>\d{1,2}\s?(?:e|è|ème|eme|er|ère|ere))\s+(?i:[ée]tage)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex FloorBefore();

    // After a civility: up to three capitalised (or all-capital) words, with the particles de, du, des, de la, d’,
    // van, von before or between them ("Mme DE LA FONTAINE", "M. de Villepin", "M.Dupont"). Functions written
    // with le / la ("Monsieur le Maire", "Madame la gardienne") are not names and stay.
    [GeneratedRegex(@"(?<![\p{L}])(?:M\.|Mr\.?|Mme\.?|Mlle\.?|(?i:monsieur|madame|mademoiselle))\s*(?<name>(?:(?i:de la|de|du|des|d['’]|van|von)\s*)?\p{Lu}[\p{L}\-'’]+(?:\s+(?:(?i:de la|de|du|des|d['’])\s*)?\p{Lu}[\p{L}\-'’]+){0,2})", RegexOptions.CultureInvariant)]
    private static partial Regex Civility();
}
