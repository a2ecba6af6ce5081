using System.Text;
using ReportGen.Diagnostics;
using ReportGen.Verbatims;

namespace ReportGen.Tests.Verbatims;

public class CodingFileTests
{
    internal static readonly IReadOnlyList<VerbatimTheme> Themes =
    [
        new("demandes", "Demandes", ["demande"], [], [], default),
        new("maintenance", "Maintenance", ["panne"], [], [], default),
        new("proprete", "Propreté", ["sale"], [], [], default),
    ];

    internal static ThemeMention Mention(string theme, Polarity polarity, double confidence = 0.7) => new(theme, polarity, theme[..3], $"rule:{theme}", confidence);

    private static string Text(byte[] bytes)
    {
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
    }

    [Fact]
    public void One_row_per_comment_and_theme_in_file_then_rule_set_order_and_none_for_a_comment_without_theme()
    {
        CommentCoding[] coded =
        [
            new(2, "A1", RespondentType.Tenant, "0a0b0c", [Mention("proprete", Polarity.Negative, 0.856), Mention("demandes", Polarity.Positive, 1)]),
            new(3, "A2", RespondentType.Staff, "111111", []),
            new(5, "A3", RespondentType.Staff, "222222", [Mention("maintenance", Polarity.Neutral, 0.5) with { Uncertain = true }]),
        ];

        var text = Text(CodingFile.Write(Themes, coded, automatic: false, emptyRows: false));

        Assert.Equal(
            "id;line;type;fingerprint;theme;polarity;confidence;keyword;rule;uncertain;source\n" +
            "A1;2;tenant;0a0b0c;demandes;positive;1.00;dem;rule:demandes;0;auto\n" +
            "A1;2;tenant;0a0b0c;proprete;negative;0.86;pro;rule:proprete;0;auto\n" +
            "A3;5;staff;222222;maintenance;neutral;0.50;mai;rule:maintenance;1;auto\n", text);
    }

    [Fact]
    public void The_review_sample_writes_an_empty_theme_row_and_the_coders_rows_of_a_reviewed_comment()
    {
        CommentCoding[] coded =
        [
            new(2, "A1", RespondentType.Tenant, "0a0b0c", [Mention("proprete", Polarity.Positive)]) { Automatic = [Mention("proprete", Polarity.Negative)] },
            new(3, "A2", RespondentType.Staff, "111111", []),
        ];

        var sample = Text(CodingFile.Write(Themes, coded, automatic: true, emptyRows: true)).Split('\n');
        var coding = Text(CodingFile.Write(Themes, coded, automatic: false, emptyRows: false)).Split('\n');

        Assert.Equal("A1;2;tenant;0a0b0c;proprete;negative;0.70;pro;rule:proprete;0;auto", sample[1]);
        Assert.Equal("A2;3;staff;111111;;;;;;;auto", sample[2]);
        Assert.Equal("A1;2;tenant;0a0b0c;proprete;positive;0.70;pro;rule:proprete;0;reviewed", coding[1]);
        Assert.Equal(3, coding.Length);
    }

    [Fact]
    public void Ids_with_a_delimiter_or_quotes_are_quoted_and_a_formula_looking_id_is_escaped_and_reads_back()
    {
        CommentCoding[] coded =
        [
            new(2, "a;b", RespondentType.Tenant, "0a0b0c", [Mention("proprete", Polarity.Negative)]),
            new(3, "say \"hi\"", RespondentType.Tenant, "111111", [Mention("proprete", Polarity.Negative)]),
            new(4, "=cmd|' /C calc'!A0", RespondentType.Tenant, "222222", [Mention("proprete", Polarity.Negative)]),
        ];

        var bytes = CodingFile.Write(Themes, coded, automatic: false, emptyRows: false);
        var lines = Text(bytes).Split('\n');

        Assert.StartsWith("\"a;b\";2;", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("\"say \"\"hi\"\"\";3;", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("\"'=cmd|' /C calc'!A0\";4;", lines[3], StringComparison.Ordinal);

        // Read back as a reviewed coding, every row finds its comment.
        var path = Path.Combine(Path.GetTempPath(), $"coding-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, bytes);
        try
        {
            var bag = new DiagnosticBag();
            var reviewed = ReviewedCoding.Load(path, "coding.csv", ReviewedCodingTests.RulesOf(Themes), bag);
            Assert.Empty(bag.Items);
            Assert.All(coded, c => Assert.NotNull(reviewed!.Find(c.Id, c.Fingerprint)));
            reviewed!.Check(coded, bag);
            Assert.Empty(bag.Items);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_counts_are_made_from_the_codings()
    {
        CommentCoding[] coded =
        [
            new(2, "A1", RespondentType.Tenant, "0a0b0c", [Mention("proprete", Polarity.Negative), Mention("demandes", Polarity.Positive)]),
            new(3, "A2", RespondentType.Tenant, "111111", []),
            new(4, "A3", RespondentType.Tenant, "222222", [Mention("proprete", Polarity.Negative)]),
            new(5, "A4", RespondentType.Staff, "333333", [Mention("proprete", Polarity.Neutral)]),
        ];

        var tally = VerbatimTally.Of("c.csv", ReviewedCodingTests.RulesOf(Themes), coded, []);

        Assert.Equal((3, 1), (tally.TenantComments, tally.StaffComments));
        var tenants = tally.Count("proprete", RespondentType.Tenant);
        Assert.Equal((2, 2, 0), (tenants.Mentions, tenants.NegativeMentions, tenants.PositiveMentions));
        Assert.Equal(2 / 3.0, tenants.Share, 12);
        Assert.Equal((1, 0, 0), (tally.Count("proprete", RespondentType.Staff).Mentions, tally.Count("proprete", RespondentType.Staff).NegativeMentions, tally.Count("proprete", RespondentType.Staff).PositiveMentions));
        Assert.Equal(1, tally.Count("demandes", RespondentType.Tenant).PositiveMentions);
        Assert.Equal(0, tally.ReviewedComments);
    }
}
