using System.Globalization;
using System.Text;
using CsCheck;
using ReportGen.Analysis;
using ReportGen.Diagnostics;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Ingest;

/// <summary>
/// Property tests (CsCheck): random survey data sets, written in random CSV dialects, read through the real
/// pipeline (<see cref="ReportBuilder.Check"/> on a temporary project) and compared with a small reference
/// implementation computed here from the generated rows. On failure CsCheck shrinks the data set and prints it
/// with its seed; every assertion message carries the CSV text as written. Set the environment variable
/// <c>CsCheck_Seed</c> to the printed seed to replay a failure, and <c>CsCheck_Iter</c> to run more samples.
/// </summary>
public sealed class DialectPropertyTests
{
    /// <summary>Estimates from the same file must agree with the reference to this (relative) precision.</summary>
    private const double ReferenceTolerance = 1e-9;

    /// <summary>
    /// Reordering rows, or splitting waves into files, changes the order in which the pipeline adds weights
    /// (per cell, then across cells), so the sums may differ in their last bits: equal to this relative precision.
    /// </summary>
    private const double ReorderTolerance = 1e-12;

    private static readonly string[] Waves = ["2024", "2025", "2026"];

    private static readonly string[] Labels = ["Très satisfait", "Plutôt satisfait", "Plutôt pas satisfait", "Pas du tout satisfait", "Ne sait pas", "NSP"];

    private static readonly string[] Codes = ["1", "2", "3", "4", "9", "9"];

    static DialectPropertyTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // ------------------------------------------------------------------ the generated data

    /// <summary>
    /// One answer: <see cref="Value"/> 0–3 a category of the 4-point scale (0 and 1 satisfied), 4 "Ne sait pas"
    /// (code 9), 5 its alias "NSP", 6 a blank. <see cref="Form"/> picks how it is written: code or label, case, spaces.
    /// </summary>
    internal readonly record struct Answer(int Value, int Form);

    /// <summary>A respondent: id (unique within its wave), weight as units of 10^-decimals, wave and segment indices, answers.</summary>
    internal sealed record Row(string Id, int WeightUnits, int Decimals, int Wave, int Segment, Answer[] Answers)
    {
        /// <summary>The weight as written with a decimal point, e.g. "1.2500".</summary>
        public string WeightText => (WeightUnits / (decimal)Math.Pow(10, Decimals)).ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

