using System.Globalization;
using System.IO.Hashing;
using System.Text;
using System.Text.Unicode;
using CsvHelper;
using ReportGen.Definitions;
using ReportGen.Diagnostics;

namespace ReportGen.Ingest;

/// <summary>
/// Reads a survey CSV once, streaming each row into the accumulators of the indicators it carries.
/// Nothing per row is kept but an 8-byte hash of the respondent id (to find duplicates), so memory does
/// not grow with the file beyond that. Problems are collected with their line and field number.
/// </summary>
public static class SurveyReader
{
    private const int MaxFieldChars = 512;

    public static SurveyTally? Read(DataSourceDefinition source, IReadOnlyList<IndicatorDefinition> indicators, IndicatorCatalog catalog, string? wave, DiagnosticBag bag)
    {
        if (!File.Exists(source.Path))
        {
            bag.Add(source.Location, DiagnosticCodes.FileNotFound,
                $"the data file '{source.DisplayPath}' does not exist.", "check 'path' of this data entry; it is read from the folder of the project file.");
            return null;
        }

        var encoding = source.Dialect.Encoding is { } name ? EncodingNames.Resolve(name) : null;
        var checkUtf8 = encoding is null || encoding.CodePage == Encoding.UTF8.CodePage;
        var file = source.DisplayPath;
        var malformed = new List<Diagnostic>();
        var options = CsvInput.Options(source.Dialect, encoding, file, malformed, bag.Limit);
        return CsvInput.Guard(file, bag, () =>
        {
            using var stream = File.OpenRead(source.Path);
            using var reader = CsvReader.Create(stream, options, leaveOpen: false);
            var header = reader.Headers;
            if (header.Count == 0)
            {
                bag.Add(new SourceLocation(file, 1), DiagnosticCodes.NoDataRows, "the file is empty: no header row and no data.",
                    "export the survey with a first row naming the columns.");
                return null;
            }

            var plan = ReadPlan.Create(source, indicators, catalog, header, reader.Separator, DescribeEncoding(source), bag);
            if (plan is null)
            {
                return null;
            }

            var tally = ReadRows(reader, plan, wave, checkUtf8, bag, malformed);
            foreach (var problem in malformed)
            {
                bag.Add(problem);
            }

            return bag.HasErrors ? null : tally;
        });
    }

