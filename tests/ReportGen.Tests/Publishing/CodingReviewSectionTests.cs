using ReportGen.Publishing;
using ReportGen.Tests.Verbatims;
using ReportGen.Verbatims;

namespace ReportGen.Tests.Publishing;

public class CodingReviewSectionTests
{
    private static readonly IReadOnlyList<VerbatimTheme> Themes =
    [
        new("a", "A", ["a"], [], [], default),
        new("b", "B", ["b"], [], [], default),
        new("c", "C", ["c"], [], [], default),
    ];

    private static ThemeMention M(string theme, Polarity polarity) => new(theme, polarity, theme, "r", 0.7);

    private static CommentCoding Reviewed(int line, IReadOnlyList<ThemeMention> review, IReadOnlyList<ThemeMention> auto) =>
        new(line, $"R{line}", RespondentType.Tenant, "000000", review) { Automatic = auto };

    [Fact]
    public void The_agreement_of_the_coder_with_the_review_is_measured_on_the_reviewed_comments_only()
    {
        CommentCoding[] coded =
        [
            Reviewed(1, [M("a", Polarity.Negative), M("b", Polarity.Positive)], [M("a", Polarity.Negative), M("c", Polarity.Neutral)]),
            Reviewed(2, [], [M("b", Polarity.Positive)]),
            Reviewed(3, [M("c", Polarity.Negative)], [M("c", Polarity.Positive)]),
            Reviewed(4, [M("a", Polarity.Positive), M("b", Polarity.Neutral)], [M("a", Polarity.Positive), M("b", Polarity.Neutral)]),
            new(5, "U5", RespondentType.Tenant, "000000", [M("a", Polarity.Negative), M("b", Polarity.Negative)]),
        ];
        var tally = VerbatimTally.Of("c.csv", ReviewedCodingTests.RulesOf(Themes), coded, []);

        var agreement = CodingReviewSection.Agreement(tally)!;

        // 4 reviewed comments × 3 themes = 12 decisions; the coder missed b in R1 and added c in R1 and b in R2: 9 of 12 agree.
        Assert.Equal(4, agreement.Comments);
        Assert.Equal(0.75, agreement.PresenceAgreement, 12);
        // Mentions both found: R1 a (−/−), R3 c (−/+), R4 a (+/+), R4 b (0/0): 3 of 4.
        Assert.Equal(4, agreement.SharedMentions);
        Assert.Equal(0.75, agreement.PolarityAccuracy, 12);
        // Expected agreement: review −½ +¼ 0¼, coder −¼ +½ 0¼: ½·¼ + ¼·½ + ¼·¼ = 0,3125; κ = (0,75 − 0,3125) / (1 − 0,3125) = 7/11.
        Assert.Equal(7 / 11.0, agreement.PolarityKappa, 12);
        // F1: a 1 (2 TP), b ½ (1 TP, 1 FP, 1 FN), c ⅔ (1 TP, 1 FP).
        Assert.Equal((1 + 0.5 + 2 / 3.0) / 3, agreement.MacroF1, 12);
        Assert.Equal(4, tally.ReviewedComments);
    }

    [Fact]
    public void Without_a_review_there_is_no_agreement()
    {
        CommentCoding[] coded = [new(2, "U2", RespondentType.Tenant, "000000", [M("a", Polarity.Negative)])];

        Assert.Null(CodingReviewSection.Agreement(VerbatimTally.Of("c.csv", ReviewedCodingTests.RulesOf(Themes), coded, [])));
    }
}
