using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Scaffolding;
using ReportGen.Tests.TestSupport;
using ReportGen.Verbatims;

namespace ReportGen.Tests.Verbatims;

public class IrritantsTests
{
    private static readonly string[] ThemeIds = ["b", "a", "c"];

    internal static VerbatimTally SampleTally()
    {
        var bag = new DiagnosticBag();
        var tally = VerbatimReader.Read(Repo.Path("data", "verbatims-2020.csv"), "data/verbatims-2020.csv", VerbatimColumns.Sample, CsvDialect.Detect,
            VerbatimTestData.Rules, SampleVerbatims.DenyList, bag);
        Assert.True(tally is not null, string.Join(Environment.NewLine, bag.Items));
        return tally;
    }

    [Fact]
    public void On_the_sample_the_top_two_irritants_are_requests_and_maintenance_as_in_the_article()
    {
        var irritants = Irritants.Rank(SampleTally());
        Assert.Equal(["demandes", "maintenance"], irritants.Take(2).Select(i => i.ThemeId));
        Assert.Equal("accompagnement", irritants[2].ThemeId);
        Assert.Equal(Enumerable.Range(1, irritants.Count), irritants.Select(i => i.Rank));
        Assert.True(irritants.Zip(irritants.Skip(1)).All(p => p.First.NegativeMentions >= p.Second.NegativeMentions));
    }

    [Fact]
    public void Ties_are_ranked_by_theme_id_and_themes_without_complaints_are_left_out()
    {
        var themes = ThemeIds.Select(id => new VerbatimTheme(id, id.ToUpperInvariant(), ["x"], [], [], default)).ToList();
        var tally = new VerbatimTally("f.csv", "1", themes, 10, 2,
        [
            new ThemeCount("b", "B", RespondentType.Tenant, 4, 3, 0, 0.4),
            new ThemeCount("a", "A", RespondentType.Tenant, 3, 3, 0, 0.3),
            new ThemeCount("c", "C", RespondentType.Tenant, 2, 0, 2, 0.2),
            new ThemeCount("c", "C", RespondentType.Staff, 2, 2, 0, 1.0),
        ], [], []);
        var irritants = Irritants.Rank(tally);
        Assert.Equal([new Irritant(1, "a", "A", 3, 0.3), new Irritant(2, "b", "B", 3, 0.3)], irritants);
    }
}
