using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Cli;

public class ExitCodeTests
{
    private static readonly string[] OutputFiles = ["evidence.docx", "evidence.html", "evidence.pdf", "indicators.csv", "manifest.json", "newsletter.docx", "newsletter.html", "newsletter.md", "newsletter.pdf", "results.json", "results.schema.json", "results.xlsx"];

    private const string StackTraceLine = "   at ";

    /// <summary>Every file under the project folder but the inputs, with its bytes.</summary>
    private static Dictionary<string, byte[]> Snapshot(TempProject project) =>
        project.Outputs()
            .Where(p => File.Exists(project.Path(p)))
            .ToDictionary(p => p, p => File.ReadAllBytes(project.Path(p)), StringComparer.Ordinal);

    private static void AssertSame(Dictionary<string, byte[]> before, Dictionary<string, byte[]> after)
    {
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in before)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} changed");
        }
    }

    private static void AssertNoStackTrace(CliRun run)
    {
        Assert.DoesNotContain(StackTraceLine, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(StackTraceLine, run.Output, StringComparison.Ordinal);
    }

    /// <summary>Ways to break one of the three inputs of an otherwise good project.</summary>
    public static TheoryData<string> Breakages => ["data", "project", "indicators", "yaml-syntax"];

    private static void Break(TempProject project, string what)
    {
        switch (what)
        {
            case "data":
                project.Write("data.csv", "id;poids;q1;q2\n1;1;1;2\n2;1;7;3\n");
                break;
            case "project":
                project.Write("reportgen.yaml", TempProject.DefaultProject.Replace("publication_date: 2024-06-01", "publication_date: 2024-06-31", StringComparison.Ordinal));
                break;
            case "indicators":
                project.Write("indicators.yaml", TempProject.DefaultIndicators.Replace("scale: sat4", "scale: sat5", StringComparison.Ordinal));
                break;
            case "yaml-syntax":
                project.Write("indicators.yaml", TempProject.DefaultIndicators.Replace("themes:", "  themes:", StringComparison.Ordinal));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(what), what, null);
        }
    }

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Failed_build_leaves_the_previous_output_exactly_as_it_was(string what)
    {
        using var project = new TempProject();
        var first = project.Build();
        Assert.True(first.ExitCode == 0, first.Error);
        var before = Snapshot(project);
        Assert.Contains(Path.Combine("out", "newsletter.md"), before.Keys);
        Assert.Contains(Path.Combine("out", "manifest.json"), before.Keys);
        var entries = project.Outputs();

        Break(project, what);
        var run = project.Build();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nothing was written.", run.Error, StringComparison.Ordinal);
        AssertNoStackTrace(run);
        // Same files, same bytes, and nothing new beside them (no staging or backup folder left behind).
        AssertSame(before, Snapshot(project));
        Assert.Equal(entries, project.Outputs());
    }

    [Fact]
    public void Failed_build_without_previous_output_creates_nothing()
    {
        using var project = new TempProject(csv: "id;poids;q1;q2\n1;1;1;2\n1;1;2;3\n");

        var run = project.Build();

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(project.Outputs());
        Assert.False(Directory.Exists(project.OutDir));
    }

    [Fact]
    public void Successful_rebuild_replaces_the_output_folder_and_leaves_no_staging_folder()
    {
        using var project = new TempProject();
        Assert.Equal(0, project.Build().ExitCode);
        File.WriteAllText(Path.Combine(project.OutDir, "stale.txt"), "from an older build");

        var run = project.Build();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            ["out", .. OutputFiles.Select(f => Path.Combine("out", f))],
            project.Outputs());
    }

    [Fact]
    public void Output_folder_with_foreign_files_is_not_replaced()
    {
        using var project = new TempProject();
        Directory.CreateDirectory(project.OutDir);
        File.WriteAllText(Path.Combine(project.OutDir, "rapport-annuel.docx"), "not ours");
        var before = Snapshot(project);

        var run = project.Build();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error RG400: the output folder holds files that ReportGen did not write", run.Error, StringComparison.Ordinal);
        AssertNoStackTrace(run);
        AssertSame(before, Snapshot(project));
    }

    [Fact]
    public void Output_path_that_is_a_file_exits_2_and_leaves_the_file()
    {
        using var project = new TempProject();
        project.Write("out", "a file, not a folder");

        var run = CliRun.Of("build", project.ProjectFile, "--out", project.OutDir);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error RG400: the output path is a file, not a folder.", run.Error, StringComparison.Ordinal);
        Assert.Equal("a file, not a folder", File.ReadAllText(project.OutDir));
        Assert.Equal(["out"], project.Outputs());
    }

    [Fact]
    public void Unknown_option_exits_2_and_writes_nothing()
    {
        using var project = new TempProject();

        var run = CliRun.Of("build", project.ProjectFile, "--out", project.OutDir, "--bogus");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bogus", run.Error, StringComparison.Ordinal);
        Assert.Contains("reportgen --help", run.Error, StringComparison.Ordinal);
        Assert.Empty(project.Outputs());
    }

    [Fact]
    public void Unknown_option_of_validate_exits_2()
    {
        using var project = new TempProject();

        var run = CliRun.Of("validate", project.ProjectFile, "--strict");

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Unknown_command_exits_2_with_a_pointer_to_help()
    {
        var run = CliRun.Of("publish");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("reportgen: Unknown command 'publish'.", run.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'reportgen --help'", run.Error, StringComparison.Ordinal);
        AssertNoStackTrace(run);
    }

    [Fact]
    public void Option_value_of_the_wrong_type_exits_2_and_writes_nothing()
    {
        using var project = new TempProject();

        var run = CliRun.Of("sample", "--rows", "beaucoup", "--out", project.Path("big.csv"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("beaucoup", run.Error, StringComparison.Ordinal);
        AssertNoStackTrace(run);
        Assert.Empty(project.Outputs());
    }

    [Fact]
    public void Option_value_out_of_range_exits_2_and_writes_nothing()
    {
        using var project = new TempProject();

        var run = CliRun.Of("sample", "--rows", "0", "--out", project.Path("big.csv"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--rows must be from 1 to 50000000; found 0.", run.Error, StringComparison.Ordinal);
        Assert.Empty(project.Outputs());
    }

    [Fact]
    public void Validate_on_a_good_project_exits_0_and_writes_nothing()
    {
        using var project = new TempProject();

        var run = project.Validate();

        Assert.True(run.ExitCode == 0, run.Error);
        // Standard error holds the numbered stage lines only (StageProgress): no warning, no error.
        Assert.All(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Matches(@"^\[\d+\] [^:]+…$", line));
        Assert.Contains("reportgen.yaml: valid.", run.Output, StringComparison.Ordinal);
        Assert.Contains("2 indicators, 4 respondents", run.Output, StringComparison.Ordinal);
        Assert.Empty(project.Outputs());
    }

    [Fact]
    public void Validate_reports_every_problem_of_the_data_at_once()
    {
        // Line 3 a bad weight, line 4 an answer off the scale, line 5 a duplicate id, line 6 a short row, line 7 a negative weight.
        using var project = new TempProject(csv: "id;poids;q1;q2\n1;1;1;2\n2;x;2;3\n3;1;5;3\n1;1;1;1\n4;1;1\n5;-1;1;1\n");

        var run = project.Validate();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("data.csv(3,2): error RG203: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("data.csv(4,3): error RG202: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("data.csv(5,1): error RG204: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("data.csv(6): error RG201: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("data.csv(7,2): error RG203: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("reportgen: 5 problems found; nothing was written.", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
        Assert.Empty(project.Outputs());
    }

    [Fact]
    public void Validate_reports_the_problems_of_both_definition_files_at_once()
    {
        using var project = new TempProject(
            TempProject.DefaultProject.Replace("organisation:", "organisaton:", StringComparison.Ordinal)
                .Replace("publication_date: 2024-06-01", "publication_date: 2024-06-31", StringComparison.Ordinal),
            TempProject.DefaultIndicators.Replace("theme: logement", "theme: logemnt", StringComparison.Ordinal)
                .Replace("target: 80", "target: 800", StringComparison.Ordinal));

        var run = project.Validate();

        Assert.Equal(2, run.ExitCode);
        // The misspelt key counts once, as unknown 'organisaton', not also as a missing 'organisation'.
        Assert.DoesNotContain("error RG103", run.Error, StringComparison.Ordinal);
        Assert.Contains("reportgen.yaml(1,1): error RG102: unknown key 'organisaton' in project file.", run.Error, StringComparison.Ordinal);
        Assert.Contains("    hint: did you mean 'organisation'?", run.Error, StringComparison.Ordinal);
        Assert.Contains("reportgen.yaml(4,19): error RG131: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("indicators.yaml(20,13): error RG104: 'target'", run.Error, StringComparison.Ordinal);
        Assert.Contains("indicators.yaml(26,12): error RG106: indicator 'logement' belongs to the theme 'logemnt'", run.Error, StringComparison.Ordinal);
        Assert.Contains("reportgen: 4 problems found; nothing was written.", run.Error, StringComparison.Ordinal);
        AssertNoStackTrace(run);
    }

    public static TheoryData<string, string, string> BadRuns => new()
    {
        { "missing project", "", "" },
        { "project is a folder", "", "" },
        { "malformed YAML", "organisation: \"Office\n", "" },
        { "empty CSV", "", "" },
        { "binary CSV", "", "" },
        { "unclosed quote", "", "id;poids;q1;q2\n1;1;\"1;2\n" },
        { "Windows-1252 as UTF-8", "", "" },
        { "output is a file", "", "" },
    };

    [Theory]
    [MemberData(nameof(BadRuns))]
    public void No_stack_trace_ever_reaches_standard_error(string name, string yaml, string csv)
    {
        using var project = new TempProject(yaml.Length == 0 ? null : yaml, csv: csv.Length == 0 ? null : csv);
        var args = new List<string> { "build", project.ProjectFile, "--out", project.OutDir };
        switch (name)
        {
            case "missing project":
                args[1] = project.Path("absent.yaml");
                break;
            case "project is a folder":
                args[1] = project.Directory;
                break;
            case "empty CSV":
                project.Write("data.csv", "");
                break;
            case "binary CSV":
                project.WriteBytes("data.csv", [0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF, 0xFE, 0x0A, 0x00, 0x01]);
                break;
            case "Windows-1252 as UTF-8":
                project.WriteBytes("data.csv", [.. "id;poids;q1;q2\n1;1;Tr"u8, 0xE8, .. "s satisfait;1\n"u8]);
                break;
            case "output is a file":
                project.Write("out", "x");
                break;
            default:
                break;
        }

        var run = CliRun.Of([.. args]);

        Assert.Equal(2, run.ExitCode);
        AssertNoStackTrace(run);
        Assert.Contains(": error RG", run.Error, StringComparison.Ordinal);
        Assert.Contains("reportgen: ", run.Error, StringComparison.Ordinal);
    }
}
