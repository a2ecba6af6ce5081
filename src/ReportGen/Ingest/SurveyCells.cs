namespace ReportGen.Ingest;

/// <summary>What a column that splits the rows into cells is for.</summary>
public enum CellRole
{
    /// <summary>The survey wave (a wave column, or the wave of a file read whole).</summary>
    Wave,

    /// <summary>A segment column of the project (agency, residence…).</summary>
    Segment,

    /// <summary>A column that a weighting margin names, and no segment does.</summary>
    Margin,
}

/// <summary>A column whose values split the respondents into cells: its role, the id it is known by, and its header.</summary>
public sealed record CellColumn(CellRole Role, string Id, string Column);

/// <summary>
/// The respondents that share one value of every cell column (one wave, one agency, one residence…): their
/// number, their weights, and their answers to each indicator. Cells are what a read keeps; every figure is a
/// sum over cells, so any wave, any segment and any reweighting comes from one pass over the file.
/// </summary>
public sealed class CellTally
{
    internal CellTally(IReadOnlyList<string> values, AnswerCounts[] answers)
    {
        Values = values;
        Counts = answers;
    }

    /// <summary>One value per cell column, in the order of <see cref="SurveyCells.Columns"/>.</summary>
    public IReadOnlyList<string> Values { get; }

    public long Respondents { get; private set; }

    public double SumWeights { get; private set; }

    public double SumSquaredWeights { get; private set; }

    internal AnswerCounts[] Counts { get; }

    private IReadOnlyList<AnswerTally>? _answers;

    /// <summary>The answers to each indicator, in the order of <see cref="SurveyCells.IndicatorIds"/>.</summary>
    public IReadOnlyList<AnswerTally> Answers => _answers ??= [.. Counts.Select(c => c.ToTally())];

    internal void AddRespondent(double weight)
    {
        Respondents++;
        SumWeights += weight;
        SumSquaredWeights += weight * weight;
    }
}

/// <summary>
/// A data file read into cells. <see cref="Merge"/> sums the cells chosen (a wave, a segment value…), each
/// multiplied by its weighting factor, into the tallies the analysis works on.
/// </summary>
public sealed class SurveyCells
{
    /// <summary>More cells than this means a cell column is not a grouping (an id, a free text…).</summary>
    public const int MaxCells = 20_000;

    public SurveyCells(string dataId, bool weighted, DetectedDialect dialect, IReadOnlyList<CellColumn> columns, IReadOnlyList<string> indicatorIds, IReadOnlyList<CellTally> cells)
    {
        DataId = dataId;
        Weighted = weighted;
        Dialect = dialect;
        Columns = columns;
        IndicatorIds = indicatorIds;
        Cells = cells;
    }

    public string DataId { get; }

    /// <summary>Each file these cells were read from.</summary>
    public IReadOnlyList<SourceReport> Sources { get; init; } = [];

    /// <summary>The same cells, read from <paramref name="source"/>.</summary>
    public SurveyCells WithSource(SourceReport source) => new(DataId, Weighted, Dialect, Columns, IndicatorIds, Cells) { Sources = [source] };

    public bool Weighted { get; }

    public DetectedDialect Dialect { get; }

    public IReadOnlyList<CellColumn> Columns { get; }

    public IReadOnlyList<string> IndicatorIds { get; }

    /// <summary>The cells, in the order their first respondent appears in the file.</summary>
    public IReadOnlyList<CellTally> Cells { get; }

    /// <summary>The index of the column with this role and id in <see cref="Columns"/>, or -1.</summary>
    public int ColumnIndex(CellRole role, string? id = null) =>
        Columns.Select((c, i) => (c, i)).FirstOrDefault(p => p.c.Role == role && (id is null || p.c.Id == id), (null!, -1)).Item2;

    /// <summary>The index of the column read from this header name (a segment or a margin column), or -1.</summary>
    public int ColumnOf(string column) =>
        Columns.Select((c, i) => (c, i)).FirstOrDefault(p => p.c.Role != CellRole.Wave && string.Equals(p.c.Column, column, StringComparison.OrdinalIgnoreCase), (null!, -1)).Item2;

