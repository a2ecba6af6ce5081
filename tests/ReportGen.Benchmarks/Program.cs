using BenchmarkDotNet.Running;

namespace ReportGen.Benchmarks;

/// <summary>Runs the benchmarks named by the command line (see docs/benchmarks.md), e.g. <c>--filter '*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
