namespace ReportGen.Verbatims;

/// <summary>
/// Codes a comment into the themes of a <see cref="VerbatimRuleSet"/>, each with a polarity, the rule that decided it
/// and a confidence. Deterministic, and explainable rule by rule (docs/analysis.md, "How a comment is coded"):
/// <list type="number">
/// <item><b>Normalisation.</b> Lower case, no accents, elisions written out (« n'est » → « ne est »), runs of one letter
/// squeezed (« nuuul »), SMS forms and frequent misspellings replaced (the rule set's <c>spellings</c>).</item>
/// <item><b>Matching.</b> A rule's word matches a comment's word with the same French light stem (Lucene.Net), or
/// the same phonetic key for words of six letters or more (« chofage », « asenceur », with a glued « l' »:
/// « lasenceur »); a trailing '*' matches any ending. Phrases match consecutive words of one clause. A keyword inside
/// one of its theme's <c>exclude</c> phrases does not count; a <c>contextual</c> keyword counts only beside one of its
/// context words.</item>
/// <item><b>Clauses and segments.</b> A clause ends at . ! ? ; a line break, and before a contrast word (mais, en
/// revanche, par contre, sauf, alors que …); a segment is a part of a clause between commas, colons or brackets.</item>
/// <item><b>Negation.</b> « ne … pas/plus/jamais/rien/aucun » negates the verb between its parts and the first content
/// word after it, auxiliaries, participles and adverbs skipped (« n'a pas été très efficace »); « pas de », « aucun »,
/// « sans », « jamais », « plus de », « moins » negate the first content word after them; a lone « pas » (spoken French)
/// negates the word before and after it; « rien ne » and « personne ne » negate the verb.</item>
/// <item><b>Cues.</b> Each lexicon word or phrase found (the longest at a place) is a cue with its weight: negative for a
/// complaint, positive for praise. An intensifier before it multiplies it by 1.5; in a clause with « ! » or a shouted
/// comment, a complaint weighs 1.3 times more. A negated cue flips: praise negated is a complaint (« pas propre »), a
/// complaint negated is praise at 0.8 of its weight (« jamais sale », « aucun souci »). A keyword negated that is not a
/// complaint itself means the service is missing (« pas de chauffage »): a complaint. A long wait (« depuis trois
/// semaines ») and a complaining question (« jusqu'à quand … ? ») are complaints. In a wish (« il faudrait »), praise
/// words do not count.</item>
/// <item><b>Attribution.</b> A mention takes the cues of its own segment; failing those, the cues of its clause that are
/// not in a segment holding another theme; failing those, the theme's prior (estimated on the labelled development
/// corpus), or neutral for a plain question or a wish.</item>
/// <item><b>Polarity.</b> The sum of the weights of a theme's mentions: negative at −0.5 or below, positive at +0.5 or
/// above, else neutral. A comment with a cue of irony (« légendaire », « merci pour rien ») and a complaint has its praise
/// read as a complaint, flagged uncertain.</item>
/// </list>
/// </summary>
public sealed class ThemeCoder
{
    /// <summary>Words a negation or an intensifier reaches across: articles, pronouns, auxiliaries, participles, adverbs.</summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "le", "la", "les", "un", "une", "des", "du", "de", "ce", "cet", "cette", "ces", "mon", "ma", "mes", "ton", "ta", "tes",
        "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs", "tres", "trop", "assez", "vraiment", "si",
        "aussi", "encore", "moindre", "me", "te", "se", "nous", "vous", "y", "en", "ete", "etre", "eu", "avoir", "a", "ai",
        "as", "avons", "avez", "ont", "est", "sont", "etait", "etaient", "sera", "seront", "fut", "du", "tout", "toute",
        "tous", "toutes", "toujours", "jamais", "plus", "tellement", "beaucoup", "forcement", "franchement", "vraiment",
        "particulierement", "totalement", "completement", "fait", "faits", "il", "elle", "ils",
        "elles", "on", "je", "tu", "ca", "cela", "ceci", "lui", "eux", "moi", "toi", "rien", "que", "qui", "semble", "parait",
        "reste", "restent", "meme", "souvent", "quasiment", "presque", "seul", "seule", "seuls", "seules", "devenu", "devenue", "devenus", "devenues", "suis", "es", "sommes", "etes",
    };

    /// <summary>Words between a noun and its complement: « demande d'intervention », « réclamation pour la fenêtre ».</summary>
    private static readonly HashSet<string> Linking = new(StringComparer.Ordinal)
    {
        "de", "du", "des", "pour", "concernant", "sur", "le", "la", "les", "ma", "mon", "mes", "notre", "nos", "votre", "vos",
        "a", "au", "aux", "un", "une", "son", "sa", "ses", "leur", "leurs", "cette", "ce", "cet",
    };

    private static readonly HashSet<string> Closers = new(StringComparer.Ordinal)
    {
        "pas", "plus", "jamais", "rien", "guere", "point", "aucun", "aucune", "personne", "nullement",
    };

    private static readonly HashSet<string> Durations = new(StringComparer.Ordinal)
    {
        "jour", "jours", "semaine", "semaines", "mois", "an", "ans", "annee", "annees", "minutes", "heures",
    };

    private static readonly HashSet<string> Counts = new(StringComparer.Ordinal)
    {
        "des", "plusieurs", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "quinze", "un", "une",
        "longs", "longues", "bientot", "presque", "pres",
    };

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
    };

    private readonly VerbatimRuleSet _rules;
    private readonly FrenchWords _words = new();
    private readonly List<(Word[] Opener, Word[] Closer)> _frames = [];
    private readonly List<Word[]> _prefixes = [];
    private readonly PatternSet _lexicon;
    private readonly double[] _weights;
    private readonly PatternSet _intensifiers;
    private readonly PatternSet _suggestions;
    private readonly PatternSet _questions;
    private readonly PatternSet _irony;
    private readonly PatternSet _sarcasm;
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
                _frames.Add((Compile(parts[0]), Compile(parts[1])));
            }
            else
            {
                _prefixes.Add(Compile(negation));
            }
        }

        _lexicon = CompileSet(rules.Lexicon.Select(e => e.Pattern), fuzzy: true);
        _weights = [.. rules.Lexicon.Select(e => e.Weight)];
        _intensifiers = CompileSet(rules.Intensifiers, fuzzy: false);
        _suggestions = CompileSet(rules.Suggestions, fuzzy: false);
        _questions = CompileSet(rules.ComplaintQuestions, fuzzy: false);
        _irony = CompileSet(rules.Irony, fuzzy: false);
        _sarcasm = CompileSet(rules.Sarcasm, fuzzy: false);
        _themes = [.. rules.Themes.Select(t => new CompiledTheme(t.Id, t.Prior, CompileSet(t.Keywords, fuzzy: true), CompileSet(t.Exclude, fuzzy: false),
            CompileSet(t.NegativeMarkers, fuzzy: false), CompileSet(t.PositiveMarkers, fuzzy: false), CompileSet(t.ObjectNouns, fuzzy: true), [.. t.Contextual.Select(c => (Compile(c.Keyword), CompileSet(c.Near, fuzzy: false)))]))];
    }

    public VerbatimRuleSet Rules => _rules;

    public IReadOnlyList<ThemeMention> Code(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = FoldedText.FoldString(text);
        var raw = Tokenizer.Words(folded, _rules.Spellings);
        if (raw.Count == 0)
        {
            return [];
        }

        var tokens = raw.Select(t => new Lexed(t.Text, _words.Stem(t.Text), t.Text.Length >= 6 ? _words.Key(t.Text) : t.Text,
            t.Text.Length >= 7 && t.Text[0] is 'l' or 'd' ? _words.Key(t.Text[1..]) : null, t.Clause, t.Segment, t.AfterContrast)).ToArray();
        var comment = new Comment(tokens, Punctuation(folded, raw), Shouted(text))
        {
            Lexicon = _lexicon.Find(tokens).ToList(),
            Suggestions = _suggestions.Find(tokens).Select(m => tokens[m.Start].Clause).ToHashSet(),
        };
        var lexiconMatches = comment.Lexicon;
        var lexiconAt = lexiconMatches.SelectMany(m => Enumerable.Range(m.Start, m.Length)).ToHashSet();
        var complaintsAt = lexiconMatches.Where(m => _weights[m.Pattern] < 0 && m.Length == 1).Select(m => m.Start).ToHashSet();
        var negator = MarkNegations(tokens, lexiconAt, complaintsAt, out var verbs);
        var cues = Cues(comment, negator, verbs);
        var ironies = Ironies(comment, folded, raw, cues);

        var mentions = new List<ThemeMention>();
        var occurrences = Objects(tokens, _themes.Select(t => Occurrences(tokens, t)).ToList(), complaintsAt);
        var attributed = Attribute(comment, occurrences, cues, negator);
        var orphans = cues.Where(c => !occurrences.Exists(list => list.Exists(m => tokens[m.Start].Clause == tokens[c.At].Clause))).ToList();
        for (var t = 0; t < _themes.Count; t++)
        {
            if (occurrences[t].Count == 0)
            {
                continue;
            }

            var theme = _themes[t];
            var clauses = occurrences[t].Select(m => tokens[m.Start].Clause).ToHashSet();
            var plain = clauses.Any(c => comment.Question[c] || comment.Suggestions.Contains(c));
            var (found, level) = attributed[t].Own.Count > 0 ? (attributed[t].Own, 3)
                : attributed[t].Shared.Count > 0 ? (attributed[t].Shared.Select(c => c with { Weight = c.Weight * 0.7 }).ToList(), 2)
                : plain ? ([], 0)
                : Neighbours(tokens, clauses, orphans) is { Count: > 0 } near ? (near.Select(c => c with { Weight = c.Weight * 0.6 }).ToList(), 1)
                : (orphans.Select(c => c with { Weight = c.Weight * 0.5 }).ToList(), 0);
            var score = found.Sum(c => c.Weight);
            var decisive = found.Count == 0 ? null : found.Where(c => Math.Sign(c.Weight) == Math.Sign(score)).DefaultIfEmpty(found[0]).MaxBy(c => Math.Abs(c.Weight));
            var mixed = found.Exists(c => c.Weight < 0) && found.Exists(c => c.Weight > 0);
            var first = occurrences[t][0];
            Polarity polarity;
            string rule;
            double confidence;
            if (decisive is not null && Math.Abs(score) >= 0.5)
            {
                polarity = score < 0 ? Polarity.Negative : Polarity.Positive;
                rule = decisive.Rule;
                confidence = level switch { 3 => 0.8, 2 => 0.7, 1 => 0.6, _ => 0.55 } + (Math.Abs(score) >= 1.5 ? 0.1 : 0) - (mixed ? 0.15 : 0);
            }
            else if (decisive is not null && level >= 2 && found.Exists(c => c.Weight < 0))
            {
                // Praise and complaint that cancel out: the complaint decides (« sympa mais jamais là »).
                polarity = Polarity.Negative;
                rule = "balanced:" + found.Where(c => c.Weight < 0).MaxBy(c => -c.Weight)!.Rule;
                confidence = 0.5;
            }
            else if (decisive is not null && level >= 2)
            {
                polarity = Polarity.Neutral;
                rule = "balanced";
                confidence = 0.5;
            }
            else if (plain)
            {
                polarity = Polarity.Neutral;
                rule = clauses.Any(c => comment.Question[c]) ? "question" : "suggestion";
                confidence = 0.6;
            }
            else
            {
                polarity = theme.Prior;
                rule = $"prior:{theme.Id}";
                confidence = 0.5;
            }

            var uncertain = false;
            var ironic = ironies.Where(i => clauses.Any(c => Math.Abs(c - i.Clause) <= 1)).Select(i => i.Cue).FirstOrDefault();
            if (ironic is not null && polarity != Polarity.Negative)
            {
                polarity = Polarity.Negative;
                rule = $"irony:{ironic}";
                confidence = 0.35;
                uncertain = true;
            }
            else if (ironic is not null && found.Exists(c => c.Weight > 0))
            {
                uncertain = true;
                confidence = Math.Min(confidence, 0.5);
                rule = $"irony:{ironic}";
            }

            var keyword = string.Join(' ', Enumerable.Range(first.Start, first.Length).Select(k => tokens[k].Text));
            mentions.Add(new ThemeMention(theme.Id, polarity, keyword, rule, Math.Round(Math.Clamp(confidence, 0, 1), 2), uncertain));
        }

        return mentions;
    }

    /// <summary>
    /// The clauses read as ironic, each with its cue: a cue of sarcasm anywhere; a cue of irony with a complaint in its
    /// clause or the next (« Bravo pour la rapidité, ma réclamation a huit mois »); a praise word in quotation marks
    /// (« l'interphone est « réparé » »).
    /// </summary>
    private List<(int Clause, string Cue)> Ironies(Comment comment, string folded, List<Token> raw, List<Cue> cues)
    {
        var tokens = comment.Tokens;
        var ironies = new List<(int, string)>();
        foreach (var match in _sarcasm.Find(tokens))
        {
            ironies.Add((tokens[match.Start].Clause, match.Text));
        }

        foreach (var match in _irony.Find(tokens))
        {
            var clause = tokens[match.Start].Clause;
            if (cues.Exists(c => c.Weight < 0 && tokens[c.At].Clause - clause is 0 or 1))
            {
                ironies.Add((clause, match.Text));
            }
        }

        foreach (var cue in cues.Where(c => c.Weight > 0 && c.Length == 1))
        {
            var (start, end) = (raw[cue.At].Start, raw[cue.At].End);
            var before = folded[..start].TrimEnd();
            var after = folded[end..].TrimStart();
            if (before.Length > 0 && before[^1] is '\u00AB' or '"' or '\u201C' && after.Length > 0 && after[0] is '\u00BB' or '"' or '\u201D')
            {
                ironies.Add((tokens[cue.At].Clause, $"« {tokens[cue.At].Text} »"));
            }
        }

        return ironies;
    }

    /// <summary>
    /// Gives each cue to the theme it is about. A cue in a clause with themes goes to the nearest occurrence (the one
    /// before it on a tie) and is shared, at a lower weight, with the clause's other themes; a keyword negated that is
    /// not a complaint itself (« pas de chauffage ») and the theme's own negative markers are the theme's own cues. A
    /// clause with no theme that follows a contrast word (« …, mais il fait encore froid ») is about the themes of the
    /// clause before, and outweighs it (× 2).
    /// </summary>
    private List<(List<Cue> Own, List<Cue> Shared)> Attribute(Comment comment, List<List<Match>> occurrences, List<Cue> cues, int?[] negator)
    {
        var tokens = comment.Tokens;
        var result = occurrences.Select(_ => (Own: new List<Cue>(), Shared: new List<Cue>())).ToList();
        var all = occurrences.SelectMany((list, t) => list.Select(m => (m.Start, Theme: t))).ToList();
        var complaints = comment.Lexicon.Where(m => _weights[m.Pattern] < 0).Select(m => m.Start).ToHashSet();
        foreach (var cue in cues)
        {
            var clause = tokens[cue.At].Clause;
            var inClause = all.Where(o => tokens[o.Start].Clause == clause).ToList();
            if (inClause.Count == 0)
            {
                var previous = clause - 1;
                if (tokens[cue.At].AfterContrast && all.Exists(o => tokens[o.Start].Clause == previous))
                {
                    foreach (var theme in all.Where(o => tokens[o.Start].Clause == previous).Select(o => o.Theme).Distinct())
                    {
                        result[theme].Own.Add(cue with { Weight = cue.Weight * 2 });
                    }
                }
                else if ((cue.Weight < 0 || cue.Weight >= 1.5) && tokens.Count(t => t.Clause == clause) <= 4)
                {
                    // A complaint or strong praise on its own (« SCANDALEUX !!! », « Rapide et efficace. ») judges everything the
                    // comment spoke of; a lone « Merci. » closing a complaint is politeness, and judges nothing.
                    foreach (var theme in all.Select(o => o.Theme).Distinct())
                    {
                        result[theme].Own.Add(cue);
                    }
                }

                continue;
            }

            // A cue that holds a theme's keyword (« aucune réponse ») is about that theme; else the nearest occurrence's.
            var inSegment = inClause.Where(o => tokens[o.Start].Segment == tokens[cue.At].Segment).ToList();
            var nearest = inClause.Where(o => o.Start >= cue.At && o.Start < cue.At + cue.Length).Select(o => (int?)o.Theme).FirstOrDefault()
                ?? (inSegment.Count > 0 ? inSegment : inClause).MinBy(o => (Math.Abs(o.Start - cue.At) * 2) + (o.Start > cue.At ? 1 : 0)).Theme;
            var boost = tokens[cue.At].AfterContrast ? 1.5 : 1;
            result[nearest].Own.Add(cue with { Weight = cue.Weight * boost });
            foreach (var other in inClause.Select(o => o.Theme).Distinct().Where(t => t != nearest))
            {
                result[other].Shared.Add(cue);
            }
        }

        for (var t = 0; t < occurrences.Count; t++)
        {
            foreach (var occurrence in occurrences[t])
            {
                if (negator[occurrence.Start] is not null && !complaints.Contains(occurrence.Start))
                {
                    result[t].Own.Add(new Cue(occurrence.Start, -1, $"missing:{occurrence.Text}"));
                }
            }

            var clauses = occurrences[t].Select(m => tokens[m.Start].Clause).ToHashSet();
            // In a plain question a marker names what is asked about (« le loyer va-t-il augmenter ? »).
            foreach (var marker in _themes[t].Markers.Find(tokens).Where(m => clauses.Contains(tokens[m.Start].Clause)
                && !(comment.Question[tokens[m.Start].Clause] && !cues.Exists(c => c.Rule.StartsWith("question:", StringComparison.Ordinal) && tokens[c.At].Clause == tokens[m.Start].Clause))))
            {
                if (!cues.Exists(c => marker.Start >= c.At && marker.Start < c.At + c.Length))
                {
                    result[t].Own.Add(new Cue(marker.Start, -1, $"negative:{marker.Text}"));
                }
            }

            // A theme's own praise words replace the general lexicon's reading at their place (« les charges ont baissé »).
            foreach (var marker in _themes[t].Praise.Find(tokens).Where(m => clauses.Contains(tokens[m.Start].Clause)))
            {
                result[t].Own.RemoveAll(c => c.At >= marker.Start && c.At < marker.Start + marker.Length);
                var flipped = negator[marker.Start] is not null;
                result[t].Own.Add(new Cue(marker.Start, flipped ? -1 : 1, $"{(flipped ? "negated-positive" : "positive")}:{marker.Text}"));
            }
        }

        return result;
    }

    /// <summary>The cues of the clauses with no theme right after, else right before, the theme's clauses.</summary>
    private static List<Cue> Neighbours(Lexed[] tokens, HashSet<int> clauses, List<Cue> orphans)
    {
        var after = orphans.Where(c => clauses.Contains(tokens[c.At].Clause - 1)).ToList();
        return after.Count > 0 ? after : [.. orphans.Where(c => clauses.Contains(tokens[c.At].Clause + 1))];
    }

    /// <summary>
    /// Drops the occurrences that only name what another theme's noun is about: « ma demande d'intervention », « ma
    /// réclamation pour la fenêtre », « les charges de chauffage » speak of a request and of charges, not of the
    /// repair itself — unless the word is a complaint by itself (« le signalement d'une fuite »).
    /// </summary>
    private List<List<Match>> Objects(Lexed[] tokens, List<List<Match>> occurrences, HashSet<int> complaints)
    {
        var heads = new List<(int Theme, int End)>();
        for (var t = 0; t < _themes.Count; t++)
        {
            foreach (var occurrence in occurrences[t])
            {
                if (PatternSet.MatchesAny(tokens, occurrence.Start, _themes[t].Objects))
                {
                    heads.Add((t, occurrence.Start + occurrence.Length));
                }
            }
        }

        if (heads.Count == 0)
        {
            return occurrences;
        }

        return [.. occurrences.Select((list, t) => list.Where(o => complaints.Contains(o.Start) || !heads.Exists(h => h.Theme != t && h.End <= o.Start
            && o.Start - h.End <= 4 && tokens[h.End - 1].Clause == tokens[o.Start].Clause
            && Enumerable.Range(h.End, o.Start - h.End).All(k => Linking.Contains(tokens[k].Text)))).ToList())];
    }

    /// <summary>The occurrences of a theme's keywords, outside its exclusions, contextual keywords beside a context word.</summary>
    private static List<Match> Occurrences(Lexed[] tokens, CompiledTheme theme)
    {
        var excluded = theme.Exclude.Find(tokens).Select(m => (m.Start, End: m.Start + m.Length)).ToList();
        var found = theme.Keywords.Find(tokens).ToList();
        foreach (var (keyword, near) in theme.Contextual)
        {
            HashSet<int>? context = null;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (PatternSet.Matches(tokens, i, keyword, fuzzy: false)
                    && (context ??= near.Find(tokens).Select(m => tokens[m.Start].Clause).ToHashSet()).Contains(tokens[i].Clause))
                {
                    found.Add(new Match(i, keyword.Length, string.Join(' ', keyword.Select(w => w.Text)), -1));
                }
            }
        }

        return [.. found.Where(o => !excluded.Exists(x => o.Start < x.End && o.Start + o.Length > x.Start)).OrderBy(o => o.Start)];
    }

    /// <summary>
    /// Every polarity cue of the comment, each with its weight after intensifiers, exclamation and negation: the
    /// lexicon's (the longest match at a place), long waits and complaining questions.
    /// </summary>
    private List<Cue> Cues(Comment comment, int?[] negator, List<int> verbs)
    {
        var tokens = comment.Tokens;
        // The longest lexicon match at each place; the words it covers take no other match.
        var covered = new bool[tokens.Length];
        var matches = new List<Match>();
        foreach (var match in comment.Lexicon.OrderBy(m => m.Start).ThenByDescending(m => m.Length))
        {
            if (!covered[match.Start])
            {
                matches.Add(match);
                Array.Fill(covered, true, match.Start, match.Length);
            }
        }

        var intensified = _intensifiers.Find(tokens).Select(m => m.Start + m.Length - 1).ToHashSet();
        var cues = new List<Cue>();
        var suggestionClauses = comment.Suggestions;
        var complaintQuestions = _questions.Find(tokens).Select(m => tokens[m.Start].Clause).ToHashSet();
        var negatorsOfCues = matches.SelectMany(m => Enumerable.Range(m.Start, m.Length)).Where(k => negator[k] is not null).Select(k => negator[k]!.Value).ToHashSet();
        foreach (var match in matches)
        {
            var weight = _weights[match.Pattern];
            var clause = tokens[match.Start].Clause;
            if (weight == 0)
            {
                // « bien sûr », « bonne année »: the phrase holds a lexicon word without its meaning.
                continue;
            }

            // A negation word that is itself a complaint (« jamais », « manque ») does not count when it negates a cue.
            if (negatorsOfCues.Contains(match.Start) && match.Length == 1)
            {
                continue;
            }

            if (weight > 0 && suggestionClauses.Contains(clause))
            {
                continue;
            }

            // A plain question names what it asks about: « le loyer va-t-il augmenter ? », « la part d'eau froide ? ».
            if (comment.Question[clause] && Math.Abs(weight) <= 1 && !complaintQuestions.Contains(clause))
            {
                continue;
            }

            if (Before(tokens, match.Start, intensified))
            {
                weight *= 1.5;
            }

            string rule;
            var negatedAt = Enumerable.Range(match.Start, match.Length).FirstOrDefault(k => negator[k] is not null, -1);
            if (negatedAt >= 0 && (match.Length == 1 || !Enumerable.Range(match.Start, match.Length).Any(k => Closers.Contains(tokens[k].Text) || tokens[k].Text is "sans" or "ne" or "pas")))
            {
                rule = weight > 0 ? $"negated-positive:{match.Text}" : $"negated-complaint:{match.Text}";
                weight = weight > 0 ? -weight : -weight * 0.8;
            }
            else
            {
                rule = weight > 0 ? $"positive:{match.Text}" : $"negative:{match.Text}";
            }

            if (weight < 0 && (comment.Exclaimed[clause] || comment.Shouted))
            {
                weight *= 1.3;
            }

            cues.Add(new Cue(match.Start, weight, rule, match.Length));
        }

        // A verb negated that the lexicon does not know: « la porte ne se verrouille plus », « il ne chauffe pas ».
        foreach (var verb in verbs)
        {
            if (!covered[verb] && !(negator[verb] is int by && negatorsOfCues.Contains(by)))
            {
                cues.Add(new Cue(verb, -0.6, $"negated-verb:{tokens[verb].Text}"));
            }
        }

        // A long wait: « depuis trois semaines », « ça fait des mois », « ma demande date de mars ».
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = tokens[i].Text;
            var wait = Durations.Contains(word) && i >= 2 && (char.IsDigit(tokens[i - 1].Text[0]) || Counts.Contains(tokens[i - 1].Text))
                && Enumerable.Range(Math.Max(0, i - 4), i - Math.Max(0, i - 4)).Any(k => tokens[k].Text is "depuis" or "fait" or "attend" or "attends" or "attente" or "bout" or "apres" or "plus" or "pendant" && tokens[k].Clause == tokens[i].Clause);
            wait |= Durations.Contains(word) && i >= 1 && (char.IsDigit(tokens[i - 1].Text[0]) || Counts.Contains(tokens[i - 1].Text))
                && i + 1 < tokens.Length && tokens[i + 1].Text == "que" && tokens[i + 1].Clause == tokens[i].Clause;
            var dated = Months.Contains(word) && Enumerable.Range(Math.Max(0, i - 4), i - Math.Max(0, i - 4))
                .Any(k => tokens[k].Text is "demande" or "reclamation" or "courrier" or "mail" or "signalement" or "lettre" or "relance" && tokens[k].Clause == tokens[i].Clause);
            dated |= Months.Contains(word) && i >= 2 && tokens[i - 1].Text == "de" && tokens[i - 2].Text is "date" or "datant" or "depuis";
            dated |= Months.Contains(word) && i >= 1 && tokens[i - 1].Text == "depuis";
            // « locataire depuis 30 ans », « j'habite ici depuis dix ans » tell a tenancy, not a wait.
            var tenancy = Enumerable.Range(Math.Max(0, i - 5), i - Math.Max(0, i - 5)).Any(k => tokens[k].Text is "locataire" or "locataires" or "habite" or "habitons" or "vis" or "vivons" or "ici" or "residence" or "immeuble" or "installe" or "installes" or "arrive" or "arrives");
            if ((wait || dated) && !covered[i] && !tenancy)
            {
                cues.Add(new Cue(i, -1, $"wait:{word}"));
            }
        }

        // A question that voices a problem: « jusqu'à quand … ? », « pourquoi … ? ».
        foreach (var match in _questions.Find(tokens))
        {
            if (comment.Question[tokens[match.Start].Clause])
            {
                cues.Add(new Cue(match.Start, -1, $"question:{match.Text}"));
            }
        }

        return cues;
    }

    private static bool Before(Lexed[] tokens, int at, HashSet<int> intensifiers)
    {
        for (var k = at - 1; k >= Math.Max(0, at - 3) && tokens[k].Clause == tokens[at].Clause; k--)
        {
            if (intensifiers.Contains(k))
            {
                return true;
            }

            if (!Skipped.Contains(tokens[k].Text))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// For each word, the index of the negation word that negates it, or null. <paramref name="lexicon"/> holds the places
    /// of the lexicon's cues: a denied clause (« on ne peut pas dire que … ») negates only those, and a complaint's
    /// complement (« plus de problème d'humidité ») is negated with it.
    /// </summary>
    private int?[] MarkNegations(Lexed[] tokens, HashSet<int> lexicon, HashSet<int> complaints, out List<int> verbs)
    {
        verbs = [];
        var negator = new int?[tokens.Length];
        var framed = new HashSet<int>();
        void Negate(int target, int by)
        {
            if (negator[target] is not null)
            {
                return;
            }

            negator[target] = by;
            // « pas de problème d'humidité », « aucun souci de chauffage » when the complement is a complaint too.
            if (complaints.Contains(target) && target + 2 < tokens.Length && tokens[target + 1].Text == "de"
                && tokens[target + 2].Segment == tokens[target].Segment && complaints.Contains(target + 2))
            {
                negator[target + 2] ??= by;
            }
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            foreach (var (opener, closer) in _frames)
            {
                if (!PatternSet.Matches(tokens, i, opener, fuzzy: false))
                {
                    continue;
                }

                var from = i + opener.Length;
                for (var j = from; j < Math.Min(tokens.Length, from + 6) && tokens[j].Clause == tokens[i].Clause; j++)
                {
                    if (!PatternSet.Matches(tokens, j, closer, fuzzy: false))
                    {
                        continue;
                    }

                    // « je ne m'attendais pas à être aussi bien conseillé »: surprise, not negation.
                    var surprise = Enumerable.Range(from, j - from).Any(k => tokens[k].Text is "attendais" or "pensais" or "croyais" or "imaginais" or "esperais");
                    for (var k = from; k < j && !surprise; k++)
                    {
                        Negate(k, j);
                        if (!Skipped.Contains(tokens[k].Text) && tokens[j].Text is "pas" or "plus" or "jamais")
                        {
                            verbs.Add(k);
                        }
                    }

                    var after = j + closer.Length;
                    // Stacked cues: « ne … plus jamais », « ne … pas du tout », « ne … plus aucun ».
                    while (after < tokens.Length && tokens[after].Clause == tokens[i].Clause && Closers.Contains(tokens[after].Text))
                    {
                        framed.Add(after);
                        after++;
                    }

                    // « je ne me plains pas du loyer »: the verb is the cue negated, not what follows; « ce n'est pas
                    // l'insécurité qui manque » says there is plenty of it.
                    var verbCue = Enumerable.Range(from, j - from).Any(lexicon.Contains);
                    var plenty = Enumerable.Range(after, Math.Max(0, Math.Min(tokens.Length, after + 6) - after)).Any(k => tokens[k].Text is "manque" or "manquent" && tokens[k - 1].Text == "qui");
                    if (plenty)
                    {
                        for (var k = from; k < j; k++)
                        {
                            negator[k] = null;
                        }

                        for (var k = i; k < after; k++)
                        {
                            framed.Add(k);
                        }

                        break;
                    }

                    // « on ne peut pas dire que … », « je ne trouve pas le loyer excessif »: what follows is denied.
                    var said = Enumerable.Range(i, Math.Min(after + 1, tokens.Length) - i).FirstOrDefault(k => tokens[k].Text is "dire" or "dirais" or "dirai" or "trouve" or "trouvais" or "trouverais", -1);
                    if (!surprise && said >= 0)
                    {
                        for (var k = said + 1; k < tokens.Length && tokens[k].Clause == tokens[i].Clause; k++)
                        {
                            if (lexicon.Contains(k))
                            {
                                Negate(k, j);
                            }
                        }
                    }
                    else if (!surprise && !verbCue && NextContent(tokens, after, tokens[j]) is int next)
                    {
                        Negate(next, j);
                    }

                    for (var k = i; k < after; k++)
                    {
                        framed.Add(k);
                    }

                    break;
                }
            }
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            // A negation word that is itself negated does not negate: « on n'a jamais manqué d'informations ».
            if (framed.Contains(i) || negator[i] is not null)
            {
                continue;
            }

            foreach (var prefix in _prefixes)
            {
                if (!PatternSet.Matches(tokens, i, prefix, fuzzy: false))
                {
                    continue;
                }

                var from = i + prefix.Length;
                if (tokens[i].Text == "moins" && i > 0 && tokens[i - 1].Text is "au" or "du" or "pour")
                {
                    continue;
                }

                // « plus de 3 semaines », « de plus en plus », « plus de bruit qu'avant » compare, they do not negate.
                if (tokens[i].Text == "plus" && (from >= tokens.Length || char.IsDigit(tokens[from].Text[0]) || tokens[from].Text == "en"
                    || Enumerable.Range(from, Math.Min(4, tokens.Length - from)).Any(k => tokens[k].Text == "que")))
                {
                    continue;
                }

                if (NextContent(tokens, from, tokens[i]) is int next)
                {
                    Negate(next, i);
                }
            }
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            var word = tokens[i].Text;
            // « rien ne marche », « personne ne répond »: the verb after « ne » is negated.
            if (word == "ne" && !framed.Contains(i) && i > 0 && tokens[i - 1].Text is "rien" or "personne" or "aucun" or "aucune" or "ni" or "jamais"
                && i + 1 < tokens.Length && tokens[i + 1].Clause == tokens[i].Clause)
            {
                Negate(i + 1, i);
                continue;
            }

            // Spoken French: « ça marche pas », « c'est pas propre », « ça marche jamais ».
            if (word is not ("pas" or "jamais") || framed.Contains(i) || (i > 0 && tokens[i - 1].Text == "toujours"))
            {
                continue;
            }

            if (i > 0 && tokens[i - 1].Segment == tokens[i].Segment && !Skipped.Contains(tokens[i - 1].Text))
            {
                Negate(i - 1, i);
            }

            if (word == "pas" && NextContent(tokens, i + 1, tokens[i]) is int next)
            {
                Negate(next, i);
            }
        }

        return negator;
    }

    /// <summary>The first content word from <paramref name="from"/> in the segment of the negation word <paramref name="cue"/>.</summary>
    private static int? NextContent(Lexed[] tokens, int from, Lexed cue)
    {
        for (var k = from; k < tokens.Length && k < from + 5 && tokens[k].Clause == cue.Clause && tokens[k].Segment == cue.Segment; k++)
        {
            if (!Skipped.Contains(tokens[k].Text))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>Per clause, whether it ends with a question mark, and whether it has an exclamation mark.</summary>
    private static (bool[] Question, bool[] Exclaimed) Punctuation(string folded, List<Token> raw)
    {
        var clauses = raw[^1].Clause + 1;
        var question = new bool[clauses];
        var exclaimed = new bool[clauses];
        for (var t = 0; t < raw.Count; t++)
        {
            var end = t + 1 < raw.Count ? raw[t + 1].Start : folded.Length;
            for (var k = raw[t].End; k < end; k++)
            {
                if (folded[k] == '?')
                {
                    question[raw[t].Clause] = true;
                }
                else if (folded[k] == '!')
                {
                    exclaimed[raw[t].Clause] = true;
                }
            }
        }

        return (question, exclaimed);
    }

    /// <summary>A comment written mostly in capitals (at least twelve letters, three in four upper case).</summary>
    private static bool Shouted(string text)
    {
        int letters = 0, upper = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
        }

        return letters >= 12 && upper * 4 >= letters * 3;
    }

    /// <summary>
    /// The words of a rule's phrase. A word of four letters or fewer, or every word of a phrase written with a leading
    /// '=' (« =sale », which must not find « salle »), matches only itself.
    /// </summary>
    private Word[] Compile(string phrase)
    {
        var exact = phrase.StartsWith('=');
        return [.. Tokenizer.Pattern(exact ? phrase[1..] : phrase).Select(w => w.EndsWith('*')
            ? new Word(w[..^1], null, null, true, false)
            : new Word(w, _words.Stem(w), w.Length >= 6 && !exact ? _words.Key(w) : null, false, exact || w.Length <= 4))];
    }

    private PatternSet CompileSet(IEnumerable<string> phrases, bool fuzzy) =>
        new([.. phrases.Select(p => (p, Compile(p))).Where(p => p.Item2.Length > 0)], fuzzy);

    /// <summary>A word of a rule: its folded text, stem and phonetic key, or a prefix (« fuite* »).</summary>
    internal sealed record Word(string Text, string? Stem, string? Key, bool Prefix, bool Exact);

    /// <summary>A word of a comment: folded text, stem, phonetic key, clause and segment.</summary>
    /// <param name="Glued">The phonetic key without a glued « l » or « d » (« lasenceur »), for words of seven letters or more starting with one.</param>
    internal readonly record struct Lexed(string Text, string Stem, string Key, string? Glued, int Clause, int Segment, bool AfterContrast);

    private sealed record Comment(Lexed[] Tokens, (bool[] Question, bool[] Exclaimed) Marks, bool Shouted)
    {
        /// <summary>The lexicon's matches, found once.</summary>
        public List<Match> Lexicon { get; init; } = [];

        /// <summary>The clauses that are a wish or a suggestion.</summary>
        public HashSet<int> Suggestions { get; init; } = [];

        public bool[] Question => Marks.Question;

        public bool[] Exclaimed => Marks.Exclaimed;
    }

    private sealed record Cue(int At, double Weight, string Rule, int Length = 1);

    private readonly record struct Match(int Start, int Length, string Text, int Pattern);

    private sealed record CompiledTheme(string Id, Polarity Prior, PatternSet Keywords, PatternSet Exclude, PatternSet Markers, PatternSet Praise, PatternSet Objects,
        List<(Word[] Keyword, PatternSet Near)> Contextual);

    /// <summary>
    /// Patterns indexed by the stem of their first word (and its phonetic key when fuzzy), or by the first two letters
    /// of a prefix, so that a word is tried only against the patterns that can start with it. Matches come in pattern
    /// order at each place.
    /// </summary>
    private sealed class PatternSet
    {
        private readonly Dictionary<string, List<int>> _byStem = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<int>> _byKey = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<int>> _byPrefixStart = new(StringComparer.Ordinal);
        private readonly List<int> _shortPrefixes = [];
        private readonly List<(string Text, Word[] Pattern)> _patterns;
        private readonly bool _fuzzy;

        public PatternSet(List<(string Text, Word[] Pattern)> patterns, bool fuzzy)
        {
            _patterns = patterns;
            _fuzzy = fuzzy;
            for (var p = 0; p < patterns.Count; p++)
            {
                var first = patterns[p].Pattern[0];
                if (first.Prefix && first.Text.Length < 2)
                {
                    _shortPrefixes.Add(p);
                    continue;
                }

                Add(first.Prefix ? _byPrefixStart : _byStem, first.Prefix ? first.Text[..2] : first.Stem!, p);
                if (fuzzy && first.Key is { } key)
                {
                    Add(_byKey, key, p);
                }
            }
        }

        public IEnumerable<Match> Find(Lexed[] tokens)
        {
            var candidates = new List<int>();
            for (var i = 0; i < tokens.Length; i++)
            {
                candidates.Clear();
                var token = tokens[i];
                if (_byStem.TryGetValue(token.Stem, out var exact))
                {
                    candidates.AddRange(exact);
                }

                if (token.Text.Length >= 2 && _byPrefixStart.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token.Text.AsSpan(0, 2), out var prefixed))
                {
                    candidates.AddRange(prefixed);
                }

                if (_fuzzy && token.Text.Length >= 6)
                {
                    if (_byKey.TryGetValue(token.Key, out var sounding))
                    {
                        candidates.AddRange(sounding);
                    }

                    // A glued article: « lasenceur », « dascenseur ».
                    if (token.Glued is { } gluedKey && _byKey.TryGetValue(gluedKey, out var glued))
                    {
                        candidates.AddRange(glued);
                    }
                }

                candidates.AddRange(_shortPrefixes);
                candidates.Sort();
                var last = -1;
                foreach (var p in candidates)
                {
                    if (p == last)
                    {
                        continue;
                    }

                    last = p;
                    var (text, pattern) = _patterns[p];
                    if (Matches(tokens, i, pattern, _fuzzy))
                    {
                        yield return new Match(i, pattern.Length, text, p);
                    }
                }
            }
        }

        /// <summary>Whether one of the patterns matches at <paramref name="at"/>.</summary>
        public static bool MatchesAny(Lexed[] tokens, int at, PatternSet set) =>
            set._patterns.Exists(p => Matches(tokens, at, p.Pattern, set._fuzzy));

        public static bool Matches(Lexed[] tokens, int at, Word[] pattern, bool fuzzy)
        {
            if (pattern.Length == 0 || at + pattern.Length > tokens.Length)
            {
                return false;
            }

            for (var k = 0; k < pattern.Length; k++)
            {
                var token = tokens[at + k];
                if (token.Clause != tokens[at].Clause || !Same(token, pattern[k], fuzzy))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool Same(Lexed token, Word word, bool fuzzy)
        {
            if (word.Prefix)
            {
                return token.Text.StartsWith(word.Text, StringComparison.Ordinal);
            }

            if (word.Exact)
            {
                return token.Text == word.Text;
            }

            // Same stem, and endings of at most two letters apart (three between words of six letters or more): « fuite »
            // and « fuites », « gardien » and « gardiennes », but not « pour » and « pourrie », « loge » and « logement ».
            var apart = Math.Abs(token.Text.Length - word.Text.Length);
            if (token.Stem == word.Stem && (apart <= 2 || (apart == 3 && Math.Min(token.Text.Length, word.Text.Length) >= 6)))
            {
                return true;
            }

            if (!fuzzy || word.Key is null || token.Text.Length < 6)
            {
                return false;
            }

            return word.Key.Length >= 5 && (token.Key == word.Key || token.Glued == word.Key);
        }

        private static void Add(Dictionary<string, List<int>> index, string key, int pattern)
        {
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            list.Add(pattern);
        }
    }
}
