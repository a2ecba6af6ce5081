using System.Text.Encodings.Web;
using System.Text.Json;
using ReportGen.Analysis;
using ReportGen.Definitions;

namespace ReportGen.Publishing.Results;

/// <summary>
/// <c>results.json</c>: every figure of <see cref="SurveyResults"/> at full double precision, for analysts (Power BI,
/// R, Python) and auditors who recompute a figure. Shares are proportions in [0, 1], changes and gaps in percentage
/// points. A double is written in its shortest round-trip form, so reading it back gives the same bits; a figure the
/// analysis has not got (suppressed, not tested, not finite) is <c>null</c>, never a stand-in. No comment text and no
/// person's name or role: only counts, shares and tests. The layout is <c>schemas/results.schema.json</c>
/// (docs/results.md).
/// </summary>
public static partial class ResultsJson
{
    /// <summary>The version of the layout, raised on any change a reader could notice (minor: additions; major: anything else).</summary>
    public const string SchemaVersion = "1.1";

    /// <summary>The file's name in an output folder.</summary>
    public const string OutputName = "results.json";

    /// <summary>The schema's file name, which <c>$schema</c> names relative to the JSON file.</summary>
    public const string SchemaFile = "results.schema.json";

    /// <summary>The schema, as embedded in the program (<c>schemas/results.schema.json</c>), to write beside the file so that <c>$schema</c> resolves.</summary>
    public static byte[] Schema() => Scaffolding.ProjectScaffolder.ResourceBytes($"schemas/{SchemaFile}");

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // Readable French in the file; it is data, never embedded in HTML unescaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The results as UTF-8 JSON without a byte order mark, lines ending in <c>\n</c>, properties in a fixed order.</summary>
    public static byte[] Write(SurveyResults results, string generatorVersion)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(generatorVersion);
        using var memory = new MemoryStream();
        using (var w = new Utf8JsonWriter(memory, Options))
        {
            w.WriteStartObject();
            w.WriteString("$schema", SchemaFile);
            w.WriteString("schema_version", SchemaVersion);
            w.WriteStartObject("generator");
            w.WriteString("name", "ReportGen");
            w.WriteString("version", generatorVersion);
            w.WriteEndObject();
            Project(w, results);
            Scope(w, results.Scope);
            w.WriteString("wave", results.Wave);
            Thresholds(w, results.Project);
            Survey(w, results);
            Indicators(w, results);
            Scores(w, results);
            Benchmarks(w, results);
            Trends(w, results);
            Segments(w, results);
            Mirror(w, results);
            Priorities(w, results);
            Verbatims(w, results);
            ActionPlan(w, results);
            Weighting(w, results);
            w.WriteEndObject();
        }

