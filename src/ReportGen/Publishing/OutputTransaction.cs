using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Resources;

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
/// <para>
/// The swap is crash-safe: at every instant the output folder holds the complete old set or the complete new one.
/// The period folders of the old set (<c>out/2026-Q3</c>) are first moved into the staging folder (renames within
/// one folder), then the staging folder and the output folder are exchanged in one step (<see cref="AtomicSwap"/>;
/// where the system cannot, two renames with the old set kept as <c>.out.previous-*</c> in between). Whatever a
/// crash leaves beside the output folder is put right by the next build, under the lock, before it writes
/// (<see cref="Recover"/>): a set left only in a previous folder is put back, period folders left in a staging
/// folder are moved back, and the leftovers are deleted.
/// </para>
/// <para>
/// Every path written is checked to resolve inside the staging folder (<see cref="Write"/>), whatever the caller
/// passes; the output folder is checked against the project's inputs first (<see cref="OutputGuard"/>).
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
    private readonly CancellationToken _cancellation;
    private int _writes;

    private OutputTransaction(string target, string staging, FileStream lockFile, CancellationToken cancellation)
    {
        _cancellation = cancellation;
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

    /// <summary>A transaction for a folder with no input to keep clear of (a new project's, say).</summary>
    public static OutputTransaction Begin(string outputDirectory) => Begin(outputDirectory, OutputInputs.None);

    /// <summary>
    /// Locks <paramref name="outputDirectory"/>, puts right what a crashed build left beside it, and opens a staging
    /// folder; refuses (exit code 2, nothing changed) an output folder that overlaps <paramref name="inputs"/> or is a link.
    /// </summary>
    public static OutputTransaction Begin(string outputDirectory, OutputInputs inputs, CancellationToken cancellation = default)
    {
        if (string.IsNullOrWhiteSpace(outputDirectory))
        {
            throw Fail("--out", PublishingMessages.OutputFolderEmpty, PublishingMessages.OutputFolderEmptyHint);
        }

        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var display = ProjectPaths.Display(target);
        if (Path.GetPathRoot(target) == target)
        {
            throw Fail(display, PublishingMessages.OutputFolderIsRoot, PublishingMessages.OutputFolderIsRootHint);
        }

        OutputGuard.Check(target, display, inputs);
        if (File.Exists(target))
        {
            throw Fail(display, PublishingMessages.OutputPathIsFile, PublishingMessages.OutputPathIsFileHint);
        }

        var parent = Path.GetDirectoryName(target)!;
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var lockFile = Lock(target, display);
        try
        {
            Recover(target);
            // A shard's folder (build --shard) has a shard.json, and a manifest.json only in shard 1.
            if (Directory.Exists(target) && !File.Exists(Path.Combine(target, Manifest.FileName)) && !File.Exists(Path.Combine(target, Shards.ShardManifest.FileName))
                && Directory.EnumerateFileSystemEntries(target).Any(entry => !IsPeriodBuild(entry) && !IsWorkInProgress(entry) && !Verbatims.ReviewSample.IsReviewSample(entry)))
            {
                throw Fail(display, PublishingMessages.OutputFolderNotOurs, PublishingMessages.OutputFolderNotOursHint);
            }

            Directory.CreateDirectory(staging);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            lockFile.Dispose();
            throw OutputErrors.Kind(ex) is not null ? OutputErrors.Environment(display, PublishingMessages.CannotCreateOutputFolder, ex)
                : Fail(display, Text.Format(PublishingMessages.CannotCreateOutputFolderBecause, ex.Message), PublishingMessages.CannotCreateOutputFolderHint);
        }
        catch
        {
            lockFile.Dispose();
            throw;
        }

        return new OutputTransaction(target, staging, lockFile, cancellation);
    }

    /// <summary>Opens the lock file for this build alone, waiting up to <see cref="LockWait"/> for another build.</summary>
    internal static FileStream Lock(string target, string display)
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
                    throw new EnvironmentException(Text.Format(PublishingMessages.AnotherBuildWriting, display, Path.GetFileName(path)));
                }

                Thread.Sleep(100);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw OutputErrors.Kind(ex) is not null ? OutputErrors.Environment(display, PublishingMessages.CannotCreateOutputFolder, ex)
                    : Fail(display, Text.Format(PublishingMessages.CannotCreateOutputFolderBecause, ex.Message), PublishingMessages.CannotCreateOutputFolderHint);
            }
        }
    }

    /// <summary>
    /// Writes one file of the new set. <paramref name="relativePath"/> must be relative, made of '/'-separated
    /// plain names (no <c>.</c>, <c>..</c>, empty part, drive or device), and resolve inside the staging folder:
    /// anything else is refused (RG401) and nothing is published.
    /// </summary>
    public void Write(string relativePath, byte[] content)
    {
        _cancellation.ThrowIfCancellationRequested();
        var path = StagedPath(relativePath);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw OutputErrors.Environment(ProjectPaths.Display(_target), Text.Format(PublishingMessages.CannotWrite, relativePath), ex);
        }

        if (Interlocked.Increment(ref _writes) == 1 && PauseAt == "write")
        {
            // Fault injection for the signal tests: says so, then waits (at most 20 s) for the build to be cancelled.
            Console.Error.WriteLine("reportgen-test: paused after the first write");
            _cancellation.WaitHandle.WaitOne(TimeSpan.FromSeconds(20));
            _cancellation.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Where <paramref name="relativePath"/> is written in the staging folder, proven to lie inside it.</summary>
    private string StagedPath(string relativePath)
    {
        var parts = (relativePath ?? "").Split('/');
        var plain = relativePath is { Length: > 0 } && !Path.IsPathRooted(relativePath) && parts.All(part => part.Length > 0 && part != "." && part != ".."
            && part.IndexOfAny(['\\', ':', '\0']) < 0 && part.IndexOfAny(Path.GetInvalidFileNameChars()) < 0 && part.Trim() == part && !part.EndsWith('.'));
        var path = Path.GetFullPath(Path.Combine([_staging, .. parts]));
        if (!plain || !path.StartsWith(_staging + Path.DirectorySeparatorChar, StringComparison.Ordinal) || HasLink(parts))
        {
            throw new BadInputException(new Diagnostic(new SourceLocation(ProjectPaths.Display(_target)), DiagnosticCodes.OutputPathEscapes,
                Text.Format(PublishingMessages.OutputPathEscapes, relativePath), PublishingMessages.OutputPathEscapesHint));
        }

        return path;
    }

    /// <summary>Whether a part of the staged path already exists as a symbolic link, which writing would follow out of the folder.</summary>
    private bool HasLink(string[] parts)
    {
        var current = _staging;
        foreach (var part in parts)
        {
            current = Path.Combine(current, part);
            if (new FileInfo(current).LinkTarget is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Puts the staged set in place of the output folder, in one step where the system can (see the class), keeping
    /// the builds of other periods (sub-folders of the old set whose manifest has no segment).
    /// </summary>
    public void Commit()
    {
        var display = ProjectPaths.Display(_target);
        Fault("staged");
        if (!Directory.Exists(_target))
        {
            try
            {
                Directory.Move(_staging, _target);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw OutputErrors.Environment(display, PublishingMessages.CannotMoveOutputs, ex);
            }

            _committed = true;
            Fault("committed");
            return;
        }

        // Builds of other periods live in sub-folders (out/2026-Q3): they are not this build's to drop, so they go into
        // the new set before it is swapped in. The per-segment sets of the previous build are dropped with it, so that
        // none outlives the build that made it.
        var kept = Directory.EnumerateDirectories(_target).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)
            .Where(name => !name.StartsWith('.') && IsPeriodBuild(Path.Combine(_target, name)) && !Path.Exists(Path.Combine(_staging, name)))
            .ToList();
        var moved = new List<string>();
        try
        {
            foreach (var name in kept)
            {
                Directory.Move(Path.Combine(_target, name), Path.Combine(_staging, name));
                moved.Add(name);
                Fault("period-moved");
            }

            if (!NoExchange && AtomicSwap.TryExchange(_staging, _target))
            {
                _committed = true;
                Fault("exchanged");
                DeleteQuietly(_staging);
                return;
            }

            var backup = Path.Combine(Path.GetDirectoryName(_target)!, $".{Path.GetFileName(_target)}.previous-{Environment.ProcessId}-{Guid.NewGuid():N}");
            Directory.Move(_target, backup);
            Fault("backed-up");
            try
            {
                Directory.Move(_staging, _target);
            }
            catch (Exception) when (!Directory.Exists(_target) && Directory.Exists(backup))
            {
                Directory.Move(backup, _target);
                throw;
            }

            _committed = true;
            Fault("committed");
            DeleteQuietly(backup);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (!_committed)
            {
                // The old set goes back as it was; what cannot be moved back now is moved back by the next build.
                foreach (var name in moved)
                {
                    TryMove(Path.Combine(_staging, name), Path.Combine(_target, name));
                }
            }

            throw OutputErrors.Environment(display, PublishingMessages.CannotMoveOutputs, ex);
        }
    }

    /// <summary>
    /// Puts right what a build killed while writing <paramref name="target"/> left beside it; the caller holds the
    /// lock, so every staging or previous folder of <paramref name="target"/> is a leftover. A set left only in a
    /// previous folder (killed between the two renames) is put back; period folders left in a staging folder
    /// (killed while moving them) go back into the output folder; then the leftovers are deleted.
    /// </summary>
    private static void Recover(string target)
    {
        var parent = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(parent))
        {
            return;
        }

        var name = Path.GetFileName(target);
        var leftovers = Directory.EnumerateDirectories(parent).Select(Path.GetFileName).OfType<string>()
            .Where(n => n.StartsWith($".{name}.staging-", StringComparison.Ordinal) || n.StartsWith($".{name}.previous-", StringComparison.Ordinal)
                || n.StartsWith($"{name}.previous-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => Path.Combine(parent, n))
            .ToList();
        if (!Path.Exists(target) && leftovers.FirstOrDefault(l => !Path.GetFileName(l).StartsWith($".{name}.staging-", StringComparison.Ordinal)
            && File.Exists(Path.Combine(l, Manifest.FileName))) is { } previous)
        {
            Directory.Move(previous, target);
            leftovers.Remove(previous);
        }

        foreach (var leftover in leftovers)
        {
            foreach (var folder in Directory.EnumerateDirectories(leftover).Order(StringComparer.Ordinal))
            {
                var destination = Path.Combine(target, Path.GetFileName(folder));
                if (!Path.GetFileName(folder).StartsWith('.') && IsPeriodBuild(folder) && !Path.Exists(destination))
                {
                    Directory.CreateDirectory(target);
                    Directory.Move(folder, destination);
                }
            }

            Directory.Delete(leftover, recursive: true);
        }
    }

    private static void TryMove(string from, string to)
    {
        try
        {
            Directory.Move(from, to);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left in the staging folder, which the next build's recovery empties into the output folder.
        }
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The new outputs are in place; an old copy left behind is deleted by the next build.
        }
    }

    /// <summary>
    /// Fault injection for the crash tests: when <c>REPORTGEN_TEST_KILL_AT</c> names <paramref name="step"/> (staged,
    /// period-moved, exchanged, backed-up, committed), the process kills itself (SIGKILL) there.
    /// </summary>
    private static void Fault(string step)
    {
        if (KillAt is { } at && at == step)
        {
            System.Diagnostics.Process.GetCurrentProcess().Kill();
            Thread.Sleep(Timeout.Infinite);
        }
    }

    private static readonly string? KillAt = Environment.GetEnvironmentVariable("REPORTGEN_TEST_KILL_AT");

    /// <summary>Fault injection: <c>REPORTGEN_TEST_PAUSE_AT=write</c> waits after the first file written until the build is cancelled.</summary>
    private static readonly string? PauseAt = Environment.GetEnvironmentVariable("REPORTGEN_TEST_PAUSE_AT");

    /// <summary>For the tests of the fallback: <c>REPORTGEN_TEST_NO_EXCHANGE=1</c> swaps by two renames, as where the system cannot exchange.</summary>
    private static readonly bool NoExchange = Environment.GetEnvironmentVariable("REPORTGEN_TEST_NO_EXCHANGE") == "1";

    /// <summary>The lock or staging folder of a build writing a sub-folder (a period's) at this moment.</summary>
    private static bool IsWorkInProgress(string entry)
    {
        var name = Path.GetFileName(entry);
        return name.StartsWith('.') && (name.EndsWith(".lock", StringComparison.Ordinal) || name.Contains(".staging-", StringComparison.Ordinal));
    }

    /// <summary>Whether <paramref name="folder"/> is a build of its own (a period's), not a per-segment set.</summary>
    internal static bool IsPeriodBuild(string folder)
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
                // Dropped while holding the lock, so that no other build sees the half-written set; period folders it
                // holds (a commit that failed half-way) go back first.
                Recover(_target);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next build's recovery; the build's own error is the one to report.
        }
        finally
        {
            _lock.Dispose();
        }
    }

    private static BadInputException Fail(string display, string message, string hint) =>
        new(new Diagnostic(new SourceLocation(display), DiagnosticCodes.OutputError, message, hint));
}
