using System.Diagnostics;

namespace ReportGen.Tests.TestSupport;

/// <summary>
/// A command-line tool from a Debian package that a test needs (qpdf, pdftoppm). Installed on first use when
/// missing, so that `dotnet test` on a fresh machine needs no manual step. The package is checked, not only the
/// command: LibreOffice's <c>soffice</c> comes with Calc as with Writer, and converts only what its installed modules read.
/// </summary>
internal static class DebianTool
{
    private static readonly Lock Gate = new();

    public static string Require(string command, string package)
    {
        lock (Gate)
        {
            var path = Find(command);
            if (path is not null && Installed(package) != false)
            {
                return path;
            }

            Run("apt-get", "update -qq");
            Run("apt-get", $"install -y -qq --no-install-recommends {package}");
            return Find(command) ?? throw new InvalidOperationException($"'{command}' is still missing after installing the Debian package {package}.");
        }
    }

    /// <summary>
    /// Installs <paramref name="package"/> unless <paramref name="present"/> says it is there: for what a command alone
    /// does not show (a Python or R module). Under the same lock as <see cref="Require"/>: two apt-get at once fail on dpkg's lock.
    /// </summary>
    public static void RequirePackage(string package, Func<bool> present)
    {
        lock (Gate)
        {
            if (present())
            {
                return;
            }

            Run("apt-get", "update -qq");
            var (code, output) = Run("apt-get", $"install -y -qq --no-install-recommends {package}");
            if (code != 0 || !present())
            {
                throw new InvalidOperationException($"the Debian package {package} could not be installed: {output}");
            }
        }
    }

    public static (int ExitCode, string Output) Run(string file, string arguments)
    {
        var info = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }

    /// <summary>Whether dpkg has the package installed; null where there is no dpkg to ask.</summary>
    private static bool? Installed(string package)
    {
        if (Find("dpkg-query") is null)
        {
            return null;
        }

        var (code, output) = Run("dpkg-query", $"-W -f=${{Status}} {package}");
        return code == 0 && output.Contains("install ok installed", StringComparison.Ordinal);
    }

    private static string? Find(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Select(dir => Path.Combine(dir, command))
            .FirstOrDefault(File.Exists);
}
