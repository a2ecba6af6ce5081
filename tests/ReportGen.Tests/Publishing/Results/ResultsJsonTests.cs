using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using ReportGen.Analysis;
using ReportGen.Publishing.Results;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Publishing.Results;

/// <summary>
/// results.json holds every figure of the analysis bit for bit: each double read back from the file is compared with
/// the one in <see cref="SurveyResults"/> by its bits, not within a tolerance. The sample project has every section
/// (three waves, two segments, weighting by raking, the mirror survey, comments, work-streams, an action plan).
/// </summary>
public partial class ResultsJsonTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Repo.Path("schemas", ResultsJson.SchemaFile)), new Json.Schema.BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private static readonly EvaluationOptions ListOutput = new() { OutputFormat = OutputFormat.List };

    private static SurveyResults Sample => WaveSamples.Sample.Value;

    [Fact]
    public void The_schema_is_a_valid_draft_2020_12_schema_whose_objects_are_closed_and_whose_properties_are_described()
    {
        var text = File.ReadAllText(Repo.Path("schemas", ResultsJson.SchemaFile));
        using var document = JsonDocument.Parse(text);
        var result = MetaSchemas.Draft202012.Evaluate(document.RootElement, ListOutput);
        Assert.True(result.IsValid, Describe(result));

        var problems = new List<string>();
        CheckObjects(JsonNode.Parse(text), "#", problems);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_embedded_schema_is_the_one_in_schemas()
    {
        Assert.Equal(File.ReadAllText(Repo.Path("schemas", ResultsJson.SchemaFile)), Encoding.UTF8.GetString(ResultsJson.Schema()));
    }

    [Fact]
    public void The_sample_validates_against_the_schema()
    {
        AssertValid(ResultsJson.Write(Sample, "1.2.3"));
    }

    [Fact]
    public void Hand_made_trends_and_segments_with_suppressed_values_validate_against_the_schema()
    {
        AssertValid(ResultsJson.Write(WaveSamples.WithTrendsAndSegments(), "1.2.3"));
    }

    [Fact]
    public void A_segment_document_set_without_mirror_comments_or_sections_validates_and_writes_null_sections()
    {
        var inputs = ReportBuilder.Load(Repo.Path("data", "reportgen.yaml"));
        var value = inputs.Tenants.Tally(inputs.Wave).Segments["agence"][0].Value;
        var scoped = ReportBuilder.Analyze(inputs, new SegmentScope("agence", "agences", value));
        var bytes = ResultsJson.Write(scoped with { Trends = null, Weighting = null, Priorities = null }, "1.2.3");

        AssertValid(bytes);
        var root = Parse(bytes);
        Assert.Equal(value, root.GetProperty("scope").GetProperty("value").GetString());
        foreach (var section in new[] { "trends", "mirror", "verbatims", "priorities", "weighting" })
        {
            Assert.Equal(JsonValueKind.Null, root.GetProperty(section).ValueKind);
        }
    }

    [Fact]
    public void The_file_names_its_schema_and_version_and_is_utf8_without_bom_with_lf_line_ends()
    {
        var bytes = ResultsJson.Write(Sample, "1.2.3");
        var root = Parse(bytes);

        Assert.Equal(ResultsJson.SchemaFile, root.GetProperty("$schema").GetString());
        Assert.Equal(ResultsJson.SchemaVersion, root.GetProperty("schema_version").GetString());
        Assert.Equal("1.2.3", root.GetProperty("generator").GetProperty("version").GetString());
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal((byte)'\n', bytes[^1]);
        Assert.Contains("\n  \"schema_version\": \"1.1\",\n", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_results_give_the_same_bytes()
    {
        var results = WaveSamples.WithTrendsAndSegments();
        Assert.Equal(ResultsJson.Write(results, "1.2.3"), ResultsJson.Write(results, "1.2.3"));
        Assert.Equal(ResultsJson.Write(Sample, "1.2.3"), ResultsJson.Write(ReportBuilder.Check(Repo.Path("data", "reportgen.yaml")), "1.2.3"));
    }

    [Fact]
    public void Every_indicator_estimate_equals_the_analysis_bit_for_bit()
    {
        var results = Sample;
        var indicators = Parse(ResultsJson.Write(results, "1.2.3")).GetProperty("indicators").EnumerateArray().ToList();

        Assert.Equal(results.Estimates.Count, indicators.Count);
        for (var i = 0; i < indicators.Count; i++)
        {
            var estimate = results.Estimates[i];
            Assert.Equal(estimate.IndicatorId, indicators[i].GetProperty("id").GetString());
            AssertEstimate(indicators[i].GetProperty("estimate"), estimate);
            AssertBits(results.Importance.TryGetValue(estimate.IndicatorId, out var importance) ? importance : null, indicators[i].GetProperty("importance"));
        }

        Assert.Contains(indicators, i => i.GetProperty("importance").ValueKind == JsonValueKind.Number);
    }

    [Fact]
    public void Every_trend_its_raw_and_adjusted_p_and_every_wave_equal_the_analysis_bit_for_bit()
    {
        var results = Sample;
        var trends = results.Trends!;
        var json = Parse(ResultsJson.Write(results, "1.2.3")).GetProperty("trends");

        Assert.Equal(trends.Waves, json.GetProperty("waves").EnumerateArray().Select(w => w.GetString()!));
        Assert.Equal("holm", json.GetProperty("correction").GetString());
        var indicators = json.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(trends.Indicators.Count, indicators.Count);
        for (var i = 0; i < indicators.Count; i++)
        {
            var trend = trends.Indicators[i];
            var element = indicators[i];
            Assert.Equal(trend.IndicatorId, element.GetProperty("indicator_id").GetString());
            AssertBits(trend.ChangePoints, element.GetProperty("change_points"));
            AssertBits(trend.Z, element.GetProperty("z"));
            AssertBits(trend.PValue, element.GetProperty("p_value"));
            AssertBits(trend.AdjustedPValue, element.GetProperty("adjusted_p_value"));
            Assert.Equal(trend.Direction is TrendDirection.Up or TrendDirection.Down, element.GetProperty("significant").GetBoolean());
            var waves = element.GetProperty("waves").EnumerateArray().ToList();
            Assert.Equal(trend.Waves.Count, waves.Count);
            for (var w = 0; w < waves.Count; w++)
            {
                Assert.Equal(trend.Waves[w].Wave, waves[w].GetProperty("wave").GetString());
                AssertEstimate(waves[w].GetProperty("estimate"), trend.Waves[w].Estimate);
            }
        }

        // Holm's adjustment raises the p-values: a file that wrote the raw one twice would pass the loop above only if they were equal.
        Assert.Contains(trends.Indicators, t => t.AdjustedPValue > t.PValue);
    }

    [Fact]
    public void Every_segment_value_equals_the_analysis_and_a_suppressed_value_has_no_figure()
    {
        var results = WaveSamples.WithTrendsAndSegments();
        var segments = Parse(ResultsJson.Write(results, "1.2.3")).GetProperty("segments").EnumerateArray().ToList();

        Assert.Equal(results.Segments.Count, segments.Count);
        var suppressed = 0;
        for (var s = 0; s < segments.Count; s++)
        {
            var values = segments[s].GetProperty("values").EnumerateArray().ToList();
            Assert.Equal(results.Segments[s].Values.Count, values.Count);
            for (var v = 0; v < values.Count; v++)
            {
                var expected = results.Segments[s].Values[v];
                Assert.Equal(expected.Value, values[v].GetProperty("value").GetString());
                Assert.Equal(expected.Respondents, values[v].GetProperty("respondents").GetInt64());
                var estimates = values[v].GetProperty("estimates").EnumerateArray().ToList();
                for (var e = 0; e < estimates.Count; e++)
                {
                    var estimate = estimates[e].GetProperty("estimate");
                    AssertEstimate(estimate, expected.Estimates[e]);
                    if (expected.Estimates[e].Suppressed)
                    {
                        suppressed++;
                        Assert.True(estimate.GetProperty("suppressed").GetBoolean());
                        foreach (var figure in new[] { "satisfied", "interval_lower", "interval_upper", "margin_of_error", "category_shares" })
                        {
                            Assert.Equal(JsonValueKind.Null, estimate.GetProperty(figure).ValueKind);
                        }
                    }
                }
            }
        }

        Assert.True(suppressed > 0, "the sample has suppressed residences");
    }

    [Fact]
    public void The_analysis_segments_of_the_sample_equal_the_file()
    {
        var results = Sample;
        var segments = Parse(ResultsJson.Write(results, "1.2.3")).GetProperty("segments").EnumerateArray().ToList();
        Assert.Equal(results.Segments.Select(s => s.SegmentId), segments.Select(s => s.GetProperty("segment_id").GetString()!));
        var estimates = segments.SelectMany(s => s.GetProperty("values").EnumerateArray()).SelectMany(v => v.GetProperty("estimates").EnumerateArray()).ToList();
        var expected = results.Segments.SelectMany(s => s.Values).SelectMany(v => v.Estimates).ToList();
        Assert.Equal(expected.Count, estimates.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            AssertEstimate(estimates[i].GetProperty("estimate"), expected[i]);
        }
    }

    [Fact]
    public void Every_mirror_gap_and_staff_estimate_equals_the_analysis_bit_for_bit()
    {
        var mirror = Sample.Mirror!;
        var json = Parse(ResultsJson.Write(Sample, "1.2.3")).GetProperty("mirror");

        var gaps = json.GetProperty("gaps").EnumerateArray().ToList();
        Assert.Equal(mirror.Gaps.Count, gaps.Count);
        for (var i = 0; i < gaps.Count; i++)
        {
            var gap = mirror.Gaps[i];
            Assert.Equal(gap.IndicatorId, gaps[i].GetProperty("indicator_id").GetString());
            AssertBits(gap.TenantSatisfied, gaps[i].GetProperty("tenant_satisfied"));
            AssertBits(gap.StaffSatisfied, gaps[i].GetProperty("staff_satisfied"));
            AssertBits(gap.GapPoints, gaps[i].GetProperty("gap_points"));
            AssertBits(gap.Z, gaps[i].GetProperty("z"));
            AssertBits(gap.PValue, gaps[i].GetProperty("p_value"));
            AssertBits(gap.TenantBase, gaps[i].GetProperty("tenant_effective_base"));
            AssertBits(gap.StaffBase, gaps[i].GetProperty("staff_effective_base"));
            Assert.Equal(gap.Significant, gaps[i].GetProperty("significant").GetBoolean());
        }

        Assert.Contains(gaps, g => g.GetProperty("class").GetString() == "staff_overestimate");
        var staff = json.GetProperty("staff_estimates").EnumerateArray().ToList();
        for (var i = 0; i < staff.Count; i++)
        {
            AssertEstimate(staff[i].GetProperty("estimate"), mirror.StaffEstimates[i]);
        }
    }

    [Fact]
    public void A_staff_file_under_min_group_has_no_staff_count_or_figure()
    {
        var results = Sample;
        var staff = results.Mirror!.Staff with { Respondents = 3, Segments = new Dictionary<string, IReadOnlyList<ReportGen.Ingest.SegmentCount>>() };
        var withheld = results.WithMirror(staff);
        var json = Parse(ResultsJson.Write(withheld, "1.2.3")).GetProperty("mirror");

        Assert.True(json.GetProperty("withheld").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("respondents").ValueKind);
        Assert.All(json.GetProperty("staff_estimates").EnumerateArray(), e =>
        {
            Assert.Equal(JsonValueKind.Null, e.GetProperty("estimate").GetProperty("valid_base").ValueKind);
            Assert.Equal(JsonValueKind.Null, e.GetProperty("estimate").GetProperty("satisfied").ValueKind);
        });
        Assert.All(json.GetProperty("gaps").EnumerateArray(), g => Assert.Equal(JsonValueKind.Null, g.GetProperty("staff_satisfied").ValueKind));
    }

    [Fact]
    public void Themes_irritants_and_priorities_equal_the_analysis_bit_for_bit()
    {
        var results = Sample;
        var verbatims = results.Verbatims!;
        var root = Parse(ResultsJson.Write(results, "1.2.3"));
        var json = root.GetProperty("verbatims");

        Assert.Equal(verbatims.Tally.RuleSetVersion, json.GetProperty("rule_set_version").GetString());
        var z = Proportions.CriticalValue(results.Project.Thresholds.ConfidenceLevel);
        foreach (var theme in json.GetProperty("themes").EnumerateArray())
        {
            var count = verbatims.Tally.Count(theme.GetProperty("theme_id").GetString()!, ReportGen.Verbatims.RespondentType.Tenant);
            var tenant = theme.GetProperty("tenant");
            Assert.Equal(count.Mentions, tenant.GetProperty("mentions").GetInt32());
            Assert.Equal(count.NegativeMentions, tenant.GetProperty("negative_mentions").GetInt32());
            AssertBits(count.Share, tenant.GetProperty("share"));
            var interval = Proportions.Wilson(count.Share, verbatims.Tally.TenantComments, z);
            AssertBits(interval.Lower, tenant.GetProperty("share_interval_lower"));
            AssertBits(interval.Upper, tenant.GetProperty("share_interval_upper"));
        }

        var irritants = json.GetProperty("irritants").EnumerateArray().ToList();
        Assert.Equal(verbatims.Irritants.Count, irritants.Count);
        for (var i = 0; i < irritants.Count; i++)
        {
            var irritant = verbatims.Irritants[i];
            Assert.Equal(irritant.ThemeId, irritants[i].GetProperty("theme_id").GetString());
            Assert.Equal(irritant.Rank, irritants[i].GetProperty("rank").GetInt32());
            Assert.Equal(irritant.Tied, irritants[i].GetProperty("tied").GetBoolean());
            AssertBits(irritant.Share, irritants[i].GetProperty("share"));
            AssertBits(irritant.ShareInterval.Lower, irritants[i].GetProperty("share_interval_lower"));
            AssertBits(irritant.ShareInterval.Upper, irritants[i].GetProperty("share_interval_upper"));
            AssertBits(irritant.MentionShare, irritants[i].GetProperty("mention_share"));
            AssertBits(irritant.PValue, irritants[i].GetProperty("p_value"));
        }

        var priorities = results.Priorities!;
        var matrix = root.GetProperty("priorities");
        AssertBits(priorities.PerformanceCrosshair, matrix.GetProperty("performance_crosshair"));
        AssertBits(priorities.ImportanceCrosshair, matrix.GetProperty("importance_crosshair"));
        var items = matrix.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(priorities.Items.Count, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            AssertBits(priorities.Items[i].Importance, items[i].GetProperty("importance"));
            AssertBits(priorities.Items[i].Performance, items[i].GetProperty("performance"));
        }

        Assert.Equal(priorities.Workstreams.Select(w => w.Workstream.Id), matrix.GetProperty("workstreams").EnumerateArray().Select(w => w.GetProperty("id").GetString()!));
    }

    [Fact]
    public void The_weighting_of_every_wave_and_its_margins_equal_the_analysis_bit_for_bit()
    {
        var weighting = Sample.Weighting!;
        var json = Parse(ResultsJson.Write(Sample, "1.2.3")).GetProperty("weighting");

        Assert.Equal("raking", json.GetProperty("method").GetString());
        AssertBits(weighting.Tolerance, json.GetProperty("tolerance"));
        var waves = json.GetProperty("waves").EnumerateArray().ToList();
        Assert.Equal(weighting.Waves.Count, waves.Count);
        for (var i = 0; i < waves.Count; i++)
        {
            var wave = weighting.Waves[i];
            Assert.Equal(wave.Iterations, waves[i].GetProperty("iterations").GetInt32());
            Assert.True(waves[i].GetProperty("converged").GetBoolean());
            AssertBits(wave.MaxRelativeGap, waves[i].GetProperty("max_relative_gap"));
            AssertBits(wave.DesignEffect, waves[i].GetProperty("design_effect"));
            AssertBits(wave.MinWeight, waves[i].GetProperty("min_weight"));
            AssertBits(wave.MaxWeight, waves[i].GetProperty("max_weight"));
            AssertBits(wave.MeanWeight, waves[i].GetProperty("mean_weight"));
            var margins = waves[i].GetProperty("margins").EnumerateArray().ToList();
            Assert.Equal(wave.Margins.Count, margins.Count);
            for (var m = 0; m < margins.Count; m++)
            {
                AssertBits(wave.Margins[m].PopulationShare, margins[m].GetProperty("population_share"));
                AssertBits(wave.Margins[m].SampleShare, margins[m].GetProperty("sample_share"));
                AssertBits(wave.Margins[m].WeightedShare, margins[m].GetProperty("weighted_share"));
            }
        }
    }

    [Fact]
    public void The_action_plan_review_gives_each_action_its_status_lateness_and_effects()
    {
        var results = Sample;
        var plan = results.Project.ActionPlan!;
        var actions = Parse(ResultsJson.Write(results, "1.2.3")).GetProperty("action_plan").GetProperty("actions").EnumerateArray().ToList();

        Assert.Equal(plan.Actions.Select(a => a.Id), actions.Select(a => a.GetProperty("id").GetString()!));
        var overdue = ActionPlanReview.Overdue(plan, results.Project.PublicationDate);
        foreach (var (action, days) in overdue)
        {
            Assert.Equal(days, actions.Single(a => a.GetProperty("id").GetString() == action.Id).GetProperty("days_late").GetInt32());
        }

        var measured = actions.SelectMany(a => a.GetProperty("effects").EnumerateArray()).Where(e => e.GetProperty("measure").GetString() == "measured").ToList();
        Assert.NotEmpty(measured);
        Assert.All(measured, e => Assert.Equal(JsonValueKind.Number, e.GetProperty("change_points").ValueKind));
    }

    [Fact]
    public void No_comment_text_quote_or_person_name_is_written()
    {
        var results = Sample;
        var text = Encoding.UTF8.GetString(ResultsJson.Write(results, "1.2.3"));
        var comments = File.ReadAllLines(Repo.Path("data", "verbatims-2020.csv"), Encoding.UTF8).Skip(1)
            .Select(l => l.Split(';')[^1].Trim('"'))
            .Where(c => c.Length > 25)
            .ToList();

        Assert.NotEmpty(comments);
        Assert.All(comments, c => Assert.DoesNotContain(c, text, StringComparison.Ordinal));
        Assert.All(results.Verbatims!.ApprovedQuotes, q => Assert.DoesNotContain(q.Text, text, StringComparison.Ordinal));
        Assert.DoesNotContain("Karim Benali", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nadia Ferreira", text, StringComparison.Ordinal);
        Assert.DoesNotContain(results.Project.Control.Author, text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"owner\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_that_is_not_finite_is_written_null_and_the_file_stays_valid()
    {
        var results = Sample;
        var first = results.Estimates[0] with { Satisfied = double.NaN, MarginOfError = double.PositiveInfinity };
        var bytes = ResultsJson.Write(results with { Estimates = [first, .. results.Estimates.Skip(1)] }, "1.2.3");

        AssertValid(bytes);
        var estimate = Parse(bytes).GetProperty("indicators")[0].GetProperty("estimate");
        Assert.Equal(JsonValueKind.Null, estimate.GetProperty("satisfied").ValueKind);
        Assert.Equal(JsonValueKind.Null, estimate.GetProperty("margin_of_error").ValueKind);
        Assert.DoesNotContain("NaN", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void A_double_without_a_short_decimal_form_reads_back_with_the_same_bits()
    {
        var results = Sample;
        var awkward = 0.1 + 0.2;
        var first = results.Estimates[0] with { Satisfied = awkward, WeightedBase = 1234.5678901234567, EffectiveBase = double.Epsilon };
        var estimate = Parse(ResultsJson.Write(results with { Estimates = [first, .. results.Estimates.Skip(1)] }, "1.2.3")).GetProperty("indicators")[0].GetProperty("estimate");

        Assert.Contains("0.30000000000000004", estimate.GetProperty("satisfied").GetRawText(), StringComparison.Ordinal);
        AssertBits(awkward, estimate.GetProperty("satisfied"));
        AssertBits(1234.5678901234567, estimate.GetProperty("weighted_base"));
        AssertBits(double.Epsilon, estimate.GetProperty("effective_base"));
    }

    internal static void AssertEstimate(JsonElement json, IndicatorEstimate expected)
    {
        Assert.Equal(expected.ValidBase, json.GetProperty("valid_base").GetInt64());
        Assert.Equal(expected.ExcludedAnswers, json.GetProperty("excluded_answers").GetInt64());
        Assert.Equal(expected.BlankAnswers, json.GetProperty("blank_answers").GetInt64());
        AssertBits(expected.WeightedBase, json.GetProperty("weighted_base"));
        AssertBits(expected.EffectiveBase, json.GetProperty("effective_base"));
        AssertBits(expected.Satisfied, json.GetProperty("satisfied"));
        AssertBits(expected.Interval?.Lower, json.GetProperty("interval_lower"));
        AssertBits(expected.Interval?.Upper, json.GetProperty("interval_upper"));
        AssertBits(expected.MarginOfError, json.GetProperty("margin_of_error"));
        AssertBits(expected.Target, json.GetProperty("target"));
        Assert.Equal(expected.LowBase, json.GetProperty("low_base").GetBoolean());
        Assert.Equal(expected.Suppressed, json.GetProperty("suppressed").GetBoolean());
        var shares = json.GetProperty("category_shares");
        if (expected.Suppressed || expected.CategoryShares.Count == 0)
        {
            Assert.Equal(JsonValueKind.Null, shares.ValueKind);
            return;
        }

        var written = shares.EnumerateArray().Select(s => s.GetProperty("share")).ToList();
        Assert.Equal(expected.CategoryShares.Count, written.Count);
        for (var i = 0; i < written.Count; i++)
        {
            AssertBits(expected.CategoryShares[i], written[i]);
        }
    }

    internal static void AssertBits(double? expected, JsonElement actual)
    {
        if (expected is not { } value)
        {
            Assert.Equal(JsonValueKind.Null, actual.ValueKind);
            return;
        }

        Assert.Equal(JsonValueKind.Number, actual.ValueKind);
        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(actual.GetDouble()));
    }

    private static void AssertValid(byte[] bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        var result = Schema.Value.Evaluate(document.RootElement, ListOutput);
        Assert.True(result.IsValid, Describe(result));
    }

    private static JsonElement Parse(byte[] bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        return document.RootElement.Clone();
    }

    private static string Describe(EvaluationResults result) =>
        string.Join(Environment.NewLine, (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));

    /// <summary>Every object schema closes its keys and requires them; every declared property has a description.</summary>
    private static void CheckObjects(JsonNode? node, string path, List<string> problems)
    {
        switch (node)
        {
            case JsonObject schema:
                if (schema["properties"] is JsonObject properties)
                {
                    if (schema["additionalProperties"]?.GetValue<bool>() != false)
                    {
                        problems.Add($"{path}: no 'additionalProperties: false'.");
                    }

                    foreach (var (name, property) in properties)
                    {
                        if (property?["description"] is null)
                        {
                            problems.Add($"{path}/properties/{name}: no description.");
                        }
                    }
                }

                foreach (var (name, child) in schema)
                {
                    if (name is not ("enum" or "required" or "const"))
                    {
                        CheckObjects(child, $"{path}/{name}", problems);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    CheckObjects(array[i], $"{path}/{i}", problems);
                }

                break;
        }
    }
}
