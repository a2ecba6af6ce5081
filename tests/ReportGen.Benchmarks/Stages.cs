using System.Diagnostics;
using System.Globalization;
using ReportGen.Definitions;
using ReportGen.Diagnostics;

namespace ReportGen.Benchmarks;

/// <summary>
/// A stopwatch breakdown of ingest and analysis by stage (<c>-- stages ROWS</c>): the project's YAML alone, the
/// whole load (YAML, CSV read and tallied, raking), and the analysis. Five rounds after one warm-up, the best kept.
/// </summary>
internal static class Stages
{
    public static void Run(int rows)
    {
        var project = Repo.WriteIngestProject(rows);
        try
        {
            var best = new double[3];
            Array.Fill(best, double.MaxValue);
            for (var round = 0; round < 6; round++)
            {
                var clock = Stopwatch.StartNew();
                ProjectLoader.TryLoad(project, new DiagnosticBag());
                var yaml = clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                var inputs = ReportBuilder.Load(project);
                var load = clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                ReportBuilder.Analyze(inputs, scope: null);
                var analyze = clock.Elapsed.TotalMilliseconds;
                if (round > 0)
                {
                    best[0] = Math.Min(best[0], yaml);
                    best[1] = Math.Min(best[1], load);
                    best[2] = Math.Min(best[2], analyze);
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{rows} rows: project YAML {best[0]:F1} ms; Load (YAML + CSV + raking) {best[1]:F1} ms; Analyze {best[2]:F1} ms"));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(project)!, recursive: true);
        }
    }
}
