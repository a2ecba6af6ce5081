using BenchmarkDotNet.Attributes;

namespace ReportGen.Benchmarks;

/// <summary>
/// The whole sample project (data/reportgen.yaml) built, in process: once for the office (target: the whole
/// process, start-up included, at most 1.5 s; see docs/benchmarks.md) and once per residence with
/// <c>--per residence</c> (about a hundred document sets; target at most 15 s). Three iterations of one build each: a build takes seconds.
/// </summary>
[MemoryDiagnoser]
// Mutators rather than a job of its own, so that '--job short' replaces the default job instead of adding one.
[WarmupCount(1)]
[IterationCount(3)]
[InvocationCount(1, unrollFactor: 1)]
public class BuildBenchmarks
{
    private string project = "";
    private string output = "";

    [GlobalSetup]
    public void Setup()
    {
        project = Repo.Path("data/reportgen.yaml");
        output = Repo.TempFolder("build");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(output, recursive: true);

    [Benchmark]
    public BuildResult SampleBuild() => ReportBuilder.Build(project, new BuildOptions { OutputDirectory = Path.Combine(output, "sample") });

    [Benchmark]
    public BuildResult PerResidence() => ReportBuilder.Build(project, new BuildOptions { Per = "residence", OutputDirectory = Path.Combine(output, "per") });
}
