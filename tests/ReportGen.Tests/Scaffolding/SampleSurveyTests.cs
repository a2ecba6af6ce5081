using System.Text;
using ReportGen.Scaffolding;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Scaffolding;

public class SampleSurveyTests
{
    [Fact]
    public void The_committed_sample_data_is_what_the_committed_generator_writes()
    {
        using var memory = new MemoryStream();
        SampleSurvey.Write(memory);
        Assert.Equal(File.ReadAllBytes(Repo.Path("data", "tenants.csv")), memory.ToArray());
    }

    [Fact]
    public void The_sample_is_a_French_export_windows_1252_semicolons_crlf_labels()
    {
        using var memory = new MemoryStream();
        SampleSurvey.Write(memory, rows: 50, seed: 7);
        var bytes = memory.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = Encoding.GetEncoding(1252).GetString(bytes);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        // 50 respondents in 2020, 45 in 2017 and 52 in 2023 (in proportion), oldest wave first.
        Assert.Equal(1 + 45 + 50 + 52, lines.Length);
        Assert.StartsWith("id_repondant;vague;agence;residence;type_logement;poids;q01_accueil", lines[0], StringComparison.Ordinal);
        Assert.Contains("satisfait", text, StringComparison.Ordinal);
        Assert.Matches(@"^L17-00001;2017;Agence \w+;[^;]+;(Collectif|Individuel);\d,\d{4};", lines[1]);
        Assert.Matches(@"^L20-00001;2020;", lines[46]);
    }

    [Fact]
    public void Same_seed_gives_the_same_file_and_another_seed_another()
    {
        static byte[] Generate(int seed)
        {
            using var memory = new MemoryStream();
            SampleSurvey.Write(memory, rows: 300, seed: seed);
            return memory.ToArray();
        }

        Assert.Equal(Generate(1), Generate(1));
        Assert.NotEqual(Generate(1), Generate(2));
    }

    [Fact]
    public void Sample_command_writes_any_size()
    {
        var dir = Path.Combine(Path.GetTempPath(), "reportgen-tests", Guid.NewGuid().ToString("N"));
        var file = Path.Combine(dir, "big.csv");
        try
        {
            var run = CliRun.Of("sample", "--rows", "1234", "--seed", "3", "--waves", "2020", "--out", file);
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Equal(1235, File.ReadAllText(file, Encoding.Latin1).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData(",")]
    [InlineData("2019")]
    public void Sample_command_refuses_waves_it_cannot_write(string waves) =>
        Assert.Equal(2, CliRun.Of("sample", "--waves", waves, "--out", Path.Combine(Path.GetTempPath(), "reportgen-tests", "never.csv")).ExitCode);

    [Fact]
    public void Sample_command_refuses_a_nonsense_size() =>
        Assert.Equal(2, CliRun.Of("sample", "--rows", "0").ExitCode);

    [Theory]
    [InlineData("staff", "staff-mirror-2020.csv")]
    [InlineData("comments", "verbatims-2020.csv")]
    public void Sample_command_regenerates_the_committed_mirror_and_comment_files(string kind, string file)
    {
        var dir = Path.Combine(Path.GetTempPath(), "reportgen-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var run = CliRun.Of("sample", "--kind", kind, "--out", Path.Combine(dir, file));
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Equal(File.ReadAllBytes(Repo.Path("data", file)), File.ReadAllBytes(Path.Combine(dir, file)));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Sample_command_refuses_an_unknown_kind() =>
        Assert.Equal(2, CliRun.Of("sample", "--kind", "visitors").ExitCode);
}
