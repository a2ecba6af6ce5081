using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using ReportGen.Tests.TestSupport;
using UglyToad.PdfPig;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Tests.BadInput;

/// <summary>
/// Runs every case of <c>Corpus/cases/*.yaml</c> through the command line: a small valid project (<c>Corpus/_base</c>)
/// with the case's files laid over it (or a generated input, or a changed environment) must end with the expected
/// exit code and message, no stack trace, the project's inputs untouched, nothing beside the output folder, the
/// previous output intact when the build fails, nothing listed under <c>absent:</c> in any output when it succeeds,
/// in bounded time and memory.
/// </summary>
public class BadInputCorpusTests
{
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(30);

    private const long MaxAllocatedBytes = 500L << 20;

    internal static string CorpusPath(params string[] parts) => Repo.Path(["tests", "ReportGen.Tests", "BadInput", "Corpus", .. parts]);

    public sealed record CorpusCase(string Name, string File, string? Replaces, string? Generate, string? Setup, IReadOnlyList<string> Args, int Exit,
        IReadOnlyList<string> Expect, IReadOnlyList<string> Absent, string Command)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<string> Cases => [.. LoadCases().Select(c => c.Name)];

    private static readonly Lazy<List<CorpusCase>> AllCases = new(ReadCases);

    internal static List<CorpusCase> LoadCases() => AllCases.Value;

    private static List<CorpusCase> ReadCases()
    {
        var cases = new List<CorpusCase>();
        foreach (var file in Directory.EnumerateFiles(CorpusPath("cases"), "*.yaml").Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(file, Encoding.UTF8))
            {
                stream.Load(reader);
            }

            static IReadOnlyList<string> List(YamlMappingNode map, string key) =>
                !map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? []
                : value is YamlSequenceNode sequence ? [.. sequence.Children.Cast<YamlScalarNode>().Select(s => s.Value!)]
                : [((YamlScalarNode)value).Value!];
            static string? Get(YamlMappingNode map, string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;
            cases.AddRange(((YamlSequenceNode)stream.Documents[0].RootNode).Children.Cast<YamlMappingNode>().Select(map => new CorpusCase(
                Get(map, "case")!, Path.GetFileName(file), Get(map, "replaces"), Get(map, "generate"), Get(map, "setup"), List(map, "args"),
                int.Parse(Get(map, "exit")!, System.Globalization.CultureInfo.InvariantCulture), List(map, "expect"), List(map, "absent"), Get(map, "command") ?? "build")));
        }

        return cases;
    }

