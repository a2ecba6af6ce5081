using System.Text;
using ReportGen.Publishing;

namespace ReportGen.Tests.BadInput.Setups;

/// <summary>The output folder's path is a file.</summary>
public sealed class OutputIsAFile : ICorpusSetup
{
    public string Name => "output-is-a-file";

    public void Apply(CorpusContext context)
    {
        context.PreviousOutput = false;
        File.WriteAllText(context.Path("out"), "a file, not a folder");
    }
}

/// <summary>The output folder's parent is a file.</summary>
public sealed class OutputParentIsAFile : ICorpusSetup
{
    public string Name => "output-parent-is-a-file";

    public void Apply(CorpusContext context)
    {
        context.PreviousOutput = false;
        File.WriteAllText(context.Path("parent"), "a file");
        context.OutDir = context.Path(Path.Combine("parent", "out"));
    }
}

/// <summary>
/// A folder whose parent cannot be written: a read-only folder, or, when running as root (which writes
/// anyway), a path under /proc, which no one can create folders in.
/// </summary>
public sealed class OutputNotWritable : ICorpusSetup
{
    public string Name => "output-not-writable";

    public void Apply(CorpusContext context)
    {
        context.PreviousOutput = false;
        // A read-only folder is an environment problem (exit 1, cases/output.yaml); a parent that cannot exist is bad input.
        if (Directory.Exists("/proc/self"))
        {
            context.OutDir = $"/proc/reportgen-{Guid.NewGuid():N}/out";
            return;
        }

        if (!OperatingSystem.IsWindows())
        {
            var parent = context.Path("locked");
            Directory.CreateDirectory(parent);
            File.SetUnixFileMode(parent, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            context.OnCleanup(() =>
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
                context.OutDir = Path.Combine(parent, "out");
                return;
            }

            if (Directory.Exists("/proc/self"))
            {
                context.OutDir = $"/proc/reportgen-{Guid.NewGuid():N}/out";
                return;
            }
        }

        // Windows, or root without /proc: a parent that is a file cannot hold a folder either.
        File.WriteAllText(context.Path("parent-file"), "x");
        context.OutDir = context.Path(Path.Combine("parent-file", "out"));
    }
}

/// <summary>Another build holds the output folder's lock.</summary>
public sealed class OutputLocked : ICorpusSetup
{
    public string Name => "output-locked";

    public void Apply(CorpusContext context) =>
        context.Hold(new FileStream(OutputTransaction.LockPath(context.OutDir!), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
}

/// <summary>The inputs over 100 KB of the first corpus, from fixed text and a fixed seed.</summary>
public abstract class BaseGenerator(string name, Func<string, byte[]> bytes) : ICorpusGenerator
{
    protected const string Header = "id;poids;agence;q1;q2\n1;1;Nord;1;2\n";

    public string Name => name;

    public void Write(string path, string baseDirectory) => File.WriteAllBytes(path, bytes(File.ReadAllText(Path.Combine(baseDirectory, "reportgen.yaml"))));
}

public sealed class Field10Mb() : BaseGenerator("field-10mb", _ => Encoding.UTF8.GetBytes(Header + "2;1;Sud;" + new string('x', 10_000_000) + ";3\n3;1;Nord;1;1\n"));

public sealed class OpenQuote2Mb() : BaseGenerator("open-quote-2mb", _ =>
{
    var rows = new StringBuilder(Header).Append("2;1;\"Sud;2;3\n");
    for (var i = 3; rows.Length < 2_000_000; i++)
    {
        rows.Append(i).Append(";1;Nord;1;2\n");
    }

    return Encoding.UTF8.GetBytes(rows.ToString());
});

public sealed class Random200Kb() : BaseGenerator("random-200kb", _ =>
{
    var bytes = new byte[200_000];
    new Random(20240601).NextBytes(bytes);
    return bytes;
});

public sealed class Nesting100K() : BaseGenerator("nesting-100k", _ => Encoding.UTF8.GetBytes("version: \"1\"\nthemes: " + new string('[', 100_000) + new string(']', 100_000) + "\n"));

public sealed class Scalar500K() : BaseGenerator("scalar-500k", project => Encoding.UTF8.GetBytes(project.Replace("organisation: Office Test", "organisation: " + new string('O', 500_000), StringComparison.Ordinal)));

public sealed class Scalar10Mb() : BaseGenerator("scalar-10mb", project => Encoding.UTF8.GetBytes(project.Replace("organisation: Office Test", "organisation: " + new string('O', 10 * 1024 * 1024), StringComparison.Ordinal)));