        public double Weight => double.Parse(WeightText, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A data set: 1–3 indicators (columns q1..q3), weighted or not, 0 (no wave column) to 3 waves, segment values
    /// (none: no segment column) and the rows.
    /// </summary>
    internal sealed record Dataset(int Indicators, bool Weighted, int WaveCount, string[] SegmentValues, Row[] Rows)
    {
        public bool HasSegment => SegmentValues.Length > 0;

        /// <summary>The wave the pipeline reports on: the latest (ordinal) wave of the rows.</summary>
        public int CurrentWave => WaveCount == 0 ? 0 : Rows.Max(r => r.Wave);

        /// <summary>The rows of the current wave that count: a row weighing 0 stands for no one and is in no base.</summary>
        public IEnumerable<Row> Current => Rows.Where(r => r.Wave == CurrentWave && (!Weighted || r.Weight > 0));

        /// <summary>A segment value as the pipeline reads it: trimmed of spaces and tabs.</summary>
        public string SegmentOf(Row row) => SegmentValues[row.Segment].Trim(' ', '\t');

        public static Dataset Create(int indicators, bool weighted, int waves, string[] segments, Row[] rows)
        {
            // Ids restart in each wave, as a panel's would: a respondent appears once per wave.
            var next = new int[Math.Max(1, waves)];
            var numbered = rows.Select(r => r with { Id = $"R{++next[r.Wave]}" }).ToArray();

            // A wave whose every row weighs 0 is refused (RG232, tested on its own): each wave keeps one row that counts.
            foreach (var wave in numbered.Select(r => r.Wave).Distinct().ToList())
            {
                var first = Array.FindIndex(numbered, r => r.Wave == wave);
                if (numbered.Where(r => r.Wave == wave).All(r => r.WeightUnits == 0))
                {
                    numbered[first] = numbered[first] with { WeightUnits = 1 };
                }
            }

            return new Dataset(indicators, weighted, waves, segments, numbered);
        }

        public Dataset Reorder(int[] order) => this with { Rows = [.. order.Select(i => Rows[i])] };
    }

    /// <summary>
    /// How the file is written and what the project declares of it. <see cref="Decimal"/> '\0' alternates ',' and
    /// '.' row by row (only when the decimal separator is left to detection). <see cref="BlankLines"/> puts an empty
    /// line after every fifth row; <see cref="NoFinalNewLine"/> ends the file on its last field.
    /// </summary>
    internal sealed record Dialect(char Delimiter, string Encoding, string NewLine, char Decimal, bool AnswerCodes, bool QuoteAll,
        bool DeclareDelimiter, bool DeclareDecimal, bool DeclareEncoding)
    {
        public bool BlankLines { get; init; }

        public bool NoFinalNewLine { get; init; }

        /// <summary>The columns are rotated left by this many places (the id is not always first).</summary>
        public int Rotate { get; init; }

        public override string ToString() =>
            $"delimiter {Show(Delimiter)}{(DeclareDelimiter ? " (declared)" : "")}, {Encoding}{(DeclareEncoding ? " (declared)" : "")}, "
            + $"{(NewLine == "\n" ? "LF" : "CRLF")}, decimal {(Decimal == '\0' ? "mixed" : Decimal.ToString())}{(DeclareDecimal ? " (declared)" : "")}, "
            + $"{(AnswerCodes ? "codes" : "labels/aliases")}{(QuoteAll ? ", every field quoted" : "")}"
            + $"{(BlankLines ? ", blank lines" : "")}{(NoFinalNewLine ? ", no final line break" : "")}{(Rotate > 0 ? $", columns rotated by {Rotate}" : "")}";

        private static string Show(char c) => c == '\t' ? "tab" : c.ToString();
    }

    private static readonly Gen<Answer> GenAnswer = Gen.Select(
        Gen.Frequency((12, Gen.Int[0, 3]), (1, Gen.Int[4, 5]), (1, Gen.Const(6))),
        Gen.Int[0, 47],
        (value, form) => new Answer(value, form));

    /// <summary>Segment values: accents, the euro sign, a typographic apostrophe, spaces, quotes, delimiters, a tab, a line break, 'ł' (in neither 8-bit code page).</summary>
    private static readonly Gen<string> GenSegmentValue =
        Gen.OneOf('a', 'B', 'z', '0', ' ', 'é', 'È', 'à', 'ç', 'ô', 'Œ', '€', '’', 'ł', '"', ';', ',', '|', '\t', '\n', '\'', '-')
            .Array[0, 6]
            .Select(chars => new string(chars));

    private static Gen<Row> GenRow(int indicators, int waves, int segments) => Gen.Select(
        Gen.Int[0, 4].SelectMany(decimals => Gen.Int[0, 5 * (int)Math.Pow(10, decimals)].Select(units => (units, decimals))),
        Gen.Int[0, Math.Max(0, waves - 1)],
        Gen.Int[0, Math.Max(0, segments - 1)],
        GenAnswer.Array[indicators],
        (weight, wave, segment, answers) => new Row("", weight.units, weight.decimals, wave, segment, answers));

    private static readonly Gen<Dataset> GenDataset =
        from indicators in Gen.Int[1, 3]
        from weighted in Gen.Bool
        from waves in Gen.Int[0, 3]
        from segments in GenSegmentValue.Array[0, 4]
        from rows in GenRow(indicators, waves, segments.Length).Array[1, 60]
        select Dataset.Create(indicators, weighted, waves, segments, rows);

    private static readonly Gen<Dialect> GenDialect = Gen.Select(
        Gen.OneOf(';', ',', '\t', '|'),
        Gen.OneOf("utf-8", "utf-8 with BOM", "windows-1252", "iso-8859-15"),
        Gen.OneOf("\r\n", "\n"),
        Gen.OneOf(',', '.', '\0'),
        Gen.Bool,
        Gen.Frequency((4, Gen.Const(false)), (1, Gen.Const(true))),
        Gen.Int[0, 7],
        Gen.Int[0, 7],
        Gen.Frequency((2, Gen.Const(0)), (1, Gen.Int[1, 6])),
        (delimiter, encoding, newLine, separator, codes, quoteAll, declared, layout, rotate) => new Dialect(
            delimiter, encoding, newLine, (declared & 2) != 0 && separator == '\0' ? ',' : separator, codes, quoteAll,
            (declared & 1) != 0, (declared & 2) != 0, (declared & 4) != 0)
        {
            BlankLines = layout == 1,
            NoFinalNewLine = layout == 2,
            Rotate = rotate,
        });

    // ------------------------------------------------------------------ writing a data set

    /// <summary>The answer as written: a code, or its label or alias in any case with extra spaces (a third of labels stay codes).</summary>
    private static string Write(Answer answer, bool codes)
    {
        if (answer.Value == 6)
        {
            return answer.Form % 2 == 0 ? "" : "  ";
        }

        if (codes || answer.Form / 16 == 0)
        {
            return answer.Form % 3 == 0 ? $" {Codes[answer.Value]} " : Codes[answer.Value];
        }

        var text = Labels[answer.Value];
        text = (answer.Form % 4) switch
        {
            1 => text.ToUpperInvariant(),
            2 => text.ToLowerInvariant(),
            3 => string.Concat(text.Select((c, i) => i % 2 == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c))),
            _ => text,
        };
        var spaces = answer.Form / 4 % 4;
        text = (spaces & 1) != 0 ? text.Replace(" ", "  ", StringComparison.Ordinal) : text;
        return (spaces & 2) != 0 ? $"  {text} " : text;
    }