    [Fact]
    public void The_corpus_cases_are_unique_and_every_case_folder_is_listed()
    {
        var cases = LoadCases();
        Assert.True(cases.Count >= 150, $"{cases.Count} cases");
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        var folders = Directory.EnumerateDirectories(CorpusPath()).Select(Path.GetFileName).Where(n => n is not "_base" and not "cases").Order(StringComparer.Ordinal).ToList();
        Assert.Empty(folders.Except(cases.Select(c => c.Name), StringComparer.Ordinal));
        foreach (var @case in cases)
        {
            Assert.True(@case.Setup is null || CorpusPlugins.Setups.ContainsKey(@case.Setup), $"{@case.Name}: unknown setup '{@case.Setup}'");
            Assert.True(@case.Generate is null || CorpusPlugins.Generators.ContainsKey(@case.Generate), $"{@case.Name}: unknown generator '{@case.Generate}'");
            Assert.True(@case.Generate is null || @case.Replaces is not null, $"{@case.Name}: 'generate' needs 'replaces'");
            Assert.True(@case.Generate is not null || @case.Setup is not null || folders.Contains(@case.Name), $"{@case.Name}: no folder, no generator, no setup");
            Assert.True(@case.Expect.Count > 0 || @case.Exit == 0, $"{@case.Name}: a failing case must say what message it expects");
        }
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
    public async Task Hostile_input_is_handled_cleanly(string name)
    {
        var @case = LoadCases().Single(c => c.Name == name);
        using var project = BaseProject();
        using var context = new CorpusContext(project, name) { ProjectFile = project.ProjectFile };
        if (Directory.Exists(CorpusPath(name)))
        {
            Overlay(CorpusPath(name), project);
        }

        if (@case.Generate is { } generator)
        {
            var target = project.Path(@case.Replaces!);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            CorpusPlugins.Generators[generator].Write(target, CorpusPath("_base"));
        }

        context.ExtraArgs.AddRange(@case.Args);
        var setup = @case.Setup is { } setupName ? CorpusPlugins.Setups[setupName] : null;
        setup?.Apply(context);
        if (context.PreviousOutput && context.OutDir is { } previousOut && !Path.Exists(previousOut))
        {
            CopyTree(PreviousBuild.Value, previousOut);
        }

        var outDir = context.OutDir ?? project.Path("out");
        var inputsBefore = Snapshot(project.Directory, outDir);
        var outBefore = Directory.Exists(outDir) ? Snapshot(outDir, null) : null;
        var fileBefore = File.Exists(outDir) ? File.ReadAllBytes(outDir) : null;
        string[] args = [@case.Command, context.ProjectFile, .. context.OutDir is null || @case.Command != "build" ? [] : new[] { "--out", context.OutDir }, .. context.ExtraArgs];

        CliRun run;
        long allocated;
        var clock = Stopwatch.StartNew();
        try
        {
            var task = Task.Factory.StartNew(() =>
            {
                var start = GC.GetAllocatedBytesForCurrentThread();
                var result = CliRun.Of(args);
                return (result, GC.GetAllocatedBytesForCurrentThread() - start);
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            // A case still running after the timeout fails the test with a TimeoutException.
            (run, allocated) = await task.WaitAsync(CaseTimeout);
        }
        finally
        {
            context.ReleaseHeld();
        }

        clock.Stop();
        Assert.True(run.ExitCode == @case.Exit, $"{name}: exit {run.ExitCode}, expected {@case.Exit}\n{run.Error}");
        foreach (var expected in @case.Expect)
        {
            Assert.True(run.Error.Contains(expected, StringComparison.Ordinal), $"{name}: expected \"{expected}\" in\n{run.Error}");
        }

        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', run.Error);
        Assert.DoesNotContain('\u001b', run.Error + run.Output);
        Assert.True(allocated < MaxAllocatedBytes, $"{name}: allocated {allocated >> 20} MB");

        // The inputs are never touched, and nothing is written in the project but the output folder.
        Assert.Equal(inputsBefore, Snapshot(project.Directory, outDir));
        if (run.ExitCode != 0)
        {
            // A failed build keeps what was there: the previous set, the file, or nothing.
            if (fileBefore is not null)
            {
                Assert.Equal(fileBefore, File.ReadAllBytes(outDir));
            }
            else if (outBefore is not null)
            {
                Assert.Equal(outBefore, Snapshot(outDir, null));
            }
            else
            {
                Assert.False(Path.Exists(outDir), $"{name}: the output folder was created");
            }
        }
        else if (@case.Absent.Count > 0)
        {
            var texts = OutputTexts(outDir);
            foreach (var absent in @case.Absent)
            {
                var found = texts.Where(t => t.Text.Contains(absent, StringComparison.Ordinal)).Select(t => t.File).ToList();
                Assert.True(found.Count == 0, $"{name}: \"{absent}\" reached {string.Join(", ", found)}");
            }
        }

        // Nothing half-written beside the output folder: no staging folder, no lock file, no old copy left behind.
        var outName = Path.GetFileName(Path.TrimEndingDirectorySeparator(outDir));
        var outParent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir)));
        if (outParent is not null && Directory.Exists(outParent))
        {
            Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(outParent), e => Path.GetFileName(e).StartsWith($".{outName}.", StringComparison.Ordinal)
                || Path.GetFileName(e).StartsWith($"{outName}.previous-", StringComparison.Ordinal));
        }

