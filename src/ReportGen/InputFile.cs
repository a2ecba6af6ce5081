using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;
using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen;

/// <summary>How much of one kind of input is read, and what is said when a file holds more.</summary>
/// <param name="Bytes">The most bytes read.</param>
/// <param name="Code">The diagnostic code of a file over the limit.</param>
/// <param name="Kind">The kind of file, plural, for the message ("definition files"; in French a plural noun without its article, read after « des » : « fichiers de définitions »).</param>
/// <param name="Hint">How to fix a file over the limit.</param>
public sealed record InputLimit(long Bytes, string Code, string Kind, string Hint)
{
    /// <summary>The limit as people read it: "2 MB", "16 GB".</summary>
    public string Shown => Bytes >= 1L << 30 && Bytes % (1L << 30) == 0 ? Text.Format(IngestMessages.SizeGigabytes, Bytes >> 30)
        : Bytes >= 1 << 20 ? Text.Format(IngestMessages.SizeMegabytes, Bytes >> 20) : Text.Format(IngestMessages.SizeKilobytes, Bytes >> 10);
}

/// <summary>
/// The one way every input of a project is opened (project file, definitions, data, comments, rules, action plan,
/// templates, and their hashes for the manifest). A path must name a regular file: a folder, a named pipe (FIFO), a
/// device (<c>/dev/zero</c>), a socket or a file of the kernel's pseudo file systems (<c>/proc</c>, <c>/sys</c>) is
/// refused before one byte is read. On Linux the file is opened non-blocking and checked on its open handle
/// (<c>fstat</c>, <c>fstatfs</c>), so a FIFO never blocks the build and what is checked is what is read. Every read
/// counts the bytes actually read against the kind's <see cref="InputLimit"/> (a <c>/proc</c> file reports 0 bytes;
/// a file may grow while read), so no input can exhaust memory or time.
/// </summary>
/// <remarks>
/// <c>what</c> names the file in the messages, in the user's language: in English a noun without its article ("data
/// file"), in French a masculine noun without its article (« fichier de données »), read after « le ».
/// </remarks>
public static partial class InputFile
{
    /// <summary>Opens <paramref name="path"/> for reading, bounded by <paramref name="limit"/>.</summary>
    /// <exception cref="BadInputException">The path is not a regular file (RG120), or is larger than the limit.</exception>
    /// <exception cref="FileNotFoundException">The path does not exist (callers report it as they always did).</exception>
    public static Stream Open(string path, string displayPath, InputLimit limit, string what, int bufferSize = 81920)
    {
        ArgumentNullException.ThrowIfNull(limit);
        var handle = OpenRegular(path, displayPath, what);
        var stream = new FileStream(handle, FileAccess.Read, bufferSize);
        long length;
        try
        {
            length = stream.Length;
        }
        catch (IOException)
        {
            length = 0;
        }

        if (length > limit.Bytes)
        {
            stream.Dispose();
            throw TooLarge(displayPath, limit, what, length);
        }

        return new LimitedStream(stream, displayPath, limit, what);
    }

    /// <summary>
    /// Opens <paramref name="path"/> as <see cref="Open"/> does, but seekable, for the formats read by offset (a ZIP
    /// archive such as an .xlsx workbook keeps its directory at the end): no read goes past the limit's offset.
    /// </summary>
    public static Stream OpenSeekable(string path, string displayPath, InputLimit limit, string what)
    {
        ArgumentNullException.ThrowIfNull(limit);
        var stream = new FileStream(OpenRegular(path, displayPath, what), FileAccess.Read, 1 << 16);
        if (stream.Length > limit.Bytes)
        {
            var length = stream.Length;
            stream.Dispose();
            throw TooLarge(displayPath, limit, what, length);
        }

        return new LimitedStream(stream, displayPath, limit, what, seekable: true);
    }

    /// <summary>The whole file, bounded by <paramref name="limit"/>.</summary>
    public static byte[] ReadAllBytes(string path, string displayPath, InputLimit limit, string what)
    {
        using var stream = Open(path, displayPath, limit, what);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>The size and SHA-256 of the file, read streaming (a multi-gigabyte file is never held in memory).</summary>
    public static (long Bytes, string Sha256) Hash(string path, string displayPath, InputLimit limit, string what)
    {
        using var stream = Open(path, displayPath, limit, what, 1 << 16);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            total += read;
        }

        return (total, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>
    /// The path with every symbolic link of every component resolved (POSIX <c>realpath</c>), or null when it does not
    /// exist. <c>..</c> is taken physically, after the link before it, as the operating system does when opening.
    /// </summary>
    public static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
        {
            var resolved = Native.realpath(full, IntPtr.Zero);
            if (resolved == IntPtr.Zero)
            {
                return null;
            }

            try
            {
                return Marshal.PtrToStringUTF8(resolved);
            }
            finally
            {
                Native.free(resolved);
            }
        }

        if (!Path.Exists(full))
        {
            return null;
        }

        var info = new FileInfo(full);
        return info.LinkTarget is null ? full : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
    }

    /// <summary>Whether <paramref name="path"/> lies strictly under <paramref name="folder"/> (both real paths): the folder itself is not under it.</summary>
    public static bool IsUnder(string path, string folder) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    internal static BadInputException TooLarge(string displayPath, InputLimit limit, string what, long? length) =>
        new(new Diagnostic(new SourceLocation(displayPath), limit.Code,
            length is { } size
                ? Text.Format(IngestMessages.InputTooLarge, what, size / (1024.0 * 1024), limit.Kind, limit.Shown)
                : Text.Format(IngestMessages.InputGrewTooLarge, what, limit.Shown, limit.Kind),
            limit.Hint));

    private static SafeFileHandle OpenRegular(string path, string displayPath, string what)
    {
        if (OperatingSystem.IsLinux() && NativeChecks)
        {
            var fd = Native.open(path, Native.O_RDONLY | Native.O_NONBLOCK | Native.O_CLOEXEC);
            if (fd >= 0)
            {
                var handle = new SafeFileHandle(fd, ownsHandle: true);
                var refusal = Refusal(fd);
                if (refusal is not null)
                {
                    handle.Dispose();
                    throw NotRegular(displayPath, what, refusal);
                }

                // A regular file: reads block as usual from here on (the flag only mattered for opening a FIFO).
                _ = Native.fcntl(fd, Native.F_SETFL, 0);
                return handle;
            }

            // Not found, not allowed…: the runtime's own open gives the usual exception for the callers to report.
        }
        else if (Directory.Exists(path))
        {
            throw NotRegular(displayPath, what, IngestMessages.KindFolder);
        }
        else if (Path.GetFullPath(path).Replace('\\', '/') is var full && (full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal) || full.StartsWith("/sys/", StringComparison.Ordinal)))
        {
            throw NotRegular(displayPath, what, IngestMessages.KindDeviceOrSystemFile);
        }

        return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
    }

