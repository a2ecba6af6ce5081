using Microsoft.Win32.SafeHandles;
using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen.Ingest.Duplicates;

/// <summary>
/// A scratch file in the temporary folder (never in the project or the output), written at its end and read at any
/// offset. It leaves nothing behind, whatever ends the process: on Unix its name is removed as soon as it is open
/// (the open handle keeps the data until it is closed, or the process ends), and on Windows the system deletes it
/// when its handle closes. A folder that cannot be written, or that is full, is a problem of the machine.
/// </summary>
internal sealed class SpillFile : IDisposable
{
    private readonly SafeFileHandle _handle;
    private readonly string _folder;

    private SpillFile(SafeFileHandle handle, string folder)
    {
        _handle = handle;
        _folder = folder;
    }

    /// <summary>The bytes written so far.</summary>
    public long Length { get; private set; }

    /// <summary>Creates the file in <paramref name="folder"/>, or in the user's temporary folder when it is null.</summary>
    /// <exception cref="EnvironmentException">The folder cannot hold a file.</exception>
    public static SpillFile Create(string? folder)
    {
        folder ??= Path.GetTempPath();
        var path = Path.Combine(folder, $"reportgen-{Environment.ProcessId}-{Path.GetRandomFileName()}");
        try
        {
            var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
                OperatingSystem.IsWindows() ? FileOptions.DeleteOnClose : FileOptions.None);
            if (!OperatingSystem.IsWindows())
            {
                File.Delete(path);
            }

            return new SpillFile(handle, folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unusable(folder, e);
        }
    }

    /// <summary>Writes <paramref name="bytes"/> at the end of the file.</summary>
    /// <exception cref="EnvironmentException">The folder is full.</exception>
    public void Append(ReadOnlySpan<byte> bytes)
    {
        try
        {
            RandomAccess.Write(_handle, bytes, Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unusable(_folder, e);
        }

        Length += bytes.Length;
    }

    /// <summary>Fills <paramref name="buffer"/> from <paramref name="offset"/>, which must lie that far from the end.</summary>
    public void ReadExactly(Span<byte> buffer, long offset)
    {
        try
        {
            while (!buffer.IsEmpty)
            {
                var read = RandomAccess.Read(_handle, buffer, offset);
                if (read == 0)
                {
                    throw new EndOfStreamException();
                }

                buffer = buffer[read..];
                offset += read;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unusable(_folder, e);
        }
    }

    public void Dispose() => _handle.Dispose();

    private static EnvironmentException Unusable(string folder, Exception e) =>
        new(Text.Format(TemporaryFiles.TemporaryFolderUnusable, folder, e.Message.TrimEnd('.')));
}
