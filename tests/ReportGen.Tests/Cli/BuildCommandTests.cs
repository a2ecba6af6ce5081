using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Cli;

public class BuildCommandTests
{
    [Fact]
    public void Build_writes_article_table_and_manifest()
    {
        using var project = new TempProject();
        var run = project.Build();
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(Path.Combine(project.OutDir, "newsletter.md")));
        Assert.True(File.Exists(Path.Combine(project.OutDir, "indicators.csv")));
        Assert.True(File.Exists(Path.Combine(project.OutDir, "manifest.json")));
    }
}
