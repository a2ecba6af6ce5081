using System.Diagnostics;
using ReportGen.Tests.BadInput;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Cli;

/// <summary>
/// Paths of the project file are read from the project file's folder, paths of the command line from the current
/// folder: without --out, a build writes to out/ beside the project file from wherever it is run, and the bytes
/// written do not depend on the folder it is run from.
/// </summary>
public sealed class BuildOutputFolderTests : IDisposable
{
    private readonly TempProject _project = BadInputCorpusTests.BaseProject();
    private readonly string _elsewhere = Path.Combine(Path.GetTempPath(), "reportgen-tests", Guid.NewGuid().ToString("N"));

    public BuildOutputFolderTests() => Directory.CreateDirectory(_elsewhere);

    public void Dispose()
    {
        _project.Dispose();
        Directory.Delete(_elsewhere, recursive: true);
    }

    [Fact]
    public async Task A_build_from_any_folder_writes_the_same_bytes_to_out_beside_the_project_file()
    {
        // From the project's folder, the project named relatively.
        await Build(_project.Directory, "reportgen.yaml");
        var fromProject = Files(_project.OutDir);
        Directory.Delete(_project.OutDir, recursive: true);

        // From another folder, the project named by its full path, then relatively to that folder.
        await Build(_elsewhere, _project.ProjectFile);
        Assert.Equal(fromProject, Files(_project.OutDir));
        Directory.Delete(_project.OutDir, recursive: true);
        await Build(_elsewhere, Path.GetRelativePath(_elsewhere, _project.ProjectFile));
        Assert.Equal(fromProject, Files(_project.OutDir));

        Assert.False(Path.Exists(Path.Combine(_elsewhere, "out")), "an out/ folder was written in the current folder");
        Assert.Contains("newsletter.md", fromProject.Keys);
    }

    [Fact]
    public async Task Out_is_read_from_the_current_folder_and_outputs_directory_from_the_project_folder()
    {
        File.AppendAllText(_project.ProjectFile, "outputs: { directory: ../sortie-projet }\n");

        await Build(_elsewhere, _project.ProjectFile, "--out", "sortie-ligne");
        await Build(_elsewhere, _project.ProjectFile);

        var byOut = Path.Combine(_elsewhere, "sortie-ligne");
        var byProject = Path.GetFullPath(Path.Combine(_project.Directory, "..", "sortie-projet"));
        try
        {
            Assert.True(File.Exists(Path.Combine(byOut, "newsletter.md")));
            Assert.True(File.Exists(Path.Combine(byProject, "newsletter.md")));
            Assert.Equal(Files(byOut), Files(byProject));
            Assert.False(Path.Exists(Path.Combine(_elsewhere, "sortie-projet")));
        }
        finally
        {
            Directory.Delete(byProject, recursive: true);
        }
    }

    private static SortedDictionary<string, string> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    /// <summary>The built command line (ReportGen.Cli.dll beside the tests), run in <paramref name="folder"/>.</summary>
    private static async Task Build(string folder, params string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        foreach (var arg in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "ReportGen.Cli.dll"), "build" }.Concat(args))
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["CI"] = "true";
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await error);
    }
}
