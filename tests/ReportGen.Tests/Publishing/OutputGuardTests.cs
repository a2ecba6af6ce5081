using ReportGen.Diagnostics;
using ReportGen.Publishing;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Publishing;

public class OutputGuardTests
{
    [Theory]
    [InlineData("/a/b", "/a", true)]
    [InlineData("/a", "/a", true)]
    [InlineData("/a/b", "/a/", true)]
    [InlineData("/ab", "/a", false)]
    [InlineData("/a", "/a/b", false)]
    [InlineData("/x", "/", true)]
    public void Inside_means_the_folder_or_under_it(string path, string folder, bool inside) =>
        Assert.Equal(inside, OutputGuard.IsInside(path, folder));

    [Fact]
    public void A_real_path_follows_every_link_among_its_folders()
    {
        using var project = new TempProject();
        Directory.CreateDirectory(project.Path("real"));
        File.CreateSymbolicLink(project.Path("link"), project.Path("real"));
        File.CreateSymbolicLink(project.Path("relative"), "link");

        Assert.Equal(project.Path(Path.Combine("real", "out", "x")), OutputGuard.RealPath(project.Path(Path.Combine("relative", "out", "x"))));
    }

    [Fact]
    public void A_project_reached_through_a_link_is_refused_as_the_output_folder()
    {
        using var project = new TempProject();
        File.CreateSymbolicLink(project.Path("parent"), Path.GetDirectoryName(project.Directory)!);
        var inputs = new OutputInputs([project.ProjectFile, project.Path("data.csv")], []);

        var refused = Assert.Throws<BadInputException>(() => OutputGuard.Check(Path.Combine(project.Path("parent"), Path.GetFileName(project.Directory)), "out", inputs));

        Assert.Equal(DiagnosticCodes.OutputHoldsInput, refused.Diagnostics[0].Code);
        OutputGuard.Check(project.Path("out"), "out", inputs);
    }

    [Theory]
    [InlineData("../escape.md")]
    [InlineData("a/../../escape.md")]
    [InlineData("/etc/escape.md")]
    [InlineData("charts//x.svg")]
    [InlineData("./x.md")]
    [InlineData("")]
    [InlineData("a\\..\\..\\x")]
    public void A_path_that_is_not_plain_is_never_written(string relative)
    {
        using var project = new TempProject();
        using (var transaction = OutputTransaction.Begin(project.OutDir))
        {
            var refused = Assert.Throws<BadInputException>(() => transaction.Write(relative, [1]));
            Assert.Equal(DiagnosticCodes.OutputPathEscapes, refused.Diagnostics[0].Code);
        }

        Assert.Equal(["data.csv", "indicators.yaml", "reportgen.yaml"], Directory.EnumerateFileSystemEntries(project.Directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_full_disk_is_an_environment_problem_in_one_line()
    {
        if (!File.Exists("/dev/full"))
        {
            return;
        }

        var full = Assert.ThrowsAny<IOException>(() => File.WriteAllBytes("/dev/full", new byte[1 << 16]));
        var error = OutputErrors.Environment("out", "cannot write evidence.pdf", full);

        Assert.Equal("out: cannot write evidence.pdf: the disk is full; the previous outputs are kept.", error.Message);
    }

    [Fact]
    public void A_path_too_long_is_an_environment_problem()
    {
        using var project = new TempProject();

        var tooLong = Assert.ThrowsAny<IOException>(() => Directory.CreateDirectory(project.Path(new string('x', 300))));

        Assert.Equal("the path is too long for the file system", OutputErrors.Kind(tooLong));
    }
}
