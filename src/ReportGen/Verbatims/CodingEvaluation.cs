namespace ReportGen.Verbatims;

/// <summary>One comment's gold or coded themes: each theme once, with its polarity.</summary>
public sealed record CodedComment(string Id, IReadOnlyDictionary<string, Polarity> Themes);

/// <summary>
/// How well a coding agrees with a reference (a labelled corpus, or a person's review): theme detection per theme
/// (precision, recall, F1, macro-F1), polarity on the mentions both found (accuracy, Cohen's kappa), and the ranking of
/// the themes by negative mentions (Spearman's rank correlation), which is what the article's irritants rest on.
/// </summary>
public sealed record CodingAgreement(
    IReadOnlyList<ThemeAgreement> Themes,
    double MacroF1,
    int SharedMentions,
    double PolarityAccuracy,
    double PolarityKappa,
    double IrritantRankCorrelation)
{
    /// <summary>Compares <paramref name="coded"/> with <paramref name="reference"/>, comment by comment (matched by id) over <paramref name="themeIds"/>.</summary>
    public static CodingAgreement Of(IReadOnlyList<CodedComment> reference, IReadOnlyList<CodedComment> coded, IReadOnlyList<string> themeIds)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(coded);
        ArgumentNullException.ThrowIfNull(themeIds);
        var byId = coded.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var themes = new List<ThemeAgreement>();
        var pairs = new List<(Polarity Gold, Polarity Coded)>();
        var goldNegative = new double[themeIds.Count];
        var codedNegative = new double[themeIds.Count];
        for (var t = 0; t < themeIds.Count; t++)
        {
            var theme = themeIds[t];
            int tp = 0, fp = 0, fn = 0;
            foreach (var gold in reference)
            {
                var found = byId.TryGetValue(gold.Id, out var c) && c.Themes.ContainsKey(theme);
                var labelled = gold.Themes.TryGetValue(theme, out var goldPolarity);
                if (labelled && goldPolarity == Polarity.Negative)
                {
                    goldNegative[t]++;
                }

                if (found && c!.Themes[theme] == Polarity.Negative)
                {
                    codedNegative[t]++;
                }

                if (found && labelled)
                {
                    tp++;
                    pairs.Add((goldPolarity, c!.Themes[theme]));
                }
                else if (found)
                {
                    fp++;
                }
                else if (labelled)
                {
                    fn++;
                }
            }

            themes.Add(new ThemeAgreement(theme, tp, fp, fn));
        }

        var accuracy = pairs.Count == 0 ? 0 : pairs.Count(p => p.Gold == p.Coded) / (double)pairs.Count;
        var decisions = reference.Count * themeIds.Count;
        var disagreements = themes.Sum(t => t.FalsePositives + t.FalseNegatives);
        return new CodingAgreement(themes, themes.Count == 0 ? 0 : themes.Average(t => t.F1), pairs.Count, accuracy,
            Kappa(pairs), Spearman(goldNegative, codedNegative))
        {
            Comments = reference.Count,
            PresenceAgreement = decisions == 0 ? 0 : (decisions - disagreements) / (double)decisions,
        };
    }

    /// <summary>How many reference comments were compared.</summary>
    public int Comments { get; init; }

    /// <summary>
    /// The share (0–1) of the comment × theme decisions (is the theme there or not?) on which both codings agree: a theme
    /// found by both, or by neither. Every reference comment counts once per theme.
    /// </summary>
    public double PresenceAgreement { get; init; }

    /// <summary>Cohen's kappa of two codings of the same items: (observed − expected agreement) / (1 − expected); 0 when the expected agreement is 1.</summary>
    public static double Kappa<T>(IReadOnlyList<(T A, T B)> pairs)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (pairs.Count == 0)
        {
            return 0;
        }

        double n = pairs.Count;
        var observed = pairs.Count(p => EqualityComparer<T>.Default.Equals(p.A, p.B)) / n;
        var categories = pairs.Select(p => p.A).Concat(pairs.Select(p => p.B)).Distinct().ToList();
        var expected = categories.Sum(c => pairs.Count(p => EqualityComparer<T>.Default.Equals(p.A, c)) / n * (pairs.Count(p => EqualityComparer<T>.Default.Equals(p.B, c)) / n));
        return expected >= 1 ? 0 : (observed - expected) / (1 - expected);
    }

    /// <summary>Spearman's rank correlation, ties given their average rank (the Pearson correlation of the ranks); 0 when either side is constant.</summary>
    public static double Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var rx = Ranks(x);
        var ry = Ranks(y);
        var mx = rx.Average();
        var my = ry.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < rx.Length; i++)
        {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }

        return sxx == 0 || syy == 0 ? 0 : sxy / Math.Sqrt(sxx * syy);
    }

    private static double[] Ranks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = (start + end) / 2.0 + 1;
            }

            start = end + 1;
        }

        return ranks;
    }
}

/// <summary>Theme detection for one theme: true positives, false positives, false negatives, and the measures from them.</summary>
public sealed record ThemeAgreement(string ThemeId, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : TruePositives / (double)(TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : TruePositives / (double)(TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
