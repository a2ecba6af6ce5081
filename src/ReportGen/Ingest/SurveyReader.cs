using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using System.Text.Unicode;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Documents;
using ReportGen.Ingest.Duplicates;
using ReportGen.Ingest.Sources;
using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen.Ingest;

/// <summary>
/// Reads a survey CSV once, streaming each row into the cell of its wave, segment and margin values.
/// Nothing per row is kept in memory: the respondent ids (to find duplicates) are indexed in memory up to a bound, then
/// in sorted runs on disk (<see cref="RespondentIndex"/>), so memory grows with the number of cells, not of rows.
/// Problems are collected with their line and field number.
/// </summary>
public static class SurveyReader
{
    private const int MaxFieldChars = 512;

    /// <summary>Reads the file into cells; <paramref name="marginColumns"/> are the columns that weighting margins name.</summary>
    public static SurveyCells? Read(DataSourceDefinition source, IReadOnlyList<IndicatorDefinition> indicators, IndicatorCatalog catalog, IReadOnlyList<string> marginColumns, DiagnosticBag bag) =>
        Read(source, indicators, catalog, marginColumns, bag, RespondentIndexOptions.Default);

    /// <summary>
    /// The same, with the sizes of the respondent index. A file whose index went to disk and holds duplicate ids is read
    /// a second time (it is in error: nothing is built from it), so that its problems and warnings are exactly those
    /// of a read whose index stayed in memory: what the first read found is dropped.
    /// </summary>
    internal static SurveyCells? Read(DataSourceDefinition source, IReadOnlyList<IndicatorDefinition> indicators, IndicatorCatalog catalog, IReadOnlyList<string> marginColumns, DiagnosticBag bag,
        RespondentIndexOptions options)
    {
        if (!Path.Exists(source.Path))
        {
            bag.Add(source.Location, DiagnosticCodes.FileNotFound,
                Text.Format(IngestMessages.DataFileMissing, source.DisplayPath), IngestMessages.DataFileMissingHint);
            return null;
        }

        var mark = bag.Mark();
        SurveyCells? cells;
        KnownDuplicates? duplicates = null;
        using (var index = new RespondentIndex(options))
        {
            var warnings = Warnings.Collect();
            try
            {
                cells = ReadOnce(source, indicators, catalog, marginColumns, bag, index);
                duplicates = index.FindDuplicates();
            }
            finally
            {
                warnings.Dispose();
                if (duplicates is null)
                {
                    warnings.Forward();
                }
            }
        }

        if (duplicates is null)
        {
            return cells;
        }

        using (duplicates)
        {
            bag.RollBack(mark);
            return ReadOnce(source, indicators, catalog, marginColumns, bag, duplicates);
        }
    }

    private static SurveyCells? ReadOnce(DataSourceDefinition source, IReadOnlyList<IndicatorDefinition> indicators, IndicatorCatalog catalog, IReadOnlyList<string> marginColumns, DiagnosticBag bag,
        IDuplicateCheck ids)
    {
        var file = source.DisplayPath;
        return CsvInput.Guard(file, bag, () =>
        {
            using var reader = RowSources.Open(source, bag);
            if (reader is null)
            {
                return null;
            }

            var header = reader.Header;
            if (header.Count == 0)
            {
                bag.Add(new SourceLocation(file, reader.HeaderLine), DiagnosticCodes.NoDataRows, IngestMessages.FileEmpty, IngestMessages.FileEmptyHint);
                return null;
            }

            var csv = (reader as FilteredRows)?.Inner as CsvSource ?? reader as CsvSource;
            var plan = ReadPlan.Create(source, indicators, catalog, marginColumns, header, reader.HeaderLine, csv?.Delimiter, reader.Describe, csv?.Encoding, bag);
            if (plan is null)
            {
                return null;
            }

            // A workbook column with an empty header cell is named only by its position: no role may use it.
            if (((reader as FilteredRows)?.Inner ?? reader) is Excel.ExcelSource excel && ReportUnnamed(excel, plan, bag))
            {
                return null;
            }

            var malformed = csv?.Malformed ?? [];
            var tally = ReadRows(reader, plan, csv?.ChecksUtf8 ?? false, bag, malformed, ids);
            FoldedAnswers.Warn(plan.Source.DisplayPath, plan.Header, plan.Accumulators);
            foreach (var problem in malformed)
            {
                bag.Add(problem);
            }

            if (reader is FilteredRows filtered && tally is not null)
            {
                tally = tally.WithSource(tally.Sources[0] with { LeftOut = filtered.LeftOut });
            }

            return bag.HasErrors ? null : tally;
        });
    }

