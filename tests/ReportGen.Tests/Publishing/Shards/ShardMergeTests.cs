using System.Security.Cryptography;
using ReportGen.Diagnostics;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Publishing.Shards;

/// <summary>Shards of a --per build, merged, are the unsharded build byte for byte; merge refuses what is not the shards of one build.</summary>
public sealed class ShardMergeTests : IDisposable
{
    private const string Project = """
        organisation: Office Test
        survey: Enquête test
        period: { label: "2024" }
        publication_date: 2024-06-01
        indicators: indicators.yaml
        data:
          - path: data.csv
            dialect: { delimiter: ";", decimal: "," }
            columns:
              respondent_id: id
              weight: poids
              segments:
                - { id: residence, column: residence, label: résidences }
        """;

    private readonly TempProject _project;

    public ShardMergeTests()
    {
        string[] residences = ["Les Tilleuls", "Voltaire", "Pasteur", "Le Parc"];
        var rows = Enumerable.Range(1, 80).Select(i => $"{i};1;{residences[i % residences.Length]};{1 + (i * 7 % 4)};{1 + (i * 5 % 4)}");
        _project = new TempProject(Project, csv: "id;poids;residence;q1;q2\n" + string.Join('\n', rows) + "\n");
    }

    public void Dispose() => _project.Dispose();

    [Fact]
    public void Two_shards_merged_in_any_order_are_the_unsharded_build_byte_for_byte()
    {
        var whole = Build("whole");
        var one = Build("s1", "1/2");
        var two = Build("s2", "2/2");
        Assert.Contains(ShardFile, Files(one).Keys);
        Assert.DoesNotContain("manifest.json", Files(two).Keys);

        Assert.Equal(0, Merge(two, one, "--out", _project.Path("merged")).ExitCode);
        Assert.Equal(0, Merge(one, two, "--out", _project.Path("merged2")).ExitCode);

        var expected = Files(whole);
        Assert.Contains("residence-voltaire/manifest.json", expected.Keys);
        Assert.Equal(expected, Files(_project.Path("merged")));
        Assert.Equal(expected, Files(_project.Path("merged2")));
    }

    [Fact]
    public void Three_shards_of_two_sets_leave_one_shard_empty_and_still_merge()
    {
        using var small = new TempProject(Project, csv: "id;poids;residence;q1;q2\n1;1;A;1;2\n2;1;B;2;3\n3;1;A;3;1\n4;1;B;1;1\n");
        var whole = small.Path("whole");
        Assert.Equal(0, CliRun.Of("build", small.ProjectFile, "--per", "residence", "--out", whole).ExitCode);
        var shards = Enumerable.Range(1, 3).Select(k => small.Path($"s{k}")).ToList();
        for (var k = 1; k <= 3; k++)
        {
            var run = CliRun.Of("build", small.ProjectFile, "--per", "residence", "--shard", $"{k}/3", "--out", shards[k - 1]);
            Assert.True(run.ExitCode == 0, run.Error);
        }

        Assert.Equal([ShardFile], Files(shards[2]).Keys);
        var merged = CliRun.Of(["merge", shards[2], shards[0], shards[1], "--out", small.Path("merged")]);
        Assert.True(merged.ExitCode == 0, merged.Error);
        Assert.Equal(Files(whole), Files(small.Path("merged")));
    }

    [Fact]
    public void A_missing_or_repeated_shard_is_refused()
    {
        var one = Build("s1", "1/2");
        AssertRefused(Merge(one, "--out", _project.Path("m")), DiagnosticCodes.ShardMissingOrRepeated, "merge");
        AssertRefused(Merge(one, one, "--out", _project.Path("m")), DiagnosticCodes.ShardMissingOrRepeated, "s1");
    }

