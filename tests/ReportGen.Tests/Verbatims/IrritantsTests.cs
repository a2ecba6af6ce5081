using System.Globalization;
using ReportGen.Analysis;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Scaffolding;
using ReportGen.Tests.TestSupport;
using ReportGen.Verbatims;

namespace ReportGen.Tests.Verbatims;

public class IrritantsTests
{
    internal static VerbatimTally SampleTally()
    {
        var bag = new DiagnosticBag();
        var tally = VerbatimReader.Read(Repo.Path("data", "verbatims-2020.csv"), "data/verbatims-2020.csv", VerbatimColumns.Sample, CsvDialect.Detect,
            VerbatimTestData.Rules, SampleVerbatims.DenyList, bag);
        Assert.True(tally is not null, string.Join(Environment.NewLine, bag.Items));
        return tally;
    }

    /// <summary>A comment: the themes it speaks of, each with a polarity.</summary>
    private static (string Theme, Polarity Polarity)[] Comment(params (string, Polarity)[] mentions) => mentions;

    /// <summary><paramref name="count"/> comments negative on <paramref name="theme"/> alone.</summary>
    private static IEnumerable<(string, Polarity)[]> Negative(string theme, int count) =>
        Enumerable.Range(0, count).Select(_ => Comment((theme, Polarity.Negative)));

    /// <summary>A tally of <paramref name="total"/> tenant comments: the given ones, then comments about no theme.</summary>
    private static VerbatimTally Tally(int total, IEnumerable<(string Theme, Polarity Polarity)[]> comments, IEnumerable<(string Theme, Polarity Polarity)[]>? staff = null)
    {
        var tenants = comments.ToList();
        var others = (staff ?? []).ToList();
        Assert.True(tenants.Count <= total);
        var all = tenants.Concat(Enumerable.Repeat(Array.Empty<(string, Polarity)>(), total - tenants.Count)).Select(c => (Type: RespondentType.Tenant, Mentions: c))
            .Concat(others.Select(c => (Type: RespondentType.Staff, Mentions: c)))
            .ToList();
        var themes = all.SelectMany(c => c.Mentions).Select(m => m.Item1).Distinct().Order(StringComparer.Ordinal)
            .Select(id => new VerbatimTheme(id, id.ToUpperInvariant(), ["x"], [], [], default)).ToList();
        var coded = all.Select((c, i) => new CommentCoding(i + 2, (i + 1).ToString(CultureInfo.InvariantCulture), c.Type, "000000",
            [.. c.Mentions.Select(m => new ThemeMention(m.Item1, m.Item2, "x", "test", 1))])).ToList();
        return new VerbatimTally("f.csv", "1", themes, total, others.Count, [], [], coded);
    }

    [Fact]
    public void On_the_sample_requests_and_maintenance_lead_and_the_counts_are_those_of_the_tally()
    {
        var tally = SampleTally();
        var irritants = Irritants.Rank(tally);
        Assert.Equal(["demandes", "maintenance"], irritants.Take(2).Select(i => i.ThemeId).Order(StringComparer.Ordinal));
        Assert.Equal("accompagnement", irritants[2].ThemeId);
        Assert.Equal(1, irritants[0].Rank);
        Assert.True(irritants.Zip(irritants.Skip(1)).All(p => p.First.NegativeMentions >= p.Second.NegativeMentions && p.First.Rank <= p.Second.Rank));
        Assert.All(irritants, i =>
        {
            var count = tally.Count(i.ThemeId, RespondentType.Tenant);
            Assert.Equal(count.NegativeMentions, i.NegativeMentions);
            Assert.Equal(count.Mentions, i.Mentions);
            Assert.Equal(count.Share, i.MentionShare, 12);
            Assert.True(i.ShareInterval.Contains(i.Share) && i.MentionInterval.Contains(i.MentionShare));
        });
    }

    [Fact]
    public void Shares_carry_the_wilson_interval_of_r_prop_test_without_correction()
    {
        // prop.test(15, 148, correct = FALSE): 0.06239 – 0.16049 (Newcombe, 1998); prop.test(25, 148, …): 0.11711 – 0.23748.
        var irritant = Assert.Single(Irritants.Rank(Tally(148, [.. Negative("a", 15), .. Enumerable.Range(0, 10).Select(_ => Comment(("a", Polarity.Positive)))])));
        Assert.Equal(15, irritant.NegativeMentions);
        Assert.Equal(15 / 148.0, irritant.Share, 12);
        Assert.Equal(0.0623864, irritant.ShareInterval.Lower, 1e-6);
        Assert.Equal(0.1604872, irritant.ShareInterval.Upper, 1e-6);
        Assert.Equal(25, irritant.Mentions);
        Assert.Equal(0.1171137, irritant.MentionInterval.Lower, 1e-6);
        Assert.Equal(0.2374763, irritant.MentionInterval.Upper, 1e-6);

        // 81/263: 0.2553 – 0.3662 (Newcombe, 1998).
        var other = Assert.Single(Irritants.Rank(Tally(263, Negative("a", 81))));
        Assert.Equal(0.2552885, other.ShareInterval.Lower, 1e-6);
        Assert.Equal(0.3662096, other.ShareInterval.Upper, 1e-6);
    }