    private static bool ReportUnnamed(Excel.ExcelSource excel, ReadPlan plan, DiagnosticBag bag)
    {
        var before = bag.Count;
        IEnumerable<(int Index, string Role)> roles =
        [
            (plan.IdIndex, IngestMessages.RoleRespondentId), (plan.WeightIndex, IngestMessages.RoleWeight), (plan.WaveIndex, IngestMessages.RoleWave),
            .. plan.Segments.Select(s => (s.Index, Text.Format(IngestMessages.RoleSegment, s.Segment.Id))),
            .. plan.Accumulators.Select(a => (a.FieldIndex, Text.Format(IngestMessages.RoleIndicator, a.Indicator.Id))),
        ];
        foreach (var (index, role) in roles.Where(r => excel.IsUnnamed(r.Index)))
        {
            excel.ReportUnnamed(index, role, bag);
        }

        return bag.Count > before;
    }

    // Optimised from the first call: a validate runs this loop once, over up to millions of rows, and tiered
    // compilation would run it as unoptimised code until on-stack replacement catches up.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static SurveyCells? ReadRows(IRowSource reader, ReadPlan plan, bool checkUtf8, DiagnosticBag bag, IReadOnlyList<Diagnostic> malformed, IDuplicateCheck ids)
    {
        var file = plan.Source.DisplayPath;
        Span<char> buffer = stackalloc char[MaxFieldChars];
        var cellIndex = new Dictionary<byte[], int>(CellKeyComparer.Instance);
        var cellLookup = cellIndex.GetAlternateLookup<ReadOnlySpan<byte>>();
        var cells = new List<CellTally>();
        var cellWave = new List<int>();
        var waves = new List<string>();
        var key = new byte[256];
        var columns = plan.CellColumns;
        var categories = new int[plan.Accumulators.Count];
        var weights = new SeenValues<double>(32);
        // A row weighing 0 stands for no one: its answers are checked like any other, then tallied here and
        // dropped, so that it counts in no figure, no base and no publication threshold.
        var discarded = plan.Accumulators.Select(a => a.NewCounts()).ToArray();
        long zeroWeightRows = 0;
        var firstZeroWeightLine = 0;
        var firstZeroWeightLineOfWave = new Dictionary<int, int>();
        var fieldCount = plan.HeaderCount;
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            if (reader.FieldCount != fieldCount)
            {
                bag.Add(new SourceLocation(file, line), DiagnosticCodes.FieldCount,
                    Text.Format(MessageParts.Plural(reader.FieldCount, IngestMessages.RowFieldCountOne, IngestMessages.RowFieldCount), reader.FieldCount, fieldCount),
                    Text.Format(IngestMessages.RowFieldCountHint, Show(plan.Delimiter)));
                continue;
            }

            // The cell of the row: its wave, segment and margin values, matched as raw bytes.
            var length = 0;
            var valid = true;
            for (var c = 0; c < columns.Count; c++)
            {
                var index = columns[c].Index;
                var raw = index < 0 ? plan.ConstantWave : Trim(reader.GetSpan(index));
                if (checkUtf8 && index >= 0 && !Utf8.IsValid(raw))
                {
                    ReportEncoding(bag, new SourceLocation(file, line, index + 1));
                    valid = false;
                    break;
                }

                if (key.Length < length + raw.Length + 4)
                {
                    Array.Resize(ref key, Math.Max(key.Length * 2, length + raw.Length + 4));
                }

                BinaryPrimitives.WriteInt32LittleEndian(key.AsSpan(length), raw.Length);
                raw.CopyTo(key.AsSpan(length + 4));
                length += raw.Length + 4;
            }

            if (!valid)
            {
                continue;
            }

            if (!cellLookup.TryGetValue(key.AsSpan(0, length), out var cellNumber))
            {
                if (cells.Count == SurveyCells.MaxCells)
                {
                    bag.Add(new SourceLocation(file, line), DiagnosticCodes.TooManyCells,
                        Text.Format(IngestMessages.TooManyCells, MessageParts.QuoteAll(columns.Select(c => c.Column.Column)), SurveyCells.MaxCells), IngestMessages.TooManyCellsHint);
                    return null;
                }

                var values = new string[columns.Count];
                var offset = 0;
                for (var c = 0; c < columns.Count; c++)
                {
                    var size = BinaryPrimitives.ReadInt32LittleEndian(key.AsSpan(offset));
                    // Segment, wave and margin values reach the documents: through the gate of every input text.
                    var where = new SourceLocation(file, line, columns[c].Index + 1);
                    values[c] = InputText.Clean(Encoding.UTF8.GetString(key, offset + 4, size), where);
                    if (columns[c].Index >= 0)
                    {
                        FontCoverage.WarnUncovered(values[c], where);
                    }

                    offset += size + 4;
                }

                var wave = plan.WaveCell >= 0 ? values[plan.WaveCell] : "";
                var waveNumber = waves.IndexOf(wave);
                if (waveNumber < 0)
                {
                    waveNumber = waves.Count;
                    waves.Add(wave);
                }

                cellNumber = cells.Count;
                cells.Add(new CellTally(values, [.. plan.Accumulators.Select(a => a.NewCounts())]));
                cellWave.Add(waveNumber);
                cellLookup[key.AsSpan(0, length)] = cellNumber;
            }

            var weight = 1.0;
            if (plan.WeightIndex >= 0)
            {
                // Weights repeat (one per stratum or cell): a value met before is not parsed again.
                var rawWeight = Trim(reader.GetSpan(plan.WeightIndex));
                if (!weights.TryGet(rawWeight, out weight))
                {
                    var parsed = ParseWeight(reader, plan, buffer, line, bag);
                    if (parsed is null)
                    {
                        continue;
                    }

                    weight = parsed.Value;
                    weights.Remember(rawWeight, weight);
                }
            }

            if (plan.IdIndex >= 0)
            {
                // A respondent appears once per wave: a panel answers every wave under the same id. The wave is part of
                // the key, not the hash seed: XxHash3 mixes a small seed linearly into short inputs, so ('R27', wave 0)
                // and ('R20', wave 1) had the same hash.
                var id = Trim(reader.GetSpan(plan.IdIndex));
                if (id.IsEmpty)
                {
                    bag.Add(new SourceLocation(file, line, plan.IdIndex + 1), DiagnosticCodes.EmptyRespondentId,
                        Text.Format(IngestMessages.EmptyRespondentId, plan.Header[plan.IdIndex]), IngestMessages.EmptyRespondentIdHint);
                }
                else if (!ids.TryAdd(cellWave[cellNumber], XxHash3.HashToUInt64(id), line, out var firstLine))
                {
                    var wave = waves[cellWave[cellNumber]];
                    bag.Add(new SourceLocation(file, line, plan.IdIndex + 1), DiagnosticCodes.DuplicateRespondent,
                        Text.Format(wave.Length > 0 ? IngestMessages.DuplicateRespondentInWave : IngestMessages.DuplicateRespondent, Encoding.UTF8.GetString(id), plan.Header[plan.IdIndex], firstLine, wave),
                        IngestMessages.DuplicateRespondentHint);
                    continue;
                }
            }

            var cell = cells[cellNumber];
            var counts = weight > 0 ? cell.Counts : discarded;
            for (var a = 0; a < plan.Accumulators.Count; a++)
            {
                categories[a] = AddAnswer(reader, plan.Accumulators[a], counts[a], weight, buffer, checkUtf8, plan, line, bag);
            }

            if (weight <= 0)
            {
                zeroWeightRows++;
                firstZeroWeightLine = firstZeroWeightLine == 0 ? line : firstZeroWeightLine;
                firstZeroWeightLineOfWave.TryAdd(cellWave[cellNumber], line);
                continue;
            }

            // Key-driver analysis: each item against overall satisfaction, on the rows that answered both.
            if (plan.OverallIndex >= 0 && categories[plan.OverallIndex] >= 0)
            {
                var y = plan.Accumulators[plan.OverallIndex].Score(categories[plan.OverallIndex]);
                for (var a = 0; a < plan.Accumulators.Count; a++)
                {
                    if (a != plan.OverallIndex && categories[a] >= 0)
                    {
                        counts[a].AddPair(plan.Accumulators[a].Score(categories[a]), y, weight);
                    }
                }
            }

            cell.AddRespondent(weight);
        }

