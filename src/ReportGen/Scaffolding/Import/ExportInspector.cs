using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Ingest;
using ReportGen.Ingest.Sources;
using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen.Scaffolding.Import;

/// <summary>
/// Reads a survey export once and decides, column by column, what it is: the shape of the export (institute, Qualtrics,
/// LimeSurvey), the rows that are not responses, the respondent id, segments, indicators on a known scale, 0–10
/// scores, metadata and free text. Whatever it cannot decide is <see cref="ColumnRole.Undecided"/> and left out,
/// with the reason: it never guesses silently.
/// </summary>
public static partial class ExportInspector
{
    /// <summary>The most distinct values a segment may have: more is an id or free text, not a group of respondents.</summary>
    public const int MaxSegmentValues = 100;

    public static ImportPlan? Inspect(string path, string? sheet, DiagnosticBag bag)
    {
        var display = ProjectPaths.Display(path);
        if (!File.Exists(path))
        {
            bag.Add(new SourceLocation(display), DiagnosticCodes.ImportFileNotFound,
                Directory.Exists(path) ? ScaffoldingMessages.ExportIsFolder : ScaffoldingMessages.ExportMissing, ScaffoldingMessages.ExportMissingHint);
            return null;
        }

        var format = DetectFormat(path, display, bag);
        if (format is null)
        {
            return null;
        }

        if (sheet is not null && format != SourceFormat.Xlsx)
        {
            bag.Add(new SourceLocation(display), DiagnosticCodes.ImportOptionConflict, Text.Format(ScaffoldingMessages.SheetNotWorkbook, format.Value.ToString().ToUpperInvariant()),
                ScaffoldingMessages.SheetNotWorkbookHint);
            return null;
        }

        return CsvInput.Guard(display, bag, () =>
        {
            using var source = ExportSources.Open(path, display, format.Value, sheet, bag, out var dialect);
            return source is null ? null : Inspect(source, path, display, format.Value, sheet, bag) is { } plan ? plan with { Dialect = dialect } : null;
        });
    }

