using System.Diagnostics;
using System.Security.Cryptography;
using ReportGen.Diagnostics;

namespace ReportGen.Tests;

public sealed class InputFileTests : IDisposable
{
    private static readonly InputLimit Small = new(100, DiagnosticCodes.InputTooLarge, "test files", "smaller.");

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "reportgen-tests", Guid.NewGuid().ToString("N"));

    public InputFileTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Diagnostic Refused(Action action) => Assert.Single(Assert.Throws<BadInputException>(action).Diagnostics);

    [Fact]
    public async Task A_named_pipe_is_refused_at_once_without_blocking()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // No named pipes in the file system on Windows.
        }

        var fifo = Path.Combine(_dir, "pipe.csv");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        // Opening a FIFO for reading blocks until a writer comes: the refusal must come first, on its own thread so a hang fails.
        // A hang fails the test with a TimeoutException.
        var diagnostic = await Task.Run(() => Refused(() => InputFile.Open(fifo, "pipe.csv", Small, "data file"))).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(DiagnosticCodes.InputNotRegularFile, diagnostic.Code);
        Assert.Contains("named pipe", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dev/zero", "character device")]
    [InlineData("/proc/self/status", "/proc")]
    [InlineData("/proc/self/environ", "/proc")]
    [InlineData("/proc/self", "folder")]
    public void Devices_proc_files_and_folders_are_refused(string path, string said)
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // Linux paths.
        }

        var diagnostic = Refused(() => InputFile.ReadAllBytes(path, path, Small, "data file"));
        Assert.Equal(DiagnosticCodes.InputNotRegularFile, diagnostic.Code);
        Assert.Contains(said, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_is_refused() =>
        Assert.Equal(DiagnosticCodes.InputNotRegularFile, Refused(() => InputFile.ReadAllBytes(_dir, "dir", Small, "data file")).Code);

    [Fact]
    public void A_file_larger_than_the_limit_is_refused_before_reading()
    {
        var path = Path.Combine(_dir, "big.csv");
        File.WriteAllBytes(path, new byte[101]);
        var diagnostic = Refused(() => InputFile.ReadAllBytes(path, "big.csv", Small, "data file"));
        Assert.Equal(DiagnosticCodes.InputTooLarge, diagnostic.Code);
        Assert.Contains("limited to", diagnostic.Message, StringComparison.Ordinal);
        File.WriteAllBytes(path, new byte[100]);
        Assert.Equal(100, InputFile.ReadAllBytes(path, "big.csv", Small, "data file").Length);
    }

    [Fact]
    public void The_limit_counts_the_bytes_read_not_the_size_reported()
    {
        // The file grows after it is opened: its reported size was within the limit, what is read is not.
        var path = Path.Combine(_dir, "growing.csv");
        File.WriteAllBytes(path, new byte[50]);
        using var stream = InputFile.Open(path, "growing.csv", Small, "data file");
        File.AppendAllText(path, new string('x', 200));
        var diagnostic = Refused(() => stream.CopyTo(Stream.Null));
        Assert.Equal(DiagnosticCodes.InputTooLarge, diagnostic.Code);
        Assert.Contains("more than", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hashes_are_computed_streaming_and_match()
    {
        var path = Path.Combine(_dir, "data.csv");
        var content = new byte[3 << 20];
        new Random(7).NextBytes(content);
        File.WriteAllBytes(path, content);
        var limit = Small with { Bytes = 4 << 20 };

        var (bytes, sha) = InputFile.Hash(path, "data.csv", limit, "data file");

        Assert.Equal(content.LongLength, bytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), sha);
    }

    [Fact]
    public void Real_paths_resolve_every_link()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Symbolic links need privileges on Windows.
        }

        Directory.CreateDirectory(Path.Combine(_dir, "real"));
        File.WriteAllText(Path.Combine(_dir, "real", "f.txt"), "x");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "link"), Path.Combine(_dir, "real"));
        var real = InputFile.RealPath(Path.Combine(_dir, "real"))!;

        Assert.Equal(Path.Combine(real, "f.txt"), InputFile.RealPath(Path.Combine(_dir, "link", "f.txt")));
        Assert.Null(InputFile.RealPath(Path.Combine(_dir, "missing")));
        Assert.True(InputFile.IsUnder(Path.Combine(real, "f.txt"), real));
        Assert.False(InputFile.IsUnder(real + "x/f.txt", real));
    }
}