    private static SurveyTally? ReadRows(CsvReader reader, ReadPlan plan, string? wave, bool checkUtf8, DiagnosticBag bag, List<Diagnostic> malformed)
    {
        var file = plan.Source.DisplayPath;
        Span<char> buffer = stackalloc char[MaxFieldChars];
        var ids = new Dictionary<ulong, int>();
        var segments = plan.Segments.Select(_ => new Dictionary<string, long>(StringComparer.Ordinal)).ToArray();
        var segmentLookups = segments.Select(s => s.GetAlternateLookup<ReadOnlySpan<char>>()).ToArray();
        var wavesSeen = new SortedSet<string>(StringComparer.Ordinal);
        var categories = new int[plan.Accumulators.Count];
        long respondents = 0;
        double sumWeights = 0;
        var fieldCount = plan.HeaderCount;
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            if (reader.FieldCount != fieldCount)
            {
                bag.Add(new SourceLocation(file, line), DiagnosticCodes.FieldCount,
                    $"this row has {reader.FieldCount} fields; the header has {fieldCount}.",
                    $"each row needs one value per column, separated by '{Show(plan.Delimiter)}'; a value containing '{Show(plan.Delimiter)}' must be quoted.");
                continue;
            }

            if (plan.WaveIndex >= 0 && wave is not null)
            {
                var value = Decode(Trim(reader.GetSpan(plan.WaveIndex)), buffer);
                if (!value.SequenceEqual(wave))
                {
                    if (wavesSeen.Count < 100)
                    {
                        wavesSeen.Add(value.ToString());
                    }

                    continue;
                }
            }

            var weight = 1.0;
            if (plan.WeightIndex >= 0)
            {
                var parsed = ParseWeight(reader, plan, buffer, line, bag);
                if (parsed is null)
                {
                    continue;
                }

                weight = parsed.Value;
            }

            if (plan.IdIndex >= 0)
            {
                var raw = reader.GetSpan(plan.IdIndex);
                var id = Trim(raw);
                if (id.IsEmpty)
                {
                    bag.Add(new SourceLocation(file, line, plan.IdIndex + 1), DiagnosticCodes.EmptyRespondentId,
                        $"the respondent id (column '{plan.Header[plan.IdIndex]}') is empty.", "every row needs its respondent id, so that duplicates can be found.");
                }
                else if (!ids.TryAdd(XxHash3.HashToUInt64(id), line))
                {
                    var first = ids[XxHash3.HashToUInt64(id)];
                    bag.Add(new SourceLocation(file, line, plan.IdIndex + 1), DiagnosticCodes.DuplicateRespondent,
                        $"respondent id '{Encoding.UTF8.GetString(id)}' (column '{plan.Header[plan.IdIndex]}') already appears at line {first}.",
                        "each respondent must appear once; remove the duplicate row or fix its id.");
                    continue;
                }
            }

            for (var a = 0; a < plan.Accumulators.Count; a++)
            {
                categories[a] = AddAnswer(reader, plan.Accumulators[a], weight, buffer, checkUtf8, plan, line, bag);
            }

            // Key-driver analysis: each item against overall satisfaction, on the rows that answered both.
            if (plan.OverallIndex >= 0 && categories[plan.OverallIndex] >= 0)
            {
                var overall = plan.Accumulators[plan.OverallIndex];
                var y = overall.Score(categories[plan.OverallIndex]);
                for (var a = 0; a < plan.Accumulators.Count; a++)
                {
                    if (a != plan.OverallIndex && categories[a] >= 0)
                    {
                        plan.Accumulators[a].AddPair(plan.Accumulators[a].Score(categories[a]), y, weight);
                    }
                }
            }

            for (var s = 0; s < plan.Segments.Count; s++)
            {
                var index = plan.Segments[s].Index;
                var raw = Trim(reader.GetSpan(index));
                if (checkUtf8 && !Utf8.IsValid(raw))
                {
                    ReportEncoding(bag, new SourceLocation(file, line, index + 1));
                    continue;
                }

                var value = Decode(raw, buffer);
                segmentLookups[s][value] = segmentLookups[s].TryGetValue(value, out var count) ? count + 1 : 1;
            }

            respondents++;
            sumWeights += weight;
        }

        if (bag.HasErrors || malformed.Count > 0)
        {
            return null;
        }

        if (respondents == 0)
        {
            var waveNote = wave is not null && plan.WaveIndex >= 0
                ? $" of wave '{wave}' (column '{plan.Header[plan.WaveIndex]}'); waves found: {(wavesSeen.Count == 0 ? "none" : string.Join(", ", wavesSeen))}"
                : "";
            bag.Add(new SourceLocation(file, Math.Max(1, (int)reader.LineNumber)), DiagnosticCodes.NoDataRows, $"the file has no data rows{waveNote}.",
                wave is not null && plan.WaveIndex >= 0 ? "check 'period: wave:' in the project file." : "export the survey answers below the header row.");
            return null;
        }