    /// <summary>The waves found, in ordinal order of their labels ("2017" &lt; "2020", "2026-Q1" &lt; "2026-Q2"); empty without a wave column.</summary>
    public IReadOnlyList<string> Waves
    {
        get
        {
            var index = ColumnIndex(CellRole.Wave);
            return index < 0 ? [] : [.. Cells.Select(c => c.Values[index]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        }
    }

    /// <summary>Joins the cells of several files of the same survey (one file per wave): same columns, same indicators.</summary>
    public static SurveyCells Concat(IReadOnlyList<SurveyCells> files)
    {
        ArgumentOutOfRangeException.ThrowIfZero(files.Count);
        var first = files[0];
        return files.Count == 1 ? first : new SurveyCells(first.DataId, files.Any(f => f.Weighted), first.Dialect, first.Columns, first.IndicatorIds, [.. files.SelectMany(f => f.Cells)])
        {
            Sources = [.. files.SelectMany(f => f.Sources)],
        };
    }

    /// <summary>
    /// Sums the cells that <paramref name="include"/> keeps; a cell's weights are multiplied by its factor
    /// (<paramref name="factors"/>, one per cell, from the weighting), which scales weighted sums by f and sums
    /// of squared weights by f². Counts are not weighted and stay as read.
    /// </summary>
    public SurveyTally Merge(Func<CellTally, bool> include, IReadOnlyList<double>? factors = null)
    {
        var n = IndicatorIds.Count;
        var counts = new long[n][];
        var weights = new double[n][];
        var squares = new double[n][];
        var excluded = new long[n][];
        var blank = new long[n];
        var sumW = new double[n];
        var sumW2 = new double[n];
        var pairs = new PairTally[n];
        long respondents = 0;
        double sumWeights = 0;
        var segmentColumns = Columns.Select((c, i) => (c, i)).Where(p => p.c.Role == CellRole.Segment).ToList();
        var segments = segmentColumns.Select(_ => new SortedDictionary<string, long>(StringComparer.Ordinal)).ToArray();
        for (var k = 0; k < Cells.Count; k++)
        {
            var cell = Cells[k];
            if (!include(cell))
            {
                continue;
            }

            var f = factors?[k] ?? 1.0;
            respondents += cell.Respondents;
            sumWeights += f * cell.SumWeights;
            for (var s = 0; s < segmentColumns.Count; s++)
            {
                var value = cell.Values[segmentColumns[s].i];
                segments[s][value] = segments[s].GetValueOrDefault(value) + cell.Respondents;
            }

            for (var a = 0; a < n; a++)
            {
                var tally = cell.Answers[a];
                counts[a] ??= new long[tally.CategoryCounts.Count];
                weights[a] ??= new double[tally.CategoryWeights.Count];
                squares[a] ??= new double[tally.CategoryWeights.Count];
                excluded[a] ??= new long[tally.ExcludedCounts.Count];
                pairs[a] ??= new PairTally();
                for (var c = 0; c < counts[a].Length; c++)
                {
                    counts[a][c] += tally.CategoryCounts[c];
                    weights[a][c] += f * tally.CategoryWeights[c];
                    squares[a][c] += c < tally.CategorySquaredWeights.Count ? f * f * tally.CategorySquaredWeights[c] : 0;
                }

                for (var e = 0; e < excluded[a].Length; e++)
                {
                    excluded[a][e] += tally.ExcludedCounts[e];
                }

                blank[a] += tally.Blank;
                sumW[a] += f * tally.SumWeights;
                sumW2[a] += f * f * tally.SumSquaredWeights;
                if (tally.Pairs is { } p)
                {
                    pairs[a].AddScaled(p, f);
                }
            }
        }

        var template = Cells.Count > 0 ? Cells[0].Answers : null;
        var answers = new Dictionary<string, AnswerTally>(StringComparer.Ordinal);
        for (var a = 0; a < n; a++)
        {
            answers[IndicatorIds[a]] = new AnswerTally(
                counts[a] ?? new long[template?[a].CategoryCounts.Count ?? 0],
                weights[a] ?? new double[template?[a].CategoryWeights.Count ?? 0],
                excluded[a] ?? new long[template?[a].ExcludedCounts.Count ?? 0],
                blank[a], sumW[a], sumW2[a])
            {
                Pairs = pairs[a] is { Count: > 0 } pair ? pair : null,
                CategorySquaredWeights = squares[a] ?? new double[template?[a].CategoryWeights.Count ?? 0],
            };
        }

        var segmentCounts = new SortedDictionary<string, IReadOnlyList<SegmentCount>>(StringComparer.Ordinal);
        for (var s = 0; s < segmentColumns.Count; s++)
        {
            segmentCounts[segmentColumns[s].c.Id] = [.. segments[s].Select(p => new SegmentCount(p.Key, p.Value))];
        }

        return new SurveyTally(DataId, respondents, sumWeights, Weighted, answers, segmentCounts, Dialect) { Sources = Sources };
    }
}
