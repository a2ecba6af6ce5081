using System.Text;
using Lucene.Net.Analysis.Fr;

namespace ReportGen.Verbatims;

/// <summary>
/// The two forms a folded French word is matched by. Its <b>stem</b>, by Lucene.Net's French light stemmer (Savoy's
/// light stemmer: plurals, feminine and common derivational endings, doubled consonants), so that a rule's
/// « fuite » finds « fuites », « réparé » finds « réparées », and « pane » finds « panne » while « panneau » keeps its own
/// stem. And its <b>phonetic key</b>, a written-out French sound code (eau/au → o, ph → f, qu/c hard → k, c soft → s,
/// nasal vowels, silent h and final letters, doubled letters), which lets a misspelt word written as it sounds
/// (« chofage », « asenceur ») meet the rule's word. Both are pure functions of the folded word.
/// </summary>
internal sealed class FrenchWords
{
    private readonly FrenchLightStemmer _stemmer = new();
    private readonly Dictionary<string, string> _stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

    /// <summary>The light stem of a folded word (digits and one-letter words are their own stem).</summary>
    public string Stem(string word)
    {
        if (_stems.TryGetValue(word, out var stem))
        {
            return stem;
        }

        var chars = word.ToCharArray();
        var length = word.Length < 3 || !word.All(char.IsLetter) ? word.Length : _stemmer.Stem(chars, chars.Length);
        stem = new string(chars, 0, length);
        if (_stems.Count < 100_000)
        {
            _stems[word] = stem;
        }

        return stem;
    }

    /// <summary>The phonetic key of a folded word.</summary>
    public string Key(string word)
    {
        if (_keys.TryGetValue(word, out var key))
        {
            return key;
        }

        key = PhoneticKey(word);
        if (_keys.Count < 100_000)
        {
            _keys[word] = key;
        }

        return key;
    }

    /// <summary>A French phonetic key of a folded (lower-case, unaccented) word; see the class summary.</summary>
    public static string PhoneticKey(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word;
        var s = new StringBuilder(w.Length);
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var next = i + 1 < w.Length ? w[i + 1] : '\0';
            var after = i + 2 < w.Length ? w[i + 2] : '\0';
            switch (c)
            {
                case 'e' when next == 'a' && after == 'u':
                    s.Append('o');
                    i += 2;
                    break;
                case 'a' when next == 'u':
                    s.Append('o');
                    i++;
                    break;
                case 'a' or 'e' when next == 'i' && !IsVowel(after):
                    s.Append('e');
                    i++;
                    break;
                case 'o' when next == 'i':
                    s.Append("wa");
                    i++;
                    break;
                case 'o' when next == 'u':
                    s.Append('U');
                    i++;
                    break;
                case 'a' or 'e' when next is 'n' or 'm' && !IsVowel(after) && after != next:
                    s.Append('A');
                    i++;
                    break;
                case 'o' when next is 'n' or 'm' && !IsVowel(after) && after != next:
                    s.Append('O');
                    i++;
                    break;
                case 'i' or 'u' or 'y' when next is 'n' or 'm' && !IsVowel(after) && after != next:
                    s.Append('I');
                    i++;
                    break;
                case 'p' when next == 'h':
                    s.Append('f');
                    i++;
                    break;
                case 'q' when next == 'u':
                    s.Append('k');
                    i++;
                    break;
                case 'c' when next == 'h':
                    s.Append('x');
                    i++;
                    break;
                case 'c' when next == 'k':
                    s.Append('k');
                    i++;
                    break;
                case 'c':
                    s.Append(next is 'e' or 'i' or 'y' ? 's' : 'k');
                    break;
                case 'g' when next == 'u' && after is 'e' or 'i':
                    s.Append('g');
                    i++;
                    break;
                case 'g':
                    s.Append(next is 'e' or 'i' or 'y' ? 'j' : 'g');
                    break;
                case 's' when i > 0 && IsVowel(w[i - 1]) && IsVowel(next):
                    s.Append('z');
                    break;
                case 'h':
                    break;
                case 'y':
                    s.Append('i');
                    break;
                case 'w':
                    s.Append('v');
                    break;
                default:
                    s.Append(c);
                    break;
            }
        }

        // Doubled letters, then the silent endings: -e, -es, -s, -t, -x, -d, and -er/-ez/-et sounding é.
        var key = new StringBuilder(s.Length);
        foreach (var c in s.ToString())
        {
            if (key.Length == 0 || key[^1] != c)
            {
                key.Append(c);
            }
        }

        var k = key.ToString();
        if (k.Length > 3 && (k.EndsWith("er", StringComparison.Ordinal) || k.EndsWith("ez", StringComparison.Ordinal) || k.EndsWith("et", StringComparison.Ordinal)))
        {
            k = k[..^1];
        }

        while (k.Length > 3 && k[^1] is 's' or 't' or 'x' or 'd' or 'p')
        {
            k = k[..^1];
        }

        if (k.Length > 3 && k[^1] == 'e')
        {
            k = k[..^1];
        }

        return k;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
