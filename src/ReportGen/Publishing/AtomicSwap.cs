using System.Runtime.InteropServices;

namespace ReportGen.Publishing;

/// <summary>
/// Swaps two folders in one step of the file system, so that at no instant either path is missing: on Linux
/// <c>renameat2(RENAME_EXCHANGE)</c> (glibc 2.28, kernel 3.15), on macOS <c>renamex_np(RENAME_SWAP)</c>. Elsewhere,
/// or on a file system that cannot, <see cref="TryExchange"/> answers false and the caller renames twice.
/// </summary>
internal static partial class AtomicSwap
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;
    private const uint RenameSwap = 2;

    // errno values meaning "not supported here" rather than a failure: ENOSYS, EINVAL, ENOTSUP/EOPNOTSUPP (Linux 95, macOS 45), EXDEV.
    private static readonly int[] Unsupported = OperatingSystem.IsMacOS() ? [78, 22, 45, 102, 18] : [38, 22, 95, 18];

    [LibraryImport("libc.so.6", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);

    [LibraryImport("/usr/lib/libSystem.B.dylib", EntryPoint = "renamex_np", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameXNp(string from, string to, uint flags);

    /// <summary>Exchanges <paramref name="a"/> and <paramref name="b"/> (both exist); false when the system cannot.</summary>
    public static bool TryExchange(string a, string b)
    {
        int result;
        try
        {
            if (OperatingSystem.IsLinux())
            {
                result = RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange);
            }
            else if (OperatingSystem.IsMacOS())
            {
                result = RenameXNp(a, b, RenameSwap);
            }
            else
            {
                return false;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }

        if (result == 0)
        {
            return true;
        }

        var errno = Marshal.GetLastPInvokeError();
        return Unsupported.Contains(errno) ? false
            : throw new IOException($"cannot exchange {a} and {b}: {Marshal.GetPInvokeErrorMessage(errno)}", errno);
    }
}
