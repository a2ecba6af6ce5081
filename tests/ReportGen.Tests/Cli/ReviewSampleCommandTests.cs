using ReportGen.Tests.BadInput;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Cli;

/// <summary><c>reportgen review-sample</c>'s options, and <c>validate</c> on a reviewed coding the build would refuse.</summary>
public class ReviewSampleCommandTests
{
    [Theory]
    [InlineData("--size", "abc", "--size must be a whole number from 1 to 100000; found 'abc'.")]
    [InlineData("--size", "0", "--size must be a whole number from 1 to 100000; found '0'.")]
    [InlineData("--size", "2.5", "--size must be a whole number from 1 to 100000; found '2.5'.")]
    [InlineData("--seed", "graine", "--seed must be a whole number, 0 or more; found 'graine'.")]
    [InlineData("--seed", "-1", "--seed must be a whole number, 0 or more; found '-1'.")]
    public void An_option_that_is_not_a_whole_number_is_a_clear_message_and_exit_2(string option, string value, string message)
    {
        using var project = BadInputCorpusTests.BaseProject();

        var run = CliRun.Of("review-sample", project.ProjectFile, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Failed to convert", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(project.OutDir));
    }

    [Fact]
    public void A_size_and_seed_given_as_numbers_draw_the_sample()
    {
        using var project = BadInputCorpusTests.BaseProject();

        var run = CliRun.Of("review-sample", project.ProjectFile, "--size", "1", "--seed", "7");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Drew 1 of 2 comments (seed 7)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_refuses_a_reviewed_coding_kept_in_the_output_folder_as_build_does()
    {
        using var project = BadInputCorpusTests.BaseProject();
        Assert.True(project.Build().ExitCode == 0);
        var yaml = File.ReadAllText(project.ProjectFile);
        project.Write("reportgen.yaml", yaml + "  reviewed_coding: out/coding.csv\n");

        var validate = project.Validate();
        var build = project.Build();

        Assert.Equal(2, validate.ExitCode);
        Assert.Contains("error RG402: the output folder holds an input of the project", validate.Error, StringComparison.Ordinal);
        Assert.Contains("coding.csv)", validate.Error, StringComparison.Ordinal);
        Assert.Equal(2, build.ExitCode);
        Assert.Contains("error RG402", build.Error, StringComparison.Ordinal);
    }
}
