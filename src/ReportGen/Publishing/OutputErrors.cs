using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Resources;

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
        PathTooLongException => PublishingMessages.PathTooLong,
        UnauthorizedAccessException => PublishingMessages.PermissionDenied,
        IOException { HResult: Enospc or WindowsDiskFull or WindowsHandleDiskFull } => PublishingMessages.DiskFull,
        IOException { HResult: Erofs } => PublishingMessages.ReadOnlyFileSystem,
        IOException { HResult: EdquotLinux } when OperatingSystem.IsLinux() => PublishingMessages.QuotaExceeded,
        IOException { HResult: EdquotMac } when OperatingSystem.IsMacOS() => PublishingMessages.QuotaExceeded,
        _ => null,
    };

    /// <summary>
    /// <paramref name="exception"/> as an <see cref="EnvironmentException"/> (exit code 1): <paramref name="doing"/>
    /// (a phrase of the messages: <see cref="PublishingMessages.CannotCreateOutputFolder"/>) and the kind of problem,
    /// else the system's own one-line message.
    /// </summary>
    public static EnvironmentException Environment(string display, string doing, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var kind = Kind(exception) ?? OneLine(exception.Message);
        return new EnvironmentException(Text.Format(PublishingMessages.EnvironmentProblem, display, doing, kind));
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');
}
