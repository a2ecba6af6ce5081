using System.Text;
using System.Text.Unicode;
using CsvHelper;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Ingest;

namespace ReportGen.Verbatims;

/// <summary>One comment as a person reviewed it: the themes they kept or added, each with its polarity (none: "reviewed, no theme").</summary>
/// <param name="Id">The comment's id as the reviewed file writes it.</param>
/// <param name="Themes">The reviewed themes in rule-set order.</param>
/// <param name="IdLocation">Where its first row names the id, for messages.</param>
/// <param name="FingerprintLocation">Where its first row names the fingerprint.</param>
public sealed record ReviewedComment(string Id, string Fingerprint, IReadOnlyList<(string ThemeId, Polarity Polarity)> Themes, SourceLocation IdLocation, SourceLocation FingerprintLocation);

/// <summary>
/// A reviewed coding file (<c>verbatims: reviewed_coding:</c>): a corrected copy of <c>coding.csv</c> or of
/// <c>review-sample.csv</c>. Rows are matched to a comment by <c>id</c> AND <c>fingerprint</c> (the <c>line</c>
/// column is informative only), as approved quotes are, so that a re-exported or edited comments file never lends
/// a review to another text. Every comment with at least one row is reviewed: its rows replace all its automatic
/// mentions; a row with an empty <c>theme</c> means "reviewed, no theme". Only <c>id</c>, <c>fingerprint</c>,
/// <c>theme</c> and <c>polarity</c> are read; the other columns may be absent or hold anything. The delimiter is
/// <c>;</c> or <c>,</c> (decided from the header row), the file UTF-8 with or without a byte order mark, the
/// polarity English or French (négatif, positif, neutre; case and accents aside).
/// </summary>
public sealed class ReviewedCoding
{
    /// <summary>The <c>rule</c> of a reviewed mention in coding.csv.</summary>
    public const string ReviewedRule = "reviewed";

    private static readonly string[] Required = ["id", "fingerprint", "theme", "polarity"];

    /// <summary>The characters a spreadsheet runs as a formula at the start of a cell, which coding.csv escapes with a leading <c>'</c>.</summary>
    private const string FormulaStarts = "=+-@\t\r";

    private readonly Dictionary<(string Id, string Fingerprint), ReviewedComment> _byKey = [];

    private ReviewedCoding(string source, IReadOnlyList<ReviewedComment> comments)
    {
        Source = source;
        Comments = comments;
        foreach (var comment in comments)
        {
            _byKey.TryAdd((comment.Id, comment.Fingerprint), comment);
            // coding.csv writes an id that a spreadsheet would run as a formula ("=cmd") as "'=cmd": both read back as the comment's id.
            if (comment.Id.Length > 1 && comment.Id[0] == '\'' && FormulaStarts.Contains(comment.Id[1], StringComparison.Ordinal))
            {
                _byKey.TryAdd((comment.Id[1..], comment.Fingerprint), comment);
            }
        }
    }

    /// <summary>The file as messages name it.</summary>
    public string Source { get; }

    /// <summary>The reviewed comments, in the order of their first row.</summary>
    public IReadOnlyList<ReviewedComment> Comments { get; }

    /// <summary>The review of the comment with this id and fingerprint, if there is one.</summary>
    public ReviewedComment? Find(string id, string fingerprint) => _byKey.GetValueOrDefault((id, fingerprint));

