using ReportGen.Analysis.Scores;
using ReportGen.Definitions;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Analysis.Scores;

/// <summary>
/// The committed R oracle (Fixtures/R/Scores) against R itself: make.R is run again (Debian r-cran-survey, installed
/// when missing) and must give the same sample and the same figures, which ReportGen must then match. Slow on a fresh
/// machine (an R install): out of the default run, as the other producer tests.
/// </summary>
[Trait("Category", "Integration")]
public class RFixtureTests
{
    [Fact]
    public void Rerunning_make_R_gives_the_committed_fixture_and_ReportGen_matches_it()
    {
        DebianTool.Require("Rscript", "r-cran-survey");
        DebianTool.RequirePackage("r-cran-survey", () => DebianTool.Run("Rscript", "-e \"library(survey)\"").ExitCode == 0);
        var folder = Path.Combine(Path.GetTempPath(), "reportgen-r-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var (exit, output) = DebianTool.Run("Rscript", $"\"{Path.Combine(ROracle.Folder, "make.R")}\" \"{folder}\"");
            Assert.True(exit == 0, output);
            Assert.Equal(File.ReadAllBytes(Path.Combine(ROracle.Folder, "data.csv")), File.ReadAllBytes(Path.Combine(folder, "data.csv")));

            var fresh = new ROracle(folder);
            Assert.Equal(ROracle.Committed.Values.Keys, fresh.Values.Keys);
            foreach (var (name, value) in ROracle.Committed.Values)
            {
                ROracle.Close(value, fresh[name], $"make.R's {name}", 1e-12);
            }

            Assert.Equal(ROracle.Committed.Distributions.Count, fresh.Distributions.Count);
            var estimate = ScoreAnalysis.Estimate("note", fresh.Tally("wave1"), Thresholds.Default);
            ROracle.Close(fresh["wave1.mean"], estimate.Mean!.Value, "svymean");
            ROracle.Close(fresh["wave1.se"], estimate.StandardError!.Value, "SE(svymean)");
            var net = NetScoreAnalysis.Estimate("recommandation", fresh.Tally("wave2"), Thresholds.Default);
            ROracle.Close(fresh["wave2.nps.se"], net.StandardError!.Value, "SE(svymean(~d))");
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
