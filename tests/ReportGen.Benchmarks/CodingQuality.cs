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
        var bag = new DiagnosticBag();
        var rules = VerbatimRuleLoader.Load(rulesPath, rulesPath, bag) ?? throw new InvalidOperationException(string.Join(Environment.NewLine, bag.Items));
        var coder = new ThemeCoder(rules);
        Console.WriteLine($"rules {rulesPath} (version {rules.Version})");
        Console.WriteLine("| corpus | comments | mentions | theme macro-F1 | polarity accuracy | kappa | irritant ρ | always-negative: accuracy | kappa | irritant ρ |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var path in corpora)
        {
            var corpus = LabelledComment.Read(path);
            var gold = corpus.Select(c => c.Gold).ToList();
            var coded = CodingAgreement.Of(gold, LabelledComment.Code(corpus, coder), LabelledComment.ThemeIds);
            var negative = CodingAgreement.Of(gold, LabelledComment.Code(corpus, coder, Polarity.Negative), LabelledComment.ThemeIds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Path.GetFileName(path)} | {corpus.Count} | {gold.Sum(g => g.Themes.Count)} | {coded.MacroF1:F3} | {coded.PolarityAccuracy:F3} | {coded.PolarityKappa:F3} | {coded.IrritantRankCorrelation:F3} | {negative.PolarityAccuracy:F3} | {negative.PolarityKappa:F3} | {negative.IrritantRankCorrelation:F3} |"));
            foreach (var theme in coded.Themes)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    {theme.ThemeId,-15} P {theme.Precision:F2}  R {theme.Recall:F2}  F1 {theme.F1:F2}  (tp {theme.TruePositives}, fp {theme.FalsePositives}, fn {theme.FalseNegatives})"));
            }
        }
    }
}
