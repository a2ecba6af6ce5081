using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen.Ingest;

/// <summary>
/// The header of a data file matched against what the project needs from it: the field index of every
/// role and indicator column. Missing columns are all reported together, with the columns found.
/// </summary>
internal sealed record ReadPlan(
    DataSourceDefinition Source,
    IReadOnlyList<string> Header,
    char Delimiter,
    int IdIndex,
    int WeightIndex,
    int WaveIndex,
    IReadOnlyList<(SegmentColumn Segment, int Index)> Segments,
    IReadOnlyList<AnswerAccumulator> Accumulators,
    DetectedDialect Dialect)
{
    /// <summary>The accumulator of the overall-satisfaction indicator, which the others are correlated with; -1 if none.</summary>
    public int OverallIndex { get; init; } = -1;

    /// <summary>The columns whose values make a row's cell: the wave, the segments, the weighting margins (field -1: the file's own wave).</summary>
    public IReadOnlyList<(CellColumn Column, int Index)> CellColumns { get; init; } = [];

    /// <summary>The position of the wave in <see cref="CellColumns"/>, or -1.</summary>
    public int WaveCell => CellColumns.Select((c, i) => (c, i)).FirstOrDefault(p => p.c.Column.Role == CellRole.Wave, (default, -1)).Item2;

    /// <summary>The wave of a file read whole (<c>wave:</c> of its data entry), as UTF-8.</summary>
    public byte[] ConstantWave { get; init; } = [];

    public int HeaderCount => Header.Count;

    /// <summary>
    /// Reports a column name that matches two header fields, ignoring case (<paramref name="matches"/>, in field order):
    /// the same name twice, or two names that differ only by case; ReportGen never chooses one silently.
    /// </summary>
    internal static void ReportAmbiguous(IReadOnlyList<string> names, IReadOnlyList<int> matches, string column, string role, string file, int headerLine, DiagnosticBag bag)
    {
        if (matches.Count < 2)
        {
            return;
        }

        var (index, second) = (matches[0], matches[1]);
        if (string.Equals(names[index], names[second], StringComparison.Ordinal))
        {
            bag.Add(new SourceLocation(file, headerLine, second + 1), DiagnosticCodes.MissingColumn,
                Text.Format(IngestMessages.ColumnTwice, column, role, index + 1, second + 1), IngestMessages.ColumnTwiceHint);
        }
        else
        {
            bag.Add(new SourceLocation(file, headerLine, second + 1), DiagnosticCodes.ColumnsDifferOnlyByCase,
                Text.Format(IngestMessages.ColumnsDifferOnlyByCase, names[index], index + 1, names[second], second + 1, role, column),
                IngestMessages.ColumnsDifferOnlyByCaseHint);
        }
    }

    /// <summary>"Columns found: …", after "did you mean …?" when one of <paramref name="candidates"/> is close to <paramref name="column"/>.</summary>
    internal static string ColumnsFound(string column, IEnumerable<string> candidates, string found) =>
        Suggestions.Closest(column, candidates) is { } close
            ? Text.Format(IngestMessages.ColumnsFoundDidYouMeanHint, close, found)
            : Text.Format(IngestMessages.ColumnsFoundHint, found);

    public static ReadPlan? Create(DataSourceDefinition source, IReadOnlyList<IndicatorDefinition> indicators, IndicatorCatalog catalog,
        IReadOnlyList<string> marginColumns, IReadOnlyList<string> header, int headerLine, char? delimiter, string description, Sources.CsvEncoding? encoding, DiagnosticBag bag)
    {
        var before = bag.Count;
        var file = source.DisplayPath;
        var names = header.Select(h => h.Trim()).ToList();
        var found = MessageParts.QuoteAll(names);
        var claimed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        claimed.UnionWith(new[] { source.Columns.RespondentId, source.Columns.Weight, source.Columns.Wave }.OfType<string>());
        claimed.UnionWith(source.Columns.Segments.Select(s => s.Column));
        claimed.UnionWith(indicators.Select(source.ColumnOf).OfType<string>());
        claimed.UnionWith(marginColumns);
        var unclaimed = names.Where(n => !claimed.Contains(n)).ToList();

        var undecodable = names.FindIndex(n => n.Contains('\uFFFD', StringComparison.Ordinal));
        if (undecodable >= 0 && encoding is { IsUtf8: true })
        {
            SurveyReader.ReportEncoding(bag, new SourceLocation(file, headerLine, undecodable + 1));
            return null;
        }

        if (names.Count == 1 && source.Dialect.Delimiter is { } declared && names[0].IndexOfAny([';', ',', '\t', '|']) >= 0)
        {
            bag.Add(new SourceLocation(file, headerLine, 1), DiagnosticCodes.MissingColumn,
                Text.Format(IngestMessages.HeaderOneColumn, declared), IngestMessages.HeaderOneColumnHint);
            return null;
        }

        int Find(string? column, string role, SourceLocation where)
        {
            if (column is null)
            {
                return -1;
            }

            // Every field whose name matches, ignoring case: one is the column; two are an error, never a silent choice.
            var matches = Enumerable.Range(0, names.Count).Where(i => string.Equals(names[i], column, StringComparison.OrdinalIgnoreCase)).ToList();
            if (matches.Count == 0)
            {
                bag.Add(where, DiagnosticCodes.MissingColumn, Text.Format(IngestMessages.ColumnNotInHeader, column, role, file), ColumnsFound(column, unclaimed, found));
                return -1;
            }

            ReportAmbiguous(names, matches, column, role, file, headerLine, bag);
            return matches[0];
        }

        var columns = source.Columns;
        var idIndex = Find(columns.RespondentId, IngestMessages.RoleRespondentId, source.Location);
        var weightIndex = Find(columns.Weight, IngestMessages.RoleWeight, source.Location);
        var waveIndex = Find(columns.Wave, IngestMessages.RoleWave, source.Location);
        var segments = columns.Segments.Select(s => (s, Find(s.Column, Text.Format(IngestMessages.RoleSegment, s.Id), source.Location))).ToList();
        var cellColumns = new List<(CellColumn, int)>();
        if (waveIndex >= 0)
        {
            cellColumns.Add((new CellColumn(CellRole.Wave, "wave", names[waveIndex]), waveIndex));
        }
        else if (source.Wave is { } fileWave)
        {
            cellColumns.Add((new CellColumn(CellRole.Wave, "wave", fileWave), -1));
        }

        cellColumns.AddRange(segments.Where(s => s.Item2 >= 0).Select(s => (new CellColumn(CellRole.Segment, s.s.Id, names[s.Item2]), s.Item2)));
        foreach (var margin in marginColumns.Where(m => !segments.Exists(s => s.Item2 >= 0 && string.Equals(names[s.Item2], m, StringComparison.OrdinalIgnoreCase))))
        {
            var index = Find(margin, IngestMessages.RoleWeightingMargin, source.Location);
            if (index >= 0)
            {
                cellColumns.Add((new CellColumn(CellRole.Margin, margin, names[index]), index));
            }
        }

        var accumulators = new List<AnswerAccumulator>();
        foreach (var indicator in indicators)
        {
            // This file's own column for the indicator (columns: indicators:), else the indicator's; none: not asked here.
            var column = source.ColumnOf(indicator);
            if (column is null)
            {
                continue;
            }

            var mapped = source.IndicatorColumns.FirstOrDefault(m => m.IndicatorId == indicator.Id);
            var index = Find(column, Text.Format(IngestMessages.RoleIndicator, indicator.Id), mapped?.Location ?? indicator.ColumnLocation with { File = catalog.Path });
            if (index >= 0)
            {
                accumulators.Add(new AnswerAccumulator(indicator, catalog.Scale(indicator.ScaleId), index));
            }
        }

        if (bag.Count > before)
        {
            return null;
        }

        var dialect = new DetectedDialect(
            delimiter ?? '\0',
            encoding?.Description ?? "",
            source.Dialect.DecimalSeparator?.ToString() ?? ", or .",
            source.Dialect.Delimiter is null,
            encoding?.Detected ?? false)
        {
            Format = SourceFormats.Name(source.Format),
            Description = description,
        };
        return new ReadPlan(source, names, delimiter ?? '\0', idIndex, weightIndex, waveIndex, segments, accumulators, dialect)
        {
            OverallIndex = catalog.OverallId is { } overall ? accumulators.FindIndex(a => a.Indicator.Id == overall) : -1,
            CellColumns = cellColumns,
            ConstantWave = System.Text.Encoding.UTF8.GetBytes(source.Wave ?? ""),
        };
    }
}
