using System.Text.Json;

namespace ReportGen.Publishing.Shards;

/// <summary>The files of one document set in a shard: its folder (empty for the whole survey's set) and every file, hashed.</summary>
public sealed record ShardSet(string Folder, IReadOnlyList<Manifest.Hashed> Files);

/// <summary>
/// <c>shard.json</c>, beside the sets a <c>build --per SEGMENT --shard K/N</c> wrote: which shard of how many it is,
/// what the whole build was made from (generator, options, inputs with their SHA-256, the folders of every set of
/// the build), and what this shard holds, every file with its size and SHA-256. <see cref="ShardMerge"/> checks the
/// shards against each other and their files against it; the merged folder does not keep it. No timestamp, so that
/// the same inputs give the same bytes.
/// </summary>
public sealed record ShardManifest(ShardSpec Shard, string GeneratorVersion, string Segment, string? Period, bool PdfA,
    IReadOnlyList<Manifest.Hashed> Inputs, IReadOnlyList<string> Plan, ShardSet? Survey, IReadOnlyList<ShardSet> Sets)
{
    public const string FileName = "shard.json";

    /// <summary>How the sets are dealt to the shards, as <see cref="ShardSpec"/> does it.</summary>
    public const string Partition = "round-robin over the set folders in ordinal order; the whole survey's set in shard 1";

    /// <summary>The options of the build, as the command line writes them: what every shard of one build shares.</summary>
    public string Options => $"--per {Segment}{(Period is null ? "" : $" --period {Period}")}{(PdfA ? " --pdfa" : "")}";

    public byte[] Write()
    {
        using var memory = new MemoryStream();
        using (var json = new Utf8JsonWriter(memory, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("shard");
            json.WriteNumber("index", Shard.Index);
            json.WriteNumber("count", Shard.Count);
            json.WriteString("partition", Partition);
            json.WriteEndObject();
            json.WriteStartObject("generator");
            json.WriteString("name", "ReportGen");
            json.WriteString("version", GeneratorVersion);
            json.WriteEndObject();
            json.WriteStartObject("build");
            json.WriteString("per", Segment);
            json.WriteString("period", Period);
            json.WriteBoolean("pdfa", PdfA);
            json.WriteEndObject();
            Manifest.WriteFiles(json, "inputs", Inputs);
            json.WriteStartArray("plan");
            foreach (var folder in Plan)
            {
                json.WriteStringValue(folder);
            }

            json.WriteEndArray();
            json.WritePropertyName("survey");
            if (Survey is null)
            {
                json.WriteNullValue();
            }
            else
            {
                json.WriteStartObject();
                Manifest.WriteFiles(json, "files", Survey.Files);
                json.WriteEndObject();
            }

            json.WriteStartArray("sets");
            foreach (var set in Sets.OrderBy(s => s.Folder, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("folder", set.Folder);
                Manifest.WriteFiles(json, "files", set.Files);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        memory.WriteByte((byte)'\n');
        return memory.ToArray();
    }

    /// <summary>Reads a <c>shard.json</c>; <see cref="FormatException"/> when it is not one ReportGen wrote.</summary>
    public static ShardManifest Read(byte[] content)
    {
        try
        {
            using var document = JsonDocument.Parse(content);
            var root = document.RootElement;
            var shard = root.GetProperty("shard");
            var build = root.GetProperty("build");
            var survey = root.GetProperty("survey");
            return new ShardManifest(
                new ShardSpec(shard.GetProperty("index").GetInt32(), shard.GetProperty("count").GetInt32()),
                root.GetProperty("generator").GetProperty("version").GetString() ?? throw new FormatException("generator.version is null"),
                build.GetProperty("per").GetString() ?? throw new FormatException("build.per is null"),
                build.GetProperty("period").GetString(),
                build.GetProperty("pdfa").GetBoolean(),
                ReadFiles(root.GetProperty("inputs")),
                [.. root.GetProperty("plan").EnumerateArray().Select(e => e.GetString() ?? throw new FormatException("a plan entry is null"))],
                survey.ValueKind == JsonValueKind.Null ? null : new ShardSet("", ReadFiles(survey.GetProperty("files"))),
                [.. root.GetProperty("sets").EnumerateArray().Select(s => new ShardSet(s.GetProperty("folder").GetString() ?? throw new FormatException("a set's folder is null"), ReadFiles(s.GetProperty("files"))))]);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException(ex.Message, ex);
        }
    }

    private static List<Manifest.Hashed> ReadFiles(JsonElement files) =>
        [.. files.EnumerateArray().Select(f => new Manifest.Hashed(
            f.GetProperty("path").GetString() ?? throw new FormatException("a file's path is null"),
            f.GetProperty("bytes").GetInt64(),
            f.GetProperty("sha256").GetString() ?? throw new FormatException("a file's sha256 is null")))];
}
