using System.Text.Json;
using ReportGen.Analysis;
using ReportGen.Analysis.Scores;
using ReportGen.Publishing.Results;

namespace ReportGen.Tests.Publishing.Results;

/// <summary>The scores, net scores, their trends, segments and mirror gaps, and the benchmarks, in results.json, bit for bit.</summary>
public partial class ResultsJsonTests
{
    private static readonly string[] Verdicts = ["in_line", "above", "below"];

    private static readonly Lazy<JsonElement> ScoreFile = new(() => Parse(ResultsJson.Write(ScoreSample.Results, "1.2.3")));

    [Fact]
    public void A_project_with_scores_and_benchmarks_validates_against_the_schema()
    {
        AssertValid(ResultsJson.Write(ScoreSample.Results, "1.2.3"));
        AssertValid(ResultsJson.Write(ScoreSample.WithoutBenchmarks, "1.2.3"));
    }

    [Fact]
    public void The_sample_writes_one_entry_per_score_net_score_benchmark_trend_and_gap()
    {
        var root = Parse(ResultsJson.Write(Sample, "1.2.3"));
        Assert.Equal(Sample.Scores.Scores.Count, root.GetProperty("scores").GetArrayLength());
        Assert.Equal(Sample.Scores.NetScores.Count, root.GetProperty("net_scores").GetArrayLength());
        Assert.Equal(Sample.Benchmarks.Count, root.GetProperty("benchmarks").GetArrayLength());
        Assert.Equal(Sample.Trends!.Scores.Count, root.GetProperty("trends").GetProperty("scores").GetArrayLength());
        Assert.Equal(Sample.Trends!.FamilySize, root.GetProperty("trends").GetProperty("family_size").GetInt32());
        Assert.Equal(Sample.Mirror!.ScoreGaps.Count, root.GetProperty("mirror").GetProperty("score_gaps").GetArrayLength());
        Assert.Equal((1, 1, 1), (Sample.Scores.Scores.Count, Sample.Scores.NetScores.Count, Sample.Mirror.ScoreGaps.Count));
    }

    [Fact]
    public void Every_score_and_net_score_equals_the_analysis_bit_for_bit()
    {
        var results = ScoreSample.Results;
        var score = Assert.Single(ScoreFile.Value.GetProperty("scores").EnumerateArray());
        Assert.Equal(("note", 0, 10, "/10", 7), (score.GetProperty("id").GetString(), score.GetProperty("minimum").GetInt32(), score.GetProperty("maximum").GetInt32(), score.GetProperty("unit").GetString(), score.GetProperty("threshold").GetInt32()));
        AssertBits(7.5, score.GetProperty("target"));
        AssertScore(score.GetProperty("estimate"), results.Scores.Score("note")!);

        var net = Assert.Single(ScoreFile.Value.GetProperty("net_scores").EnumerateArray());
        Assert.Equal(("reco", 6, 9), (net.GetProperty("id").GetString(), net.GetProperty("detractors_to").GetInt32(), net.GetProperty("promoters_from").GetInt32()));
        AssertBits(10, net.GetProperty("target"));
        AssertNetScore(net.GetProperty("estimate"), results.Scores.NetScore("reco")!);
    }

    [Fact]
    public void Score_trends_give_welch_s_test_and_the_raw_and_adjusted_p_of_the_shared_family()
    {
        var trends = ScoreSample.Results.Trends!;
        var json = ScoreFile.Value.GetProperty("trends");
        Assert.Equal(trends.FamilySize, json.GetProperty("family_size").GetInt32());
        var written = json.GetProperty("scores").EnumerateArray().ToList();
        Assert.Equal(trends.Scores.Select(t => t.IndicatorId), written.Select(w => w.GetProperty("indicator_id").GetString()!));
        Assert.Equal(["score", "net"], written.Select(w => w.GetProperty("kind").GetString()!));
        for (var i = 0; i < written.Count; i++)
        {
            var trend = trends.Scores[i];
            AssertBits(trend.Change, written[i].GetProperty("change"));
            AssertBits(trend.T, written[i].GetProperty("t"));
            AssertBits(trend.DegreesOfFreedom, written[i].GetProperty("degrees_of_freedom"));
            AssertBits(trend.PValue, written[i].GetProperty("p_value"));
            AssertBits(trend.AdjustedPValue, written[i].GetProperty("adjusted_p_value"));
            var waves = written[i].GetProperty("waves").EnumerateArray().ToList();
            Assert.Equal(trend.Waves.Select(w => w.Wave), waves.Select(w => w.GetProperty("wave").GetString()!));
            for (var w = 0; w < waves.Count; w++)
            {
                AssertBits(trend.Waves[w].Value, waves[w].GetProperty("value"));
                AssertBits(trend.Waves[w].Interval?.Lower, waves[w].GetProperty("interval_lower"));
                AssertBits(trend.Waves[w].EffectiveBase, waves[w].GetProperty("effective_base"));
            }
        }

        Assert.Contains(trends.Scores, t => t.AdjustedPValue > t.PValue);
    }

