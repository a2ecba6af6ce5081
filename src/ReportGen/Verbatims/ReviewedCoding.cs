using System.Globalization;
using System.Text;
using System.Text.Unicode;
using CsvHelper;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Ingest;
using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen.Verbatims;

/// <summary>One comment as a person reviewed it: the themes they kept or added, each with its polarity (none: "reviewed, no theme").</summary>
/// <param name="Id">The comment's id as the reviewed file writes it.</param>
/// <param name="Themes">The reviewed themes in rule-set order.</param>
/// <param name="IdLocation">Where its first row names the id, for messages.</param>
/// <param name="FingerprintLocation">Where its first row names the fingerprint.</param>
public sealed record ReviewedComment(string Id, string Fingerprint, IReadOnlyList<(string ThemeId, Polarity Polarity)> Themes, SourceLocation IdLocation, SourceLocation FingerprintLocation)
{
    /// <summary>
    /// The number a spreadsheet made of the fingerprint (<c>163e47</c> read as 1.63 × 10⁴⁹ and saved as <c>1.63E+49</c>),
    /// when <see cref="Fingerprint"/> is such a number; null for a real fingerprint.
    /// </summary>
    public double? FingerprintNumber { get; init; }
}

/// <summary>
/// A reviewed coding file (<c>verbatims: reviewed_coding:</c>): a corrected copy of <c>coding.csv</c> or of
/// <c>review-sample.csv</c>. Rows are matched to a comment by <c>id</c> AND <c>fingerprint</c> (the <c>line</c>
/// column is informative only), as approved quotes are, so that a re-exported or edited comments file never lends
/// a review to another text. Every comment with at least one row is reviewed: its rows replace all its automatic
/// mentions; a row with an empty <c>theme</c> means "reviewed, no theme". Only <c>id</c>, <c>fingerprint</c>,
/// <c>theme</c> and <c>polarity</c> are read; the other columns may be absent or hold anything. The delimiter is
/// <c>;</c> or <c>,</c> (decided from the header row), the file UTF-8 with or without a byte order mark (or, when it
/// is not UTF-8, Windows-1252, with a warning), the polarity English or French (négatif, positif, neutre; case and
/// accents aside). A fingerprint a spreadsheet turned into a number (<c>163e47</c> saved as <c>1.63E+49</c>) is read
/// back, with a warning, when it names one comment unambiguously (<see cref="Check"/>).
/// </summary>
public sealed class ReviewedCoding
{
    /// <summary>The <c>rule</c> of a reviewed mention in coding.csv.</summary>
    public const string ReviewedRule = "reviewed";

    private static readonly string[] Required = ["id", "fingerprint", "theme", "polarity"];

    /// <summary>The characters a spreadsheet runs as a formula at the start of a cell, which coding.csv escapes with a leading <c>'</c>.</summary>
    private const string FormulaStarts = "=+-@\t\r";

    private readonly Dictionary<(string Id, string Fingerprint), ReviewedComment> _byKey = [];

    /// <summary>The reviews whose fingerprint a spreadsheet turned into a number, by id.</summary>
    private readonly Dictionary<string, List<ReviewedComment>> _byNumber = new(StringComparer.Ordinal);

    private ReviewedCoding(string source, IReadOnlyList<ReviewedComment> comments)
    {
        Source = source;
        Comments = comments;
        foreach (var comment in comments)
        {
            // coding.csv writes an id that a spreadsheet would run as a formula ("=cmd") as "'=cmd": both read back as the comment's id.
            foreach (var id in IdsOf(comment.Id))
            {
                _byKey.TryAdd((id, comment.Fingerprint), comment);
                if (comment.FingerprintNumber is not null)
                {
                    _byNumber.TryAdd(id, []);
                    _byNumber[id].Add(comment);
                }
            }
        }
    }

    /// <summary>The file as messages name it.</summary>
    public string Source { get; }

    /// <summary>The reviewed comments, in the order of their first row.</summary>
    public IReadOnlyList<ReviewedComment> Comments { get; }

    /// <summary>
    /// The review of the comment with this id and fingerprint, if there is one: named by its fingerprint, or by the
    /// number a spreadsheet made of it (<see cref="Check"/> then warns, or refuses it when the id is not one comment's alone).
    /// </summary>
    public ReviewedComment? Find(string id, string fingerprint) =>
        _byKey.GetValueOrDefault((id, fingerprint))
        ?? (_byNumber.TryGetValue(id, out var numbered) && AsSpreadsheetNumber(fingerprint) is double value ? numbered.FirstOrDefault(r => r.FingerprintNumber == value) : null);

