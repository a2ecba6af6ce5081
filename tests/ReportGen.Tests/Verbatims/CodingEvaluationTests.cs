using ReportGen.Verbatims;

namespace ReportGen.Tests.Verbatims;

/// <summary>The measures of coding agreement against values computed by hand.</summary>
public class CodingEvaluationTests
{
    private static CodedComment C(string id, params (string Theme, Polarity Polarity)[] themes) =>
        new(id, themes.ToDictionary(t => t.Theme, t => t.Polarity, StringComparer.Ordinal));

    [Fact]
    public void Kappa_matches_the_textbook_example()
    {
        // 50 items: both yes 20, A yes B no 5, A no B yes 10, both no 15: po = 0.7, pe = 0.5·0.6 + 0.5·0.4 = 0.5, κ = 0.4.
        var pairs = Enumerable.Repeat(("yes", "yes"), 20).Concat(Enumerable.Repeat(("yes", "no"), 5))
            .Concat(Enumerable.Repeat(("no", "yes"), 10)).Concat(Enumerable.Repeat(("no", "no"), 15)).ToList();
        Assert.Equal(0.4, CodingAgreement.Kappa(pairs), 12);
        Assert.Equal(0, CodingAgreement.Kappa(Enumerable.Repeat(("a", "a"), 5).ToList()));
    }

    [Fact]
    public void Spearman_gives_ties_their_average_rank()
    {
        Assert.Equal(1, CodingAgreement.Spearman([1, 2, 3, 4], [10, 20, 30, 40]), 12);
        Assert.Equal(-1, CodingAgreement.Spearman([1, 2, 3, 4], [4, 3, 2, 1]), 12);
        // x ranks 1, 2.5, 2.5, 4; y ranks 1, 2, 3, 4: r = 4.5 / sqrt(4.5 · 5) = 0.9486832980505138.
        Assert.Equal(0.9486832980505138, CodingAgreement.Spearman([1, 5, 5, 9], [1, 2, 3, 4]), 12);
        Assert.Equal(0, CodingAgreement.Spearman([3, 3, 3], [1, 2, 3]));
    }

    [Fact]
    public void Agreement_counts_themes_per_comment_and_polarity_on_the_mentions_both_found()
    {
        IReadOnlyList<CodedComment> gold =
        [
            C("1", ("a", Polarity.Negative), ("b", Polarity.Positive)),
            C("2", ("a", Polarity.Negative)),
            C("3", ("b", Polarity.Neutral)),
        ];
        IReadOnlyList<CodedComment> coded =
        [
            C("1", ("a", Polarity.Negative), ("b", Polarity.Negative)),
            C("2", ("b", Polarity.Negative)),
            C("3", ("b", Polarity.Neutral)),
        ];
        var agreement = CodingAgreement.Of(gold, coded, ["a", "b"]);

        Assert.Equal((1, 0, 1), (agreement.Themes[0].TruePositives, agreement.Themes[0].FalsePositives, agreement.Themes[0].FalseNegatives));
        Assert.Equal((2, 1, 0), (agreement.Themes[1].TruePositives, agreement.Themes[1].FalsePositives, agreement.Themes[1].FalseNegatives));
        Assert.Equal((2 / 3.0 + 0.8) / 2, agreement.MacroF1, 12); // a: P 1, R 0.5; b: P 2/3, R 1
        Assert.Equal(3, agreement.SharedMentions);
        Assert.Equal(2 / 3.0, agreement.PolarityAccuracy, 12);
        // Negative mentions per theme: gold a 2, b 0; coded a 1, b 2: opposite ranks.
        Assert.Equal(-1, agreement.IrritantRankCorrelation, 12);
    }
}