        setup?.Verify(context, run.ExitCode, run.Error);
    }

    /// <summary>A build of the base project, made once and copied where a case needs a previous output.</summary>
    private static readonly Lazy<string> PreviousBuild = new(() =>
    {
        var project = BaseProject();
        var run = CliRun.Of("build", project.ProjectFile, "--out", project.OutDir);
        Assert.True(run.ExitCode == 0, run.Error);
        return project.OutDir;
    });

    /// <summary>A copy of <c>Corpus/_base</c> in a temporary folder.</summary>
    internal static TempProject BaseProject()
    {
        var project = new TempProject();
        Overlay(CorpusPath("_base"), project);
        return project;
    }

    private static void Overlay(string from, TempProject project)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            Directory.CreateDirectory(Path.GetDirectoryName(project.Path(relative))!);
            File.Copy(file, project.Path(relative), overwrite: true);
        }
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>
    /// Every entry under <paramref name="root"/> but <paramref name="skip"/>: files with their SHA-256, symbolic links
    /// with their target (never followed, never read), folders. Empty files, FIFOs and devices are listed, not read.
    /// </summary>
    internal static SortedDictionary<string, string> Snapshot(string root, string? skip)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var skipFull = skip is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(skip));
        void Walk(DirectoryInfo folder)
        {
            foreach (var entry in folder.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                // The output folder, and its lock and staging folders beside it, are checked on their own.
                if (skipFull is not null && (Path.TrimEndingDirectorySeparator(entry.FullName) == skipFull
                    || entry.Name.StartsWith($".{Path.GetFileName(skipFull)}.", StringComparison.Ordinal)))
                {
                    continue;
                }

                var relative = Path.GetRelativePath(root, entry.FullName);
                if (entry.LinkTarget is { } target)
                {
                    entries[relative] = "link:" + target;
                }
                else if (entry is DirectoryInfo sub)
                {
                    entries[relative] = "dir";
                    Walk(sub);
                }
                else if (entry is FileInfo { Length: 0 })
                {
                    // Empty, or a FIFO or device, which reading could block on: listed, not read.
                    entries[relative] = "empty";
                }
                else
                {
                    using var stream = File.OpenRead(entry.FullName);
                    entries[relative] = Convert.ToHexString(SHA256.HashData(stream));
                }
            }
        }

        Walk(new DirectoryInfo(root));
        return entries;
    }

    /// <summary>The text of every output file under <paramref name="folder"/>: PDFs read back, bitmaps skipped.</summary>
    internal static List<(string File, string Text)> OutputTexts(string folder)
    {
        var texts = new List<(string, string)>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file);
            if (file.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (file.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            {
                using var pdf = PdfDocument.Open(file);
                var text = new StringBuilder();
                foreach (var page in pdf.GetPages())
                {
                    text.Append(page.Text).Append('\n');
                }

                text.Append(pdf.Information.Title).Append(pdf.Information.Author).Append(pdf.Information.Subject).Append(pdf.Information.Keywords);
                texts.Add((relative, text.ToString()));
                texts.Add((relative + " (bytes)", Encoding.Latin1.GetString(File.ReadAllBytes(file))));
            }
            else if (file.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                // A Word or Excel file is a zip of XML parts: their markup as written (images aside), and the raw bytes.
                using var zip = System.IO.Compression.ZipFile.OpenRead(file);
                var text = new StringBuilder();
                foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
                {
                    using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                    // The embedded fonts' keys are GUIDs, hex digits where a short item ("3B") is found by chance.
                    text.Append(System.Text.RegularExpressions.Regex.Replace(reader.ReadToEnd(), @"w:fontKey=""\{[0-9A-F-]+\}""", "")).Append('\n');
                }

                texts.Add((relative, text.ToString()));
                texts.Add((relative + " (bytes)", Encoding.Latin1.GetString(File.ReadAllBytes(file))));
            }
            else if (file.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
            {
                // The page as written, its inline fonts (base64 data: addresses, where a short item is found by chance) left out.
                texts.Add((relative, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(file), @"data:[a-z/+-]+;base64,[A-Za-z0-9+/=]+", "data:")));
            }
            else
            {
                texts.Add((relative, File.ReadAllText(file)));
            }
        }

        return texts;
    }
}