    /// <summary>The format from the extension, else from the first bytes, as the project loader decides it; formats init cannot read are refused.</summary>
    internal static SourceFormat? DetectFormat(string path, string display, DiagnosticBag bag)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".ods" or ".numbers" or ".por" or ".dta")
        {
            bag.Add(new SourceLocation(display), DiagnosticCodes.ImportFormatUnsupported, Text.Format(ScaffoldingMessages.FormatUnsupported, Path.GetExtension(path)),
                ScaffoldingMessages.FormatUnsupportedHint);
            return null;
        }

        return SourceFormats.FromExtension(path) ?? SourceFormats.Sniff(path) ?? SourceFormat.Csv;
    }

    private static ImportPlan? Inspect(IRowSource source, string path, string display, SourceFormat format, string? sheet, DiagnosticBag bag)
    {
        var header = source.Header.Select(h => h.Trim()).ToList();
        if (header.Count == 0 || header.All(h => h.Length == 0))
        {
            bag.Add(new SourceLocation(display, 1), DiagnosticCodes.NoDataRows, ScaffoldingMessages.ExportEmpty, IngestMessages.FileEmptyHint);
            return null;
        }

        var names = new HashSet<string>(header, StringComparer.OrdinalIgnoreCase);
        var (shape, shapeWhy) = DetectShape(names, format);
        var profiles = header.Select((h, i) => new ColumnProfile(i, h)).ToList();
        var index = header.Select((h, i) => (h, i)).GroupBy(p => p.h, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);

        // Rows right below the header that are not responses: Qualtrics' question texts and ImportId rows.
        var pending = new List<string[]>();
        var skip = 0;
        if (shape == ExportShape.Qualtrics)
        {
            for (var r = 0; r < 2 && source.Read(); r++)
            {
                var fields = Fields(source, header.Count);
                var isText = r == 0 && index.TryGetValue("ResponseId", out var id) && !ResponseIdPattern().IsMatch(fields[id]) && !fields.Any(f => f.StartsWith("{\"ImportId\"", StringComparison.Ordinal));
                var isImport = fields.Count(f => f.StartsWith("{\"ImportId\"", StringComparison.Ordinal)) * 2 >= fields.Count(f => f.Length > 0) && fields.Any(f => f.Length > 0);
                if ((isText || isImport) && skip == r)
                {
                    skip++;
                    if (isText)
                    {
                        foreach (var p in profiles)
                        {
                            p.Text = fields[p.Index].Length > 0 && fields[p.Index] != p.Name ? fields[p.Index] : null;
                        }
                    }
                }
                else
                {
                    pending.Add(fields);
                }
            }
        }

        if (source is Ingest.Spss.SavSource sav)
        {
            foreach (var p in profiles)
            {
                p.Text = sav.Dictionary.Variables[p.Index].Label is { Length: > 0 } label && label != p.Name ? label : null;
            }
        }

        var rules = RowRules(shape, index);
        var ruleIndex = rules.Select(r => index[r.Column]).ToArray();
        foreach (var p in profiles.Where(p => IdWords(p).Any()))
        {
            p.TrackUnique = true;
        }

        long rows = 0, kept = 0;
        var firstRuleRows = new Dictionary<int, List<string[]>>();
        void Consume(string[] fields)
        {
            rows++;
            for (var r = 0; r < rules.Count; r++)
            {
                if (!rules[r].Keeps(fields[ruleIndex[r]]))
                {
                    rules[r].RowsLeftOut++;
                    return;
                }
            }

            kept++;
            foreach (var p in profiles)
            {
                p.Add(fields[p.Index]);
            }
        }

        // Rule values are decided from what the Status and Finished columns hold, so rows are read before they are
        // judged only for those two columns' values; the rules then apply to every row in one pass.
        foreach (var fields in pending)
        {
            Consume(fields);
        }

        while (source.Read())
        {
            Consume(Fields(source, header.Count));
        }

        if (source is CsvSource csv && csv.Malformed.Count > 0)
        {
            foreach (var problem in csv.Malformed)
            {
                bag.Add(problem);
            }

            return null;
        }

        if (kept == 0)
        {
            bag.Add(new SourceLocation(display, Math.Max(1, source.LineNumber)), DiagnosticCodes.NoDataRows,
                rows == 0 ? ScaffoldingMessages.ExportNoRows : Text.Format(MessageParts.Plural(rows, ScaffoldingMessages.ExportNoResponseOne, ScaffoldingMessages.ExportNoResponse), rows, shape),
                rows == 0 ? ScaffoldingMessages.ExportNoRowsHint : ScaffoldingMessages.ExportNoResponseHint);
            return null;
        }

        return Decide(source, path, display, format, sheet, shape, shapeWhy, skip, rules, rows, kept, profiles, bag) with { HeaderRow = format == SourceFormat.Xlsx ? source.HeaderLine : 1 };
    }

    private static string[] Fields(IRowSource source, int count)
    {
        var fields = new string[count];
        for (var i = 0; i < count; i++)
        {
            fields[i] = i < source.FieldCount ? Encoding.UTF8.GetString(source.GetSpan(i)).Trim() : "";
        }

        return fields;
    }

    /// <summary>
    /// LimeSurvey's system columns under each of their headings: the code (the default of the CSV export), and the full
    /// text of the English and French interfaces ("Headings: full question text").
    /// </summary>
    private static readonly (string Code, string[] Texts)[] LimeSurveyColumns =
    [
        ("id", ["Response ID", "ID de la réponse", "ID réponse"]),
        ("submitdate", ["Date submitted", "Date de soumission", "Date d'envoi"]),
        ("lastpage", ["Last page", "Dernière page"]),
        ("startlanguage", ["Start language", "Langue de départ"]),
    ];

    /// <summary>The heading this export gives LimeSurvey's system column <paramref name="code"/>, or null.</summary>
    private static string? LimeSurveyColumn(IReadOnlyCollection<string> names, string code)
    {
        var texts = LimeSurveyColumns.First(c => c.Code == code).Texts;
        // « Question code & question text » headings write « submitdate. Date submitted ».
        return names.FirstOrDefault(n => string.Equals(n, code, StringComparison.OrdinalIgnoreCase))
            ?? names.FirstOrDefault(n => texts.Any(t => string.Equals(n, t, StringComparison.OrdinalIgnoreCase)))
            ?? names.FirstOrDefault(n => n.StartsWith(code + ". ", StringComparison.OrdinalIgnoreCase));
    }

    // The shapes are told by their system columns, whatever the file format: Qualtrics and LimeSurvey also export to
    // Excel and SPSS with the same columns (and, for Qualtrics' Excel export, the same two rows below the header).
    private static (ExportShape, Reason) DetectShape(HashSet<string> names, SourceFormat format)
    {
        if (names.Contains("ResponseId") && names.Contains("Status") && names.Contains("Finished"))
        {
            return (ExportShape.Qualtrics, new Reason("shape.qualtrics"));
        }

        if (LimeSurveyColumns.All(c => LimeSurveyColumn(names, c.Code) is not null))
        {
            return (ExportShape.LimeSurvey, new Reason("shape.limesurvey"));
        }

        return (ExportShape.Institute, new Reason(format switch
        {
            SourceFormat.Xlsx => "shape.xlsx",
            SourceFormat.Sav => "shape.sav",
            _ => "shape.institute",
        }));
    }

    private static List<MutableRule> RowRules(ExportShape shape, Dictionary<string, int> index)
    {
        var rules = new List<MutableRule>();
        if (shape == ExportShape.Qualtrics)
        {
            rules.Add(new MutableRule(Name(index, "Status"), RowRuleKind.DiffersFromAll, [.. QualtricsNotResponses, .. QualtricsNotResponseCodes],
                "Qualtrics : les aperçus (Survey Preview), les tests (Survey Test) et les réponses marquées spam ne sont pas des réponses",
                new Reason("rule.qualtrics.status")));
            rules.Add(new MutableRule(Name(index, "Finished"), RowRuleKind.EqualsAny, ["True", "1"],
                "Qualtrics : une réponse non terminée (Finished = False ou 0) est partielle", new Reason("rule.qualtrics.finished")));
        }
        else if (shape == ExportShape.LimeSurvey)
        {
            rules.Add(new MutableRule(LimeSurveyColumn(index.Keys, "submitdate")!, RowRuleKind.NotEmpty, [],
                "LimeSurvey : une réponse sans date de soumission (submitdate vide) est incomplète", new Reason("rule.limesurvey.submitdate")));
        }

        return rules;
    }

    private static string Name(Dictionary<string, int> index, string name) => index.Keys.First(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Qualtrics' Status values that are not responses (choice-text export).</summary>
    public static IReadOnlyList<string> QualtricsNotResponses { get; } = ["Survey Preview", "Survey Test", "Spam", "Preview Spam", "Offline Preview"];

    /// <summary>The same, as numeric codes (numeric export): 1 preview, 2 test, 8 spam, 9 preview spam, 17 offline preview.</summary>
    public static IReadOnlyList<string> QualtricsNotResponseCodes { get; } = ["1", "2", "8", "9", "17"];

    /// <summary>A rule while rows are read: compares trimmed values ignoring case, as written.</summary>
    private sealed class MutableRule(string column, RowRuleKind kind, IReadOnlyList<string> values, string comment, Reason why)
    {
        public string Column { get; } = column;

        public RowRuleKind Kind { get; } = kind;

        public IReadOnlyList<string> Values { get; } = values;

        public string Comment { get; } = comment;

        public Reason Why { get; } = why;

        public long RowsLeftOut { get; set; }

        public SortedSet<string> Seen { get; } = new(StringComparer.Ordinal);

        public bool Keeps(string value)
        {
            if (Seen.Count < 50)
            {
                Seen.Add(value);
            }

            return Kind switch
            {
                RowRuleKind.NotEmpty => value.Length > 0,
                RowRuleKind.EqualsAny => Values.Any(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase)),
                _ => !Values.Any(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase)),
            };
        }

        /// <summary>The rule as written: the listed values, and the spellings of them met in the file (the build may compare exactly).</summary>
        public RowRule Freeze()
        {
            var values = Values.ToList();
            foreach (var seen in Seen.Where(s => Values.Any(v => string.Equals(v, s, StringComparison.OrdinalIgnoreCase)) && !values.Contains(s, StringComparer.Ordinal)))
            {
                values.Add(seen);
            }

            // A Status column of codes gets the codes, one of labels the labels: the list says what this export holds.
            if (Kind == RowRuleKind.DiffersFromAll)
            {
                var numeric = Seen.Where(s => s.Length > 0).All(s => s.All(char.IsAsciiDigit));
                values = [.. values.Where(v => v.All(char.IsAsciiDigit) == numeric)];
            }

            return new RowRule(Column, Kind, values, Comment, Why) { RowsLeftOut = RowsLeftOut };
        }
    }

    [GeneratedRegex(@"^R_[A-Za-z0-9]{10,20}$")]
    private static partial Regex ResponseIdPattern();
}
