using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using ReportGen.Tests.BadInput;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Publishing;

/// <summary>
/// The real command line, run as a process and killed (SIGKILL) at the named steps of the swap
/// (<c>REPORTGEN_TEST_KILL_AT</c>), at measured delays, or sent SIGTERM / SIGINT while writing: the output folder
/// must then hold the complete old set or the complete new one (every file as its manifest lists it, every
/// per-segment set of the same build), the next build must succeed, keep the build of another period, and leave
/// nothing beside the output folder.
/// </summary>
public sealed class OutputCrashTests(OutputCrashTests.Sets sets) : IClassFixture<OutputCrashTests.Sets>, IDisposable
{
    /// <summary>
    /// Built once: the old set (with its per-agency sets) and another period's build inside it, then the project
    /// changed, and the new set it gives built aside, to know each set by its manifests.
    /// </summary>
    public sealed class Sets : IDisposable
    {
        public Sets()
        {
            Build(Project, Project.OutDir);
            Old = Manifests(Project.OutDir);
            Build(Project, Path.Combine(Project.OutDir, "2025-Q1"), per: false);
            Period = File.ReadAllBytes(Path.Combine(Project.OutDir, "2025-Q1", "manifest.json"));
            CopyTree(Project.OutDir, OldSet);
            Project.Write("reportgen.yaml", File.ReadAllText(Project.ProjectFile).Replace("organisation: Office Test", "organisation: Office Neuf", StringComparison.Ordinal));
            var reference = Path.Combine(Path.GetTempPath(), "reportgen-tests", Guid.NewGuid().ToString("N"));
            Build(Project, reference);
            New = Manifests(reference);
            Directory.Delete(reference, recursive: true);
        }

        /// <summary>The project, one for every test (they run one at a time): paths shown in the outputs stay the same.</summary>
        internal TempProject Project { get; } = BadInputCorpusTests.BaseProject();

        /// <summary>A copy of the old set, outside the project.</summary>
        internal string OldSet { get; } = Path.Combine(Path.GetTempPath(), "reportgen-tests", Guid.NewGuid().ToString("N"));

        internal Dictionary<string, byte[]> Old { get; }

        internal Dictionary<string, byte[]> New { get; }

        internal byte[] Period { get; }

        /// <summary>The old set back in place, nothing beside it.</summary>
        internal void Reset()
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(Project.Directory).Where(e => Path.GetFileName(e).Contains("out", StringComparison.Ordinal)))
            {
                if (Directory.Exists(entry))
                {
                    Directory.Delete(entry, recursive: true);
                }
                else
                {
                    File.Delete(entry);
                }
            }

