using System.Text;
using ReportGen.Analysis;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Ingest;
using ReportGen.Scaffolding;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Scaffolding;

public class SampleMirrorTests
{
    private static readonly Lazy<(SurveyResults Tenants, SurveyTally Staff, IReadOnlyList<IndicatorEstimate> StaffEstimates)> Sample = new(ReadSample);

    /// <summary>The staff file read with the tenant project's indicators, as the integration will read it.</summary>
    private static (SurveyResults, SurveyTally, IReadOnlyList<IndicatorEstimate>) ReadSample()
    {
        var tenants = ReportBuilder.Check(Repo.Path("data", "reportgen.yaml"));
        var project = tenants.Project;
        var source = new DataSourceDefinition("collaborateurs", Repo.Path("data", "staff-mirror-2020.csv"), "data/staff-mirror-2020.csv",
            new CsvDialect(';', null, null),
            new ColumnRoles("id_collaborateur", null, null,
                [new SegmentColumn("direction", "direction", "directions"), new SegmentColumn("fonction", "fonction", "fonctions"), new SegmentColumn("site", "site", "sites")]),
            new SourceLocation("test"));
        var bag = new DiagnosticBag();
        // Staff are not asked whether tenants would recommend the Office: the net score has no column in their file.
        var asked = project.Catalog.Indicators.Where(i => i.Kind != IndicatorKind.Net).ToList();
        var staff = SurveyReader.Read(source, asked, project.Catalog, [], bag)?.Merge(_ => true);
        Assert.True(staff is not null, string.Join(Environment.NewLine, bag.Items));
        var estimates = project.Catalog.Shares
            .Select(i => IndicatorAnalysis.Estimate(i, project.Catalog.Scale(i.ScaleId), staff.Answers[i.Id], project.Thresholds))
            .ToList();
        return (tenants, staff, estimates);
    }

    private static MirrorGap GapOf(string id)
    {
        var (tenants, _, staff) = Sample.Value;
        return MirrorAnalysis.Gaps(staff, tenants.Estimates, tenants.Project.Thresholds.ConfidenceLevel).Single(g => g.IndicatorId == id);
    }

    [Fact]
    public void The_committed_staff_sample_is_what_the_committed_generator_writes()
    {
        using var memory = new MemoryStream();
        SampleMirror.Write(memory);
        Assert.Equal(File.ReadAllBytes(Repo.Path("data", "staff-mirror-2020.csv")), memory.ToArray());
    }

