using ReportGen.Scaffolding;

namespace ReportGen.Benchmarks;

/// <summary>The repository the benchmarks run from, and the projects they generate in a temporary folder.</summary>
internal static class Repo
{
    /// <summary>The folder holding ReportGen.sln, found above the benchmark's binaries or the current folder.</summary>
    public static string Root { get; } = Find(AppContext.BaseDirectory) ?? Find(Directory.GetCurrentDirectory())
        ?? throw new InvalidOperationException("ReportGen.sln not found above the benchmark or the current folder.");

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    /// <summary>A new temporary folder.</summary>
    public static string TempFolder(string name)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"reportgen-bench-{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>
    /// Writes a project of <paramref name="rows"/> respondents of the 2020 wave into a new temporary folder:
    /// tests/ReportGen.Benchmarks/ingest.yaml, data/indicators.yaml and the generated tenants.csv. Returns the project file.
    /// </summary>
    public static string WriteIngestProject(int rows)
    {
        var folder = TempFolder($"ingest-{rows}");
        File.Copy(Path("tests/ReportGen.Benchmarks/ingest.yaml"), System.IO.Path.Combine(folder, "reportgen.yaml"));
        File.Copy(Path("data/indicators.yaml"), System.IO.Path.Combine(folder, "indicators.yaml"));
        using (var stream = File.Create(System.IO.Path.Combine(folder, "tenants.csv")))
        {
            SampleSurvey.Write(stream, rows, SampleSurvey.DefaultSeed, waves: [SampleSurvey.Wave]);
        }

        return System.IO.Path.Combine(folder, "reportgen.yaml");
    }

    private static string? Find(string start)
    {
        var dir = new DirectoryInfo(start);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "ReportGen.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName;
    }
}
