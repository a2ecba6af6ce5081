using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Scaffolding;
using ReportGen.Tests.Publishing;
using ReportGen.Tests.TestSupport;
using UglyToad.PdfPig;

namespace ReportGen.Tests.CodeTests;

/// <summary>
/// What the README says of the outputs and of <c>init</c> is what the code does: every size it gives for a sample
/// output (« `evidence.pdf` is about 310 KB (24 pages) ») is within 12 % of a real build's, its page counts are exact,
/// and the counts of the starter project are those init writes.
/// </summary>
public sealed partial class ReadmeFiguresTests : IClassFixture<DocumentFilesTests.SampleBuild>
{
    private static readonly string Readme = File.ReadAllText(Repo.Path("README.md"));

    private readonly DocumentFilesTests.SampleBuild _build;

    public ReadmeFiguresTests(DocumentFilesTests.SampleBuild build) => _build = build;

    [Fact]
    public void The_README_gives_the_sizes_of_the_documents()
    {
        var named = Sizes().Select(s => s.File).ToHashSet(StringComparer.Ordinal);
        foreach (var file in new[] { "evidence.pdf", "newsletter.pdf", "evidence.html", "newsletter.html", "evidence.docx", "newsletter.docx", "results.xlsx", "results.json" })
        {
            Assert.Contains(file, named);
        }
    }

    [Fact]
    public void Every_size_and_page_count_in_the_README_is_the_build_s()
    {
        foreach (var (file, size, unit, pages) in Sizes())
        {
            var actual = new FileInfo(_build.File(file)).Length;
            var stated = size * (unit == "MB" ? 1024 * 1024 : 1024);
            var tolerance = Math.Max(0.12 * stated, unit == "MB" ? 0.5 * 1024 * 1024 : 0);
            Assert.True(Math.Abs(actual - stated) <= tolerance, $"README: `{file}` about {size} {unit}, but the build writes {actual / 1024.0:0} KB: update the README");
            if (pages is { } count)
            {
                using var pdf = PdfDocument.Open(_build.File(file));
                Assert.True(pdf.NumberOfPages == count, $"README: `{file}` has {count} pages, but the build's has {pdf.NumberOfPages}");
            }
        }
    }

    [Fact]
    public void The_init_row_counts_what_init_writes()
    {
        var directory = Path.Combine(Path.GetTempPath(), "reportgen-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var files = ProjectScaffolder.Create(directory);
            var row = Readme.Split('\n').Single(l => l.StartsWith("| `reportgen init DIR` |", StringComparison.Ordinal));
            var waves = File.ReadLines(Path.Combine(directory, "tenants.csv"), System.Text.Encoding.Latin1).Skip(1).GroupBy(l => l.Split(';')[1]).OrderBy(g => g.Key, StringComparer.Ordinal);
            foreach (var wave in waves)
            {
                Assert.Contains($"{wave.Count()} respondents in {wave.Key}", row.Replace(" in ", " respondents in ", StringComparison.Ordinal).Replace("respondents respondents", "respondents", StringComparison.Ordinal), StringComparison.Ordinal);
            }

            Assert.Contains($"{File.ReadLines(Path.Combine(directory, "staff-mirror-2020.csv")).Count() - 1} staff", row, StringComparison.Ordinal);
            Assert.Contains($"{ProjectScaffolder.StarterComments} comments", row, StringComparison.Ordinal);
            foreach (var (word, file) in new[] { ("indicator", "indicators.yaml"), ("comment-rule", "verbatim-themes.yaml"), ("action-plan", "action-plan.yaml"), ("template", "templates/newsletter.md.sbn"), ("JSON Schemas", "schemas/reportgen.schema.json") })
            {
                Assert.Contains(file, files);
                Assert.Contains(word, row, StringComparison.Ordinal);
            }
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static IEnumerable<(string File, double Size, string Unit, int? Pages)> Sizes() =>
        Size().Matches(Readme).Select(m => (m.Groups["file"].Value, double.Parse(m.Groups["size"].Value, CultureInfo.InvariantCulture), m.Groups["unit"].Value,
            m.Groups["pages"].Success ? int.Parse(m.Groups["pages"].Value, CultureInfo.InvariantCulture) : (int?)null));

    [GeneratedRegex(@"`(?<file>[a-z]+\.(?:pdf|html|docx|xlsx|json))`(?:\s+is)?(?:\s+about)?\s+(?<size>\d+(?:\.\d+)?)\s+(?<unit>KB|MB)(?:\s+\((?<pages>\d+)\s+pages\))?")]
    private static partial Regex Size();
}
