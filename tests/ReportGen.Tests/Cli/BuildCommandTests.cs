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
        Assert.Equal(["article.docx", "article.html", "article.md", "article.pdf", "manifest.json", "preuves.docx", "preuves.html", "preuves.pdf", "results.json", "results.schema.json", "results.xlsx", "tableau.csv"],
            Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
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

    [Fact]
    public void Formats_choose_the_files_written()
    {
        using var project = new TempProject(TempProject.DefaultProject + "\noutputs: { formats: [html, json] }\n");
        var run = project.Build();
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(["evidence.html", "indicators.csv", "manifest.json", "newsletter.html", "newsletter.md", "results.json", "results.schema.json"],
            Directory.GetFiles(project.OutDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unknown_or_repeated_format_is_named_where_it_is_written()
    {
        using var project = new TempProject(TempProject.DefaultProject + "\noutputs:\n  formats: [pdf, htm, pdf]\n");
        var run = project.Build();
        Assert.Equal(2, run.ExitCode);
        var lines = File.ReadAllLines(project.ProjectFile);
        var line = Array.FindIndex(lines, l => l.Contains("formats:", StringComparison.Ordinal)) + 1;
        Assert.Contains($"reportgen.yaml({line},18): error RG", run.Error, StringComparison.Ordinal);
        Assert.Contains("'htm' is not a format ReportGen writes", run.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'html'?", run.Error, StringComparison.Ordinal);
        Assert.Contains($"reportgen.yaml({line},23): error RG", run.Error, StringComparison.Ordinal);
        Assert.Contains("the format 'pdf' is listed twice", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(project.OutDir));
    }

    [Fact]
    public void An_output_name_a_build_already_writes_is_refused()
    {
        using var project = new TempProject(TempProject.DefaultProject + "\noutputs: { table: coding.csv }\n");
        var run = project.Build();
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("two outputs would both be written as 'coding.csv'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_list_of_formats_is_refused_and_a_lone_format_in_capitals_is_a_list_of_one()
    {
        using var empty = new TempProject(TempProject.DefaultProject + "\noutputs:\n  formats: []\n");
        var refused = empty.Build();
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("'formats' lists no format", refused.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(empty.OutDir));

        using var lone = new TempProject(TempProject.DefaultProject + "\noutputs:\n  formats: HTML\n");
        var run = lone.Build();
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(Path.Combine(lone.OutDir, "evidence.html")));
        Assert.False(File.Exists(Path.Combine(lone.OutDir, "evidence.pdf")));
    }

    [Fact]
    public void Names_that_differ_only_by_case_are_named_both_in_the_message()
    {
        using var project = new TempProject(TempProject.DefaultProject + "\noutputs: { newsletter: x.md, evidence: X.pdf, formats: [html] }\n");
        var run = project.Build();
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'x.pdf' and 'X.pdf', one file on Windows and macOS", run.Error, StringComparison.Ordinal);
    }
}