    [Fact]
    public void Two_themes_are_compared_on_their_discordant_comments_only()
    {
        // 5 comments negative on both, 8 on a only, 2 on b only: p = 2·(1 + 10 + 45)/2¹⁰.
        var both = Enumerable.Range(0, 5).Select(_ => Comment(("a", Polarity.Negative), ("b", Polarity.Negative)));
        var irritants = Irritants.Rank(Tally(50, [.. both, .. Negative("a", 8), .. Negative("b", 2)]));
        Assert.Equal(["a", "b"], irritants.Select(i => i.ThemeId));
        Assert.Null(irritants[0].PValue);
        Assert.Equal(0.109375, irritants[1].PValue!.Value, 12);
        Assert.Equal([1, 1], irritants.Select(i => i.Rank));
        Assert.All(irritants, i => Assert.True(i.Tied));
    }

    [Fact]
    public void Pairing_separates_themes_an_independent_test_would_call_tied()
    {
        // b is negative in 22 of the 30 comments negative on a, never elsewhere: 8 discordant comments, all one way.
        var both = Enumerable.Range(0, 22).Select(_ => Comment(("a", Polarity.Negative), ("b", Polarity.Negative)));
        var irritants = Irritants.Rank(Tally(100, [.. both, .. Negative("a", 8)]));
        Assert.Equal([1, 2], irritants.Select(i => i.Rank));
        Assert.Equal(0.0078125, irritants[1].PValue!.Value, 12);
        Assert.False(TwoProportionTest.Compute(0.30, 100, 0.22, 100).SignificantAt(0.95));
    }

    [Fact]
    public void A_clear_ranking_gives_one_theme_a_rank()
    {
        var irritants = Irritants.Rank(Tally(100, [.. Negative("c", 5), .. Negative("a", 40), .. Negative("b", 20)]));
        Assert.Equal(["a", "b", "c"], irritants.Select(i => i.ThemeId));
        Assert.Equal([1, 2, 3], irritants.Select(i => i.Rank));
        Assert.All(irritants, i => Assert.False(i.Tied));
        Assert.Equal(0.01348929373119186, irritants[1].PValue!.Value, 12);
        Assert.Equal(0.004077315330505371, irritants[2].PValue!.Value, 12);
    }

    [Fact]
    public void Themes_the_comments_do_not_tell_apart_share_the_first_rank()
    {
        var irritants = Irritants.Rank(Tally(100, [.. Negative("a", 10), .. Negative("b", 9), .. Negative("c", 8)]));
        Assert.Equal([1, 1, 1], irritants.Select(i => i.Rank));
        Assert.All(irritants, i => Assert.True(i.Tied));
    }

    [Fact]
    public void In_a_chain_a_theme_starts_a_tier_when_it_differs_from_the_first_of_the_current_one()
    {
        // a ≈ b (20 vs 14, p = 0.39) and b ≈ c (14 vs 8, p = 0.29), but a > c (20 vs 8, p = 0.036): c starts a tier.
        Assert.False(McNemarTest.Exact(14, 8).SignificantAt(0.95));
        var irritants = Irritants.Rank(Tally(100, [.. Negative("a", 20), .. Negative("b", 14), .. Negative("c", 8)]));
        Assert.Equal([1, 1, 3], irritants.Select(i => i.Rank));
        Assert.Equal([true, true, false], irritants.Select(i => i.Tied));
        Assert.Equal(0.03569813817739487, irritants[2].PValue!.Value, 12);

        // A fourth theme is compared with c, the first of its tier: 8 vs 7 joins it.
        var four = Irritants.Rank(Tally(100, [.. Negative("a", 20), .. Negative("b", 14), .. Negative("c", 8), .. Negative("d", 7)]));
        Assert.Equal([1, 1, 3, 3], four.Select(i => i.Rank));
    }

    [Fact]
    public void A_lower_confidence_level_splits_what_the_higher_one_ties()
    {
        // 15 vs 5 discordant: p = 0.041, significant at 95 %, not at 99 %.
        (string, Polarity)[][] comments = [.. Negative("a", 15), .. Negative("b", 5)];
        Assert.Equal([1, 2], Irritants.Rank(Tally(60, comments), 0.95).Select(i => i.Rank));
        Assert.Equal([1, 1], Irritants.Rank(Tally(60, comments), 0.99).Select(i => i.Rank));
    }

    [Fact]
    public void Order_is_by_count_then_id_whatever_the_order_of_the_comments()
    {
        (string, Polarity)[][] comments = [.. Negative("b", 3), .. Negative("a", 3), .. Negative("c", 4)];
        var irritants = Irritants.Rank(Tally(10, comments));
        Assert.Equal(["c", "a", "b"], irritants.Select(i => i.ThemeId));
        Assert.Equal(irritants, Irritants.Rank(Tally(10, comments.Reverse())));
    }

    [Fact]
    public void Staff_comments_and_themes_without_complaints_are_left_out()
    {
        var irritants = Irritants.Rank(Tally(10,
            [.. Negative("a", 3), Comment(("b", Polarity.Positive)), Comment(("b", Polarity.Neutral))],
            staff: Negative("b", 5)));
        var irritant = Assert.Single(irritants);
        Assert.Equal(new Irritant(1, "a", "A", 3, 0.3, Proportions.Wilson(0.3, 10, Proportions.CriticalValue(0.95)), 3, 0.3,
            Proportions.Wilson(0.3, 10, Proportions.CriticalValue(0.95)), false), irritant);
    }
}
