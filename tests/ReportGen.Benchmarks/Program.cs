using BenchmarkDotNet.Running;

namespace ReportGen.Benchmarks;

/// <summary>Runs the benchmarks named by the command line (see docs/benchmarks.md), e.g. <c>--filter '*'</c>, or with <c>stages [ROWS…]</c> a stopwatch breakdown by stage, or <c>excel-write ROWS FILE</c> / <c>excel-read FILE</c> (the Excel source's memory), or with <c>spss-write ROWS PATH</c> / <c>spss-read PATH</c> the SPSS reader at scale.</summary>
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

        switch (args)
        {
            case ["excel-write", var rows, var path]:
                ExcelMemory.Write(int.Parse(rows, System.Globalization.CultureInfo.InvariantCulture), path);
                return;
            case ["excel-floor", var path]:
                ExcelMemory.Floor(path);
                return;
            case ["excel-read", var path]:
                ExcelMemory.Read(path);
                return;
            case ["spss-write", var count, var path, .. var options]:
                SpssRead.Write(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), path, compressed: !options.Contains("uncompressed"));
                return;
            case ["spss-read", var file]:
                SpssRead.Read(file);
                return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