    /// <summary>RFC 4180: a field with the delimiter, a quote or a line break is quoted, its quotes doubled; with <see cref="Dialect.QuoteAll"/> every field is.</summary>
    private static string Field(string value, Dialect dialect) =>
        dialect.QuoteAll || value.AsSpan().IndexOfAny([dialect.Delimiter, '"', '\r', '\n']) >= 0
            ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
            : value;

    /// <summary>The CSV text; <paramref name="waveColumn"/> false leaves the wave column out (one file per wave).</summary>
    private static string Csv(Dataset data, Dialect dialect, IEnumerable<Row> rows, bool waveColumn = true)
    {
        var header = new List<string> { "id" };
        header.AddRange(data.Weighted ? ["poids"] : []);
        header.AddRange(data.WaveCount > 0 && waveColumn ? ["vague"] : []);
        header.AddRange(data.HasSegment ? ["secteur"] : []);
        header.AddRange(Enumerable.Range(1, data.Indicators).Select(i => $"q{i}"));
        var text = new StringBuilder();
        text.AppendJoin(dialect.Delimiter, Rotated(header, dialect.Rotate).Select(h => Field(h, dialect))).Append(dialect.NewLine);
        var index = 0;
        foreach (var row in rows)
        {
            var separator = dialect.Decimal == '\0' ? (index % 2 == 0 ? ',' : '.') : dialect.Decimal;
            var fields = new List<string> { row.Id };
            fields.AddRange(data.Weighted ? [row.WeightText.Replace('.', separator)] : []);
            fields.AddRange(data.WaveCount > 0 && waveColumn ? [Waves[row.Wave]] : []);
            fields.AddRange(data.HasSegment ? [data.SegmentValues[row.Segment]] : []);
            fields.AddRange(row.Answers.Select(a => Write(a, dialect.AnswerCodes)));
            text.AppendJoin(dialect.Delimiter, Rotated(fields, dialect.Rotate).Select(f => Field(f, dialect))).Append(dialect.NewLine);
            text.Append(dialect.BlankLines && index % 5 == 4 ? dialect.NewLine : "");
            index++;
        }

        return dialect.NoFinalNewLine ? text.ToString()[..^dialect.NewLine.Length] : text.ToString();
    }

    private static IEnumerable<string> Rotated(List<string> fields, int by) => fields.Skip(by % fields.Count).Concat(fields.Take(by % fields.Count));