        memory.WriteByte((byte)'\n');
        return memory.ToArray();
    }

    private static void Project(Utf8JsonWriter w, SurveyResults results)
    {
        var project = results.Project;
        w.WriteStartObject("project");
        w.WriteString("organisation", project.Organisation);
        w.WriteString("survey", project.Survey);
        Text(w, "reference", project.Reference);
        w.WriteStartObject("period");
        w.WriteString("label", project.Period.Label);
        Text(w, "wave", project.Period.Wave);
        w.WriteEndObject();
        w.WriteString("publication_date", Date(project.PublicationDate));
        Text(w, "institute", project.Institute);
        Text(w, "population", project.Population);
        w.WriteStartObject("sample");
        Text(w, "description", project.Sample.Description);
        Text(w, "mode", project.Sample.Mode);
        Text(w, "fieldwork", project.Sample.Fieldwork);
        w.WriteEndObject();
        w.WriteString("document_version", project.Control.Version);
        w.WriteEndObject();
    }

    private static void Scope(Utf8JsonWriter w, SegmentScope? scope)
    {
        if (scope is null)
        {
            w.WriteNull("scope");
            return;
        }

        w.WriteStartObject("scope");
        w.WriteString("segment_id", scope.SegmentId);
        w.WriteString("label", scope.Label);
        w.WriteString("value", scope.Value);
        w.WriteEndObject();
    }

    private static void Thresholds(Utf8JsonWriter w, ProjectDefinition project)
    {
        var thresholds = project.Thresholds;
        w.WriteStartObject("thresholds");
        Number(w, "confidence_level", thresholds.ConfidenceLevel);
        Number(w, "alpha", TwoProportionResult.Alpha(thresholds.ConfidenceLevel));
        Number(w, "critical_value", Proportions.CriticalValue(thresholds.ConfidenceLevel));
        w.WriteNumber("low_base", thresholds.LowBase);
        w.WriteNumber("suppress_below", thresholds.SuppressBelow);
        w.WriteString("correction", Correction(thresholds.Correction));
        w.WriteEndObject();
    }

    private static void Survey(Utf8JsonWriter w, SurveyResults results)
    {
        var survey = results.Survey;
        var dialect = survey.Dialect;
        w.WriteStartObject("survey");
        w.WriteString("data_id", survey.DataId);
        w.WriteNumber("respondents", survey.Respondents);
        Number(w, "sum_weights", survey.SumWeights);
        w.WriteBoolean("weighted", survey.Weighted);
        w.WriteStartObject("dialect");
        w.WriteString("format", dialect.Format);
        Text(w, "delimiter", dialect.Delimiter == '\0' ? null : dialect.Delimiter.ToString());
        Text(w, "encoding", dialect.Encoding.Length == 0 ? null : dialect.Encoding);
        Text(w, "decimal_separator", dialect.DecimalSeparator.Length == 0 ? null : dialect.DecimalSeparator);
        w.WriteBoolean("delimiter_detected", dialect.DelimiterDetected);
        w.WriteBoolean("encoding_detected", dialect.EncodingDetected);
        w.WriteString("description", dialect.Description);
        w.WriteEndObject();
        w.WriteStartArray("sources");
        foreach (var source in survey.Sources)
        {
            w.WriteStartObject();
            // The file's name only: the displayed path depends on the folder the build ran from.
            w.WriteString("file", FileName(source.File));
            w.WriteString("description", source.Description);
            w.WriteNumber("rows_read", source.RowsRead);
            w.WriteStartArray("left_out");
            foreach (var left in source.LeftOut)
            {
                w.WriteStartObject();
                w.WriteString("rule", left.Rule);
                w.WriteNumber("rows", left.Rows);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("segments");
        foreach (var (id, values) in survey.Segments.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("segment_id", id);
            w.WriteStartArray("values");
            foreach (var value in values)
            {
                w.WriteStartObject();
                w.WriteString("value", value.Value);
                w.WriteNumber("respondents", value.Respondents);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Indicators(Utf8JsonWriter w, SurveyResults results)
    {
        var catalog = results.Project.Catalog;
        w.WriteStartArray("indicators");
        foreach (var estimate in results.Estimates)
        {
            var indicator = catalog.Indicator(estimate.IndicatorId);
            var scale = catalog.Scale(indicator.ScaleId);
            w.WriteStartObject();
            w.WriteString("id", indicator.Id);
            w.WriteString("label", indicator.Label);
            w.WriteString("theme_id", indicator.ThemeId);
            w.WriteString("theme_label", catalog.Theme(indicator.ThemeId).Label);
            w.WriteString("scale_id", scale.Id);
            Text(w, "scale_label", scale.Label);
            w.WriteBoolean("headline", indicator.Headline);
            w.WriteBoolean("overall", indicator.Id == catalog.OverallId);
            Text(w, "quali_hlm_engagement", indicator.QualiHlmEngagement);
            w.WriteStartArray("iso_clauses");
            foreach (var clause in indicator.IsoClauses)
            {
                w.WriteStringValue(clause);
            }

            w.WriteEndArray();
            Text(w, "action_axis", indicator.ActionAxis);
            Number(w, "importance", results.Importance.TryGetValue(indicator.Id, out var importance) ? importance : null);
            Number(w, "confidence_level", results.Project.Thresholds.ConfidenceLevel);
            w.WritePropertyName("estimate");
            Estimate(w, estimate, scale);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>One estimate, as the analysis holds it: a suppressed one has no share, interval, margin or category shares.</summary>
    /// <param name="withheld">A staff estimate of a group under <c>min_group</c>: its counts are hidden too.</param>
    private static void Estimate(Utf8JsonWriter w, IndicatorEstimate e, ScaleDefinition? scale, bool withheld = false)
    {
        w.WriteStartObject();
        Count(w, "valid_base", withheld ? null : e.ValidBase);
        Count(w, "excluded_answers", withheld ? null : e.ExcludedAnswers);
        Count(w, "blank_answers", withheld ? null : e.BlankAnswers);
        Number(w, "weighted_base", e.WeightedBase);
        Number(w, "effective_base", e.EffectiveBase);
        Number(w, "satisfied", e.Satisfied);
        Number(w, "interval_lower", e.Interval?.Lower);
        Number(w, "interval_upper", e.Interval?.Upper);
        Number(w, "margin_of_error", e.MarginOfError);
        Number(w, "target", e.Target);
        w.WriteString("target_status", Status(e.Status));
        w.WriteBoolean("low_base", e.LowBase);
        w.WriteBoolean("suppressed", e.Suppressed);
        if (e.Suppressed || e.CategoryShares.Count == 0)
        {
            w.WriteNull("category_shares");
        }
        else
        {
            w.WriteStartArray("category_shares");
            for (var i = 0; i < e.CategoryShares.Count; i++)
            {
                w.WriteStartObject();
                var category = scale is not null && i < scale.Categories.Count ? scale.Categories[i] : null;
                Text(w, "code", category?.Code);
                Text(w, "label", category?.Label);
                if (category is null)
                {
                    w.WriteNull("counts_as_satisfied");
                }
                else
                {
                    w.WriteBoolean("counts_as_satisfied", category.Satisfied);
                }

                Number(w, "share", e.CategoryShares[i]);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static string Correction(MultipleTestingCorrection correction) => correction switch
    {
        MultipleTestingCorrection.BenjaminiHochberg => "benjamini_hochberg",
        _ => "holm",
    };

    private static string Status(TargetStatus status) => status switch
    {
        TargetStatus.Met => "met",
        TargetStatus.Below => "below",
        TargetStatus.NotSignificantlyDifferent => "not_significantly_different",
        _ => "no_target",
    };

    /// <summary>A double in its shortest round-trip form, or null when there is none or it is not finite (JSON has no NaN).</summary>
    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void NumberValue(Utf8JsonWriter w, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            w.WriteNumberValue(v);
        }
        else
        {
            w.WriteNullValue();
        }
    }

    private static void Count(Utf8JsonWriter w, string name, long? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Text(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string FileName(string path) => path.Replace('\\', '/').Split('/')[^1];
}
