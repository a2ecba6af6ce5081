using BenchmarkDotNet.Attributes;
using CsvHelper;
using ReportGen.Analysis;
using ReportGen.Definitions;
using ReportGen.Scaffolding;

namespace ReportGen.Benchmarks;

/// <summary>
/// Reading and analysing the tenant survey at three sizes, against the parse floor: a bare CsvHelper pass over
/// the same file with ReportGen's reader options, touching the same seventeen columns. Target: ingest and
/// analysis at most 1.5 times the floor (the Ratio column), and at most 2 s at a million rows.
/// </summary>
[MemoryDiagnoser]
// Bounds on the default job's automatic counts, so that a million rows (seconds per operation) stays within minutes.
[MaxWarmupCount(8)]
[MaxIterationCount(20)]
public class IngestBenchmarks
{
    private static readonly string[] Columns =
        ["id_repondant", "vague", "agence", "residence", "type_logement", "poids", .. SampleSurvey.Items.Select(i => i.Column)];

    private string project = "";
    private string csv = "";
    private CsvReaderOptions options = null!;

    [Params(4_000, 100_000, 1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        project = Repo.WriteIngestProject(Rows);
        csv = Path.Combine(Path.GetDirectoryName(project)!, "tenants.csv");

        // The very options ReportGen reads the sample's dialect with (';', windows-1252).
        options = ReportGen.Ingest.CsvInput.Options(new CsvDialect(';', "windows-1252", ','), EncodingNames.Resolve("windows-1252"), "tenants.csv", [], 50);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(Path.GetDirectoryName(project)!, recursive: true);

    /// <summary>The floor: every row parsed and the seventeen fields ReportGen reads touched, nothing else.</summary>
    [Benchmark(Baseline = true)]
    public long ParseFloor()
    {
        using var stream = File.OpenRead(csv);
        using var reader = CsvReader.Create(stream, options, leaveOpen: false);
        var header = reader.Headers;
        var names = header.ToList();
        var indexes = Columns.Select(c => names.IndexOf(c)).ToArray();
        long touched = 0;
        while (reader.Read())
        {
            touched += reader.LineNumber;
            foreach (var index in indexes)
            {
                var span = reader.GetSpan(index);
                touched += span.Length + (span.IsEmpty ? 0 : span[0]);
            }
        }

        return touched;
    }

    /// <summary>What <c>reportgen validate</c> does before rendering: the project loaded, the data read, weighted and analysed.</summary>
    [Benchmark]
    public SurveyResults IngestAndAnalyze() => ReportBuilder.Analyze(ReportBuilder.Load(project), scope: null);
}
