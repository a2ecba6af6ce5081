using ReportGen.Diagnostics;

namespace ReportGen.Publishing;

/// <summary>
/// Writes a build's files into a staging folder beside the output folder, then swaps it into place only when
/// every file was written: a failed build leaves an existing output folder as it was and creates nothing.
/// It refuses to replace a folder that holds files and no manifest, so that a mistyped <c>--out</c> cannot
/// wipe a folder ReportGen did not write.
/// <para>
/// Two builds into the same folder never interleave: <see cref="Begin"/> opens a lock file beside the output
/// folder (<c>.out.lock</c> for <c>out</c>) with <see cref="FileShare.None"/> and keeps it open until
/// <see cref="Dispose"/>. The lock is the open handle, not the file's existence: the operating system
/// releases it when the process ends, however it ends (on Linux and macOS .NET takes an advisory
/// <c>flock</c>, on Windows a sharing mode), so a build that was killed never blocks the next one, and the
/// file itself is deleted on close (<see cref="FileOptions.DeleteOnClose"/>). A second build waits
/// <see cref="LockWait"/>, then fails with <see cref="EnvironmentException"/> (exit code 1).
/// </para>
/// </summary>
public sealed class OutputTransaction : IDisposable
{
    /// <summary>How long a build waits for another build of the same folder to finish before giving up.</summary>
    public static readonly TimeSpan LockWait = TimeSpan.FromSeconds(2);

    private readonly string _target;
    private readonly string _staging;
    private readonly FileStream _lock;
    private bool _committed;

    private OutputTransaction(string target, string staging, FileStream lockFile)
    {
        _target = target;
        _staging = staging;
        _lock = lockFile;
    }

    /// <summary>The lock file of <paramref name="outputDirectory"/>, beside it.</summary>
    public static string LockPath(string outputDirectory)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        return Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.lock");
    }

    public static OutputTransaction Begin(string outputDirectory)
    {
        if (string.IsNullOrWhiteSpace(outputDirectory))
        {
            throw Fail("--out", "the output folder is empty.", "name a folder, for example --out out.");
        }

        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var display = ProjectPaths.Display(target);
        if (File.Exists(target))
        {
            throw Fail(display, "the output path is a file, not a folder.", "choose another --out folder.");
        }

        if (Directory.Exists(target) && !File.Exists(Path.Combine(target, Manifest.FileName))
            && Directory.EnumerateFileSystemEntries(target).Any(entry => !IsPeriodBuild(entry) && !IsWorkInProgress(entry)))
        {
            throw Fail(display, "the output folder holds files that ReportGen did not write (it has no manifest.json); they would be replaced.",
                "choose an empty or new --out folder, or delete this one.");
        }

        var parent = Path.GetDirectoryName(target)!;
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var lockFile = Lock(target, display);
        try
        {
            Directory.CreateDirectory(staging);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            lockFile.Dispose();
            throw Fail(display, $"cannot create the output folder: {ex.Message}", "check that the parent folder exists and is writable.");
        }

        return new OutputTransaction(target, staging, lockFile);
    }

    /// <summary>Opens the lock file for this build alone, waiting up to <see cref="LockWait"/> for another build.</summary>
    private static FileStream Lock(string target, string display)
    {
        var path = LockPath(target);
        // Polls every 100 ms; counted rather than timed, as library code reads no clock.
        var attempts = (int)(LockWait.TotalMilliseconds / 100);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Held by another build (a sharing violation): wait for it a little.
                if (attempt >= attempts)
                {
                    throw new EnvironmentException($"{display}: another ReportGen build is writing this folder (it holds {Path.GetFileName(path)}); retry when it is done.");
                }

                Thread.Sleep(100);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw Fail(display, $"cannot create the output folder: {ex.Message}", "check that the parent folder exists and is writable.");
            }
        }
    }

    public void Write(string relativePath, byte[] content)
    {
        var path = Path.Combine(_staging, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    /// <summary>Moves the staged files into place, replacing the previous output folder as a whole.</summary>
    public void Commit()
    {
        var backup = _target + $".previous-{Environment.ProcessId}-{Guid.NewGuid():N}";
        var kept = new List<string>();
        try
        {
            if (Directory.Exists(_target))
            {
                // Builds of other periods live in sub-folders (out/2026-Q3): they are not this build's to drop. The
                // per-segment sets of the previous build are, so that none outlives the build that made it.
                kept.AddRange(Directory.EnumerateDirectories(_target).Order(StringComparer.Ordinal)
                    .Select(Path.GetFileName).OfType<string>()
                    .Where(name => IsPeriodBuild(Path.Combine(_target, name)) && !Directory.Exists(Path.Combine(_staging, name)) && !File.Exists(Path.Combine(_staging, name))));
                Directory.Move(_target, backup);
            }

            Directory.Move(_staging, _target);
            _committed = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (!Directory.Exists(_target) && Directory.Exists(backup))
            {
                Directory.Move(backup, _target);
            }

            throw Fail(ProjectPaths.Display(_target), $"cannot move the new outputs into place: {ex.Message}", "check that no other program holds files of this folder open.");
        }

        // The period folders go from the old folder into the new one only after the swap: if a move fails, they
        // are still in the old copy, which is then kept rather than deleted.
        var allKept = true;
        foreach (var name in kept)
        {
            try
            {
                Directory.Move(Path.Combine(backup, name), Path.Combine(_target, name));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                allKept = false;
            }
        }

        if (!allKept)
        {
            throw new EnvironmentException($"{ProjectPaths.Display(_target)}: the new outputs are in place, but some builds of other periods could not be moved back into it; they are in {ProjectPaths.Display(backup)}.");
        }

        try
        {
            if (Directory.Exists(backup))
            {
                Directory.Delete(backup, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The new outputs are in place; an old copy left behind is only clutter.
        }
    }

    /// <summary>The lock or staging folder of a build writing a sub-folder (a period's) at this moment.</summary>
    private static bool IsWorkInProgress(string entry)
    {
        var name = Path.GetFileName(entry);
        return name.StartsWith('.') && (name.EndsWith(".lock", StringComparison.Ordinal) || name.Contains(".staging-", StringComparison.Ordinal));
    }

    /// <summary>Whether <paramref name="folder"/> is a build of its own (a period's), not a per-segment set.</summary>
    private static bool IsPeriodBuild(string folder)
    {
        var manifest = Path.Combine(folder, Manifest.FileName);
        if (!File.Exists(manifest))
        {
            return false;
        }

        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(manifest));
            return json.RootElement.TryGetProperty("parameters", out var parameters) && !parameters.TryGetProperty("segment", out _);
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_committed && Directory.Exists(_staging))
            {
                Directory.Delete(_staging, recursive: true);
            }
        }
        finally
        {
            _lock.Dispose();
        }
    }

    private static BadInputException Fail(string display, string message, string hint) =>
        new(new Diagnostic(new SourceLocation(display), DiagnosticCodes.OutputError, message, hint));
}
