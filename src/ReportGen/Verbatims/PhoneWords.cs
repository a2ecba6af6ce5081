using System.Text.RegularExpressions;

namespace ReportGen.Verbatims;

/// <summary>
/// Phone numbers written in words, as tenants dictate them: « zéro six douze trente-quatre cinquante-six
/// soixante-dix-huit », « 06 douze 34 … », « plus trente-trois six … ». A run of number words and digit groups
/// (separated by spaces, hyphens, commas or dots) is a phone number when it starts with zéro (or 0, or « plus
/// trente-trois ») and holds at least five numbers, or holds at least eight numbers whatever its start.
/// </summary>
internal static partial class PhoneWords
{
    private static readonly HashSet<string> Numbers = new(StringComparer.Ordinal)
    {
        "zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize",
        "vingt", "vingts", "trente", "quarante", "cinquante", "soixante", "septante", "huitante", "nonante", "cent", "cents",
    };

    public static void Add(List<RedactedSpan> spans, string text)
    {
        var folded = FoldedText.Of(text);
        var words = Word().Matches(folded.Text);
        var i = 0;
        while (i < words.Count)
        {
            if (!IsNumber(words[i].Value))
            {
                i++;
                continue;
            }

            // The run: consecutive numbers, only separators between them ("et" of "vingt et un" counts as glue).
            var start = i;
            var count = 0;
            var end = i;
            for (var j = i; j < words.Count; j++)
            {
                if (j > i && !Separator().IsMatch(folded.Text.AsSpan(words[j - 1].Index + words[j - 1].Length, words[j].Index - words[j - 1].Index - words[j - 1].Length).ToString()))
                {
                    break;
                }

                var value = words[j].Value;
                if (value == "et" && j + 1 < words.Count && IsNumber(words[j + 1].Value))
                {
                    end = j;
                    continue;
                }

                if (!IsNumber(value))
                {
                    break;
                }

                count += value.All(char.IsAsciiDigit) ? Math.Max(1, value.Length / 2) : 1;
                end = j;
            }

            var first = words[start].Value;
            var plus = start > 0 && words[start - 1].Value == "plus" && first == "trente" && end > start && words[start + 1].Value == "trois";
            var zeroStart = first == "zero" || (first.All(char.IsAsciiDigit) && first.StartsWith('0'));
            if ((zeroStart || plus) && count >= 5 || count >= 8)
            {
                var from = plus ? start - 1 : start;
                var (s, e) = folded.ToOriginal(words[from].Index, words[end].Index + words[end].Length);
                spans.Add(new RedactedSpan(s, e - s, RedactionKind.Phone));
            }

            i = end + 1;
        }
    }

    private static bool IsNumber(string word) =>
        Numbers.Contains(word) || (word.Length <= 4 && word.All(char.IsAsciiDigit));

    [GeneratedRegex(@"[a-z]+|\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"^[\s\-.,/]{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();
}
