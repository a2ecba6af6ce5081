using ReportGen.Analysis;
using ReportGen.Documents;
using ReportGen.Publishing;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Publishing;

/// <summary>The irritants in the evidence pack: shares with their intervals, ranks with ties marked, the method stated.</summary>
public class EvidencePackIrritantsTests
{
    private static readonly Lazy<SurveyResults> Sample = new(() => ReportBuilder.Check(Repo.Path("data", "reportgen.yaml")));

    private static string Text(TableCell cell) => string.Concat(cell.Runs.Select(r => r.Text));

    private static string Text(Paragraph paragraph) => string.Concat(paragraph.Runs.Select(r => r.Text));

    [Fact]
    public void The_irritant_table_gives_counts_shares_intervals_and_ranks_with_ties_marked_then_the_method()
    {
        var results = Sample.Value;
        var blocks = EvidencePack.Compose(results, [], "test", null).ToList();
        var heading = blocks.FindIndex(b => b is Heading { Anchor: "actions-correctives" });
        var table = Assert.IsType<Table>(blocks[heading + 2]);
        Assert.Equal(["Rang", "Irritant", "Commentaires négatifs", "Part", "IC à 95\u202F%", "Chantier correctif"], table.Columns.Select(c => c.Header));

        var irritants = results.Verbatims!.Irritants;
        Assert.Equal(irritants.Count, table.Rows.Count);
        for (var i = 0; i < irritants.Count; i++)
        {
            var irritant = irritants[i];
            var row = table.Rows[i].Select(Text).ToList();
            Assert.Equal(irritant.Rank + (irritant.Tied ? (irritant.Rank == 1 ? "er" : "e") + "\u00A0ex\u00A0aequo" : ""), row[0]);
            Assert.Equal(FrenchFormat.Count(irritant.NegativeMentions), row[2]);
            Assert.Equal(FrenchFormat.Percent(irritant.Share), row[3]);
            Assert.Equal($"{FrenchFormat.Number(irritant.ShareInterval.Lower * 100, 1)} – {FrenchFormat.Percent(irritant.ShareInterval.Upper)}", row[4]);
        }

        var method = Text(Assert.IsType<Paragraph>(blocks[heading + 3]));
        Assert.Contains("intervalle de score de Wilson", method, StringComparison.Ordinal);
        Assert.Contains("test exact de McNemar", method, StringComparison.Ordinal);
        Assert.Contains("au seuil de 5\u202F%", method, StringComparison.Ordinal);
        Assert.Contains("ex aequo", method, StringComparison.Ordinal);
        Assert.Contains("pas les erreurs du codage automatique", method, StringComparison.Ordinal);
        Assert.Contains($"aux {FrenchFormat.Count(results.Verbatims.Tally.TenantComments)} commentaires de locataires", method, StringComparison.Ordinal);
    }

    [Fact]
    public void The_comments_table_gives_each_themes_share_of_tenant_comments_with_its_interval()
    {
        var results = Sample.Value;
        var tally = results.Verbatims!.Tally;
        var table = EvidencePack.Compose(results, [], "test", null).OfType<Table>().Single(t => t.Columns[0].Header == "Thème" && t.Columns.Any(c => c.Header == "Collaborateurs"));
        var first = tally.Count(tally.Themes[0].Id, ReportGen.Verbatims.RespondentType.Tenant);
        var interval = Proportions.Wilson(first.Share, tally.TenantComments, Proportions.CriticalValue(0.95));
        var row = table.Rows[0].Select(Text).ToList();
        Assert.Equal(FrenchFormat.Percent(first.Share), row[2]);
        Assert.Equal($"{FrenchFormat.Number(interval.Lower * 100, 1)} – {FrenchFormat.Percent(interval.Upper)}", row[3]);
    }
}
