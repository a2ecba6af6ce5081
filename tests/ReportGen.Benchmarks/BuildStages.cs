using System.Diagnostics;
using System.Globalization;
using ReportGen.Publishing;
using ReportGen.Publishing.Outputs;

namespace ReportGen.Benchmarks;

/// <summary>
/// Where a build's time goes (<c>-- build-stages [PROJECT] [ROUNDS]</c>): the load, the analysis, the inputs hashed, then
/// each output of the catalog in turn, on one thread, with the process's CPU time beside the wall time. The first
/// round is the cold one a command-line build pays (its JIT or ReadyToRun code included); the later ones are warm,
/// so the difference is what start-up costs each stage. Run it from the published or ReadyToRun binaries to compare.
/// </summary>
internal static class BuildStages
{
    public static void Run(string projectPath, int rounds)
    {
        var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"process start → Main: {(DateTime.Now - process.StartTime).TotalMilliseconds:F0} ms wall, {process.TotalProcessorTime.TotalMilliseconds:F0} ms CPU, {System.Runtime.JitInfo.GetCompiledMethodCount()} methods jitted in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms"));
        for (var round = 0; round < rounds; round++)
        {
            var lines = new List<string>();
            var total = Measure("total", () => Once(projectPath, lines), lines);
            Console.WriteLine(round == 0 ? "round 1 (cold)" : $"round {round + 1} (warm)");
            foreach (var line in lines)
            {
                Console.WriteLine(line);
            }

            _ = total;
        }
    }

    private static int Once(string projectPath, List<string> lines)
    {
        var inputs = Measure("load (YAML, CSV, comments, raking)", () => ReportBuilder.Load(projectPath), lines);
        var results = Measure("analyse", () => ReportBuilder.Analyze(inputs, scope: null), lines);
        var context = new DocumentSetContext(results, [], Documents.DocumentOptions.Default, ReportBuilder.GeneratorVersion);
        Measure("article (Scriban)", () => context.Article, lines);
        Measure("charts (models)", () => context.Charts, lines);
        Measure("newsletter composed", () => context.Newsletter, lines);
        Measure("evidence composed", () => context.Evidence, lines);
        var count = 0;
        foreach (var unit in OutputCatalog.For(results.Project.Outputs))
        {
            count += Measure(string.Join(" ", unit.Names), () => unit.Write(context).Count(), lines);
        }

        return count;
    }

    private static T Measure<T>(string name, Func<T> stage, List<string> lines)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var (methods, jit) = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
        var clock = Stopwatch.StartNew();
        var value = stage();
        var wall = clock.Elapsed.TotalMilliseconds;
        process.Refresh();
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-40} {wall,7:F0} ms wall {(process.TotalProcessorTime - cpu).TotalMilliseconds,7:F0} ms CPU {System.Runtime.JitInfo.GetCompiledMethodCount() - methods,6} methods jitted in {(System.Runtime.JitInfo.GetCompilationTime() - jit).TotalMilliseconds,5:F0} ms"));
        return value;
    }
}