    /// <summary>Why the open file is not a regular file of a real file system, or null when it is one.</summary>
    private static string? Refusal(int fd)
    {
        var status = new byte[256];
        if (Native.statx(fd, "", Native.AT_EMPTY_PATH, Native.STATX_TYPE, status) != 0)
        {
            return null;
        }

        var type = BitConverter.ToUInt16(status, 28) & 0xF000;
        var kind = type switch
        {
            0x8000 => null,
            0x4000 => IngestMessages.KindFolder,
            0x1000 => IngestMessages.KindNamedPipe,
            0x2000 => IngestMessages.KindCharacterDevice,
            0x6000 => IngestMessages.KindBlockDevice,
            0xC000 => IngestMessages.KindSocket,
            _ => IngestMessages.KindNotRegular,
        };
        if (kind is not null)
        {
            return kind;
        }

        var system = new byte[256];
        if (Native.fstatfs(fd, system) != 0)
        {
            return null;
        }

        // f_type is the first field of struct statfs on every Linux architecture (a long, read as its low 32 bits).
        var magic = BitConverter.ToUInt32(system, 0);
        return magic switch
        {
            0x9FA0 => IngestMessages.KindProcFile,
            0x62656572 => IngestMessages.KindSysFile,
            0x64626720 or 0x74726163 or 0x73636673 or 0x27E0EB or 0x63677270 or 0xCAFE4A11 or 0x6E736673 => IngestMessages.KindPseudoFile,
            _ => null,
        };
    }

    private static BadInputException NotRegular(string displayPath, string what, string kind) =>
        new(new Diagnostic(new SourceLocation(displayPath), DiagnosticCodes.InputNotRegularFile,
            Text.Format(IngestMessages.InputNotRegular, what, kind), IngestMessages.InputNotRegularHint));

    private static readonly bool NativeChecks = ProbeNative();

    private static bool ProbeNative()
    {
        try
        {
            return Native.statx(-100, "/", 0, Native.STATX_TYPE, new byte[256]) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static partial class Native
    {
        public const int O_RDONLY = 0;
        public const int O_NONBLOCK = 0x800;
        public const int O_CLOEXEC = 0x80000;
        public const int AT_EMPTY_PATH = 0x1000;
        public const uint STATX_TYPE = 0x1;
        public const int F_SETFL = 4;

        [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        public static partial int open(string path, int flags);

        [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        public static partial int statx(int dirfd, string path, int flags, uint mask, [Out] byte[] buffer);

        [LibraryImport("libc", SetLastError = true)]
        public static partial int fstatfs(int fd, [Out] byte[] buffer);

        [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        public static partial IntPtr realpath(string path, IntPtr resolved);

        [LibraryImport("libc")]
        public static partial void free(IntPtr pointer);

        [LibraryImport("libc", SetLastError = true)]
        public static partial int fcntl(int fd, int command, int argument);
    }

    /// <summary>A read-only stream that refuses to yield more than the limit, counting the bytes actually read.</summary>
    /// <remarks>Seekable, it bounds the offset read up to instead (a ZIP reader reads some parts twice).</remarks>
    private sealed class LimitedStream(FileStream inner, string displayPath, InputLimit limit, string what, bool seekable = false) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => seekable;

        public override bool CanWrite => false;

        public override long Length => seekable ? inner.Length : throw new NotSupportedException();

        public override long Position
        {
            get => _read;
            set => Seek(value, SeekOrigin.Begin);
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            // One byte more than the limit may be asked for, to tell a file of exactly the limit from a longer one.
            var allowed = (int)Math.Min(buffer.Length, limit.Bytes + 1 - _read);
            var read = inner.Read(buffer[..Math.Max(allowed, 0)]);
            _read += read;
            if (_read > limit.Bytes)
            {
                throw TooLarge(displayPath, limit, what, null);
            }

            return read;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => seekable ? _read = inner.Seek(offset, origin) : throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
