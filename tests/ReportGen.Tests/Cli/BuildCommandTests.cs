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

public class BuildCommandOutputsTests
{
    [Fact]
    public void Project_outputs_name_the_files_and_the_folder_used_without_out()
    {
        using var project = new TempProject(TempProject.DefaultProject + "\noutputs: { directory: sortie/2024, newsletter: article.md, table: tableau.csv, evidence: preuves.pdf }\n");
        var run = CliRun.Of("build", project.ProjectFile);
        Assert.True(run.ExitCode == 0, run.Error);
        var dir = project.Path("sortie/2024");
        Assert.Equal(["article.html", "article.md", "article.pdf", "manifest.json", "preuves.pdf", "tableau.csv"], Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("\"path\": \"article.md\"", File.ReadAllText(Path.Combine(dir, "manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Output_names_must_be_plain_file_names()
    {
        using var project = new TempProject(TempProject.DefaultProject + "\noutputs: { newsletter: ../evil.md, table: t.txt }\n");
        var run = project.Build();
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'newsletter' must be a plain file name ending in .md", run.Error, StringComparison.Ordinal);
        Assert.Contains("'table' must be a plain file name ending in .csv", run.Error, StringComparison.Ordinal);
    }
}
