using System.Text.RegularExpressions;

namespace ReportGen.Verbatims;

/// <summary>
/// Names written without a civility, found word by word (a hyphenated word is one word, so « Victor-Hugo » and
/// « Marie-Curie », names of residences, are not first names):
/// <list type="bullet">
/// <item>a known first name, capitalised or in capitals, and the capitalised or capital word after it (« Jean
/// Dupont », « Fatima BENALI »), or before it in capitals (« DUPONT Jean »);</item>
/// <item>a known first name alone, capitalised (« merci à Sophie »), unless it is also an ordinary word (« Rose »);</item>
/// <item>a name next to a role: « le gardien Mohamed », « la chargée de clientèle Martine », « Mohamed le gardien »,
/// « sophie, la gardienne » (any case when the first name is known);</item>
/// <item>in a comment that does not shout, a word in capitals that is no acronym (« DUPONT ne répond pas »).</item>
/// </list>
/// </summary>
internal static partial class NameFinder
{
    private sealed record Word(int Start, int End, string Text, string Folded)
    {
        public bool Capitalised => char.IsUpper(Text[0]) && Text.Skip(1).Any(char.IsLower);

        public bool Capitals => Text.Count(char.IsLetter) >= 2 && Text.Where(char.IsLetter).All(char.IsUpper);

        public bool NameLike => (Capitalised || Capitals) && !PersonalNames.NotNames.Contains(Folded);

        public bool FirstName => PersonalNames.FirstNames.Contains(Folded);
    }

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "le", "la", "l", "notre", "votre", "mon", "ma", "du", "de", "au", "a", "leur", "un", "une", "cette", "ce" };

    public static void Add(List<RedactedSpan> spans, string text, bool comment)
    {
        var words = Words(text);
        void Mask(Word w) => spans.Add(new RedactedSpan(w.Start, w.End - w.Start, RedactionKind.Name));
        bool Joined(int i) => i + 1 < words.Count && Gap(text, words[i], words[i + 1]).All(c => c is ' ' or '\u00A0');

        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.FirstName && (w.Capitalised || w.Capitals))
            {
                if (Joined(i) && words[i + 1].NameLike && !PersonalNames.Roles.Contains(words[i + 1].Folded))
                {
                    Mask(w);
                    Mask(words[i + 1]);
                }
                else if (!PersonalNames.Ambiguous.Contains(w.Folded) && !AfterSaint(words, i))
                {
                    Mask(w);
                }
            }
            else if (comment && w.FirstName && !PersonalNames.Ambiguous.Contains(w.Folded) && !PersonalNames.LowerCaseWords.Contains(w.Folded) && !AfterSaint(words, i))
            {
                // SMS style writes names in lower case: « c toujours stéphanie qui répond ».
                Mask(w);
            }

            if (w.Capitals && !PersonalNames.NotSurnames.Contains(w.Folded) && Joined(i) && words[i + 1].FirstName && (words[i + 1].Capitalised || words[i + 1].Capitals))
            {
                Mask(w);
                Mask(words[i + 1]);
            }

            if (PersonalNames.Roles.Contains(w.Folded))
            {
                RoleThenName(words, i, text, Mask);
            }

            // « Mohamed le gardien », « sophie, la gardienne », « Karim (gardien) ».
            if (w.FirstName && i + 1 < words.Count && Gap(text, w, words[i + 1]).Trim().Length <= 1)
            {
                var next = words[i + 1];
                var role = PersonalNames.Roles.Contains(next.Folded)
                    || (Determiners.Contains(next.Folded) && i + 2 < words.Count && PersonalNames.Roles.Contains(words[i + 2].Folded));
                if (role)
                {
                    Mask(w);
                }
            }
        }

        if (comment)
        {
            Capitals(words, text, Mask);
        }
    }

    /// <summary>After a role, skipping its complement (« de clientèle », « d’accueil », « de proximité »), a capitalised word or a known first name.</summary>
    private static void RoleThenName(List<Word> words, int i, string text, Action<Word> mask)
    {
        var j = i + 1;
        if (j + 1 < words.Count && words[j].Folded is "de" or "du" or "d'" && words[j + 1].Text.All(c => !char.IsUpper(c)))
        {
            j += 2;
        }

        if (j >= words.Count || Gap(text, words[j - 1], words[j]).Trim().Length > 1)
        {
            return;
        }

        var name = words[j];
        if (name.NameLike || name.FirstName)
        {
            mask(name);
            if (j + 1 < words.Count && Gap(text, name, words[j + 1]).All(c => c == ' ') && words[j + 1].NameLike && (words[j + 1].Capitals || name.FirstName))
            {
                mask(words[j + 1]);
            }
        }
    }

    /// <summary>Words in capitals taken for surnames, when the comment is written in lower case (a shouting comment writes every word so).</summary>
    private static void Capitals(List<Word> words, string text, Action<Word> mask)
    {
        var letters = words.Where(w => w.Text.Count(char.IsLetter) >= 2).ToList();
        var capitals = letters.Count(w => w.Capitals);
        if (capitals >= 3 && capitals * 3 > letters.Count)
        {
            return;
        }

        foreach (var w in letters)
        {
            if (w.Capitals && w.Text.Length >= 3 && !PersonalNames.NotSurnames.Contains(w.Folded) && !w.Folded.Contains('\'') && !Acronym().IsMatch(text.AsSpan(w.End)))
            {
                mask(w);
            }
        }
    }

    private static bool AfterSaint(List<Word> words, int i) => i > 0 && words[i - 1].Folded is "saint" or "sainte" or "st" or "ste" or "rue" or "avenue" or "boulevard" or "place" or "allee";

    private static string Gap(string text, Word a, Word b) => text[a.End..b.Start];

    /// <summary>The words of the text; an elided article or pronoun is a word of its own (« l’agent » → « l’ », « agent »), but « N’Diaye » stays whole.</summary>
    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        foreach (Match m in WordPattern().Matches(text))
        {
            var elision = Elision().Match(m.Value);
            if (elision.Success && !(char.IsUpper(m.Value[0]) && char.IsUpper(m.Value[elision.Length])))
            {
                words.Add(new Word(m.Index, m.Index + elision.Length, m.Value[..elision.Length], FoldedText.FoldString(m.Value[..elision.Length])));
                words.Add(new Word(m.Index + elision.Length, m.Index + m.Length, m.Value[elision.Length..], FoldedText.FoldString(m.Value[elision.Length..])));
            }
            else
            {
                words.Add(new Word(m.Index, m.Index + m.Length, m.Value, FoldedText.FoldString(m.Value)));
            }
        }

        return words;
    }

    [GeneratedRegex(@"^(?i:[ldjnsmtc]|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Elision();

    [GeneratedRegex(@"\p{L}[\p{L}\p{Mn}]*(?:['’\-]\p{L}[\p{L}\p{Mn}]*)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    // A capital word followed by digits or a dot-acronym (« VMC2 », « S.A.V. ») is a code, not a surname.
    [GeneratedRegex(@"^(?:\d|\.[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex Acronym();
}
