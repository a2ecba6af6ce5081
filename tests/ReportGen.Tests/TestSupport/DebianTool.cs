using System.Diagnostics;

namespace ReportGen.Tests.TestSupport;

/// <summary>
/// A command-line tool from a Debian package that a test needs (qpdf, pdftoppm). Installed on first use when
/// missing, so that `dotnet test` on a fresh machine needs no manual step.
/// </summary>
internal static class DebianTool
{
    private static readonly Lock Gate = new();

    public static string Require(string command, string package)
    {
        lock (Gate)
        {
            var path = Find(command);
            if (path is not null)
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

    private static string? Find(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Select(dir => Path.Combine(dir, command))
            .FirstOrDefault(File.Exists);
}
