using System.Globalization;
using ReportGen.Diagnostics;
using ReportGen.Tests.TestSupport;
using ReportGen.Verbatims;

namespace ReportGen.Benchmarks;

/// <summary>
/// <c>coding-quality [RULES] CORPUS…</c>: the comment coder measured on labelled corpora (docs/analysis.md): theme
/// macro-F1, polarity accuracy and Cohen's kappa on the mentions found, the rank correlation of the themes' negative
/// mentions (the irritants), beside the baseline that calls every mention negative.
/// </summary>
internal static class CodingQuality
{
    public static void Run(string rulesPath, IReadOnlyList<string> corpora)
    {
        var errors = corpora.Contains("--errors");
        var speed = corpora.Contains("--speed");
        corpora = [.. corpora.Where(c => c is not ("--errors" or "--speed"))];
        var bag = new DiagnosticBag();
        var rules = VerbatimRuleLoader.Load(rulesPath, rulesPath, bag) ?? throw new InvalidOperationException(string.Join(Environment.NewLine, bag.Items));
        var coder = new ThemeCoder(rules);
        Console.WriteLine($"rules {rulesPath} (version {rules.Version})");
        Console.WriteLine("| corpus | comments | mentions | theme macro-F1 | polarity accuracy | kappa | irritant ρ | always-negative: accuracy | kappa | irritant ρ |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var path in corpora)
        {
            // « dev.csv+dev-b.csv » joins several files into one corpus.
            var corpus = path.Split('+').SelectMany(part => LabelledComment.Read(part)).ToList();
            var gold = corpus.Select(c => c.Gold).ToList();
            var coded = CodingAgreement.Of(gold, LabelledComment.Code(corpus, coder), LabelledComment.ThemeIds);
            var negative = CodingAgreement.Of(gold, LabelledComment.Code(corpus, coder, Polarity.Negative), LabelledComment.ThemeIds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {string.Join('+', path.Split('+').Select(Path.GetFileName))} | {corpus.Count} | {gold.Sum(g => g.Themes.Count)} | {coded.MacroF1:F3} | {coded.PolarityAccuracy:F3} | {coded.PolarityKappa:F3} | {coded.IrritantRankCorrelation:F3} | {negative.PolarityAccuracy:F3} | {negative.PolarityKappa:F3} | {negative.IrritantRankCorrelation:F3} |"));
            if (errors)
            {
                var byRule = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
                foreach (var comment in corpus)
                {
                    foreach (var mention in coder.Code(comment.Text))
                    {
                        if (comment.Gold.Themes.TryGetValue(mention.ThemeId, out var labelled))
                        {
                            var kind = mention.Rule.Split(':')[0] + (mention.Rule.StartsWith("prior", StringComparison.Ordinal) ? ":" + mention.ThemeId : "");
                            if (!byRule.TryGetValue(kind, out var n))
                            {
                                byRule[kind] = n = new int[4];
                            }

                            n[0] += labelled == mention.Polarity ? 1 : 0;
                            n[1 + (int)labelled]++;
                        }
                    }
                }

                foreach (var (kind, n) in byRule)
                {
                    Console.WriteLine($"    rule {kind,-28} right {n[0],3} of {n[1] + n[2] + n[3],3}   gold neutral {n[1]}, positive {n[2]}, negative {n[3]}");
                }

                foreach (var comment in corpus)
                {
                    var mentions = coder.Code(comment.Text);
                    var got = string.Join("|", mentions.Select(m => $"{m.ThemeId}:{m.Polarity.ToString().ToLowerInvariant()}"));
                    var want = string.Join("|", comment.Gold.Themes.Select(t => $"{t.Key}:{t.Value.ToString().ToLowerInvariant()}"));
                    var same = mentions.Count == comment.Gold.Themes.Count && mentions.All(m => comment.Gold.Themes.TryGetValue(m.ThemeId, out var p) && p == m.Polarity);
                    if (!same)
                    {
                        Console.WriteLine($"{comment.Id} {comment.Text}\n    want {want}\n    got  {got}   [{string.Join(", ", mentions.Select(m => $"{m.ThemeId}<{m.Keyword}> {m.Rule} {m.Confidence:F2}"))}]");
                    }
                }
            }

            if (speed)
            {
                // Throughput of the coder alone, after a warm-up pass: comments coded per second on one core.
                LabelledComment.Code(corpus, coder);
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var passes = 0;
                while (clock.Elapsed.TotalSeconds < 3)
                {
                    LabelledComment.Code(corpus, coder);
                    passes++;
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    speed: {passes * corpus.Count / clock.Elapsed.TotalSeconds:F0} comments per second ({passes} passes)"));
            }

            foreach (var theme in coded.Themes)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    {theme.ThemeId,-15} P {theme.Precision:F2}  R {theme.Recall:F2}  F1 {theme.F1:F2}  (tp {theme.TruePositives}, fp {theme.FalsePositives}, fn {theme.FalseNegatives})"));
            }
        }
    }
}
