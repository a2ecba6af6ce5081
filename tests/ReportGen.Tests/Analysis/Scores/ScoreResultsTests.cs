using System.Globalization;
using System.Text;
using ReportGen.Analysis;
using ReportGen.Analysis.Scores;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Analysis.Scores;

/// <summary>
/// The R oracle's data (Fixtures/R/Scores) read through the whole pipeline: a weighted CSV of two waves and a staff
/// file, a score and a net score on the same 0–10 answers, and benchmarks. What the build computes is what R's
/// <c>survey</c> package gives, to 1e-9: the ingest's sums per answer carry everything the estimates need.
/// </summary>
public sealed class ScoreResultsTests : IDisposable
{
    private const string Indicators = """
        scales:
          - id: sat4
            categories:
              - { code: "1", label: Très satisfait, satisfied: true }
              - { code: "2", label: Plutôt pas satisfait }
          - id: note-10
            range: { min: 0, max: 10 }
            excluded: [ { code: "99", label: Ne sait pas } ]
        themes:
          - { id: global, label: Global }
        indicators:
          - { id: accueil, label: Accueil, statement: satisfaits de l'accueil, column: q1, scale: sat4, theme: global }
          - { id: note, kind: score, threshold: 7, label: Note globale, statement: note globale, column: note, scale: note-10, theme: global }
          - { id: reco, kind: net, label: Recommandation, statement: recommanderaient l'Office, column: reco, scale: note-10, theme: global }
        """;

    private const string Project = """
        organisation: Office Test
        survey: Enquête test
        period: { label: "2024" }
        publication_date: 2024-06-01
        indicators: indicators.yaml
        benchmarks: benchmarks.yaml
        data:
          - path: data.csv
            dialect: { delimiter: ";", decimal: "." }
            columns:
              respondent_id: id
              wave: vague
              weight: w
        mirror:
          path: staff.csv
          dialect: { delimiter: ";", decimal: "." }
          columns:
            respondent_id: id
            weight: w
        """;

    private const string Benchmarks = """
        benchmarks:
          - { indicator: note, value: 7.2, unit: score, source: Régional, year: 2023 }
          - { indicator: note, value: 7.2, unit: score, source: Régional, year: 2023, base: 1500, label: avec base }
          - { indicator: reco, value: 10, unit: points, source: Régional, year: 2023 }
          - { indicator: accueil, value: 50, unit: percent, source: Régional, year: 2023 }
        """;

    private readonly TempProject _project = new(Project, Indicators, ROracle.Csv(null, "wave1", "wave2"));

    public ScoreResultsTests()
    {
        _project.Write("staff.csv", ROracle.StaffCsv());
        _project.Write("benchmarks.yaml", Benchmarks);
    }

    public void Dispose() => _project.Dispose();


    private SurveyResults Results() => ReportBuilder.Check(_project.ProjectFile);

    [Fact]
    public void The_score_of_each_wave_is_R_s_svymean()
    {
        var results = Results();
        var oracle = ROracle.Committed;
        Assert.Equal("wave2", results.Wave);
        Assert.Equal(["accueil"], results.Estimates.Select(e => e.IndicatorId));
        var score = Assert.Single(results.Scores.Scores);
        Assert.Equal((long)oracle["wave2.n"], score.ValidBase);
        ROracle.Close(oracle["wave2.sumw"], score.WeightedBase, "Σw");
        ROracle.Close(oracle["wave2.neff"], score.EffectiveBase, "n_eff");
        ROracle.Close(oracle["wave2.mean"], score.Mean!.Value, "mean");
        ROracle.Close(oracle["wave2.se"], score.StandardError!.Value, "SE");
        ROracle.Close(oracle["wave2.lower"], score.Interval!.Value.Lower, "lower");
        ROracle.Close(oracle["wave2.upper"], score.Interval!.Value.Upper, "upper");
        ROracle.Close(oracle["wave2.top"], score.ShareAtOrAbove!.Value, "share ≥ 7");
        for (var v = 0; v <= 10; v++)
        {
            ROracle.Close(oracle[$"wave2.dist{v}"], score.Distribution[v], $"share of {v}");
        }
    }

    [Fact]
    public void The_net_score_is_R_s_svymean_of_promoters_minus_detractors()
    {
        var oracle = ROracle.Committed;
        var net = Assert.Single(Results().Scores.NetScores);
        ROracle.Close(oracle["wave2.nps"], net.Score!.Value, "net score");
        ROracle.Close(oracle["wave2.nps.se"], net.StandardError!.Value, "SE");
        ROracle.Close(oracle["wave2.promoters"], net.Promoters!.Value, "promoters");
        ROracle.Close(oracle["wave2.detractors"], net.Detractors!.Value, "detractors");
        ROracle.Close(oracle["wave2.nps.lower"], net.Interval!.Value.Lower, "lower");
        ROracle.Close(oracle["wave2.nps.upper"], net.Interval!.Value.Upper, "upper");
    }

