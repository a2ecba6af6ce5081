using System.Text;
using ReportGen.Scaffolding;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Scaffolding;

public class SampleVerbatimsTests
{
    [Fact]
    public void The_committed_sample_verbatims_are_what_the_committed_generator_writes()
    {
        using var memory = new MemoryStream();
        SampleVerbatims.Write(memory);
        Assert.Equal(File.ReadAllBytes(Repo.Path("data", "verbatims-2020.csv")), memory.ToArray());
    }

    [Fact]
    public void The_sample_is_utf8_with_bom_semicolons_crlf_with_tenants_and_staff()
    {
        using var memory = new MemoryStream();
        SampleVerbatims.Write(memory, count: 500, seed: 7);
        var bytes = memory.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(501, lines.Length);
        Assert.Equal("id;type;moment;agence;commentaire", lines[0]);
        var staff = lines.Skip(1).Count(l => l.Split(';')[1] == "collaborateur");
        Assert.InRange(staff, 70, 130);
        Assert.All(lines.Skip(1), l => Assert.True(l.Split(';')[1] is "locataire" or "collaborateur", l));
        Assert.All(lines.Skip(1), l => Assert.Contains(l.Split(';')[2], SampleVerbatims.Moments));
    }

    [Fact]
    public void About_one_comment_in_ten_carries_personal_data()
    {
        var text = File.ReadAllText(Repo.Path("data", "verbatims-2020.csv"));
        var comments = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l[(l.LastIndexOf(';') + 1)..]).ToList();
        var withData = comments.Count(c => ReportGen.Verbatims.Redactor.Redact(c, SampleVerbatims.DenyList).Spans.Count > 0);
        Assert.InRange(withData, comments.Count / 20, comments.Count / 6);
        Assert.Contains(comments, c => c.Contains("Karim Benali", StringComparison.Ordinal));
        Assert.Contains(comments, c => c.Contains("Pas de souci avec le gardien", StringComparison.Ordinal));
    }

    [Fact]
    public void Same_seed_gives_the_same_file_and_another_seed_another()
    {
        static byte[] Generate(int seed)
        {
            using var memory = new MemoryStream();
            SampleVerbatims.Write(memory, count: 200, seed: seed);
            return memory.ToArray();
        }

        Assert.Equal(Generate(1), Generate(1));
        Assert.NotEqual(Generate(1), Generate(2));
    }
}
