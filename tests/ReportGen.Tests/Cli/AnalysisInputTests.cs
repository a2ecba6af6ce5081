using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Cli;

/// <summary>Bad inputs of the mirror survey, the comments and the work-streams, through the CLI.</summary>
public sealed class AnalysisInputTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "reportgen-tests", Guid.NewGuid().ToString("N"));

    public AnalysisInputTests()
    {
        Directory.CreateDirectory(_dir);
        foreach (var file in Directory.GetFiles(Repo.Path("data")))
        {
            File.Copy(file, Path.Combine(_dir, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private CliRun Build() => CliRun.Of("build", Path.Combine(_dir, "reportgen.yaml"), "--out", Path.Combine(_dir, "out"));

    private void Edit(string file, Func<string, string> change)
    {
        var path = Path.Combine(_dir, file);
        var bytes = File.ReadAllBytes(path);
        var bom = bytes.Length > 2 && bytes[0] == 0xEF ? 3 : 0;
        var text = change(System.Text.Encoding.UTF8.GetString(bytes, bom, bytes.Length - bom));
        File.WriteAllBytes(path, [.. bytes[..bom], .. System.Text.Encoding.UTF8.GetBytes(text)]);
    }

    [Fact]
    public void A_staff_answer_off_the_scale_names_the_staff_file_line_and_column()
    {
        Edit("staff-mirror-2020.csv", text =>
        {
            var lines = text.Split("\r\n");
            var fields = lines[10].Split(';');
            fields[4] = "Excellent";
            lines[10] = string.Join(';', fields);
            return string.Join("\r\n", lines);
        });
        var run = Build();
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("staff-mirror-2020.csv(11,5): error RG202: answer 'Excellent'", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_dir, "out")));
    }

    [Fact]
    public void A_work_stream_theme_the_rules_do_not_define_is_reported_with_a_suggestion()
    {
        Edit("indicators.yaml", text => text.Replace("themes: [demandes]", "themes: [demande]", StringComparison.Ordinal));
        var run = Build();
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error RG106: work-stream 'traitement-demandes' names the verbatim theme 'demande'", run.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'demandes'?", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_candidate_quotes_can_be_approved()
    {
        Edit("reportgen.yaml", text => text.Replace("13-d42b2b", "7-000000", StringComparison.Ordinal));
        var run = Build();
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("approved quote 7-000000 is not one of the candidate quotes", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comments_file_without_its_text_column_lists_the_columns_found()
    {
        Edit("verbatims-2020.csv", text => text.Replace("commentaire", "remarque", StringComparison.Ordinal));
        var run = Build();
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("verbatims-2020.csv", run.Error, StringComparison.Ordinal);
        Assert.Contains("remarque", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_staff_comment_cannot_be_approved_as_a_tenant_quote()
    {
        Edit("reportgen.yaml", text => text.Replace("13-d42b2b", "11-" + QuoteKeyOfLine(11)[3..], StringComparison.Ordinal));
        var run = Build();
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a staff comment", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_approved_quote_whose_text_changed_is_refused()
    {
        // The comment at line 6 is edited after approval: its key no longer matches, so nothing unreviewed is published.
        Edit("verbatims-2020.csv", text => text.Replace("toujours aucune réponse malgré mes relances", "toujours aucune réponse malgré mes trois relances", StringComparison.Ordinal));
        var run = Build();
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("approved quote 6-f786e1: the comment at line 6 has changed since it was approved", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_renders_the_template_as_build_does()
    {
        Edit("reportgen.yaml", text => text.Replace("thresholds:", "templates: { newsletter: newsleter.md.sbn }\nthresholds:", StringComparison.Ordinal));
        var run = CliRun.Of("validate", Path.Combine(_dir, "reportgen.yaml"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'newsleter.md.sbn' is not a built-in template", run.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'newsletter.md.sbn'?", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_out_folder_is_bad_input()
    {
        var run = CliRun.Of("build", Path.Combine(_dir, "reportgen.yaml"), "--out", "");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the output folder is empty", run.Error, StringComparison.Ordinal);
    }

    /// <summary>The key of the candidate quote at a line of the sample's comments (line 11 is a staff comment).</summary>
    private string QuoteKeyOfLine(int line)
    {
        var quotes = ReportBuilder.Check(Path.Combine(_dir, "reportgen.yaml")).Verbatims!.Tally.Quotes;
        return quotes.First(q => q.Id == line).Key;
    }
}
