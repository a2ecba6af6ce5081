using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.BadInput.Setups;

/// <summary>
/// A data file whose segment values (and, optionally, segment id) are hostile folder names, built with
/// <c>--per</c>: every set must land in a sub-folder of the output folder, named by a plain slug, one per value,
/// none shared with another value or output, whatever the case, accents and order of the values.
/// </summary>
public abstract partial class PerSegmentSetup(string name, string segmentId, params string[] values) : ICorpusSetup
{
    private const string Weighting = "weighting:\n  margins:\n    - column: agence\n      population: { Nord: 500, Sud: 500 }\n";

    public string Name => name;

    /// <summary>Folders whose name is known in advance (values that clash with nothing), by value.</summary>
    protected virtual IReadOnlyDictionary<string, string> Plain => new Dictionary<string, string>();

    public virtual void Apply(CorpusContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var project = File.ReadAllText(context.Path("reportgen.yaml")).Replace(Weighting, "", StringComparison.Ordinal)
            .Replace("- { id: agence, column: agence, label: agences }", $"- {{ id: \"{segmentId}\", column: agence, label: agences }}", StringComparison.Ordinal);
        File.WriteAllText(context.Path("reportgen.yaml"), project, new UTF8Encoding(false));
        WriteData(context.Path("data.csv"), values);
    }

    internal static void WriteData(string path, IEnumerable<string> values)
    {
        var rows = new StringBuilder("id;poids;agence;q1;q2\n");
        var i = 0;
        foreach (var value in values.Concat(values))
        {
            rows.Append(++i).Append(";1;\"").Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\";").Append(1 + (i % 4)).Append(';').Append(1 + ((i + 1) % 4)).Append('\n');
        }

        File.WriteAllText(path, rows.ToString(), new UTF8Encoding(false));
    }

    public virtual void Verify(CorpusContext context, int exitCode, string standardError)
    {
        ArgumentNullException.ThrowIfNull(context);
        Assert.True(exitCode == 0, standardError);
        var folders = SetFolders(context.OutDir!);
        Assert.Equal(values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal), folders.Keys);
        Assert.Equal(folders.Count, folders.Values.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var (value, folder) in folders)
        {
            Assert.Matches(SlugPattern(), folder);
            Assert.True(folder.Length <= ProjectPaths.MaxSlugLength + 17, folder);
            Assert.NotEqual("charts", folder, StringComparer.OrdinalIgnoreCase);
            if (Plain.TryGetValue(value, out var plain))
            {
                Assert.Equal(plain, folder);
            }
        }

        // Nothing was written beside the project either (a '..' that escaped would land there).
        var siblings = Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(context.Directory)!).Select(Path.GetFileName).ToList();
        Assert.DoesNotContain(siblings, s => s!.Contains("evil", StringComparison.Ordinal) || s.StartsWith("agence", StringComparison.Ordinal) || s == "etc");
    }

    /// <summary>Each set's folder (a direct sub-folder of <paramref name="outDir"/>), by the segment value its manifest names.</summary>
    internal static SortedDictionary<string, string> SetFolders(string outDir)
    {
        var folders = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in Directory.EnumerateDirectories(outDir))
        {
            var manifest = Path.Combine(folder, "manifest.json");
            if (!File.Exists(manifest))
            {
                continue;
            }

            using var json = JsonDocument.Parse(File.ReadAllBytes(manifest));
            if (json.RootElement.GetProperty("parameters").TryGetProperty("segment", out var segment))
            {
                var text = segment.GetString()!;
                folders.Add(text[(text.IndexOf('=', StringComparison.Ordinal) + 1)..], Path.GetFileName(folder));
            }
        }

        Assert.DoesNotContain(Directory.EnumerateFiles(outDir, "*", SearchOption.AllDirectories), f => Path.GetRelativePath(outDir, f).Split(Path.DirectorySeparatorChar).Length > 3);
        return folders;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}

public sealed class PerDotSegments() : PerSegmentSetup("per-dot-segments", "agence", "..", ".", "Nord")
{
    protected override IReadOnlyDictionary<string, string> Plain => new Dictionary<string, string> { ["Nord"] = "agence-nord" };
}

public sealed class PerAbsolutePaths() : PerSegmentSetup("per-absolute-paths", "agence", "/etc", "/etc/passwd", "C:\\Windows\\System32", "~")
{
    protected override IReadOnlyDictionary<string, string> Plain => new Dictionary<string, string>
    {
        ["/etc"] = "agence-etc",
        ["/etc/passwd"] = "agence-etc-passwd",
        ["C:\\Windows\\System32"] = "agence-c-windows-system32",
    };
}