    [Fact]
    public void Shards_of_other_inputs_or_options_are_refused_naming_the_folder()
    {
        var one = Build("s1", "1/2");
        var period = Build("s2", "2/3");
        AssertRefused(Merge(one, period, "--out", _project.Path("m")), DiagnosticCodes.ShardMismatch, "s2");

        File.AppendAllText(_project.Path("data.csv"), "81;1;Voltaire;1;1\n");
        var changed = Build("s2b", "2/2");
        var run = Merge(one, changed, "--out", _project.Path("m"));
        AssertRefused(run, DiagnosticCodes.ShardMismatch, "s2b");
        Assert.Contains("data.csv", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_is_not_a_shard_is_refused()
    {
        var whole = Build("whole");
        AssertRefused(Merge(whole, "--out", _project.Path("m")), DiagnosticCodes.NotAShard, "whole");
        AssertRefused(Merge(_project.Path("nowhere"), "--out", _project.Path("m")), DiagnosticCodes.NotAShard, "nowhere");
    }

    [Fact]
    public void A_corrupted_copy_is_refused_naming_the_file()
    {
        var one = Build("s1", "1/2");
        var two = Build("s2", "2/2");
        var file = Path.Combine(two, "residence-voltaire", "newsletter.md");
        File.AppendAllText(file, "!");
        var run = Merge(one, two, "--out", _project.Path("m"));
        AssertRefused(run, DiagnosticCodes.ShardFileChanged, "s2");
        Assert.Contains("residence-voltaire/newsletter.md", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_project.Path("m")));
    }

    [Fact]
    public void A_set_held_by_two_shards_is_refused()
    {
        var one = Build("s1", "1/2");
        var two = Build("s2", "2/2");
        // Shard 2's folder and manifest given shard 1's first set too, as a hand-assembled copy would.
        CopyTree(Path.Combine(one, "residence-le-parc"), Path.Combine(two, "residence-le-parc"));
        var manifest = File.ReadAllText(Path.Combine(one, ShardFile));
        var set = manifest[manifest.IndexOf("{\n      \"folder\": \"residence-le-parc\"", StringComparison.Ordinal)..];
        set = set[..(set.IndexOf("\n    }", StringComparison.Ordinal) + 6)];
        var second = File.ReadAllText(Path.Combine(two, ShardFile));
        File.WriteAllText(Path.Combine(two, ShardFile), second.Replace("\"sets\": [\n    ", "\"sets\": [\n    " + set + ",\n    ", StringComparison.Ordinal));
        AssertRefused(Merge(one, two, "--out", _project.Path("m")), DiagnosticCodes.ShardSetOverlap, "s2");
    }

    [Fact]
    public void Merge_never_replaces_a_folder_reportgen_did_not_write_nor_writes_inside_a_shard()
    {
        var one = Build("s1", "1/2");
        var two = Build("s2", "2/2");
        var mine = _project.Path("mine");
        Directory.CreateDirectory(mine);
        File.WriteAllText(Path.Combine(mine, "notes.txt"), "à garder");
        AssertRefused(Merge(one, two, "--out", mine), DiagnosticCodes.OutputError, "mine");
        Assert.Equal("à garder", File.ReadAllText(Path.Combine(mine, "notes.txt")));
        Assert.NotEqual(0, Merge(one, two, "--out", Path.Combine(one, "merged")).ExitCode);
        Assert.False(Directory.Exists(Path.Combine(one, "merged")));
    }

    private const string ShardFile = "shard.json";

    private string Build(string folder, string? shard = null)
    {
        var output = _project.Path(folder);
        string[] args = ["build", _project.ProjectFile, "--per", "residence", "--out", output, .. shard is null ? Array.Empty<string>() : ["--shard", shard]];
        var run = CliRun.Of(args);
        Assert.True(run.ExitCode == 0, run.Error);
        return output;
    }

    private static CliRun Merge(params string[] args) => CliRun.Of(["merge", .. args]);

    private static void AssertRefused(CliRun run, string code, string folder)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($": error {code}:", run.Error, StringComparison.Ordinal);
        var line = run.Error.Split('\n').First(l => l.Contains($"error {code}", StringComparison.Ordinal));
        Assert.Contains(folder, line[..line.IndexOf(": error", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    private static SortedDictionary<string, string> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