    /// <summary>
    /// The mentions of a reviewed comment: its reviewed themes, each keeping the keyword the coder found for it (if
    /// it did), with the rule <see cref="ReviewedRule"/> and a confidence of 1.
    /// </summary>
    public static IReadOnlyList<ThemeMention> Mentions(ReviewedComment review, IReadOnlyList<ThemeMention> automatic)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(automatic);
        return [.. review.Themes.Select(t => new ThemeMention(t.ThemeId, t.Polarity, automatic.FirstOrDefault(m => m.ThemeId == t.ThemeId)?.Keyword ?? "", ReviewedRule, 1))];
    }

    /// <summary>The polarity a cell names, or null: negative, positive, neutral, négatif, positif, neutre (any case, accents aside, feminine forms too).</summary>
    public static Polarity? ParsePolarity(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return FoldedText.FoldString(value.Trim()) switch
        {
            "negative" or "negatif" => Polarity.Negative,
            "positive" or "positif" => Polarity.Positive,
            "neutral" or "neutre" => Polarity.Neutral,
            _ => null,
        };
    }

    /// <summary>A fingerprint as written, lower-cased; six hex digits a spreadsheet read as a number lose their leading zeros ("001234" → 1234), which are put back.</summary>
    public static string NormalizeFingerprint(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim().ToLowerInvariant();
        return text.Length is > 0 and < 6 && text.All(char.IsAsciiDigit) ? text.PadLeft(6, '0') : text;
    }

    /// <summary>Reads and checks the file against the rule set's themes; null, with the problems in <paramref name="bag"/>, when it is not valid.</summary>
    public static ReviewedCoding? Load(string path, string displayPath, VerbatimRuleSet rules, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(bag);
        if (!File.Exists(path))
        {
            bag.Add(new SourceLocation(displayPath), DiagnosticCodes.FileNotFound, $"the reviewed coding file '{displayPath}' does not exist.",
                "check 'verbatims: reviewed_coding:'; the path is read from the folder of the project file.");
            return null;
        }

        if (!CsvInput.IsText(path, displayPath, CsvInput.CommentsLimit, "reviewed coding file", bag, out var start))
        {
            return null;
        }

        var malformed = new List<Diagnostic>();
        var options = CsvInput.Options(new CsvDialect(Delimiter(start.Span), null, null), null, displayPath, malformed, bag.Limit);
        return CsvInput.Guard(displayPath, bag, () =>
        {
            using var stream = InputFile.Open(path, displayPath, CsvInput.CommentsLimit, "reviewed coding file");
            using var reader = CsvReader.Create(stream, options, leaveOpen: false);
            var header = reader.Headers.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
            var columns = new int[Required.Length];
            for (var c = 0; c < Required.Length; c++)
            {
                columns[c] = header.FindIndex(h => string.Equals(h, Required[c], StringComparison.OrdinalIgnoreCase));
                if (columns[c] < 0)
                {
                    var close = Suggestions.Closest(Required[c], header);
                    bag.Add(new SourceLocation(displayPath, 1), DiagnosticCodes.ReviewMissingColumn, $"the reviewed coding file has no '{Required[c]}' column.",
                        $"{(close is not null ? $"did you mean '{close}'? " : "")}keep the header of coding.csv or review-sample.csv: it needs the columns {string.Join(", ", Required)} (the others may go); columns found: {string.Join(", ", header.Select(h => $"'{h}'"))}.");
                }
            }

            if (columns.Any(c => c < 0))
            {
                return null;
            }

            var comments = ReadRows(reader, columns, displayPath, rules, bag);
            foreach (var problem in malformed)
            {
                bag.Add(problem);
            }

            if (!bag.HasErrors && comments.Count == 0)
            {
                bag.Add(new SourceLocation(displayPath, 1), DiagnosticCodes.NoDataRows, "the reviewed coding file has no rows: it reviews no comment.",
                    "keep the rows of the comments you reviewed (from review-sample.csv or coding.csv), or remove 'reviewed_coding:'.");
            }

            return bag.HasErrors ? null : new ReviewedCoding(displayPath, comments);
        });
    }

    /// <summary>
    /// Checks every reviewed comment against the comments as read: its id must be a comment's, and its fingerprint
    /// that comment's text's. A fingerprint that no longer matches is an error, as for an approved quote: the
    /// comment changed since it was reviewed, and its review must be done again rather than silently dropped
    /// (the figures would rest on fewer reviewed comments than the review says) or lent to the new text.
    /// </summary>
    public void Check(IReadOnlyList<CommentCoding> coded, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(coded);
        ArgumentNullException.ThrowIfNull(bag);
        var byId = coded.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var review in Comments)
        {
            var ids = review.Id.Length > 1 && review.Id[0] == '\'' && FormulaStarts.Contains(review.Id[1], StringComparison.Ordinal) ? new[] { review.Id, review.Id[1..] } : [review.Id];
            var same = ids.Select(id => byId.GetValueOrDefault(id)).FirstOrDefault(l => l is not null);
            if (same is null)
            {
                bag.Add(review.IdLocation, DiagnosticCodes.ReviewUnknownComment, $"no comment of the comments file has the id '{review.Id}'.",
                    Suggestions.Closest(review.Id, byId.Keys) is { } close ? $"did you mean '{close}'? Copy the id from coding.csv or review-sample.csv." : "copy the id from coding.csv or review-sample.csv; a reviewed row must name a comment of this comments file.");
            }
            else if (!same.Any(c => c.Fingerprint == review.Fingerprint))
            {
                var now = same[0];
                bag.Add(review.FingerprintLocation, DiagnosticCodes.ReviewCommentChanged,
                    $"the comment '{review.Id}' (line {now.Line} of the comments file) has changed since it was reviewed: its fingerprint is now {now.Fingerprint}, not {review.Fingerprint}.",
                    "its review no longer applies: review it again (run 'reportgen review-sample', or take its rows from coding.csv) and write the new fingerprint, or delete its rows.");
            }
        }
    }

    private static List<ReviewedComment> ReadRows(CsvReader reader, int[] columns, string file, VerbatimRuleSet rules, DiagnosticBag bag)
    {
        var themeIds = rules.Themes.Select(t => t.Id).ToList();
        var order = themeIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var groups = new Dictionary<(string, string), (List<(string ThemeId, Polarity Polarity)> Themes, SourceLocation Id, SourceLocation Fingerprint)>();
        var firsts = new List<(string, string)>();
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            var fields = new string?[columns.Length];
            for (var c = 0; c < columns.Length; c++)
            {
                fields[c] = Field(reader, columns[c], file, line, bag);
            }

            if (fields.Any(f => f is null))
            {
                continue;
            }

            var (id, fingerprint, theme, polarityText) = (fields[0]!, NormalizeFingerprint(fields[1]!), fields[2]!, fields[3]!);
            if (id.Length == 0 && fingerprint.Length == 0 && theme.Length == 0 && polarityText.Length == 0)
            {
                continue; // a spreadsheet's empty row
            }

            SourceLocation At(int c) => new(file, line, columns[c] + 1);
            if (id.Length == 0 || fingerprint.Length == 0)
            {
                var c = id.Length == 0 ? 0 : 1;
                bag.Add(At(c), DiagnosticCodes.ReviewMissingColumn, $"this row has no {Required[c]}: it cannot be matched to a comment.",
                    "copy the id and the fingerprint of the comment from coding.csv or review-sample.csv, or delete the row.");
                continue;
            }

            var key = (id, fingerprint);
            if (!groups.TryGetValue(key, out var group))
            {
                group = ([], At(0), At(1));
                groups[key] = group;
                firsts.Add(key);
            }

            if (theme.Length == 0)
            {
                continue; // reviewed, no theme
            }

            var themeId = themeIds.FirstOrDefault(t => string.Equals(t, theme, StringComparison.Ordinal))
                ?? themeIds.FirstOrDefault(t => string.Equals(t, theme, StringComparison.OrdinalIgnoreCase));
            if (themeId is null)
            {
                bag.Add(At(2), DiagnosticCodes.ReviewUnknownTheme, $"'{theme}' is not a theme of the rule set ({rules.Source.Split('/', '\\')[^1]}, version {rules.Version}).",
                    Suggestions.Hint(theme, themeIds, "themes"));
                continue;
            }

            if (ParsePolarity(polarityText) is not Polarity polarity)
            {
                bag.Add(At(3), DiagnosticCodes.ReviewUnknownPolarity,
                    polarityText.Length == 0 ? $"the theme '{themeId}' is given no polarity." : $"'{polarityText}' is not a polarity.",
                    "write negative, positive or neutral (or négatif, positif, neutre); to say the comment has no theme, leave 'theme' empty, or delete the row.");
                continue;
            }

            if (group.Themes.Any(t => t.ThemeId == themeId))
            {
                bag.Add(At(2), DiagnosticCodes.ReviewDuplicateTheme, $"the comment '{id}' (fingerprint {fingerprint}) is given the theme '{themeId}' twice.",
                    "keep one row per comment and theme, with the polarity you decided.");
                continue;
            }

            group.Themes.Add((themeId, polarity));
        }

        return [.. firsts.Select(k =>
        {
            var g = groups[k];
            return new ReviewedComment(k.Item1, k.Item2, [.. g.Themes.OrderBy(t => order[t.ThemeId])], g.Id, g.Fingerprint);
        })];
    }

    /// <summary>A field of the row, trimmed; empty when the row is shorter; null (reported) when it is not UTF-8.</summary>
    private static string? Field(CsvReader reader, int index, string file, int line, DiagnosticBag bag)
    {
        if (index >= reader.FieldCount)
        {
            return "";
        }

        var raw = reader.GetSpan(index).Trim(" \t"u8);
        if (!Utf8.IsValid(raw))
        {
            bag.Add(new SourceLocation(file, line, index + 1), DiagnosticCodes.InvalidEncoding, "this field is not valid UTF-8: the file seems to be in another encoding.",
                "save the reviewed file as UTF-8 (in Excel: File › Save as › CSV UTF-8).");
            return null;
        }

        return Encoding.UTF8.GetString(raw);
    }

    /// <summary>The delimiter of the header row: ';' when it holds one, else ',' when it holds one, else ';'.</summary>
    private static char Delimiter(ReadOnlySpan<byte> start)
    {
        var end = start.IndexOfAny((byte)'\n', (byte)'\r');
        var header = end < 0 ? start : start[..end];
        return header.Contains((byte)';') ? ';' : header.Contains((byte)',') ? ',' : ';';
    }
}
