using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen.Publishing;

/// <summary>What a build reads, which its output folder must keep clear of: input files, and input folders (templates).</summary>
public sealed record OutputInputs(IReadOnlyList<string> Files, IReadOnlyList<string> Folders)
{
    public static OutputInputs None { get; } = new([], []);
}

/// <summary>
/// Refuses an output folder that would overlap what the build reads, before anything is written: the output folder
/// may not be a symbolic link (it would be replaced, or followed somewhere else), hold an input file or an input
/// folder, or lie inside an input folder. Paths are compared as the system resolves them: every symbolic link
/// among their folders is followed first, so a link cannot smuggle the project into the output folder.
/// </summary>
public static class OutputGuard
{
    /// <summary>More files under an input folder than this are not listed one by one: the folder itself is checked.</summary>
    private const int MaxListedFiles = 10_000;

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static void Check(string target, string display, OutputInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (new FileInfo(target).LinkTarget is { } link)
        {
            throw Fail(display, DiagnosticCodes.OutputIsLink, Text.Format(PublishingMessages.OutputIsLink, link), PublishingMessages.OutputIsLinkHint);
        }

        var real = RealPath(target);
        foreach (var file in inputs.Files)
        {
            if (IsInside(RealPath(file), real))
            {
                throw Fail(display, DiagnosticCodes.OutputHoldsInput, Text.Format(PublishingMessages.OutputHoldsInputFile, ProjectPaths.Display(file)), PublishingMessages.OwnOutputFolderHint);
            }
        }

        foreach (var folder in inputs.Folders)
        {
            var realFolder = RealPath(folder);
            if (IsInside(realFolder, real))
            {
                throw Fail(display, DiagnosticCodes.OutputHoldsInput, Text.Format(PublishingMessages.OutputHoldsInputFolder, ProjectPaths.Display(folder)), PublishingMessages.OwnOutputFolderHint);
            }

            if (IsInside(real, realFolder))
            {
                throw Fail(display, DiagnosticCodes.OutputInsideInput, Text.Format(PublishingMessages.OutputInsideInput, ProjectPaths.Display(folder)), PublishingMessages.OutputInsideInputHint);
            }
        }

        // The files of the input folders too: one may be a link to a file inside the output folder.
        foreach (var file in inputs.Folders.SelectMany(FilesUnder))
        {
            if (IsInside(RealPath(file), real))
            {
                throw Fail(display, DiagnosticCodes.OutputHoldsInput, Text.Format(PublishingMessages.OutputHoldsInputFile, ProjectPaths.Display(file)), PublishingMessages.OwnOutputFolderHint);
            }
        }
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies under it (both real, absolute paths).</summary>
    public static bool IsInside(string path, string folder)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(folder);
        var root = Path.TrimEndingDirectorySeparator(folder);
        return path.Equals(root, PathComparison)
            || (path.StartsWith(root, PathComparison) && path.Length > root.Length && IsSeparator(path[root.Length]))
            || (root.Length > 0 && IsSeparator(root[^1]) && path.StartsWith(root, PathComparison));
    }

    /// <summary>
    /// <paramref name="path"/> made absolute with every symbolic link among its parts followed (as <c>realpath</c>
    /// does); the parts that do not exist yet are kept as written.
    /// </summary>
    public static string RealPath(string path) => RealPath(path, 0);

    private static string RealPath(string path, int depth)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "";
        var current = root;
        foreach (var part in full[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            string? link;
            try
            {
                link = new FileInfo(next).LinkTarget;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                link = null;
            }

            if (link is null)
            {
                current = next;
                continue;
            }

            if (depth >= 40)
            {
                // As the system does (ELOOP): a chain this long is a loop.
                return full;
            }

            current = RealPath(Path.IsPathRooted(link) ? link : Path.Combine(current, link), depth + 1);
        }

        return current.Length > root.Length ? Path.TrimEndingDirectorySeparator(current) : current;
    }

    private static IEnumerable<string> FilesUnder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MaxRecursionDepth = 16, AttributesToSkip = 0 };
        return Directory.EnumerateFileSystemEntries(folder, "*", options).Take(MaxListedFiles);
    }

    private static bool IsSeparator(char c) => c == Path.DirectorySeparatorChar || c == Path.AltDirectorySeparatorChar;

    private static BadInputException Fail(string display, string code, string message, string hint) =>
        new(new Diagnostic(new SourceLocation(display), code, message, hint));
}