    [Fact]
    public void Trends_test_the_score_and_net_score_with_Welch_in_the_shares_family()
    {
        var oracle = ROracle.Committed;
        var trends = Results().Trends!;
        Assert.Equal(("wave2", "wave1"), (trends.CurrentWave, trends.PreviousWave));
        var score = trends.Scores.Single(t => t.IndicatorId == "note");
        var net = trends.Scores.Single(t => t.IndicatorId == "reco");
        ROracle.Close(oracle["trend.t"], score.T!.Value, "t");
        ROracle.Close(oracle["trend.df"], score.DegreesOfFreedom!.Value, "df");
        ROracle.Close(oracle["trend.p"], score.PValue!.Value, "p");
        ROracle.Close(oracle["trend.nps.t"], net.T!.Value, "net t");
        ROracle.Close(oracle["trend.nps.p"], net.PValue!.Value, "net p");
        Assert.Equal(["wave1", "wave2"], score.Waves.Select(w => w.Wave));

        // One family of three tests: the share's, the score's and the net score's, adjusted together (Holm).
        Assert.Equal(3, trends.FamilySize);
        var share = trends.Indicators.Single();
        var raw = new[] { share.PValue!.Value, score.PValue!.Value, net.PValue!.Value };
        var adjusted = MultipleTesting.Adjust(raw, MultipleTestingCorrection.Holm);
        Assert.Equal(adjusted, [share.AdjustedPValue!.Value, score.AdjustedPValue!.Value, net.AdjustedPValue!.Value]);
        Assert.True(score.AdjustedPValue >= score.PValue);
    }

    [Fact]
    public void Staff_scores_give_a_Welch_mirror_gap()
    {
        var oracle = ROracle.Committed;
        var mirror = Results().Mirror!;
        var staff = Assert.Single(mirror.StaffScores);
        ROracle.Close(oracle["staff.mean"], staff.Mean!.Value, "staff mean");
        var gap = Assert.Single(mirror.ScoreGaps);
        ROracle.Close(oracle["mirror.t"], gap.T!.Value, "t");
        ROracle.Close(oracle["mirror.df"], gap.DegreesOfFreedom!.Value, "df");
        ROracle.Close(oracle["mirror.p"], gap.PValue!.Value, "p");
        // The shares' 5 convergence points, as a share of the 0–10 range.
        Assert.Equal(0.5, gap.Threshold, 12);
        Assert.DoesNotContain("note", mirror.NotAsked);
    }

    [Fact]
    public void Benchmarks_are_compared_in_the_indicator_s_unit_with_the_test_their_base_calls_for()
    {
        var oracle = ROracle.Committed;
        var benchmarks = Results().Benchmarks;
        Assert.Equal(["note", "note", "reco", "accueil"], benchmarks.Select(b => b.Comparison.IndicatorId));
        var fixedScore = benchmarks[0].Comparison;
        Assert.Equal(BenchmarkTest.OneSampleT, fixedScore.Test);
        ROracle.Close(oracle["bench.mean.fixed.t"], fixedScore.Statistic!.Value, "t");
        ROracle.Close(oracle["bench.mean.fixed.p"], fixedScore.PValue!.Value, "p");
        var withBase = benchmarks[1].Comparison;
        Assert.Equal(BenchmarkTest.WelchT, withBase.Test);
        ROracle.Close(oracle["bench.mean.base.ownsd.t"], withBase.Statistic!.Value, "Welch t");
        ROracle.Close(oracle["bench.mean.base.ownsd.p"], withBase.PValue!.Value, "Welch p");
        Assert.Equal("avec base", benchmarks[1].Name);
        Assert.Equal("Régional 2023", benchmarks[0].Name);
        Assert.Equal(10, benchmarks[2].Comparison.Reference);
        // A share's benchmark, written in percent, is compared as a proportion.
        Assert.Equal((0.5, BenchmarkTest.OneSampleProportionZ), (benchmarks[3].Comparison.Reference, benchmarks[3].Comparison.Test));
    }

    [Fact]
    public void A_segment_value_under_the_suppression_floor_shows_no_score()
    {
        var project = Project.Replace("      weight: w\nmirror:", "      weight: w\n      segments:\n        - { id: groupe, column: q1, label: groupes }\nthresholds: { low_base: 200, suppress_below: 150 }\nmirror:", StringComparison.Ordinal);
        Assert.NotEqual(Project, project);
        _project.Write("reportgen.yaml", project);
        var results = Results();
        var segment = Assert.Single(results.Segments);
        Assert.Equal(["1", "2"], segment.Values.Select(v => v.Value));
        foreach (var value in segment.Values)
        {
            var score = Assert.Single(value.Scores.Scores);
            Assert.Equal(score.ValidBase < 150, score.Suppressed);
            Assert.Equal(score.Suppressed, score.Mean is null);
            Assert.Equal(!score.Suppressed && score.EffectiveBase < 200, score.LowBase && !score.Suppressed);
        }

        Assert.Equal(results.Scores.Scores[0].ValidBase, segment.Values.Sum(v => v.Scores.Scores[0].ValidBase));
    }
}