        if (bag.HasErrors || malformed.Count > 0)
        {
            return null;
        }

        if (zeroWeightRows > 0)
        {
            var where = new SourceLocation(file, firstZeroWeightLine, plan.WeightIndex + 1);
            if (cells.All(c => c.Respondents == 0))
            {
                bag.Add(where, DiagnosticCodes.AllWeightsZero, Text.Format(IngestMessages.AllWeightsZero, plan.Header[plan.WeightIndex]), IngestMessages.AllWeightsZeroHint);
                return null;
            }

            // A wave whose every row weighs 0 would drop out of the waves found, and the documents would silently
            // report on an earlier one: it is an error, as for the whole file.
            var counted = cells.Select((c, i) => (c, i)).Where(p => p.c.Respondents > 0).Select(p => cellWave[p.i]).ToHashSet();
            foreach (var (wave, zeroLine) in firstZeroWeightLineOfWave.Where(p => !counted.Contains(p.Key) && waves[p.Key].Length > 0).OrderBy(p => p.Value))
            {
                bag.Add(new SourceLocation(file, zeroLine, plan.WeightIndex + 1), DiagnosticCodes.AllWeightsZero,
                    Text.Format(IngestMessages.WaveWeightsZero, waves[wave], plan.Header[plan.WeightIndex]), IngestMessages.WaveWeightsZeroHint);
            }

            if (bag.HasErrors)
            {
                return null;
            }

            Warnings.Add(where, DiagnosticCodes.ZeroWeightRows,
                Text.Format(MessageParts.Plural(zeroWeightRows, IngestMessages.ZeroWeightRowsOne, IngestMessages.ZeroWeightRows), zeroWeightRows, plan.Header[plan.WeightIndex]),
                MessageParts.Plural(zeroWeightRows, IngestMessages.ZeroWeightRowsHintOne, IngestMessages.ZeroWeightRowsHint));
        }

