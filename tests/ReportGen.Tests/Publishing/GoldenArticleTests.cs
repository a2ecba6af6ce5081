using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Publishing;

/// <summary>
/// The sample article, compared with its golden copy so that any change to the template, the formatting or
/// the figures shows in review. Run with REPORTGEN_UPDATE_GOLDEN=1 to accept a deliberate change.
/// </summary>
public sealed class GoldenArticleTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "reportgen-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Fact]
    public void Sample_article_matches_its_golden_copy()
    {
        ReportBuilder.Build(Repo.Path("data", "reportgen.yaml"), _out);
        var actual = File.ReadAllText(Path.Combine(_out, "newsletter.md"));
        var golden = Repo.Path("tests", "ReportGen.Tests", "Publishing", "Golden", "sample-newsletter.md");
        if (Environment.GetEnvironmentVariable("REPORTGEN_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, actual);
        }

        Assert.Equal(File.ReadAllText(golden), actual);
    }
}
