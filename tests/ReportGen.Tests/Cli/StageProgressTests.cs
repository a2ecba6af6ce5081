using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Cli;

/// <summary>Redirected or under CI, each stage of a long command is one numbered line on standard error, in a fixed order, with no timing.</summary>
public sealed class StageProgressTests
{
    private static List<string> Stages(string output) =>
        [.. output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 2 && l[0] == '[' && char.IsDigit(l[1]))];

    [Fact]
    public void A_build_prints_one_numbered_line_per_stage()
    {
        using var project = new TempProject();
        var run = project.Build();
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(["[1] Reading the project and the data…", "[2] Computing the indicators…", "[3] Writing the documents…", "[4] Putting the outputs in place…"], Stages(run.Error));

        var again = project.Build();
        Assert.Equal(run.Error, again.Error);
    }

    [Fact]
    public void The_stage_lines_are_French_under_a_French_locale()
    {
        using var project = new TempProject();
        var run = CliRun.Under("fr_FR.UTF-8", "build", project.ProjectFile, "--out", project.OutDir);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(["[1] Lecture du projet et des données…", "[2] Calcul des indicateurs…", "[3] Écriture des documents…", "[4] Mise en place des documents…"], Stages(run.Error));
        Assert.Contains("% satisfaits", run.Output, StringComparison.Ordinal);
        Assert.Contains("cible", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_prints_its_stages()
    {
        using var project = new TempProject();
        var run = project.Validate();
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(["[1] Reading the project and the data…", "[2] Computing the indicators…", "[3] Rendering the article's template…"], Stages(run.Error));
    }
}
