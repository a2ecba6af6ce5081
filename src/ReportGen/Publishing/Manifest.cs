using System.Security.Cryptography;
using System.Text.Json;

namespace ReportGen.Publishing;

/// <summary>
/// <c>manifest.json</c>: every output and every input with its size and SHA-256, and the generator version,
/// so that an auditor can check that a document came from those files (ISO 9001 §7.5). No timestamp, so that
/// the same inputs give the same bytes.
/// </summary>
public static class Manifest
{
    public const string FileName = "manifest.json";

    public sealed record Entry(string Path, byte[] Content);

    /// <summary>A file by its size and SHA-256 only: the inputs, hashed streaming (<see cref="InputFile.Hash"/>), never held in memory.</summary>
    public sealed record Hashed(string Path, long Bytes, string Sha256)
    {
        /// <summary>A file held in memory (an output, a built-in font), by its size and SHA-256.</summary>
        public static Hashed Of(string path, byte[] content)
        {
            ArgumentNullException.ThrowIfNull(content);
            return new(path, content.LongLength, Manifest.Sha256(content));
        }
    }

    public static byte[] Write(string generatorVersion, ProjectSummary project, BuildParameters parameters, IEnumerable<Hashed> inputs, IEnumerable<Entry> outputs)
    {
        using var memory = new MemoryStream();
        using (var json = new Utf8JsonWriter(memory, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("generator");
            json.WriteString("name", "ReportGen");
            json.WriteString("version", generatorVersion);
            json.WriteEndObject();
            json.WriteStartObject("project");
            json.WriteString("organisation", project.Organisation);
            json.WriteString("survey", project.Survey);
            json.WriteString("period", project.Period);
            json.WriteString("publication_date", project.PublicationDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteNumber("respondents", project.Respondents);
            json.WriteEndObject();
            json.WriteStartObject("parameters");
            json.WriteNumber("confidence", parameters.Confidence);
            json.WriteNumber("low_base", parameters.LowBase);
            json.WriteNumber("suppress_below", parameters.SuppressBelow);
            json.WriteString("wave", parameters.Wave);
            if (parameters.Delimiter != '\0')
            {
                json.WriteString("data_delimiter", parameters.Delimiter == '\t' ? "tab" : parameters.Delimiter.ToString());
                json.WriteString("data_encoding", parameters.Encoding);
                json.WriteString("data_decimal", parameters.DecimalSeparator);
            }

            if (parameters.Sources.Count > 0)
            {
                json.WriteStartArray("data_sources");
                foreach (var source in parameters.Sources)
                {
                    json.WriteStartObject();
                    json.WriteString("file", source.File);
                    json.WriteString("read_as", source.Description);
                    json.WriteNumber("rows", source.RowsRead);
                    if (source.LeftOut.Count > 0)
                    {
                        json.WriteStartArray("rows_left_out");
                        foreach (var rule in source.LeftOut)
                        {
                            json.WriteStartObject();
                            json.WriteString("rule", rule.Rule);
                            json.WriteNumber("rows", rule.Rows);
                            json.WriteEndObject();
                        }

                        json.WriteEndArray();
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteBoolean("weighted", parameters.Weighted);
            if (parameters.VerbatimRules is { } rules)
            {
                json.WriteString("verbatim_rules_version", rules);
            }

            if (parameters.Weighting is { } weighting)
            {
                json.WriteString("weighting", weighting);
            }

            if (parameters.Correction is { } correction)
            {
                json.WriteString("trend_correction", correction);
            }

            if (parameters.Segment is { } segment)
            {
                json.WriteString("segment", segment);
            }
            json.WriteEndObject();
            WriteFiles(json, "inputs", inputs);
            WriteFiles(json, "outputs", outputs.Select(o => Hashed.Of(o.Path, o.Content)));
            json.WriteEndObject();
        }

        memory.WriteByte((byte)'\n');
        return memory.ToArray();
    }

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>A list of files as the manifest writes it (path, bytes, sha256, in ordinal order of path); shard.json writes its files the same way.</summary>
    internal static void WriteFiles(Utf8JsonWriter json, string name, IEnumerable<Hashed> files)
    {
        json.WriteStartArray(name);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("path", file.Path);
            json.WriteNumber("bytes", file.Bytes);
            json.WriteString("sha256", file.Sha256);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}

/// <summary>The settings the figures were computed with, so that an auditor can recompute them.</summary>
public sealed record BuildParameters(double Confidence, int LowBase, int SuppressBelow, string? Wave, char Delimiter, string Encoding, string DecimalSeparator, bool Weighted)
{
    /// <summary>The version of the comment-coding rules, when the project has comments.</summary>
    public string? VerbatimRules { get; init; }

    /// <summary>How weights were computed from population margins (post-stratification or raking), if they were.</summary>
    public string? Weighting { get; init; }

    /// <summary>The correction for multiple testing of the trends, when there are trends.</summary>
    public string? Correction { get; init; }

    /// <summary>The segment a per-segment set is restricted to, as id=value.</summary>
    public string? Segment { get; init; }

    /// <summary>Each data file as read: its format and encoding, its rows, the rows its conditions left out.</summary>
    public IReadOnlyList<Ingest.SourceReport> Sources { get; init; } = [];
}

/// <summary>What the manifest says of the project.</summary>
public sealed record ProjectSummary(string Organisation, string Survey, string Period, DateOnly PublicationDate, long Respondents);
