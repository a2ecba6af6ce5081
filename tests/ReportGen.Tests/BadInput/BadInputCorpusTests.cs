using System.Diagnostics;
using System.Text;
using ReportGen.Publishing;
using ReportGen.Tests.TestSupport;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Tests.BadInput;

/// <summary>
/// Runs every case of <c>Corpus/cases.yaml</c> through the command line: a small valid project (<c>Corpus/_base</c>)
/// with one input replaced by a hostile one must fail with the expected exit code and message, no stack trace,
/// no output folder, in bounded time and memory.
/// </summary>
public class BadInputCorpusTests
{
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(20);

    private const long MaxAllocatedBytes = 500L << 20;

    private static string CorpusPath(params string[] parts) => Repo.Path(["tests", "ReportGen.Tests", "BadInput", "Corpus", .. parts]);

    public sealed record CorpusCase(string Name, string? Replaces, string? Generate, string? Setup, int Exit, string Expect)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<string> Cases => [.. LoadCases().Select(c => c.Name)];

    private static List<CorpusCase> LoadCases()
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(CorpusPath("cases.yaml"), Encoding.UTF8))
        {
            stream.Load(reader);
        }

        string? Get(YamlMappingNode map, string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;
        return [.. ((YamlSequenceNode)stream.Documents[0].RootNode).Children.Cast<YamlMappingNode>().Select(map => new CorpusCase(
            Get(map, "case")!, Get(map, "replaces"), Get(map, "generate"), Get(map, "setup"), int.Parse(Get(map, "exit")!, System.Globalization.CultureInfo.InvariantCulture), Get(map, "expect")!))];
    }

    [Fact]
    public void The_corpus_has_forty_cases_and_every_case_folder_is_listed()
    {
        var cases = LoadCases();
        Assert.True(cases.Count >= 40, $"{cases.Count} cases");
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        var folders = Directory.EnumerateDirectories(CorpusPath()).Select(Path.GetFileName).Where(n => n != "_base").Order(StringComparer.Ordinal);
        Assert.Equal(folders, cases.Where(c => c.Generate is null && c.Setup is null).Select(c => c.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_base_project_builds()
    {
        using var project = BaseProject();

        var run = CliRun.Of("build", project.ProjectFile, "--out", project.OutDir);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(Path.Combine(project.OutDir, "newsletter.md")));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Hostile_input_is_refused_cleanly(string name)
    {
        var @case = LoadCases().Single(c => c.Name == name);
        using var project = BaseProject();
        var outDir = project.OutDir;
        using var cleanup = new Cleanup();
        if (@case.Replaces is { } replaced)
        {
            var bytes = @case.Generate is { } generator ? Generate(generator) : File.ReadAllBytes(CorpusPath(@case.Name, replaced));
            project.WriteBytes(replaced, bytes);
        }

        FileStream? held = null;
        switch (@case.Setup)
        {
            case null:
                break;
            case "output-is-a-file":
                project.Write("out", "a file, not a folder");
                break;
            case "output-parent-is-a-file":
                project.Write("parent", "a file");
                outDir = project.Path(Path.Combine("parent", "out"));
                break;
            case "output-not-writable":
                outDir = NotWritableFolder(project, cleanup);
                break;
            case "output-locked":
                held = new FileStream(OutputTransaction.LockPath(outDir), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(name), @case.Setup, "unknown setup");
        }

        var before = File.Exists(outDir) ? File.ReadAllText(outDir) : null;
        CliRun run;
        long allocated;
        var clock = Stopwatch.StartNew();
        using (held)
        {
            var task = Task.Factory.StartNew(() =>
            {
                var start = GC.GetAllocatedBytesForCurrentThread();
                var result = CliRun.Of("build", project.ProjectFile, "--out", outDir);
                return (result, GC.GetAllocatedBytesForCurrentThread() - start);
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            // A case still running after the timeout fails the test with a TimeoutException.
            (run, allocated) = await task.WaitAsync(CaseTimeout);
        }

        clock.Stop();
        Assert.True(run.ExitCode == @case.Exit, $"{name}: exit {run.ExitCode}, expected {@case.Exit}\n{run.Error}");
        Assert.True(run.Error.Contains(@case.Expect, StringComparison.Ordinal), $"{name}: expected \"{@case.Expect}\" in\n{run.Error}");
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', run.Error);
        Assert.True(allocated < MaxAllocatedBytes, $"{name}: allocated {allocated >> 20} MB");
        if (before is not null)
        {
            Assert.Equal(before, File.ReadAllText(outDir));
        }
        else
        {
            Assert.False(Directory.Exists(outDir), $"{name}: the output folder was created");
        }

        // Nothing half-written beside the inputs: no staging folder, no lock file left behind.
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(project.Directory), e => Path.GetFileName(e).StartsWith(".out", StringComparison.Ordinal));
    }

    /// <summary>A copy of <c>Corpus/_base</c> in a temporary folder.</summary>
    private static TempProject BaseProject()
    {
        var project = new TempProject();
        foreach (var file in Directory.EnumerateFiles(CorpusPath("_base"), "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(CorpusPath("_base"), file);
            Directory.CreateDirectory(Path.GetDirectoryName(project.Path(relative))!);
            File.Copy(file, project.Path(relative), overwrite: true);
        }

        return project;
    }

    /// <summary>
    /// A folder whose parent cannot be written: a read-only folder, or, when running as root (which writes
    /// anyway), a path under /proc, which no one can create folders in.
    /// </summary>
    private static string NotWritableFolder(TempProject project, Cleanup cleanup)
    {
        if (!OperatingSystem.IsWindows())
        {
            var parent = project.Path("locked");
            Directory.CreateDirectory(parent);
            File.SetUnixFileMode(parent, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            cleanup.Add(() =>
            {
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(parent, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }
            });
            try
            {
                File.WriteAllText(Path.Combine(parent, "probe"), "");
                File.Delete(Path.Combine(parent, "probe"));
            }
            catch (UnauthorizedAccessException)
            {
                return Path.Combine(parent, "out");
            }

            if (Directory.Exists("/proc/self"))
            {
                return $"/proc/reportgen-{Guid.NewGuid():N}/out";
            }
        }

        // Windows, or root without /proc: a parent that is a file cannot hold a folder either.
        project.Write("parent-file", "x");
        return project.Path(Path.Combine("parent-file", "out"));
    }

    /// <summary>The inputs over 100 KB, from a seed, so that the repository stays small.</summary>
    private static byte[] Generate(string generator)
    {
        const string header = "id;poids;agence;q1;q2\n1;1;Nord;1;2\n";
        var baseProject = File.ReadAllText(CorpusPath("_base", "reportgen.yaml"));
        switch (generator)
        {
            case "field-10mb":
                return Encoding.UTF8.GetBytes(header + "2;1;Sud;" + new string('x', 10_000_000) + ";3\n3;1;Nord;1;1\n");
            case "open-quote-2mb":
                var rows = new StringBuilder(header).Append("2;1;\"Sud;2;3\n");
                for (var i = 3; rows.Length < 2_000_000; i++)
                {
                    rows.Append(i).Append(";1;Nord;1;2\n");
                }

                return Encoding.UTF8.GetBytes(rows.ToString());
            case "random-200kb":
                var bytes = new byte[200_000];
                new Random(20240601).NextBytes(bytes);
                return bytes;
            case "nesting-100k":
                return Encoding.UTF8.GetBytes("version: \"1\"\nthemes: " + new string('[', 100_000) + new string(']', 100_000) + "\n");
            case "scalar-500k":
                return Encoding.UTF8.GetBytes(baseProject.Replace("organisation: Office Test", "organisation: " + new string('O', 500_000), StringComparison.Ordinal));
            case "scalar-10mb":
                return Encoding.UTF8.GetBytes(baseProject.Replace("organisation: Office Test", "organisation: " + new string('O', 10 * 1024 * 1024), StringComparison.Ordinal));
            default:
                throw new ArgumentOutOfRangeException(nameof(generator), generator, null);
        }
    }

    private sealed class Cleanup : IDisposable
    {
        private readonly List<Action> _actions = [];

        public void Add(Action action) => _actions.Add(action);

        public void Dispose()
        {
            foreach (var action in _actions)
            {
                action();
            }
        }
    }
}
