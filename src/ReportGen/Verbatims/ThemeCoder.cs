namespace ReportGen.Verbatims;

/// <summary>
/// Codes a comment into the themes of a <see cref="VerbatimRuleSet"/>, each with a polarity. Deterministic,
/// and simple enough to be checked by hand:
/// <list type="number">
/// <item>Matching: the comment and the rules are lower-cased and stripped of accents; keywords match whole
/// words ("loyer" does not match "loyers" unless both are listed; "fuite*" matches "fuites"; "chargé"
/// matches "charge", since accents are ignored), phrases match consecutive words of
/// one clause. An occurrence inside a match of one of the theme's <c>exclude</c> phrases does not count.
/// Several themes can be found in one comment; each is reported once, in the order of the rule set.</item>
/// <item>Clauses: a comment is cut at . ! ? ; line breaks, and before "mais", "cependant", "toutefois",
/// "par contre", "en revanche". Polarity is decided within the clause of each keyword occurrence.</item>
/// <item>Negation: a frame cue ("ne … pas", with its closing word at most five words after "ne") negates
/// the words between its two parts and the first content word after it ("ne marche pas", "n'est pas
/// propre"); a phrase cue ("pas de", "jamais", "aucun", "sans") negates the first content word after it
/// ("pas de problème", "aucun souci"); a lone "pas" (spoken French drops the "ne") negates the word before
/// and the first content word after it. Articles, possessives and "très", "trop", "vraiment" are skipped.</item>
/// <item>Polarity of an occurrence: <b>Negative</b> when its clause has a negative word (the rule set's or
/// the theme's <c>negative_markers</c>) that is not negated, a positive word that is negated, or when the
/// keyword itself is negated ("pas de chauffage": the service is missing); otherwise <b>Positive</b> when
/// the clause has a positive word not negated or a negative word negated ("pas de problème de chauffage",
/// "aucun souci avec le gardien"); otherwise <b>Neutral</b>. A negative phrase of several words ("toujours
/// pas", "aucune réponse") is never taken as negated; a cue word that is itself a negative word ("jamais")
/// does not count as negative when it negates a negative word ("jamais de problème").</item>
/// <item>Polarity of a theme in a comment: Negative when any occurrence is, else Positive when any is, else
/// Neutral; the keyword reported is that of the first occurrence with that polarity.</item>
/// </list>
/// </summary>
public sealed class ThemeCoder
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "le", "la", "les", "un", "une", "des", "du", "de", "ce", "cet", "cette", "ces", "mon", "ma", "mes", "ton", "ta", "tes",
        "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs", "tres", "trop", "assez", "vraiment", "si",
        "aussi", "encore", "moindre", "me", "te", "se", "nous", "vous", "y", "en",
    };

    private readonly VerbatimRuleSet _rules;
    private readonly List<(string[] Opener, string[] Closer)> _frames = [];
    private readonly List<string[]> _prefixes = [];
    private readonly PatternSet _negative;
    private readonly PatternSet _positive;
    private readonly List<CompiledTheme> _themes;

    public ThemeCoder(VerbatimRuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
        foreach (var negation in rules.Negations)
        {
            var parts = negation.Replace("...", "…", StringComparison.Ordinal).Split('…');
            if (parts.Length == 2)
            {
                _frames.Add((Tokenizer.Pattern(parts[0]), Tokenizer.Pattern(parts[1])));
            }
            else
            {
                _prefixes.Add(Tokenizer.Pattern(negation));
            }
        }

        _negative = Compile(rules.NegativeWords);
        _positive = Compile(rules.PositiveWords);
        _themes = [.. rules.Themes.Select(t => new CompiledTheme(t.Id, Compile(t.Keywords), Compile(t.Exclude), Compile(t.NegativeMarkers)))];
    }

    public VerbatimRuleSet Rules => _rules;

    public IReadOnlyList<ThemeMention> Code(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Words(FoldedText.FoldString(text));
        if (tokens.Count == 0)
        {
            return [];
        }

        var negated = new bool[tokens.Count];
        var cueNegates = new List<(int Cue, int Target)>();
        MarkNegations(tokens, negated, cueNegates);
        var negativeStarts = Find(tokens, _negative).ToList();
        var positiveStarts = Find(tokens, _positive).ToList();

        var mentions = new List<ThemeMention>();
        foreach (var theme in _themes)
        {
            var excluded = Find(tokens, theme.Exclude).Select(m => (m.Start, End: m.Start + m.Length)).ToList();
            var markers = Find(tokens, theme.Markers).ToList();
            ThemeMention? best = null;
            foreach (var occurrence in Find(tokens, theme.Keywords))
            {
                if (excluded.Exists(x => occurrence.Start < x.End && occurrence.Start + occurrence.Length > x.Start))
                {
                    continue;
                }

                var clause = tokens[occurrence.Start].Clause;
                var (negative, positive) = Signals(tokens, clause, negated, cueNegates, negativeStarts.Concat(markers), positiveStarts);
                negative |= negated[occurrence.Start];
                var polarity = negative ? Polarity.Negative : positive ? Polarity.Positive : Polarity.Neutral;
                if (best is null || polarity > best.Polarity)
                {
                    best = new ThemeMention(theme.Id, polarity, occurrence.Text, polarity == Polarity.Neutral ? "none" : polarity == Polarity.Negative ? "negative" : "positive", polarity == Polarity.Neutral ? 0.5 : 0.7);
                }
            }

            if (best is not null)
            {
                mentions.Add(best);
            }
        }

        return mentions;
    }

    private static (bool Negative, bool Positive) Signals(List<Token> tokens, int clause, bool[] negated, List<(int Cue, int Target)> cueNegates,
        IEnumerable<Match> negatives, List<Match> positives)
    {
        var negative = false;
        var positive = false;
        var negativeList = negatives.Where(m => tokens[m.Start].Clause == clause).ToList();
        foreach (var match in negativeList)
        {
            if (match.Length > 1)
            {
                negative = true;
            }
            else if (negated[match.Start])
            {
                positive = true;
            }
            else if (!cueNegates.Exists(c => c.Cue == match.Start && negativeList.Exists(n => n.Start == c.Target)))
            {
                negative = true;
            }
        }

        foreach (var match in positives.Where(m => tokens[m.Start].Clause == clause))
        {
            if (negated[match.Start])
            {
                negative = true;
            }
            else
            {
                positive = true;
            }
        }

        return (negative, positive);
    }

    private void MarkNegations(List<Token> tokens, bool[] negated, List<(int Cue, int Target)> cueNegates)
    {
        var closers = new HashSet<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var (opener, closer) in _frames)
            {
                if (!Tokenizer.Matches(tokens, i, opener))
                {
                    continue;
                }

                var from = i + opener.Length;
                for (var j = from; j < Math.Min(tokens.Count, from + 5) && tokens[j].Clause == tokens[i].Clause; j++)
                {
                    if (Tokenizer.Matches(tokens, j, closer))
                    {
                        for (var k = from; k < j; k++)
                        {
                            negated[k] = true;
                            cueNegates.Add((i, k));
                        }

                        var after = j + closer.Length;
                        if (NextContent(tokens, after, tokens[i].Clause) is int next)
                        {
                            negated[next] = true;
                            cueNegates.Add((j, next));
                        }

                        for (var k = j; k < after; k++)
                        {
                            closers.Add(k);
                        }

                        break;
                    }
                }
            }
        }

        var prefixed = new HashSet<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var prefix in _prefixes)
            {
                if (Tokenizer.Matches(tokens, i, prefix) && NextContent(tokens, i + prefix.Length, tokens[i].Clause) is int next)
                {
                    negated[next] = true;
                    cueNegates.Add((i, next));
                    prefixed.Add(i);
                }
            }
        }

        // Spoken French: "ça marche pas", "c'est pas propre".
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Text != "pas" || closers.Contains(i) || prefixed.Contains(i) || (i > 0 && tokens[i - 1].Text == "toujours"))
            {
                continue;
            }

            if (i > 0 && tokens[i - 1].Clause == tokens[i].Clause)
            {
                negated[i - 1] = true;
            }

            if (NextContent(tokens, i + 1, tokens[i].Clause) is int next)
            {
                negated[next] = true;
            }
        }
    }

    private static int? NextContent(List<Token> tokens, int from, int clause)
    {
        for (var k = from; k < tokens.Count && tokens[k].Clause == clause; k++)
        {
            if (!Skipped.Contains(tokens[k].Text))
            {
                return k;
            }
        }

        return null;
    }

    private static IEnumerable<Match> Find(List<Token> tokens, PatternSet patterns) => patterns.Find(tokens);

    private static PatternSet Compile(IEnumerable<string> words) =>
        new([.. words.Select(w => (w, Tokenizer.Pattern(w))).Where(p => p.Item2.Length > 0)]);

    /// <summary>
    /// Patterns indexed by their first word, so that a token is tried only against the patterns that can start
    /// with it (and those starting with a prefix). Matches come in the order of the patterns at each position,
    /// as if every pattern were tried in turn.
    /// </summary>
    private sealed class PatternSet
    {
        private readonly Dictionary<string, List<int>> _byFirstWord = new(StringComparer.Ordinal);

        /// <summary>Patterns whose first word is a prefix ("demand*"), by the prefix's first two letters.</summary>
        private readonly Dictionary<string, List<int>> _byPrefixStart = new(StringComparer.Ordinal);

        /// <summary>Patterns whose first word is a one-letter prefix: tried at every token.</summary>
        private readonly List<int> _shortPrefixes = [];
        private readonly List<(string Text, string[] Pattern)> _patterns;

        public PatternSet(List<(string Text, string[] Pattern)> patterns)
        {
            _patterns = patterns;
            for (var p = 0; p < patterns.Count; p++)
            {
                var first = patterns[p].Pattern[0];
                if (first.EndsWith('*') && first.Length < 3)
                {
                    _shortPrefixes.Add(p);
                }
                else
                {
                    var index = first.EndsWith('*') ? _byPrefixStart : _byFirstWord;
                    var key = first.EndsWith('*') ? first[..2] : first;
                    if (!index.TryGetValue(key, out var list))
                    {
                        index[key] = list = [];
                    }

                    list.Add(p);
                }
            }
        }

        public IEnumerable<Match> Find(List<Token> tokens)
        {
            var candidates = new List<int>();
            for (var i = 0; i < tokens.Count; i++)
            {
                candidates.Clear();
                var word = tokens[i].Text;
                if (_byFirstWord.TryGetValue(word, out var exact))
                {
                    candidates.AddRange(exact);
                }

                if (word.Length >= 2 && _byPrefixStart.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word.AsSpan(0, 2), out var prefixed))
                {
                    candidates.AddRange(prefixed);
                }

                candidates.AddRange(_shortPrefixes);
                candidates.Sort();

                foreach (var p in candidates)
                {
                    var (text, pattern) = _patterns[p];
                    if (Tokenizer.Matches(tokens, i, pattern))
                    {
                        yield return new Match(i, pattern.Length, text);
                    }
                }
            }
        }
    }

    private readonly record struct Match(int Start, int Length, string Text);

    private sealed record CompiledTheme(string Id, PatternSet Keywords, PatternSet Exclude, PatternSet Markers);
}