    /// <summary>Whether a text is a fingerprint: six lower-case hexadecimal digits.</summary>
    public static bool IsFingerprint(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length == 6 && value.All(char.IsAsciiHexDigitLower);
    }

    /// <summary>
    /// The number a spreadsheet reads in a fingerprint, or null when it reads none: six hex digits with one 'e' between
    /// digits only (<c>163e47</c> is 1.63 × 10⁴⁹, which it saves as <c>1.63E+49</c>, or <c>1,63E+49</c> in French).
    /// </summary>
    public static double? AsSpreadsheetNumber(string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        var e = fingerprint.IndexOf('e', StringComparison.Ordinal);
        return IsFingerprint(fingerprint) && e > 0 && e < fingerprint.Length - 1 && fingerprint.Remove(e, 1).All(char.IsAsciiDigit)
            && double.TryParse(fingerprint, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
    }

    /// <summary>The number a cell holds when a spreadsheet turned a fingerprint into one (<c>1.63E+49</c>, <c>1,63E+49</c>, <c>163000000</c>), else null.</summary>
    public static double? ParseSpreadsheetNumber(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var text = cell.Trim();
        return text.Length > 0 && char.IsAsciiDigit(text[0]) && text.Count(c => c is ',' or '.') <= 1
            && double.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
    }

    /// <summary>The ids a reviewed id stands for: itself, and without the <c>'</c> that coding.csv puts before a formula start.</summary>
    private static string[] IdsOf(string id) => id.Length > 1 && id[0] == '\'' && FormulaStarts.Contains(id[1], StringComparison.Ordinal) ? [id, id[1..]] : [id];

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
            bag.Add(new SourceLocation(displayPath), DiagnosticCodes.FileNotFound, Text.Format(VerbatimMessages.ReviewedFileMissing, displayPath), VerbatimMessages.ReviewedFileMissingHint);
            return null;
        }

        if (!CsvInput.IsText(path, displayPath, CsvInput.CommentsLimit, VerbatimMessages.ReviewedFileNoun, bag, out var start))
        {
            return null;
        }

