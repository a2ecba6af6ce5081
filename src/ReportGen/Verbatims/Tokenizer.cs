namespace ReportGen.Verbatims;

/// <summary>
/// Splits a folded text into words and clauses. A word is a run of letters and digits; an elided article
/// or pronoun keeps its apostrophe in the text but is normalized ("d'eau" → "de", "eau"; "n'est" → "ne",
/// "est"), so that "pas d'eau" and "pas de eau" match alike. A clause ends at . ! ? ; or a line break (not at a colon, which
/// introduces what the clause is about), and
/// before the contrast words "mais", "cependant", "toutefois", "pourtant", "néanmoins", "sauf", "par contre",
/// "en revanche", "alors que".
/// </summary>
internal static class Tokenizer
{
    private static readonly Dictionary<string, string> Elisions = new(StringComparer.Ordinal)
    {
        ["d"] = "de",
        ["n"] = "ne",
        ["l"] = "le",
        ["j"] = "je",
        ["m"] = "me",
        ["t"] = "te",
        ["s"] = "se",
        ["c"] = "ce",
        ["qu"] = "que",
        ["jusqu"] = "jusque",
        ["lorsqu"] = "lorsque",
        ["puisqu"] = "puisque",
    };

    public static List<Token> Words(string folded) => Words(folded, null);

    /// <summary>
    /// The words of a folded text, with its clauses and segments. Runs of three or more of one letter are written once
    /// (« nuuul » → « nul »); a word listed in <paramref name="spellings"/> is replaced by what it stands for (« tjrs » →
    /// « toujours », « pb » → « probleme »). A segment is a part of a clause between commas, colons, brackets or dashes.
    /// </summary>
    public static List<Token> Words(string folded, IReadOnlyDictionary<string, string>? spellings)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var tokens = new List<Token>();
        var clause = 0;
        var segment = 0;
        var contrast = false;
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is '.' or '!' or '?' or ';' or '\n' or '\r' && tokens.Count > 0 && tokens[^1].Clause == clause)
                {
                    clause++;
                    segment++;
                    contrast = false;
                }
                else if (c is ',' or ':' or '(' or ')' or '-' or '–' or '—' or '/' or '"' or '«' or '»' && tokens.Count > 0 && tokens[^1].Segment == segment)
                {
                    segment++;
                }

                i++;
                continue;
            }

            var start = i;
            while (i < folded.Length && char.IsLetterOrDigit(folded[i]))
            {
                i++;
            }

            var word = Squeeze(folded[start..i]);
            if (i < folded.Length && folded[i] == '\'' && Elisions.TryGetValue(word, out var full))
            {
                tokens.Add(new Token(full, start, i + 1, clause, segment, contrast));
                i++;
                continue;
            }

            if (word is "mais" or "cependant" or "toutefois" or "pourtant" or "neanmoins" or "sauf"
                || (word == "contre" && tokens.Count > 0 && tokens[^1].Text == "par" && tokens[^1].Clause == clause)
                || (word == "revanche" && tokens.Count > 0 && tokens[^1].Text == "en" && tokens[^1].Clause == clause)
                || (word == "que" && tokens.Count > 0 && tokens[^1].Text == "alors" && tokens[^1].Clause == clause))
            {
                if (word is "contre" or "revanche" or "que")
                {
                    tokens.RemoveAt(tokens.Count - 1);
                }

                clause++;
                segment++;
                contrast = true;
                continue;
            }

            if (spellings is not null && spellings.TryGetValue(word, out var meant))
            {
                foreach (var part in meant.Split(' '))
                {
                    tokens.Add(new Token(part, start, i, clause, segment, contrast));
                }

                continue;
            }

            tokens.Add(new Token(word, start, i, clause, segment, contrast));
        }

        return tokens;
    }

    /// <summary>A word with its runs of three or more of one letter written once: « trooop » → « trop », « nuuul » → « nul ».</summary>
    private static string Squeeze(string word)
    {
        var run = false;
        for (var k = 2; k < word.Length && !run; k++)
        {
            run = char.IsLetter(word[k]) && word[k] == word[k - 1] && word[k] == word[k - 2];
        }

        if (!run)
        {
            return word;
        }

        var squeezed = new System.Text.StringBuilder(word.Length);
        for (var k = 0; k < word.Length; k++)
        {
            var repeated = k > 0 && word[k] == word[k - 1] && char.IsLetter(word[k]);
            var inRun = repeated && ((k > 1 && word[k] == word[k - 2]) || (k + 1 < word.Length && word[k] == word[k + 1]));
            if (!inRun || !repeated)
            {
                squeezed.Append(word[k]);
            }
        }

        return squeezed.ToString();
    }

    /// <summary>The words of a keyword or phrase from a rule set; a trailing '*' on a word is kept as a prefix mark.</summary>
    public static string[] Pattern(string phrase)
    {
        var folded = FoldedText.FoldString(phrase).Replace("…", " … ", StringComparison.Ordinal);
        var words = new List<string>();
        foreach (var raw in folded.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var part = raw;
            var star = part.EndsWith('*');
            foreach (var token in Words(star ? part[..^1] : part))
            {
                words.Add(token.Text);
            }

            if (star && words.Count > 0)
            {
                words[^1] += "*";
            }
        }

        return [.. words];
    }

    /// <summary>Whether the pattern's words match the tokens from <paramref name="at"/>, all in one clause.</summary>
    public static bool Matches(IReadOnlyList<Token> tokens, int at, string[] pattern)
    {
        if (pattern.Length == 0 || at + pattern.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < pattern.Length; k++)
        {
            var token = tokens[at + k];
            if (token.Clause != tokens[at].Clause)
            {
                return false;
            }

            var word = pattern[k];
            // A prefix ("demand*") is compared as a span: this runs for every token against every pattern.
            var ok = word.EndsWith('*')
                ? token.Text.AsSpan().StartsWith(word.AsSpan(0, word.Length - 1), StringComparison.Ordinal)
                : token.Text == word;
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