public sealed class PerSeparators() : PerSegmentSetup("per-separators", "agence", "a/b", "a\\b", "Nord/../../x", "Nord:Sud")
{
    protected override IReadOnlyDictionary<string, string> Plain => new Dictionary<string, string> { ["Nord/../../x"] = "agence-nord-x" };
}

public sealed class PerLongValues() : PerSegmentSetup("per-long-values", "agence",
    string.Concat(Enumerable.Repeat("Résidence des Lilas ", 20)) + "A", string.Concat(Enumerable.Repeat("Résidence des Lilas ", 20)) + "B", new string('x', 5000))
{
    public override void Verify(CorpusContext context, int exitCode, string standardError)
    {
        base.Verify(context, exitCode, standardError);
        Assert.All(SetFolders(context.OutDir!).Values, f => Assert.True(f.Length <= ProjectPaths.MaxSlugLength, f));
    }
}

/// <summary>Values that differ only by case and accents: each keeps a folder of its own, named the same whatever the order of the rows.</summary>
public sealed class PerCaseAndAccents() : PerSegmentSetup("per-case-and-accents", "agence", "Résidence", "residence", "RESIDENCE", "Résidénce", "Nord")
{
    protected override IReadOnlyDictionary<string, string> Plain => new Dictionary<string, string> { ["Nord"] = "agence-nord" };

    public override void Verify(CorpusContext context, int exitCode, string standardError)
    {
        base.Verify(context, exitCode, standardError);
        var first = SetFolders(context.OutDir!);
        Assert.All(first.Where(f => f.Key != "Nord"), f => Assert.StartsWith("agence-residence-", f.Value, StringComparison.Ordinal));

        // The rows in the reverse order give the very same folder names.
        WriteData(context.Path("data.csv"), first.Keys.Reverse());
        var again = context.Path("out-again");
        var run = CliRun.Of("build", context.ProjectFile, "--out", again, "--per", "agence");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(first, SetFolders(again));
    }
}

public sealed class PerChartsSegment() : PerSegmentSetup("per-charts-segment", "charts", "Charts", "CHARTS", "Nord")
{
    protected override IReadOnlyDictionary<string, string> Plain => new Dictionary<string, string> { ["Nord"] = "charts-nord" };
}

public sealed class PerSegmentIdEscapes() : PerSegmentSetup("per-segment-id-escapes", "../../evil", "Nord", "Sud")
{
    protected override IReadOnlyDictionary<string, string> Plain => new Dictionary<string, string> { ["Nord"] = "evil-nord", ["Sud"] = "evil-sud" };
}

public sealed class PerDeviceNames() : PerSegmentSetup("per-device-names", "nul", "NUL", "Con", "Nord")
{
    protected override IReadOnlyDictionary<string, string> Plain => new Dictionary<string, string> { ["Con"] = "nul-con", ["Nord"] = "nul-nord" };

    public override void Verify(CorpusContext context, int exitCode, string standardError)
    {
        base.Verify(context, exitCode, standardError);
        Assert.StartsWith("nul-", SetFolders(context.OutDir!)["NUL"], StringComparison.Ordinal);
    }
}

public sealed class PerNonLatinValues() : PerSegmentSetup("per-non-latin-values", "agence", "東京", "القاهرة", "😀", "Nord");

/// <summary>A value whose folder would be an existing build of another period (<c>out/2024-Q1</c>): the period's build stays, the set goes elsewhere.</summary>
public sealed class PerPeriodFolderName() : PerSegmentSetup("per-period-folder-name", "2024", "Q1", "Q2")
{
    private byte[] _periodManifest = [];

    public override void Apply(CorpusContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var period = Path.Combine(context.OutDir!, "2024-Q1");
        var run = CliRun.Of("build", context.ProjectFile, "--out", period);
        Assert.True(run.ExitCode == 0, run.Error);
        _periodManifest = File.ReadAllBytes(Path.Combine(period, "manifest.json"));
        base.Apply(context);
    }

    public override void Verify(CorpusContext context, int exitCode, string standardError)
    {
        base.Verify(context, exitCode, standardError);
        Assert.Equal(_periodManifest, File.ReadAllBytes(Path.Combine(context.OutDir!, "2024-Q1", "manifest.json")));
        Assert.Equal("2024-q2", SetFolders(context.OutDir!)["Q2"]);
        Assert.StartsWith("2024-q1-", SetFolders(context.OutDir!)["Q1"], StringComparison.Ordinal);
    }
}

/// <summary>A copy of the project one folder down (<c>nest/project</c>), for the cases that point <c>--out</c> above or through it.</summary>
public abstract class NestedProjectSetup(string name) : ICorpusSetup
{
    public string Name => name;

