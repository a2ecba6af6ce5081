using ReportGen.Publishing;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Publishing;

public class OutputLockTests
{
    private static readonly string[] OutputFiles = ["evidence.docx", "evidence.html", "evidence.pdf", "indicators.csv", "manifest.json", "newsletter.docx", "newsletter.html", "newsletter.md", "newsletter.pdf", "results.json", "results.schema.json", "results.xlsx"];

    [Fact]
    public void A_build_into_a_folder_another_build_is_writing_fails_with_exit_1_and_changes_nothing()
    {
        using var project = new TempProject();
        Assert.Equal(0, project.Build().ExitCode);
        var before = File.ReadAllBytes(Path.Combine(project.OutDir, "manifest.json"));

        CliRun second;
        using (new FileStream(OutputTransaction.LockPath(project.OutDir), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose))
        {
            second = project.Build();
        }

        Assert.Equal(1, second.ExitCode);
        Assert.Contains("out: another ReportGen build is writing this folder (it holds .out.lock); retry when it is done.", second.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(project.OutDir, "manifest.json")));
        Assert.Equal(["out", .. OutputFiles.Select(f => Path.Combine("out", f))], project.Outputs());

        // Once the first build lets go, the next one goes through and leaves no lock file.
        Assert.Equal(0, project.Build().ExitCode);
        Assert.False(File.Exists(OutputTransaction.LockPath(project.OutDir)));
    }

    [Fact]
    public void A_lock_file_left_by_a_killed_build_does_not_block()
    {
        using var project = new TempProject();
        project.Write(".out.lock", "left behind by a build that was killed");

        var run = project.Build();

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.False(File.Exists(OutputTransaction.LockPath(project.OutDir)));
    }

    [Fact]
    public void Two_transactions_of_one_folder_never_overlap()
    {
        using var project = new TempProject();
        using var first = OutputTransaction.Begin(project.OutDir);
        first.Write("a.txt", [1]);

        var second = Assert.Throws<ReportGen.Diagnostics.EnvironmentException>(() => OutputTransaction.Begin(project.OutDir));

        Assert.Contains("another ReportGen build is writing this folder", second.Message, StringComparison.Ordinal);
        first.Commit();
        Assert.Equal([1], File.ReadAllBytes(Path.Combine(project.OutDir, "a.txt")));
    }

    [Fact]
    public async Task Concurrent_builds_leave_one_complete_set()
    {
        using var project = new TempProject();
        using var barrier = new Barrier(2);
        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Factory.StartNew(() =>
        {
            barrier.SignalAndWait();
            return project.Build();
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)));

        // Either both ran one after the other, or the second gave up cleanly while the first wrote.
        Assert.Contains(runs, r => r.ExitCode == 0);
        foreach (var run in runs.Where(r => r.ExitCode != 0))
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("another ReportGen build is writing this folder", run.Error, StringComparison.Ordinal);
        }

        Assert.Equal(["out", .. OutputFiles.Select(f => Path.Combine("out", f))], project.Outputs());
    }
}