    [Fact]
    public void Segment_scores_and_mirror_score_gaps_equal_the_analysis()
    {
        var results = ScoreSample.Results;
        var segment = Assert.Single(ScoreFile.Value.GetProperty("segments").EnumerateArray());
        var values = segment.GetProperty("values").EnumerateArray().ToList();
        Assert.Equal(results.Segments[0].Values.Count, values.Count);
        for (var v = 0; v < values.Count; v++)
        {
            var expected = results.Segments[0].Values[v].Scores;
            AssertScore(Assert.Single(values[v].GetProperty("scores").EnumerateArray()).GetProperty("estimate"), expected.Scores[0]);
            AssertNetScore(Assert.Single(values[v].GetProperty("net_scores").EnumerateArray()).GetProperty("estimate"), expected.NetScores[0]);
        }

        var mirror = results.Mirror!;
        var gap = Assert.Single(ScoreFile.Value.GetProperty("mirror").GetProperty("score_gaps").EnumerateArray());
        var expectedGap = Assert.Single(mirror.ScoreGaps);
        AssertBits(expectedGap.TenantMean, gap.GetProperty("tenant_mean"));
        AssertBits(expectedGap.StaffMean, gap.GetProperty("staff_mean"));
        AssertBits(expectedGap.Gap, gap.GetProperty("gap"));
        AssertBits(expectedGap.T, gap.GetProperty("t"));
        AssertBits(expectedGap.DegreesOfFreedom, gap.GetProperty("degrees_of_freedom"));
        AssertBits(expectedGap.PValue, gap.GetProperty("p_value"));
        AssertBits(expectedGap.Threshold, gap.GetProperty("threshold"));
        AssertScore(Assert.Single(ScoreFile.Value.GetProperty("mirror").GetProperty("staff_scores").EnumerateArray()).GetProperty("estimate"), mirror.StaffScores[0]);
    }

    [Fact]
    public void Benchmarks_give_their_definition_as_written_and_the_comparison_in_the_files_units()
    {
        var results = ScoreSample.Results;
        var written = ScoreFile.Value.GetProperty("benchmarks").EnumerateArray().ToList();
        Assert.Equal(results.Benchmarks.Count, written.Count);
        Assert.Equal(["share", "score", "net"], written.Select(b => b.GetProperty("kind").GetString()!));
        for (var i = 0; i < written.Count; i++)
        {
            var (definition, comparison) = (results.Benchmarks[i].Definition, results.Benchmarks[i].Comparison);
            var json = written[i];
            Assert.Equal(results.Benchmarks[i].Name, json.GetProperty("name").GetString());
            var d = json.GetProperty("definition");
            Assert.Equal(definition.IndicatorId, d.GetProperty("indicator").GetString());
            AssertBits(definition.Value, d.GetProperty("value"));
            Assert.Equal(definition.Source, d.GetProperty("source").GetString());
            Assert.Equal(definition.Year, d.GetProperty("year").GetInt32());
            Assert.Equal(definition.Label, d.GetProperty("label").GetString());
            var c = json.GetProperty("comparison");
            AssertBits(comparison.Estimate, c.GetProperty("estimate"));
            AssertBits(comparison.Reference, c.GetProperty("reference"));
            AssertBits(comparison.ReferenceBase, c.GetProperty("reference_base"));
            AssertBits(i == 0 ? comparison.Gap * 100 : comparison.Gap, c.GetProperty("gap"));
            AssertBits(comparison.Statistic, c.GetProperty("statistic"));
            AssertBits(comparison.DegreesOfFreedom, c.GetProperty("degrees_of_freedom"));
            AssertBits(comparison.PValue, c.GetProperty("p_value"));
        }

        // A share's benchmark: written 50 (percent) as the file declares it, compared as the proportion 0.5 with its base.
        var share = written[0];
        Assert.Equal(("percent", 50.0, 2000), (share.GetProperty("definition").GetProperty("unit").GetString(), share.GetProperty("definition").GetProperty("value").GetDouble(), share.GetProperty("definition").GetProperty("base").GetInt32()));
        Assert.Equal((0.5, "two_proportion_z"), (share.GetProperty("comparison").GetProperty("reference").GetDouble(), share.GetProperty("comparison").GetProperty("test").GetString()));
        Assert.Equal(["two_proportion_z", "one_sample_t", "one_sample_t"], written.Select(b => b.GetProperty("comparison").GetProperty("test").GetString()!));
        Assert.Equal(JsonValueKind.Null, written[1].GetProperty("definition").GetProperty("base").ValueKind);
        Assert.All(written, b => Assert.Contains(b.GetProperty("comparison").GetProperty("verdict").GetString(), Verdicts));
    }