    public void Apply(CorpusContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var nested = context.Path(Path.Combine("nest", "project"));
        foreach (var file in Directory.EnumerateFiles(context.Directory, "*", SearchOption.AllDirectories).ToList())
        {
            var target = Path.Combine(nested, Path.GetRelativePath(context.Directory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        context.ProjectFile = Path.Combine(nested, "reportgen.yaml");
        context.PreviousOutput = false;
        Point(context, nested);
    }

    protected abstract void Point(CorpusContext context, string nested);
}

public sealed class OutAtProjectParent() : NestedProjectSetup("out-at-project-parent")
{
    protected override void Point(CorpusContext context, string nested) => context.OutDir = Path.GetDirectoryName(nested);
}

/// <summary><c>--out link/project</c> where <c>link</c> points at the folder holding the project: the same folder as the project's, through a link.</summary>
public sealed class OutThroughLinkedAncestor() : NestedProjectSetup("out-through-linked-ancestor")
{
    protected override void Point(CorpusContext context, string nested)
    {
        File.CreateSymbolicLink(context.Path("link"), Path.GetDirectoryName(nested)!);
        context.OutDir = Path.Combine(context.Path("link"), "project");
    }
}

/// <summary>A simple <c>--out</c> pointing somewhere in the project.</summary>
public abstract class OutAtSetup(string name, string relative, bool previous = true) : ICorpusSetup
{
    public string Name => name;

    public virtual void Apply(CorpusContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.OutDir = relative.Length == 0 ? context.Directory : context.Path(relative);
        context.PreviousOutput = previous;
    }
}

public sealed class OutAtProjectFolder() : OutAtSetup("out-at-project-folder", "", previous: false);

public sealed class OutAtTemplates() : OutAtSetup("out-at-templates", "templates", previous: false);

public sealed class OutInsideTemplates() : OutAtSetup("out-inside-templates", Path.Combine("templates", "out"));

public sealed class OutAtDataFile() : OutAtSetup("out-at-data-file", "data.csv", previous: false);

/// <summary>The data in a folder of its own (<c>data/survey.csv</c>), and <c>--out</c> at that folder.</summary>
public sealed class OutAtDataFolder() : OutAtSetup("out-at-data-folder", "data", previous: false)
{
    public override void Apply(CorpusContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Directory.CreateDirectory(context.Path("data"));
        File.Move(context.Path("data.csv"), context.Path(Path.Combine("data", "survey.csv")));
        File.WriteAllText(context.Path("reportgen.yaml"), File.ReadAllText(context.Path("reportgen.yaml")).Replace("path: data.csv", "path: data/survey.csv", StringComparison.Ordinal));
        base.Apply(context);
    }
}

/// <summary>The comment rules in a folder of their own (<c>rules/</c>), and <c>--out</c> at that folder.</summary>
public sealed class OutAtRulesFolder() : OutAtSetup("out-at-rules-folder", "rules", previous: false)
{
    public override void Apply(CorpusContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Directory.CreateDirectory(context.Path("rules"));
        File.Move(context.Path("verbatim-themes.yaml"), context.Path(Path.Combine("rules", "verbatim-themes.yaml")));
        File.WriteAllText(context.Path("reportgen.yaml"), File.ReadAllText(context.Path("reportgen.yaml")).Replace("rules: verbatim-themes.yaml", "rules: rules/verbatim-themes.yaml", StringComparison.Ordinal));
        base.Apply(context);
    }
}

/// <summary>The project's own <c>outputs: directory: .</c>, no <c>--out</c>.</summary>
public sealed class OutputsDirectoryDot : ICorpusSetup
{
    public string Name => "outputs-directory-dot";

    public void Apply(CorpusContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        File.AppendAllText(context.Path("reportgen.yaml"), "outputs: { directory: . }\n");
        context.OutDir = null;
    }
}

/// <summary><c>--out</c> is a symbolic link: to an empty folder, to the project folder, to the data file.</summary>
public abstract class OutIsLinkSetup(string name, Func<CorpusContext, string> target) : ICorpusSetup
{
    public string Name => name;

    public void Apply(CorpusContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.PreviousOutput = false;
        File.CreateSymbolicLink(context.Path("out"), target(context));
    }
}

public sealed class OutIsLink() : OutIsLinkSetup("out-is-link", context => Directory.CreateDirectory(context.Path("elsewhere")).FullName);

public sealed class OutIsLinkToProject() : OutIsLinkSetup("out-is-link-to-project", context => context.Directory);

public sealed class OutIsLinkToDataFile() : OutIsLinkSetup("out-is-link-to-data-file", context => context.Path("data.csv"));

/// <summary>
/// A small file system of its own (tmpfs, as root), holding a previous build; then made read-only or nearly full. As
/// another user, a read-only folder (chmod) stands in for both.
/// </summary>
public abstract class SmallFileSystemSetup(string name) : ICorpusSetup
{
    protected bool Mounted { get; private set; }

    public string Name => name;

    public void Apply(CorpusContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var mount = context.Path("volume");
        Directory.CreateDirectory(mount);
        context.OutDir = Path.Combine(mount, "out");
        Mounted = !OperatingSystem.IsWindows() && Environment.UserName == "root" && Run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", mount);
        if (Mounted)
        {
            context.OnCleanup(() => Run("umount", "-l", mount));
        }

        var run = CliRun.Of("build", context.ProjectFile, "--out", context.OutDir);
        Assert.True(run.ExitCode == 0, run.Error);
        if (Mounted)
        {
            Assert.True(Shrink(mount, context.OutDir), "cannot change the tmpfs mount");
        }
        else if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(mount, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            context.OnCleanup(() =>
            {
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(mount, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }
            });
        }
    }

    protected abstract bool Shrink(string mount, string outDir);

    public virtual void Verify(CorpusContext context, int exitCode, string standardError)
    {
    }

    internal static bool Run(string command, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}

public sealed class OutOnReadOnlyFileSystem() : SmallFileSystemSetup("out-on-read-only-file-system")
{
    protected override bool Shrink(string mount, string outDir) => Run("mount", "-o", "remount,ro", mount);

    public override void Verify(CorpusContext context, int exitCode, string standardError) =>
        Assert.Contains(Mounted ? "the file system is read-only" : "permission denied", standardError, StringComparison.Ordinal);
}

/// <summary>Room for the previous set and a few KB: the new set cannot be written.</summary>
public sealed class OutOnFullDisk() : SmallFileSystemSetup("out-on-full-disk")
{
    protected override bool Shrink(string mount, string outDir)
    {
        var used = Directory.EnumerateFiles(outDir, "*", SearchOption.AllDirectories).Sum(f => (new FileInfo(f).Length + 4095) / 4096 * 4096);
        return Run("mount", "-o", $"remount,size={(used / 1024) + 48}k", mount);
    }

    public override void Verify(CorpusContext context, int exitCode, string standardError) =>
        Assert.Contains(Mounted ? "the disk is full" : "permission denied", standardError, StringComparison.Ordinal);
}

/// <summary>An output folder name of 250 characters: allowed, but its lock and staging names beside it are not.</summary>
public sealed class OutNameTooLong : ICorpusSetup
{
    public string Name => "out-name-too-long";

    public void Apply(CorpusContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.OutDir = context.Path(new string('o', 250));
    }
}

/// <summary>What builds killed earlier left beside the output folder: staging folders, an old copy, a lock file.</summary>
public sealed class LeftoversOfKilledBuilds : ICorpusSetup
{
    public string Name => "leftovers-of-killed-builds";

    public void Apply(CorpusContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var leftover in new[] { ".out.staging-4242-0123", ".out.staging-17-89ab", ".out.previous-4242-4567" })
        {
            Directory.CreateDirectory(context.Path(Path.Combine(leftover, "charts")));
            File.WriteAllText(context.Path(Path.Combine(leftover, "newsletter.md")), "half-written");
        }

        File.WriteAllText(context.Path(".out.lock"), "");
    }
}

/// <summary>
/// A build killed between its two renames (where the system cannot exchange folders): no output folder, the old set
/// in <c>.out.previous-*</c>, a period's build in the staging folder. The next build puts both back before its own.
/// </summary>
public sealed class SetLeftInPreviousFolder : ICorpusSetup
{
    public string Name => "set-left-in-previous-folder";

    public void Apply(CorpusContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.PreviousOutput = false;
        var previous = context.Path(".out.previous-4242-0123");
        Assert.Equal(0, CliRun.Of("build", context.ProjectFile, "--out", previous).ExitCode);
        Assert.Equal(0, CliRun.Of("build", context.ProjectFile, "--out", context.Path(Path.Combine(".out.staging-4242-4567", "2023-Q4"))).ExitCode);
        File.WriteAllText(context.Path(Path.Combine(".out.staging-4242-4567", "newsletter.md")), "half-written");
    }

    public void Verify(CorpusContext context, int exitCode, string standardError)
    {
        ArgumentNullException.ThrowIfNull(context);
        Assert.True(File.Exists(context.Path(Path.Combine("out", "2023-Q4", "manifest.json"))), "the period's build was lost");
        Assert.True(File.Exists(context.Path(Path.Combine("out", "manifest.json"))));
    }
}