    [Fact]
    public void The_staff_sample_is_utf8_with_a_byte_order_mark_semicolons_crlf_and_the_tenant_item_columns()
    {
        using var memory = new MemoryStream();
        SampleMirror.Write(memory, rows: 40, seed: 7);
        var bytes = memory.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes[3..]);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(41, lines.Length);
        Assert.DoesNotContain('\n', string.Concat(lines));
        Assert.Equal(["id_collaborateur", "fonction", "direction", "site", .. SampleSurvey.Items.Select(i => i.Column), "q12_note_globale"], lines[0].Split(';'));
        Assert.Matches(@"^C0001;[^;]+;Direction [^;]+;(Agence \w+|Siège);", lines[1]);
        Assert.Contains("Très satisfait", text, StringComparison.Ordinal);
        Assert.Contains("Ne sait pas", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_seed_gives_the_same_staff_file_and_another_seed_another()
    {
        static byte[] Generate(int seed)
        {
            using var memory = new MemoryStream();
            SampleMirror.Write(memory, seed: seed);
            return memory.ToArray();
        }

        Assert.Equal(Generate(1), Generate(1));
        Assert.NotEqual(Generate(1), Generate(2));
    }

    [Fact]
    public void Each_staff_percentage_rounds_to_its_intended_whole_percent()
    {
        var (_, _, staff) = Sample.Value;
        var byColumn = Sample.Value.Tenants.Project.Catalog.Indicators.ToDictionary(i => i.Column, i => i.Id, StringComparer.Ordinal);
        foreach (var item in SampleMirror.Items)
        {
            var estimate = staff.Single(e => e.IndicatorId == byColumn[item.Column]);
            Assert.Equal(item.Target * 100, Math.Round(estimate.Satisfied!.Value * 100), 9);
        }
    }

    [Fact]
    public void Staff_significantly_overestimate_the_handling_of_requests_and_the_interventions()
    {
        foreach (var id in new[] { "delai-solution", "qualite-intervention" })
        {
            var gap = GapOf(id);
            Assert.Equal(MirrorGapClass.StaffOverestimate, gap.Class);
            Assert.True(gap.Significant);
            Assert.True(gap.GapPoints > 10, $"{id}: {gap.GapPoints}");
        }
    }

    [Fact]
    public void Staff_converge_with_tenants_on_reception_communication_and_housing()
    {
        foreach (var id in new[] { "accueil", "communication", "logement" })
        {
            var gap = GapOf(id);
            Assert.Equal(MirrorGapClass.Convergence, gap.Class);
            Assert.InRange(gap.GapPoints!.Value, -3, 3);
        }
    }

    [Fact]
    public void The_tenant_figures_are_the_articles_so_the_gaps_are_measured_against_them()
    {
        var tenants = Sample.Value.Tenants.Estimates.ToDictionary(e => e.IndicatorId, StringComparer.Ordinal);
        var byColumn = Sample.Value.Tenants.Project.Catalog.Indicators.ToDictionary(i => i.Column, i => i.Id, StringComparer.Ordinal);
        foreach (var item in SampleMirror.Items)
        {
            Assert.Equal(item.TenantFigure * 100, Math.Round(tenants[byColumn[item.Column]].Satisfied!.Value * 100, 1), 9);
        }
    }

    [Fact]
    public void The_small_direction_is_hidden_with_the_next_smallest_in_a_staff_table()
    {
        var (_, staff, _) = Sample.Value;
        var directions = staff.Segments["direction"];
        Assert.Equal(SampleMirror.DefaultRows, directions.Sum(d => d.Respondents));
        Assert.Equal(SampleMirror.SmallDirectionSize, directions.Single(d => d.Value == "Direction générale").Respondents);
        var table = Disclosure.Protect([.. directions.Select(d => d.Respondents)], staff.Respondents);
        var hidden = table.Hidden.ToDictionary(c => directions[c.Index].Value, c => c.Reason, StringComparer.Ordinal);
        Assert.Equal(2, hidden.Count);
        Assert.Equal(Suppression.Primary, hidden["Direction générale"]);
        Assert.Equal(Suppression.Complementary, hidden["Direction administrative et financière"]);
    }

    [Fact]
    public void Staff_sites_are_the_five_agencies_and_the_head_office()
    {
        var sites = Sample.Value.Staff.Segments["site"].Select(s => s.Value).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(SampleMirror.Sites.ToHashSet(StringComparer.Ordinal), sites);
        Assert.Equal(6, sites.Count);
    }

    [Fact]
    public void Adding_the_score_left_every_other_staff_column_as_it_was()
    {
        // The first 15 columns are the whole file as committed before the score was added: its SHA-256 (git show 93d5e0a:data/staff-mirror-2020.csv).
        var bytes = File.ReadAllBytes(Repo.Path("data", "staff-mirror-2020.csv"));
        Assert.Equal(ItemColumnsHash, SampleSurveyTests.HashOfColumns(bytes, 4 + SampleMirror.Items.Count));
    }

    [Fact]
    public void Staff_overestimate_the_overall_score_as_they_overestimate_overall_satisfaction()
    {
        var tenants = Sample.Value.Tenants;
        var gap = Assert.Single(tenants.Mirror!.ScoreGaps);
        Assert.Equal("note-globale", gap.IndicatorId);
        Assert.Equal(MirrorGapClass.StaffOverestimate, gap.Class);
        Assert.InRange(gap.StaffMean!.Value - gap.TenantMean!.Value, 0.3, 0.8);
    }

    private const string ItemColumnsHash = "E6D750B3D5F3B57946F0EB72615E40544BBD66C5FAD18DB416401EA45BDBC86E";
}