    private static void AssertScore(JsonElement json, ScoreEstimate expected)
    {
        Assert.Equal(expected.ValidBase, json.GetProperty("valid_base").GetInt64());
        AssertBits(expected.WeightedBase, json.GetProperty("weighted_base"));
        AssertBits(expected.EffectiveBase, json.GetProperty("effective_base"));
        AssertBits(expected.Mean, json.GetProperty("mean"));
        AssertBits(expected.StandardError, json.GetProperty("standard_error"));
        AssertBits(expected.DegreesOfFreedom, json.GetProperty("degrees_of_freedom"));
        AssertBits(expected.Interval?.Lower, json.GetProperty("interval_lower"));
        AssertBits(expected.Interval?.Upper, json.GetProperty("interval_upper"));
        AssertBits(expected.ShareAtOrAbove, json.GetProperty("share_at_or_above"));
        AssertBits(expected.ShareInterval?.Lower, json.GetProperty("share_interval_lower"));
        AssertBits(expected.ShareInterval?.Upper, json.GetProperty("share_interval_upper"));
        Assert.Equal(expected.Suppressed, json.GetProperty("suppressed").GetBoolean());
        AssertDistribution(json.GetProperty("distribution"), expected.Minimum, expected.Distribution, expected.Suppressed);
    }

    private static void AssertNetScore(JsonElement json, NetScoreEstimate expected)
    {
        Assert.Equal(expected.ValidBase, json.GetProperty("valid_base").GetInt64());
        AssertBits(expected.EffectiveBase, json.GetProperty("effective_base"));
        AssertBits(expected.Promoters, json.GetProperty("promoters"));
        AssertBits(expected.Passives, json.GetProperty("passives"));
        AssertBits(expected.Detractors, json.GetProperty("detractors"));
        AssertBits(expected.Score, json.GetProperty("score"));
        AssertBits(expected.StandardError, json.GetProperty("standard_error"));
        AssertBits(expected.DegreesOfFreedom, json.GetProperty("degrees_of_freedom"));
        AssertBits(expected.Interval?.Lower, json.GetProperty("interval_lower"));
        AssertBits(expected.Interval?.Upper, json.GetProperty("interval_upper"));
        Assert.Equal(expected.Suppressed, json.GetProperty("suppressed").GetBoolean());
        AssertDistribution(json.GetProperty("distribution"), 0, expected.Distribution, expected.Suppressed);
    }

    private static void AssertDistribution(JsonElement json, int minimum, IReadOnlyList<double> expected, bool suppressed)
    {
        if (suppressed)
        {
            Assert.Equal(JsonValueKind.Null, json.ValueKind);
            return;
        }

        var shares = json.EnumerateArray().ToList();
        Assert.Equal(expected.Count, shares.Count);
        for (var i = 0; i < shares.Count; i++)
        {
            Assert.Equal(minimum + i, shares[i].GetProperty("answer").GetInt32());
            AssertBits(expected[i], shares[i].GetProperty("share"));
        }
    }
}