        // Excel's « CSV (séparateur : point-virgule) » is Windows-1252: the columns read (ids, hex fingerprints, theme ids,
        // polarity words) cannot be misread by that guess, so a file that is not UTF-8 is read as such, with a warning.
        Encoding? encoding = null;
        if (!start.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) && FirstInvalidUtf8Line(path, displayPath) is int invalid)
        {
            encoding = EncodingNames.Resolve("windows-1252");
            Warnings.Add(new SourceLocation(displayPath, invalid), DiagnosticCodes.ReviewWindows1252,
                VerbatimMessages.ReviewedWindows1252, VerbatimMessages.ReviewedWindows1252Hint);
        }

        var malformed = new List<Diagnostic>();
        var options = CsvInput.Options(new CsvDialect(Delimiter(start.Span), null, null), encoding, displayPath, malformed, bag.Limit);
        return CsvInput.Guard(displayPath, bag, () =>
        {
            using var stream = InputFile.Open(path, displayPath, CsvInput.CommentsLimit, VerbatimMessages.ReviewedFileNoun);
            using var reader = CsvReader.Create(stream, options, leaveOpen: false);
            var header = reader.Headers.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
            if (header.All(h => h.Length == 0))
            {
                bag.Add(new SourceLocation(displayPath, 1), DiagnosticCodes.NoDataRows, VerbatimMessages.ReviewedFileEmpty, VerbatimMessages.ReviewedFileEmptyHint);
                return null;
            }

            if (header.Count == 1 && header[0].Contains('\t', StringComparison.Ordinal))
            {
                bag.Add(new SourceLocation(displayPath, 1), DiagnosticCodes.ReviewMissingColumn, VerbatimMessages.ReviewedTabs, VerbatimMessages.ReviewedTabsHint);
                return null;
            }
            var columns = new int[Required.Length];
            for (var c = 0; c < Required.Length; c++)
            {
                columns[c] = header.FindIndex(h => string.Equals(h, Required[c], StringComparison.OrdinalIgnoreCase));
                if (columns[c] < 0)
                {
                    var close = Suggestions.Closest(Required[c], header);
                    var found = MessageParts.QuoteAll(header);
                    bag.Add(new SourceLocation(displayPath, 1), DiagnosticCodes.ReviewMissingColumn, Text.Format(VerbatimMessages.ReviewedMissingColumn, Required[c]),
                        close is not null
                            ? Text.Format(VerbatimMessages.ReviewedMissingColumnDidYouMeanHint, close, string.Join(", ", Required), found)
                            : Text.Format(VerbatimMessages.ReviewedMissingColumnHint, string.Join(", ", Required), found));
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
                bag.Add(new SourceLocation(displayPath, 1), DiagnosticCodes.NoDataRows, VerbatimMessages.ReviewedNoRows, VerbatimMessages.ReviewedNoRowsHint);
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
            var ids = IdsOf(review.Id);
            var same = ids.Select(id => byId.GetValueOrDefault(id)).FirstOrDefault(l => l is not null);
            if (same is null)
            {
                bag.Add(review.IdLocation, DiagnosticCodes.ReviewUnknownComment, Text.Format(VerbatimMessages.ReviewedUnknownComment, review.Id),
                    Suggestions.Closest(review.Id, byId.Keys) is { } close ? Text.Format(VerbatimMessages.ReviewedUnknownCommentDidYouMeanHint, close) : VerbatimMessages.ReviewedUnknownCommentHint);
            }
            else if (review.FingerprintNumber is double number)
            {
                CheckNumbered(review, number, same, bag);
            }
            else if (!same.Any(c => c.Fingerprint == review.Fingerprint))
            {
                var now = same[0];
                bag.Add(review.FingerprintLocation, DiagnosticCodes.ReviewCommentChanged,
                    Text.Format(VerbatimMessages.ReviewedCommentChanged, review.Id, now.Line, now.Fingerprint, review.Fingerprint), VerbatimMessages.ReviewedCommentChangedHint);
            }
        }
    }

    /// <summary>
    /// A review whose fingerprint a spreadsheet turned into a number: accepted, with a warning, when exactly one comment
    /// has its id, that comment's fingerprint reads as the same number, and no other review names the id; refused otherwise.
    /// </summary>
    private void CheckNumbered(ReviewedComment review, double number, List<CommentCoding> same, DiagnosticBag bag)
    {
        var fix = VerbatimMessages.FingerprintAsTextHint;
        var others = Comments.Count(r => IdsOf(r.Id).Intersect(IdsOf(review.Id), StringComparer.Ordinal).Any());
        if (same.Count == 1 && others == 1 && AsSpreadsheetNumber(same[0].Fingerprint) == number)
        {
            Warnings.Add(review.FingerprintLocation, DiagnosticCodes.ReviewFingerprintNumber,
                Text.Format(VerbatimMessages.FingerprintSpreadsheetNumber, review.Fingerprint, review.Id, same[0].Fingerprint),
                Text.Format(VerbatimMessages.FingerprintSpreadsheetNumberHint, same[0].Fingerprint, fix));
            return;
        }

        bag.Add(review.FingerprintLocation, DiagnosticCodes.ReviewFingerprintNumber,
            Text.Format(VerbatimMessages.FingerprintConverted, review.Id, review.Fingerprint), fix);
    }

    private static List<ReviewedComment> ReadRows(CsvReader reader, int[] columns, string file, VerbatimRuleSet rules, DiagnosticBag bag)
    {
        var themeIds = rules.Themes.Select(t => t.Id).ToList();
        var order = themeIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var groups = new Dictionary<(string, string), Group>();
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
            var number = fingerprint.Length == 0 || IsFingerprint(fingerprint) ? null : ParseSpreadsheetNumber(fields[1]!);
            if (number is not null)
            {
                fingerprint = fields[1]!; // kept as the spreadsheet wrote it, for the messages
            }

            if (id.Length == 0 && fingerprint.Length == 0 && theme.Length == 0 && polarityText.Length == 0)
            {
                continue; // a spreadsheet's empty row
            }

            SourceLocation At(int c) => new(file, line, columns[c] + 1);
            if (id.Length == 0 || fingerprint.Length == 0)
            {
                var c = id.Length == 0 ? 0 : 1;
                bag.Add(At(c), DiagnosticCodes.ReviewMissingColumn, Text.Format(VerbatimMessages.ReviewedRowMissing, Required[c]), VerbatimMessages.ReviewedRowMissingHint);
                continue;
            }

            if (!IsFingerprint(fingerprint) && number is null)
            {
                bag.Add(At(1), DiagnosticCodes.ReviewFingerprintNumber, Text.Format(VerbatimMessages.NotAFingerprint, fields[1]), VerbatimMessages.NotAFingerprintHint);
                continue;
            }

            var key = (id, fingerprint);
            if (!groups.TryGetValue(key, out var group))
            {
                group = new Group(At(0), At(1), number);
                groups[key] = group;
                firsts.Add(key);
            }

            if (theme.Length == 0)
            {
                // Reviewed, no theme: a comment given a theme too is a contradiction.
                if (group.ThemeRow is not null)
                {
                    bag.Add(At(2), DiagnosticCodes.ReviewDuplicateTheme, Text.Format(VerbatimMessages.ReviewedNoThemeThenTheme, id, fingerprint, group.ThemeRow), VerbatimMessages.ReviewedThemeConflictHint);
                }

                group.NoThemeRow ??= line;
                continue;
            }

            if (group.NoThemeRow is { } noTheme)
            {
                bag.Add(At(2), DiagnosticCodes.ReviewDuplicateTheme, Text.Format(VerbatimMessages.ReviewedThemeThenNoTheme, id, fingerprint, noTheme), VerbatimMessages.ReviewedThemeConflictHint);
                continue;
            }

            group.ThemeRow ??= line;

            var themeId = themeIds.FirstOrDefault(t => string.Equals(t, theme, StringComparison.Ordinal))
                ?? themeIds.FirstOrDefault(t => string.Equals(t, theme, StringComparison.OrdinalIgnoreCase));
            if (themeId is null)
            {
                bag.Add(At(2), DiagnosticCodes.ReviewUnknownTheme, Text.Format(VerbatimMessages.ReviewedUnknownTheme, theme, rules.Source.Split('/', '\\')[^1], rules.Version),
                    MessageParts.Hint(theme, themeIds, VerbatimMessages.KnownThemes, VerbatimMessages.NoThemeDefined, VerbatimMessages.KnownThemesDidYouMean));
                continue;
            }

            if (ParsePolarity(polarityText) is not Polarity polarity)
            {
                bag.Add(At(3), DiagnosticCodes.ReviewUnknownPolarity,
                    polarityText.Length == 0 ? Text.Format(VerbatimMessages.ReviewedNoPolarity, themeId) : Text.Format(VerbatimMessages.ReviewedUnknownPolarity, polarityText),
                    VerbatimMessages.ReviewedPolarityHint);
                continue;
            }

            if (group.Themes.Any(t => t.ThemeId == themeId))
            {
                bag.Add(At(2), DiagnosticCodes.ReviewDuplicateTheme, Text.Format(VerbatimMessages.ReviewedThemeTwice, id, fingerprint, themeId), VerbatimMessages.ReviewedThemeTwiceHint);
                continue;
            }

            group.Themes.Add((themeId, polarity));
        }

        return [.. firsts.Select(k =>
        {
            var g = groups[k];
            return new ReviewedComment(k.Item1, k.Item2, [.. g.Themes.OrderBy(t => order[t.ThemeId])], g.Id, g.Fingerprint) { FingerprintNumber = g.Number };
        })];
    }

    /// <summary>The rows of one comment as read: its themes, where it is named, the first theme row and the first empty-theme row.</summary>
    private sealed class Group(SourceLocation id, SourceLocation fingerprint, double? number)
    {
        public List<(string ThemeId, Polarity Polarity)> Themes { get; } = [];

        public SourceLocation Id { get; } = id;

        public SourceLocation Fingerprint { get; } = fingerprint;

        public double? Number { get; } = number;

        public int? ThemeRow { get; set; }

        public int? NoThemeRow { get; set; }
    }

    /// <summary>The line of the first byte that is not UTF-8, or null when the whole file is UTF-8 (or cannot be read: reported when it is read).</summary>
    private static int? FirstInvalidUtf8Line(string path, string displayPath)
    {
        try
        {
            using var stream = InputFile.Open(path, displayPath, CsvInput.CommentsLimit, "reviewed coding file");
            var buffer = new byte[1 << 16];
            var chars = new char[buffer.Length];
            var kept = 0;
            var line = 1;
            while (true)
            {
                var read = stream.Read(buffer, kept, buffer.Length - kept);
                var length = kept + read;
                var status = Utf8.ToUtf16(buffer.AsSpan(0, length), chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: read == 0);
                line += buffer.AsSpan(0, consumed).Count((byte)'\n');
                if (status == System.Buffers.OperationStatus.InvalidData)
                {
                    return line;
                }

                if (read == 0)
                {
                    return null;
                }

                buffer.AsSpan(consumed, length - consumed).CopyTo(buffer);
                kept = length - consumed;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or BadInputException)
        {
            return null;
        }
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
            bag.Add(new SourceLocation(file, line, index + 1), DiagnosticCodes.InvalidEncoding, IngestMessages.FieldNotUtf8, VerbatimMessages.ReviewedNotUtf8Hint);
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
