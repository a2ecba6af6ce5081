using BenchmarkDotNet.Running;

namespace ReportGen.Benchmarks;

/// <summary>Runs the benchmarks named by the command line (see docs/benchmarks.md), e.g. <c>--filter '*'</c>, or with <c>stages [ROWS…]</c> a stopwatch breakdown by stage, <c>spss-write ROWS PATH</c> / <c>spss-read PATH</c> the SPSS reader at scale, <c>excel-write ROWS FILE</c> / <c>excel-read FILE</c> the Excel source's memory, <c>coding-quality RULES CORPUS…</c> the comment coder against labelled corpora, or <c>native-stress annotations|dashes SECONDS [--control] [--threads N]</c> the load that crashed parallel builds (<see cref="NativeStress"/>).</summary>
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

        if (args is ["build-stages", .. var rest])
        {
            BuildStages.Run(rest.Length > 0 ? rest[0] : Repo.Path("data/reportgen.yaml"), rest.Length > 1 ? int.Parse(rest[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
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

        switch (args)
        {
            case ["native-stress", { } what, { } seconds, .. var stressOptions]:
                var threads = stressOptions.SkipWhile(o => o != "--threads").Skip(1).Select(o => int.Parse(o, System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault(4);
                Environment.Exit(NativeStress.Run(what, int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture), stressOptions.Contains("--control"), threads));
                return;
            case ["coding-quality", var rules, .. var corpora] when corpora.Length > 0:
                CodingQuality.Run(rules, corpora);
                return;
            case ["excel-write", var rows, var workbook]:
                ExcelMemory.Write(int.Parse(rows, System.Globalization.CultureInfo.InvariantCulture), workbook);
                return;
            case ["excel-floor", var workbook]:
                ExcelMemory.Floor(workbook);
                return;
            case ["excel-read", var workbook]:
                ExcelMemory.Read(workbook);
                return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