        if (cells.Count == 0 && reader is FilteredRows { Kept: 0 } filtered && filtered.LeftOut.Any(l => l.Rows > 0))
        {
            bag.Add(plan.Source.KeepRows[0].Location, DiagnosticCodes.NoRowKept,
                Text.Format(IngestMessages.NoRowKept, file, string.Join(", ", filtered.LeftOut.Where(l => l.Rows > 0)
                    .Select(l => Text.Format(MessageParts.Plural(l.Rows, IngestMessages.RowsLeftOutByOne, IngestMessages.RowsLeftOutBy), l.Rows, l.Rule)))),
                IngestMessages.NoRowKeptHint);
            return null;
        }

        if (cells.Count == 0 || cells.All(c => c.Respondents == 0))
        {
            bag.Add(new SourceLocation(file, Math.Max(1, (int)reader.LineNumber)), DiagnosticCodes.NoDataRows, IngestMessages.NoDataRows, IngestMessages.NoDataRowsHint);
            return null;
        }

        var rowsRead = cells.Sum(c => c.Respondents) + zeroWeightRows;
        return new SurveyCells(plan.Source.Id, plan.WeightIndex >= 0, plan.Dialect, [.. columns.Select(c => c.Column)],
            [.. plan.Accumulators.Select(a => a.Indicator.Id)], [.. cells.Where(c => c.Respondents > 0)])
        {
            Sources = [new SourceReport(file, plan.Source.Path, plan.Dialect.Description, rowsRead, [])],
        };
    }

    /// <summary>Compares cell keys as bytes, and finds a key from a span without allocating.</summary>
    private sealed class CellKeyComparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static CellKeyComparer Instance { get; } = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => GetHashCode((ReadOnlySpan<byte>)obj);

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate) => (int)XxHash3.HashToUInt64(alternate);

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }

    /// <summary>Tallies one answer; returns its category index when it is a valid answer, else -1.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static int AddAnswer(IRowSource reader, AnswerAccumulator accumulator, AnswerCounts counts, double weight, Span<char> buffer, bool checkUtf8, ReadPlan plan, int line, DiagnosticBag bag)
    {
        var raw = Trim(reader.GetSpan(accumulator.FieldIndex));
        if (raw.IsEmpty)
        {
            counts.AddBlank();
            return -1;
        }

        int? resolved;
        if (accumulator.TryResolveSeen(raw, out var seen))
        {
            resolved = seen;
        }
        else
        {
            var match = accumulator.Resolve(raw, Decode(raw, buffer), line);
            if (match.Ambiguous is { } forms)
            {
                FoldedAnswers.ReportAmbiguous(bag, new SourceLocation(plan.Source.DisplayPath, line, accumulator.FieldIndex + 1), Decode(raw, buffer).ToString(),
                    plan.Header[accumulator.FieldIndex], accumulator, forms);
                return -1;
            }

            resolved = match.Value;
        }

        if (resolved is int category)
        {
            if (category >= 0)
            {
                counts.AddCategory(category, weight);
                return category;
            }

            counts.AddExcluded(~category);
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
        if (accumulator.Answers.OutsideBounds(text) is not null && scale.Range is { } bounds)
        {
            bag.Add(location, DiagnosticCodes.AnswerOutsideBounds,
                Text.Format(ScoreDefinitionMessages.AnswerOutsideBounds, text.ToString(), plan.Header[accumulator.FieldIndex], accumulator.Indicator.Id, scale.Id, bounds.Min, bounds.Max),
                Text.Format(ScoreDefinitionMessages.AnswerOutsideBoundsHint, bounds.Min, bounds.Max, text.ToString()));
            return -1;
        }

        bag.Add(location, DiagnosticCodes.AnswerOffScale,
            Text.Format(IngestMessages.AnswerOffScale, text.ToString(), plan.Header[accumulator.FieldIndex], accumulator.Indicator.Id, scale.Id),
            Text.Format(IngestMessages.AnswerOffScaleHint, accumulator.Answers.Describe()));
        return -1;
    }

    private static double? ParseWeight(IRowSource reader, ReadPlan plan, Span<char> buffer, int line, DiagnosticBag bag)
    {
        var raw = Trim(reader.GetSpan(plan.WeightIndex));
        var location = new SourceLocation(plan.Source.DisplayPath, line, plan.WeightIndex + 1);
        var column = plan.Header[plan.WeightIndex];
        var text = Decode(raw, buffer);
        var declared = plan.Source.Dialect.DecimalSeparator;
        var other = declared == ',' ? '.' : ',';
        if (declared is not null && text.Contains(other))
        {
            bag.Add(location, DiagnosticCodes.InvalidWeight, Text.Format(IngestMessages.WeightWrongDecimalSeparator, text.ToString(), column, other, declared),
                IngestMessages.WeightWrongDecimalSeparatorHint);
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
                // Bounded so that no sum of weights or of squared weights, however many rows, can overflow or
                // underflow: (1e9)² × 1e9 rows is 1e27, (1e-9)² is 1e-18, both far inside a double.
                if (weight > MaxWeight || (weight > 0 && weight < MinPositiveWeight))
                {
                    bag.Add(location, DiagnosticCodes.WeightOutOfRange,
                        Text.Format(weight > MaxWeight ? IngestMessages.WeightTooLarge : IngestMessages.WeightTooSmall, text.ToString(), column), IngestMessages.WeightOutOfRangeHint);
                    return null;
                }

                return weight == 0 ? 0 : weight;
            }

            if (double.TryParse(span, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out weight)
                && double.IsInfinity(weight))
            {
                bag.Add(location, DiagnosticCodes.WeightOutOfRange, Text.Format(IngestMessages.WeightNotFinite, text.ToString(), column), IngestMessages.WeightNotFiniteHint);
                return null;
            }

            if (double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out weight) && weight < 0)
            {
                bag.Add(location, DiagnosticCodes.InvalidWeight, Text.Format(IngestMessages.WeightNegative, text.ToString(), column), IngestMessages.WeightNegativeHint);
                return null;
            }
        }

        bag.Add(location, DiagnosticCodes.InvalidWeight, Text.Format(IngestMessages.WeightNotNumber, text.ToString(), column),
            text.IsEmpty ? IngestMessages.WeightMissingHint : IngestMessages.WeightNotNumberHint);
        return null;
    }

    /// <summary>The largest weight accepted: no respondent stands for more than a billion people.</summary>
    public const double MaxWeight = 1e9;

    /// <summary>The smallest positive weight accepted (0 is accepted too: the row counts in no figure).</summary>
    public const double MinPositiveWeight = 1e-9;

    internal static void ReportEncoding(DiagnosticBag bag, SourceLocation location) =>
        bag.Add(location, DiagnosticCodes.InvalidEncoding, IngestMessages.FieldNotUtf8, IngestMessages.FieldNotUtf8Hint);

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