        var answers = plan.Accumulators.ToDictionary(a => a.Indicator.Id, a => a.ToTally(), StringComparer.Ordinal);
        var segmentCounts = new SortedDictionary<string, IReadOnlyList<SegmentCount>>(StringComparer.Ordinal);
        for (var s = 0; s < plan.Segments.Count; s++)
        {
            segmentCounts[plan.Segments[s].Segment.Id] = [.. segments[s].OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new SegmentCount(p.Key, p.Value))];
        }

        return new SurveyTally(plan.Source.Id, respondents, sumWeights, plan.WeightIndex >= 0, answers, segmentCounts, plan.Dialect);
    }

    /// <summary>Tallies one answer; returns its category index when it is a valid answer, else -1.</summary>
    private static int AddAnswer(CsvReader reader, AnswerAccumulator accumulator, double weight, Span<char> buffer, bool checkUtf8, ReadPlan plan, int line, DiagnosticBag bag)
    {
        var raw = Trim(reader.GetSpan(accumulator.FieldIndex));
        if (raw.IsEmpty)
        {
            accumulator.AddBlank();
            return -1;
        }

        int? resolved;
        if (accumulator.TryResolveSeen(raw, out var seen))
        {
            resolved = seen;
        }
        else
        {
            resolved = accumulator.Answers.Resolve(Decode(raw, buffer));
            if (resolved is int known)
            {
                accumulator.Remember(raw, known);
            }
        }

        if (resolved is int category)
        {
            if (category >= 0)
            {
                accumulator.AddCategory(category, weight);
                return category;
            }

            accumulator.AddExcluded(~category);
            return -1;
        }

        var location = new SourceLocation(plan.Source.DisplayPath, line, accumulator.FieldIndex + 1);
        if (checkUtf8 && !Utf8.IsValid(raw))
        {
            ReportEncoding(bag, location);
            return -1;
        }

        var scale = accumulator.Answers.Scale;
        var text = Decode(raw, buffer);
        bag.Add(location, DiagnosticCodes.AnswerOffScale,
            $"answer '{text}' in column '{plan.Header[accumulator.FieldIndex]}' (indicator '{accumulator.Indicator.Id}') is not on the scale '{scale.Id}'.",
            $"allowed answers: {accumulator.Answers.Describe()}. Add it to the scale's 'aliases' if it means one of them, or to 'excluded' if it leaves the base.");
        return -1;
    }

    private static double? ParseWeight(CsvReader reader, ReadPlan plan, Span<char> buffer, int line, DiagnosticBag bag)
    {
        var raw = Trim(reader.GetSpan(plan.WeightIndex));
        var location = new SourceLocation(plan.Source.DisplayPath, line, plan.WeightIndex + 1);
        var column = plan.Header[plan.WeightIndex];
        var text = Decode(raw, buffer);
        var declared = plan.Source.Dialect.DecimalSeparator;
        var other = declared == ',' ? '.' : ',';
        if (declared is not null && text.Contains(other))
        {
            bag.Add(location, DiagnosticCodes.InvalidWeight, $"weight '{text}' in column '{column}' uses '{other}' as decimal separator; the dialect declares '{declared}'.",
                "fix the value, or change 'dialect: decimal:' in the project file (leave it out to accept both).");
            return null;
        }

        // Weights never have thousands separators, so a comma can only be the decimal separator.
        if (text.Length is > 0 and <= 64)
        {
            Span<char> span = stackalloc char[text.Length];
            text.CopyTo(span);
            span.Replace(',', '.');
            if (double.TryParse(span, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var weight)
                && double.IsFinite(weight) && weight >= 0)
            {
                return weight;
            }

            if (double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out weight) && weight < 0)
            {
                bag.Add(location, DiagnosticCodes.InvalidWeight, $"weight '{text}' in column '{column}' is negative.", "weights must be zero or positive; check how they were computed.");
                return null;
            }
        }

        bag.Add(location, DiagnosticCodes.InvalidWeight, $"weight '{text}' in column '{column}' is not a number.",
            text.IsEmpty ? "every respondent needs a weight; write 1 where no weighting applies." : "write a decimal number such as 1,25 or 1.25.");
        return null;
    }

    internal static void ReportEncoding(DiagnosticBag bag, SourceLocation location) =>
        bag.Add(location, DiagnosticCodes.InvalidEncoding, "this field is not valid UTF-8: the file seems to be in another encoding.",
            "French exports from Excel are often Windows-1252: add 'encoding: windows-1252' under 'dialect:' for this data file.");

    /// <summary>The encoding as declared, or as the byte order mark says when none is declared.</summary>
    private static string DescribeEncoding(DataSourceDefinition source)
    {
        if (source.Dialect.Encoding is { } declared)
        {
            return declared;
        }

        Span<byte> start = stackalloc byte[3];
        using var file = File.OpenRead(source.Path);
        var read = file.ReadAtLeast(start, 3, throwOnEndOfStream: false);
        return start[..read] switch
        {
            [0xEF, 0xBB, 0xBF] => "utf-8 (byte order mark)",
            [0xFF, 0xFE, ..] => "utf-16le (byte order mark)",
            [0xFE, 0xFF, ..] => "utf-16be (byte order mark)",
            _ => "utf-8 (no encoding declared, no byte order mark)",
        };
    }

    private static ReadOnlySpan<char> Decode(ReadOnlySpan<byte> raw, Span<char> buffer)
    {
        if (raw.Length > buffer.Length)
        {
            raw = raw[..buffer.Length];
        }

        var written = Encoding.UTF8.GetChars(raw, buffer);
        return buffer[..written];
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> span) => span.Trim(" \t"u8);

    private static string Show(char delimiter) => delimiter == '\t' ? "\\t" : delimiter.ToString();
}
