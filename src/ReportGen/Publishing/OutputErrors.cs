using ReportGen.Diagnostics;

namespace ReportGen.Publishing;

/// <summary>
/// The environment problems a build can meet while writing, as one line a user can act on: the disk full, a path
/// too long, a folder that cannot be written (permissions, a read-only file system), a quota.
/// </summary>
public static class OutputErrors
{
    // errno values of Linux and macOS (the same for these), and Windows error codes as HRESULTs.
    private const int Enospc = 28;
    private const int Erofs = 30;
    private const int EdquotLinux = 122;
    private const int EdquotMac = 69;
    private const int WindowsDiskFull = unchecked((int)0x80070070);
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);

    /// <summary>What went wrong, in a few words, when <paramref name="exception"/> is an environment problem; else null.</summary>
    public static string? Kind(Exception exception) => exception switch
    {
        PathTooLongException => "the path is too long for the file system",
        UnauthorizedAccessException => "permission denied (the folder is read-only or belongs to someone else)",
        IOException { HResult: Enospc or WindowsDiskFull or WindowsHandleDiskFull } => "the disk is full",
        IOException { HResult: Erofs } => "the file system is read-only",
        IOException { HResult: EdquotLinux } when OperatingSystem.IsLinux() => "the disk quota is exceeded",
        IOException { HResult: EdquotMac } when OperatingSystem.IsMacOS() => "the disk quota is exceeded",
        _ => null,
    };

    /// <summary>
    /// <paramref name="exception"/> as an <see cref="EnvironmentException"/> (exit code 1): <paramref name="doing"/>
    /// and the kind of problem, else the system's own one-line message.
    /// </summary>
    public static EnvironmentException Environment(string display, string doing, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var kind = Kind(exception) ?? OneLine(exception.Message);
        return new EnvironmentException($"{display}: {doing}: {kind}; the previous outputs are kept.");
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');
}