            CopyTree(OldSet, Project.OutDir);
        }

        public void Dispose()
        {
            Project.Dispose();
            Directory.Delete(OldSet, recursive: true);
        }
    }

    private readonly Sets _sets = Reset(sets);

    private TempProject Project => _sets.Project;

    private string Out => Project.OutDir;

    public void Dispose() => _sets.Reset();

    private static Sets Reset(Sets sets)
    {
        sets.Reset();
        return sets;
    }

    [Theory]
    [InlineData("staged", false)]
    [InlineData("period-moved", false)]
    [InlineData("exchanged", false)]
    [InlineData("staged", true)]
    [InlineData("period-moved", true)]
    [InlineData("backed-up", true)]
    [InlineData("committed", true)]
    public void A_build_killed_at_any_step_of_the_swap_leaves_the_old_or_the_new_set(string step, bool twoRenames)
    {
        using var run = Start(("REPORTGEN_TEST_KILL_AT", step), ("REPORTGEN_TEST_NO_EXCHANGE", twoRenames ? "1" : null));
        Assert.True(run.WaitForExit(60_000));
        Assert.Equal(137, run.ExitCode);

        if (twoRenames && step == "backed-up")
        {
            // The one instant where two renames leave no output folder: the old set waits beside it.
            Assert.False(Directory.Exists(Out));
        }
        else
        {
            var set = WhichSet();
            Assert.Equal(step is "exchanged" or "committed" ? "new" : "old", set);
        }

        NextBuildRecovers();
    }

    [Fact]
    public void A_build_killed_at_measured_delays_leaves_the_old_or_the_new_set()
    {
        var seen = new List<string>();
        foreach (var delay in new[] { 400, 1000, 1600 })
        {
            using var run = Start();
            if (!run.WaitForExit(delay))
            {
                run.Kill(entireProcessTree: true);
                run.WaitForExit();
            }

            seen.Add(WhichSet());
            NextBuildRecovers();
            Assert.Equal("new", WhichSet());
            RestoreOld();
        }

        Assert.Contains("old", seen);
    }

    [Theory]
    [InlineData("TERM", 143, "SIGTERM")]
    [InlineData("INT", 130, "SIGINT")]
    public void A_signal_while_writing_cancels_the_build_cleans_up_and_keeps_the_old_set(string signal, int exitCode, string name)
    {
        using var run = Start(("REPORTGEN_TEST_PAUSE_AT", "write"));
        // Numbered stage lines ("[1] Reading the project and the data…") come first on standard error.
        string? paused;
        do
        {
            paused = run.StandardError.ReadLine();
        }
        while (paused is not null && paused.StartsWith('['));
        Assert.Equal("reportgen-test: paused after the first write", paused);
        Assert.True(Signal(run.Id, signal));

        Assert.True(run.WaitForExit(20_000));
        var error = run.StandardError.ReadToEnd();
        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains($"reportgen: interrupted by {name}; the build was cancelled and the previous outputs are kept.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal("old", WhichSet());
        AssertNothingBeside();
        Assert.Equal(_sets.Period, File.ReadAllBytes(Path.Combine(Out, "2025-Q1", "manifest.json")));
    }

    private static bool Signal(int pid, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        return kill.ExitCode == 0;
    }

    /// <summary>The next build succeeds, puts the new set in place with the other period's build, and leaves nothing beside.</summary>
    private void NextBuildRecovers()
    {
        Build(Project, Out);

        Assert.Equal("new", WhichSet());
        Assert.Equal(_sets.Period, File.ReadAllBytes(Path.Combine(Out, "2025-Q1", "manifest.json")));
        AssertNothingBeside();
    }

    private void AssertNothingBeside() =>
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(Project.Directory).Select(Path.GetFileName)
            .Where(n => n!.Contains("out", StringComparison.Ordinal)).Order(StringComparer.Ordinal));

    /// <summary>"old" or "new": the set the output folder holds, checked file by file; anything else fails.</summary>
    private string WhichSet()
    {
        Assert.True(Directory.Exists(Out), "no output folder");
        var manifests = Manifests(Out);
        var set = manifests.Keys.Order(StringComparer.Ordinal).SequenceEqual(_sets.New.Keys.Order(StringComparer.Ordinal)) && manifests.All(m => m.Value.AsSpan().SequenceEqual(_sets.New[m.Key])) ? "new"
            : manifests.Keys.Order(StringComparer.Ordinal).SequenceEqual(_sets.Old.Keys.Order(StringComparer.Ordinal)) && manifests.All(m => m.Value.AsSpan().SequenceEqual(_sets.Old[m.Key])) ? "old"
            : null;
        Assert.True(set is not null, $"a mix of sets: {string.Join(", ", manifests.Keys)}");

        // Every file as the manifests list it, and no other (but the other period's build).
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (folder, bytes) in manifests)
        {
            using var json = JsonDocument.Parse(bytes);
            listed.Add(Path.Combine(folder, "manifest.json"));
            foreach (var entry in json.RootElement.GetProperty("outputs").EnumerateArray())
            {
                var path = Path.Combine(Out, folder, entry.GetProperty("path").GetString()!);
                listed.Add(Path.GetRelativePath(Out, path));
                Assert.True(File.Exists(path), $"{path} is missing");
                Assert.Equal(entry.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))));
            }
        }

        var present = Directory.EnumerateFiles(Out, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Out, f))
            .Where(f => !f.StartsWith("2025-Q1" + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(listed.Order(StringComparer.Ordinal), present.Order(StringComparer.Ordinal));
        return set!;
    }

    /// <summary>The manifest of the set in <paramref name="folder"/> ("" key) and of each per-segment set in it (by sub-folder).</summary>
    private static Dictionary<string, byte[]> Manifests(string folder)
    {
        var manifests = new Dictionary<string, byte[]>(StringComparer.Ordinal) { [""] = File.ReadAllBytes(Path.Combine(folder, "manifest.json")) };
        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            var manifest = Path.Combine(sub, "manifest.json");
            if (File.Exists(manifest) && File.ReadAllText(manifest).Contains("\"segment\"", StringComparison.Ordinal))
            {
                manifests[Path.GetFileName(sub)] = File.ReadAllBytes(manifest);
            }
        }

        return manifests;
    }

    /// <summary>The old set back in place (for the next delay).</summary>
    private void RestoreOld()
    {
        _sets.Reset();
        Assert.Equal("old", WhichSet());
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private static void Build(TempProject project, string outDir, bool per = true)
    {
        var run = per ? CliRun.Of("build", project.ProjectFile, "--out", outDir, "--per", "agence") : CliRun.Of("build", project.ProjectFile, "--out", outDir);
        Assert.True(run.ExitCode == 0, run.Error);
    }

    /// <summary>The built command line (ReportGen.Cli.dll beside the tests) building the project into out/ with --per agence.</summary>
    private Process Start(params (string Name, string? Value)[] environment)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            // Where the tests run, as the sets built in process: messages and quotes.md show paths relative to it.
            WorkingDirectory = Environment.CurrentDirectory,
        };
        foreach (var arg in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "ReportGen.Cli.dll"), "build", Project.ProjectFile, "--out", Out, "--per", "agence" })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["CI"] = "true";
        foreach (var (name, value) in environment)
        {
            if (value is not null)
            {
                info.Environment[name] = value;
            }
        }

        var process = Process.Start(info)!;
        _ = process.StandardOutput.ReadToEndAsync();
        return process;
    }
}
