using BenchmarkDotNet.Running;

namespace ReportGen.Benchmarks;

/// <summary>Runs the benchmarks named by the command line (see docs/benchmarks.md), e.g. <c>--filter '*'</c>, or with <c>stages [ROWS…]</c> a stopwatch breakdown by stage.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["stages", .. var sizes])
        {
            foreach (var rows in sizes.Length == 0 ? ["4000", "100000", "1000000"] : sizes)
            {
                Stages.Run(int.Parse(rows, System.Globalization.CultureInfo.InvariantCulture));
            }

            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