    private static Encoding Strict(string name) => name switch
    {
        "windows-1252" => Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
        "iso-8859-15" => Encoding.GetEncoding("iso-8859-15", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
        _ => new UTF8Encoding(false, throwOnInvalidBytes: true),
    };

    /// <summary>An 8-bit encoding only when every character of the text is representable in it; UTF-8 otherwise.</summary>
    private static Dialect Effective(Dialect dialect, string text)
    {
        if (dialect.Encoding.StartsWith("utf-8", StringComparison.Ordinal))
        {
            return dialect;
        }

        try
        {
            _ = Strict(dialect.Encoding).GetBytes(text);
            return dialect;
        }
        catch (EncoderFallbackException)
        {
            return dialect with { Encoding = "utf-8" };
        }
    }

    private static byte[] Bytes(string text, Dialect dialect)
    {
        var bytes = Strict(dialect.Encoding).GetBytes(text);
        return dialect.Encoding == "utf-8 with BOM" ? [.. Encoding.UTF8.GetPreamble(), .. bytes] : bytes;
    }

    /// <summary>The 'dialect:' line of a data entry: what is declared; an 8-bit encoding always is when the text is not ASCII.</summary>
    private static string DialectLine(Dialect dialect, string text)
    {
        var parts = new List<string>();
        if (dialect.DeclareDelimiter)
        {
            parts.Add(dialect.Delimiter == '\t' ? "delimiter: tab" : $"delimiter: \"{dialect.Delimiter}\"");
        }

        if (dialect.DeclareDecimal)
        {
            parts.Add($"decimal: \"{dialect.Decimal}\"");
        }

        var eightBit = !dialect.Encoding.StartsWith("utf-8", StringComparison.Ordinal);
        if (dialect.DeclareEncoding || (eightBit && !Ascii.IsValid(text)))
        {
            parts.Add($"encoding: {(eightBit ? dialect.Encoding : "utf-8")}");
        }

        return parts.Count == 0 ? "" : $"dialect: {{ {string.Join(", ", parts)} }}";
    }

    private static string Columns(Dataset data, bool waveColumn) =>
        "columns:\n"
        + "      respondent_id: id\n"
        + (data.Weighted ? "      weight: poids\n" : "")
        + (data.WaveCount > 0 && waveColumn ? "      wave: vague\n" : "")
        + (data.HasSegment ? "      segments:\n        - { id: secteur, column: secteur, label: Secteur }\n" : "");

    private static string Project(string dataEntries) => """
        organisation: Office Test
        survey: Enquête test
        period: { label: "2026" }
        publication_date: 2026-06-01
        indicators: indicators.yaml
        thresholds: { low_base: 1, suppress_below: 1 }
        data:

        """ + dataEntries;

    private static string Indicators(int count)
    {
        var text = new StringBuilder(TempProject.DefaultIndicators[..TempProject.DefaultIndicators.IndexOf("themes:", StringComparison.Ordinal)]);
        text.Append("themes:\n  - { id: accueil, label: Accueil }\nindicators:\n");
        for (var i = 1; i <= count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - {{ id: i{i}, label: Indicateur {i}, statement: satisfaits {i}, column: q{i}, scale: sat4, theme: accueil{(i == 1 ? ", target: 70" : "")} }}\n");
        }

        return text.ToString();
    }

    /// <summary>What was written and read: the CSV text, the project file, the dialect actually used, and the results.</summary>
    private sealed record Run(string Csv, string ProjectFile, Dialect Dialect, SurveyResults Results)
    {
        public string Describe() => Describe(Dialect, Csv, ProjectFile);

        public static string Describe(Dialect dialect, string csv, string project) =>
            $"{Environment.NewLine}dialect: {dialect}{Environment.NewLine}project file:{Environment.NewLine}{project}{Environment.NewLine}CSV (\\t tab, \\r CR):{Environment.NewLine}"
            + csv.Replace("\t", "\\t", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
    }

    /// <summary>Writes the data set in one file in <paramref name="dialect"/> and reads it through <see cref="ReportBuilder.Check"/>.</summary>
    private static Run Read(Dataset data, Dialect dialect)
    {
        var csv = Csv(data, dialect, data.Rows);
        dialect = Effective(dialect, csv);
        var dialectLine = DialectLine(dialect, csv);
        var project = Project($"  - path: data.csv\n{(dialectLine.Length == 0 ? "" : $"    {dialectLine}\n")}    {Columns(data, waveColumn: true)}");
        using var folder = new TempProject(project, Indicators(data.Indicators));
        folder.WriteBytes("data.csv", Bytes(csv, dialect));
        return new Run(csv, project, dialect, CheckOrFail(folder, () => Run.Describe(dialect, csv, project)));
    }

    /// <summary>Writes one file per wave (data entries with 'wave:'), in <paramref name="dialect"/>, and reads them.</summary>
    private static Run ReadPerWave(Dataset data, Dialect dialect)
    {
        var waves = data.Rows.Select(r => r.Wave).Distinct().Order().ToList();
        var files = waves.Select(w => (Wave: Waves[w], Csv: Csv(data, dialect, data.Rows.Where(r => r.Wave == w), waveColumn: false))).ToList();
        var all = string.Concat(files.Select(f => f.Csv));
        dialect = Effective(dialect, all);
        var dialectLine = DialectLine(dialect, all);
        var entries = string.Concat(files.Select(f =>
            $"  - id: w{f.Wave}\n    path: {f.Wave}.csv\n    wave: \"{f.Wave}\"\n{(dialectLine.Length == 0 ? "" : $"    {dialectLine}\n")}    {Columns(data, waveColumn: false)}"));
        var project = Project(entries);
        using var folder = new TempProject(project, Indicators(data.Indicators));
        foreach (var (wave, csv) in files)
        {
            folder.WriteBytes($"{wave}.csv", Bytes(csv, dialect));
        }

        var text = string.Concat(files.Select(f => $"--- {f.Wave}.csv{Environment.NewLine}{f.Csv}"));
        return new Run(text, project, dialect, CheckOrFail(folder, () => Run.Describe(dialect, text, project)));
    }

    private static SurveyResults CheckOrFail(TempProject folder, Func<string> describe)
    {
        try
        {
            return ReportBuilder.Check(folder.ProjectFile);
        }
        catch (BadInputException e)
        {
            Assert.Fail($"the pipeline rejected valid data:{Environment.NewLine}{e.Message}{describe()}");
            throw;
        }
    }

    // ------------------------------------------------------------------ the reference implementation

    /// <summary>An estimate computed here from the generated rows.</summary>
    private sealed record Expected(long ValidBase, long Excluded, long Blank, double WeightedBase, double EffectiveBase, double? Satisfied, Interval? Interval);

    /// <summary>
    /// Over the valid answers (categories 1–4; "Ne sait pas", "NSP" and blanks leave the base): Σw, the weighted share
    /// satisfied Σw·sat / Σw, Kish's effective base (Σw)² / Σw², and the Wilson interval on it. Nothing is published when
    /// the base is empty or weighs nothing (suppress_below is 1).
    /// </summary>
    private static Expected Reference(Dataset data, IEnumerable<Row> rows, int indicator)
    {
        long valid = 0, excluded = 0, blank = 0;
        double sum = 0, squares = 0, satisfied = 0;
        foreach (var row in rows)
        {
            var value = row.Answers[indicator].Value;
            var w = data.Weighted ? row.Weight : 1;
            if (value <= 3)
            {
                valid++;
                sum += w;
                squares += w * w;
                satisfied += value <= 1 ? w : 0;
            }
            else if (value <= 5)
            {
                excluded++;
            }
            else
            {
                blank++;
            }
        }

        var effective = squares > 0 ? sum * sum / squares : 0;
        if (valid == 0 || sum <= 0)
        {
            return new Expected(valid, excluded, blank, sum, effective, null, null);
        }

        var p = satisfied / sum;
        return new Expected(valid, excluded, blank, sum, effective, p, Wilson(p, effective));
    }

    /// <summary>Wilson's score interval, written out again here; z for 95 % is the library's (tested against tables elsewhere).</summary>
    private static Interval Wilson(double p, double n)
    {
        var z = Proportions.CriticalValue(0.95);
        var shrink = 1 + (z * z / n);
        var centre = (p + (z * z / (2 * n))) / shrink;
        var half = z / shrink * Math.Sqrt((p * (1 - p) / n) + (z * z / (4 * n * n)));
        return new Interval(Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    // ------------------------------------------------------------------ comparisons

    private static bool Close(double expected, double actual, double tolerance) =>
        expected.Equals(actual) || Math.Abs(expected - actual) <= tolerance * Math.Max(1, Math.Max(Math.Abs(expected), Math.Abs(actual)));

    private static bool Close(double? expected, double? actual, double tolerance) =>
        expected is null ? actual is null : actual is not null && Close(expected.Value, actual.Value, tolerance);

    private static void AssertMatches(Expected expected, IndicatorEstimate actual, string where, Func<string> describe)
    {
        var ok = expected.ValidBase == actual.ValidBase
            && expected.Excluded == actual.ExcludedAnswers
            && expected.Blank == actual.BlankAnswers
            && expected.Satisfied is null == actual.Suppressed
            && Close(expected.WeightedBase, actual.WeightedBase, ReferenceTolerance)
            && Close(expected.EffectiveBase, actual.EffectiveBase, ReferenceTolerance)
            && Close(expected.Satisfied, actual.Satisfied, ReferenceTolerance)
            && Close(expected.Interval?.Lower, actual.Interval?.Lower, ReferenceTolerance)
            && Close(expected.Interval?.Upper, actual.Interval?.Upper, ReferenceTolerance);
        if (!ok)
        {
            Assert.Fail($"{where}, indicator '{actual.IndicatorId}':{Environment.NewLine}expected {expected}{Environment.NewLine}actual   {Show(actual)}{describe()}");
        }
    }

    private static string Show(IndicatorEstimate e) =>
        $"ValidBase = {e.ValidBase}, Excluded = {e.ExcludedAnswers}, Blank = {e.BlankAnswers}, WeightedBase = {e.WeightedBase:R}, "
        + $"EffectiveBase = {e.EffectiveBase:R}, Satisfied = {e.Satisfied:R}, Interval = {e.Interval}, Suppressed = {e.Suppressed}";

    /// <summary>The pipeline's estimates of the current wave, of the whole and of each segment value, against the reference.</summary>
    private static void AssertReference(Dataset data, Run run)
    {
        var current = data.Current.ToList();
        var results = run.Results;
        Assert.True(results.Survey.Respondents == current.Count, $"respondents: expected {current.Count}, actual {results.Survey.Respondents}{run.Describe()}");
        Assert.True(results.Estimates.Count == data.Indicators, $"{results.Estimates.Count} estimates{run.Describe()}");
        for (var i = 0; i < data.Indicators; i++)
        {
            AssertMatches(Reference(data, current, i), results.Estimates[i], "whole survey", run.Describe);
        }

        var segments = data.HasSegment
            ? current.Select(data.SegmentOf).Where(v => v.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList()
            : [];
        var found = results.Segments.SingleOrDefault()?.Values ?? [];
        Assert.True(segments.SequenceEqual(found.Select(v => v.Value)),
            $"segment values: expected [{string.Join(" | ", segments)}], actual [{string.Join(" | ", found.Select(v => v.Value))}]{run.Describe()}");
        foreach (var value in found)
        {
            var rows = current.Where(r => data.SegmentOf(r) == value.Value).ToList();
            Assert.True(value.Respondents == rows.Count, $"segment '{value.Value}': expected {rows.Count} respondents, actual {value.Respondents}{run.Describe()}");
            for (var i = 0; i < data.Indicators; i++)
            {
                AssertMatches(Reference(data, rows, i), value.Estimates[i], $"segment '{value.Value}'", run.Describe);
            }
        }
    }

    /// <summary>Two readings give the same estimates, trends and segment results, to <paramref name="tolerance"/>.</summary>
    private static void AssertSameResults(Run first, Run second, double tolerance, string what)
    {
        string Both() => $"{Environment.NewLine}=== first reading{first.Describe()}{Environment.NewLine}=== second reading{second.Describe()}";

        void Estimates(IReadOnlyList<IndicatorEstimate> a, IReadOnlyList<IndicatorEstimate> b, string where)
        {
            Assert.True(a.Count == b.Count, $"{what}: {where}: {a.Count} and {b.Count} estimates{Both()}");
            for (var i = 0; i < a.Count; i++)
            {
                var same = a[i].IndicatorId == b[i].IndicatorId && a[i].ValidBase == b[i].ValidBase && a[i].ExcludedAnswers == b[i].ExcludedAnswers
                    && a[i].BlankAnswers == b[i].BlankAnswers && a[i].Suppressed == b[i].Suppressed && a[i].Status == b[i].Status
                    && Close(a[i].WeightedBase, b[i].WeightedBase, tolerance) && Close(a[i].EffectiveBase, b[i].EffectiveBase, tolerance)
                    && Close(a[i].Satisfied, b[i].Satisfied, tolerance)
                    && Close(a[i].Interval?.Lower, b[i].Interval?.Lower, tolerance) && Close(a[i].Interval?.Upper, b[i].Interval?.Upper, tolerance);
                Assert.True(same, $"{what}: {where}:{Environment.NewLine}first  {Show(a[i])}{Environment.NewLine}second {Show(b[i])}{Both()}");
            }
        }

        Estimates(first.Results.Estimates, second.Results.Estimates, "whole survey");

        var (t1, t2) = (first.Results.Trends, second.Results.Trends);
        Assert.True(t1 is null == t2 is null, $"{what}: trends in one reading only{Both()}");
        if (t1 is not null && t2 is not null)
        {
            Assert.True(t1.Waves.SequenceEqual(t2.Waves) && t1.CurrentWave == t2.CurrentWave && t1.PreviousWave == t2.PreviousWave,
                $"{what}: waves [{string.Join(", ", t1.Waves)}] and [{string.Join(", ", t2.Waves)}]{Both()}");
            foreach (var (a, b) in t1.Indicators.Zip(t2.Indicators))
            {
                Assert.True(a.IndicatorId == b.IndicatorId && a.Direction == b.Direction && a.Waves.Count == b.Waves.Count
                    && Close(a.ChangePoints, b.ChangePoints, tolerance) && Close(a.Z, b.Z, tolerance)
                    && Close(a.PValue, b.PValue, tolerance) && Close(a.AdjustedPValue, b.AdjustedPValue, tolerance),
                    $"{what}: trend of '{a.IndicatorId}': {a} and {b}{Both()}");
                for (var w = 0; w < a.Waves.Count; w++)
                {
                    Assert.True(a.Waves[w].Wave == b.Waves[w].Wave, $"{what}: wave {a.Waves[w].Wave} and {b.Waves[w].Wave}{Both()}");
                    Estimates([a.Waves[w].Estimate], [b.Waves[w].Estimate], $"wave {a.Waves[w].Wave}");
                }
            }
        }

        var (s1, s2) = (first.Results.Segments, second.Results.Segments);
        Assert.True(s1.Count == s2.Count, $"{what}: {s1.Count} and {s2.Count} segment columns{Both()}");
        foreach (var (a, b) in s1.Zip(s2))
        {
            Assert.True(a.Values.Select(v => (v.Value, v.Respondents)).SequenceEqual(b.Values.Select(v => (v.Value, v.Respondents))),
                $"{what}: segment values [{string.Join(" | ", a.Values.Select(v => $"{v.Value}: {v.Respondents}"))}] and [{string.Join(" | ", b.Values.Select(v => $"{v.Value}: {v.Respondents}"))}]{Both()}");
            foreach (var (va, vb) in a.Values.Zip(b.Values))
            {
                Estimates(va.Estimates, vb.Estimates, $"segment '{va.Value}'");
            }
        }
    }

    /// <summary>Samples per property; <c>CsCheck_Iter</c> overrides it (e.g. 2000 for a longer search).</summary>
    private static long Iterations(long count) =>
        Environment.GetEnvironmentVariable("CsCheck_Iter") is { } text && long.TryParse(text, CultureInfo.InvariantCulture, out var n) ? n : count;

    private static string Print(Dataset data) =>
        $"{data.Rows.Length} rows, {data.Indicators} indicator(s), {(data.Weighted ? "weighted" : "unweighted")}, {data.WaveCount} wave(s), "
        + $"segments [{string.Join(" | ", data.SegmentValues.Select(v => v.Replace("\t", "\\t", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)))}]:"
        + Environment.NewLine + Csv(data, new Dialect(';', "utf-8", "\n", '.', false, false, true, true, true), data.Rows);

    // ------------------------------------------------------------------ regressions the properties found

    [Fact]
    public void Panel_ids_numbered_again_in_each_wave_are_not_duplicates()
    {
        // The duplicate check hashed the id with the wave number as XxHash3's seed, which short ids mix in linearly:
        // ('R27', first wave seen) and ('R20', second) had the same hash, and ids 1–300 in three waves gave 360 false RG204.
        var csv = new StringBuilder("id;vague;q1;q2\nR27;2025;1;1\nR20;2024;2;2\n");
        foreach (var wave in Waves)
        {
            for (var i = 1; i <= 300; i++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{i};{wave};{1 + (i % 4)};1\n");
            }
        }

        using var project = new TempProject(TempProject.DefaultProject.Replace("weight: poids", "wave: vague", StringComparison.Ordinal), csv: csv.ToString());

        var results = ReportBuilder.Check(project.ProjectFile);

        Assert.Equal(["2024", "2025", "2026"], results.Trends!.Waves);
        Assert.Equal(300, results.Survey.Respondents);
        Assert.Equal(0.5, results.Estimates[0].Satisfied);
    }

    // ------------------------------------------------------------------ the properties

    [Fact]
    public void Any_data_set_in_any_dialect_gives_the_reference_estimates_identical_across_dialects()
    {
        Gen.Select(GenDataset, GenDialect.Array[3])
            .Sample((data, dialects) =>
            {
                // The plainest dialect first, declared; the others are compared with it exactly (the same sums in the same order).
                var plain = Read(data, new Dialect(';', "utf-8", "\n", ',', true, false, true, true, true));
                AssertReference(data, plain);
                foreach (var dialect in dialects)
                {
                    var run = Read(data, dialect);
                    AssertReference(data, run);
                    AssertSameResults(plain, run, tolerance: 0, "the same data in two dialects");
                }
            }, iter: Iterations(60), print: t => Print(t.Item1) + Environment.NewLine + string.Join(Environment.NewLine, t.Item2.Select(d => d.ToString())));
    }

    [Fact]
    public void Any_order_of_the_rows_gives_the_same_estimates_trends_and_segments()
    {
        (from data in GenDataset
         from order in Gen.Shuffle(Enumerable.Range(0, data.Rows.Length).ToArray())
         from dialect in GenDialect
         select (data, order, dialect))
            .Sample((data, order, dialect) =>
            {
                var original = Read(data, dialect);
                var reordered = Read(data.Reorder(order), dialect);
                AssertSameResults(original, reordered, ReorderTolerance, "the rows in another order");
            }, iter: Iterations(60), print: t => Print(t.Item1) + Environment.NewLine + $"order: {string.Join(", ", t.Item2)}; {t.Item3}");
    }

    [Fact]
    public void One_file_with_a_wave_column_equals_one_file_per_wave()
    {
        (from data in GenDataset.Where(d => d.WaveCount > 0)
         from dialect in GenDialect
         select (data, dialect))
            .Sample((data, dialect) =>
            {
                var whole = Read(data, dialect);
                var split = ReadPerWave(data, dialect);
                AssertReference(data, split);
                AssertSameResults(whole, split, ReorderTolerance, "one file per wave");
            }, iter: Iterations(40), print: t => Print(t.Item1) + Environment.NewLine + t.Item2);
    }

    [Fact]
    public void The_segment_values_add_up_to_the_whole_survey()
    {
        (from data in GenDataset.Where(d => d.HasSegment)
         from dialect in GenDialect
         select (data, dialect))
            .Sample((data, dialect) =>
            {
                var run = Read(data, dialect);
                var results = run.Results;
                var values = results.Segments.Single().Values;

                // Rows whose segment is empty are in the whole but in no segment value.
                var unassigned = data.Current.Where(r => data.SegmentOf(r).Length == 0).ToList();
                Assert.True(values.Sum(v => v.Respondents) + unassigned.Count == results.Survey.Respondents,
                    $"respondents: {string.Join(" + ", values.Select(v => v.Respondents))} + {unassigned.Count} without a segment ≠ {results.Survey.Respondents}{run.Describe()}");
                for (var i = 0; i < data.Indicators; i++)
                {
                    var whole = results.Estimates[i];
                    var rest = Reference(data, unassigned, i);
                    var parts = values.Select(v => v.Estimates[i]).ToList();
                    Assert.True(parts.Sum(e => e.ValidBase) + rest.ValidBase == whole.ValidBase
                        && Close(parts.Sum(e => e.WeightedBase) + rest.WeightedBase, whole.WeightedBase, ReferenceTolerance),
                        $"indicator '{whole.IndicatorId}': valid bases {string.Join(" + ", parts.Select(e => e.ValidBase))} + {rest.ValidBase}, "
                        + $"weighted {string.Join(" + ", parts.Select(e => e.WeightedBase.ToString("R", CultureInfo.InvariantCulture)))} + {rest.WeightedBase:R}; "
                        + $"whole {whole.ValidBase}, {whole.WeightedBase:R}{run.Describe()}");
                }
            }, iter: Iterations(40), print: t => Print(t.Item1) + Environment.NewLine + t.Item2);
    }
}
