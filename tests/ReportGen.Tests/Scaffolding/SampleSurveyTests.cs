using System.Security.Cryptography;
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

    /// <summary>
    /// The SHA-256 of data/tenants.csv as committed before the score questions were added (git show 93d5e0a:data/tenants.csv):
    /// every figure the README, the golden article and the reference article publish rests on those bytes.
    /// </summary>
    private const string ItemColumnsHash = "CC2BF9654A7A8F4201E1CA4ADAE3CBDB549DBF3BCFFCE6DF6D992429BF450BB7";

    /// <summary>The SHA-256 of the first <paramref name="columns"/> fields of each CRLF line of a ';' file, rejoined as they were.</summary>
    internal static string HashOfColumns(byte[] file, int columns)
    {
        var lines = new List<byte>(file.Length);
        var start = 0;
        var fields = 0;
        for (var i = 0; i <= file.Length; i++)
        {
            var end = i == file.Length;
            var lineEnd = !end && file[i] == '\r' && i + 1 < file.Length && file[i + 1] == '\n';
            if (!end && !lineEnd && file[i] == ';' && ++fields == columns)
            {
                lines.AddRange(file[start..i]);
                start = -1;
            }

            if (end || lineEnd)
            {
                if (start >= 0)
                {
                    lines.AddRange(file[start..i]);
                }

                if (lineEnd)
                {
                    lines.Add((byte)'\r');
                    lines.Add((byte)'\n');
                    i++;
                }

                start = i + 1;
                fields = 0;
            }
        }

        return Convert.ToHexString(SHA256.HashData([.. lines]));
    }

    [Fact]
    public void Adding_the_score_questions_left_every_other_column_byte_for_byte()
    {
        var bytes = File.ReadAllBytes(Repo.Path("data", "tenants.csv"));
        Assert.Equal(ItemColumnsHash, HashOfColumns(bytes, 6 + SampleSurvey.Items.Count));
        var header = Encoding.Latin1.GetString(bytes[..bytes.AsSpan().IndexOf("\r\n"u8)]);
        Assert.EndsWith(";q11_satisfaction_globale;q12_note_globale;q13_recommandation", header, StringComparison.Ordinal);
    }

    [Fact]
    public void The_score_columns_are_drawn_apart_so_the_other_columns_of_any_size_and_seed_are_as_before()
    {
        static string[] Lines(int seed)
        {
            using var memory = new MemoryStream();
            SampleSurvey.Write(memory, rows: 200, seed: seed);
            return Encoding.Latin1.GetString(memory.ToArray()).Split("\r\n");
        }

        var first = Lines(5);
        Assert.Equal(first, Lines(5));
        var other = Lines(6);
        var scores = first.Skip(1).Where(l => l.Length > 0).Select(l => string.Join(';', l.Split(';')[^2..])).ToList();
        Assert.NotEqual(scores, other.Skip(1).Where(l => l.Length > 0).Select(l => string.Join(';', l.Split(';')[^2..])));
        // Every row ends with a 0–10 score, « Ne sait pas » or a blank, for each question.
        Assert.All(first.Skip(1).Where(l => l.Length > 0), l => Assert.Matches(@";(\d|10|Ne sait pas|);(\d|10|Ne sait pas|)$", l));
    }

    [Fact]
    public void The_overall_score_and_the_recommendation_look_like_a_real_survey_s_and_follow_overall_satisfaction()
    {
        var results = ReportBuilder.Check(Repo.Path("data", "reportgen.yaml"));
        var score = results.Scores.Score("note-globale")!;
        Assert.InRange(score.Mean!.Value, 7.3, 7.8);
        Assert.InRange(score.ShareAtOrAbove!.Value, 0.65, 0.85);
        var net = results.Scores.NetScore("recommandation")!;
        Assert.InRange(net.Score!.Value, 5, 15);
        Assert.InRange(net.Promoters!.Value, 0.25, 0.45);

        // Tenants who say they are very satisfied overall give a higher score than those who are not satisfied at all.
        var bytes = File.ReadAllBytes(Repo.Path("data", "tenants.csv"));
        var rows = Encoding.Latin1.GetString(bytes).Split("\r\n").Skip(1).Where(l => l.Length > 0).Select(l => l.Split(';')).ToList();
        double Mean(string overall) => rows.Where(r => r[16] == overall && int.TryParse(r[17], out _)).Average(r => int.Parse(r[17], System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(Mean("Très satisfait") > Mean("Plutôt satisfait") + 0.8);
        Assert.True(Mean("Plutôt satisfait") > Mean("Pas du tout satisfait") + 1.5);
        Assert.Contains(rows, r => r[17] == "Ne sait pas");
        Assert.Contains(rows, r => r[18].Length == 0);
    }
}
