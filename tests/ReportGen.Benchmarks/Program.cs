using BenchmarkDotNet.Running;

namespace ReportGen.Benchmarks;

/// <summary>Runs the benchmarks named by the command line (see docs/benchmarks.md), e.g. <c>--filter '*'</c>, or with <c>stages [ROWS…]</c> a stopwatch breakdown by stage, or with <c>spss-write ROWS PATH</c> / <c>spss-read PATH</c> the SPSS reader at scale.</summary>
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

        if (args is ["spss-write", var count, var path, .. var options])
        {
            SpssRead.Write(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), path, compressed: !options.Contains("uncompressed"));
            return;
        }

        if (args is ["spss-read", var file])
        {
            SpssRead.Read(file);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
