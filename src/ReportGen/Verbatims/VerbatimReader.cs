using System.Text;
using System.Text.Unicode;
using CsvHelper;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Documents;
using ReportGen.Ingest;
using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen.Verbatims;

/// <summary>
/// Reads a verbatim file once, streaming: each comment is coded into themes (or takes a person's review of it);
/// nothing per row is kept but its coding without its text (<see cref="CommentCoding"/>, from which
/// <see cref="VerbatimTally.Of"/> counts) and the candidate quotes, at most
/// <see cref="QuotesPerTheme"/> per theme, redacted before they are kept. A candidate is a comment of
/// <see cref="MinQuoteLength"/> to <see cref="MaxQuoteLength"/> characters that is negative on the theme,
/// the first ones in file order, that reveals no special-category data (<see cref="SensitiveData"/>). Problems are collected with their line and field number.
/// </summary>
public static class VerbatimReader
{
    public const int QuotesPerTheme = 3;
    public const int MinQuoteLength = 60;
    public const int MaxQuoteLength = 220;

    /// <param name="reviewed">A person's review: a comment it names (by id and fingerprint) takes its reviewed themes instead of the coder's,
    /// for the counts and the candidate quotes alike (<see cref="CommentCoding.Automatic"/> keeps the coder's).</param>
    /// <param name="observe">Called with each coded comment and its text, in file order, while the text is at hand (the review sample keeps a few).</param>
    public static VerbatimTally? Read(string path, string displayPath, VerbatimColumns columns, CsvDialect dialect, VerbatimRuleSet rules,
        IReadOnlyCollection<string> denyList, DiagnosticBag bag, ReviewedCoding? reviewed = null, Action<CommentCoding, string>? observe = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(denyList);
        ArgumentNullException.ThrowIfNull(bag);
        if (!Path.Exists(path))
        {
            bag.Add(new SourceLocation(displayPath), DiagnosticCodes.FileNotFound, Text.Format(VerbatimMessages.VerbatimFileMissing, displayPath), VerbatimMessages.CheckPathHint);
            return null;
        }

        Encoding? encoding = null;
        if (dialect.Encoding is { } name)
        {
            encoding = EncodingNames.Resolve(name);
            if (encoding is null)
            {
                bag.Add(new SourceLocation(displayPath), DiagnosticCodes.InvalidValue, Text.Format(VerbatimMessages.UnknownEncoding, name),
                    MessageParts.Hint(name, EncodingNames.Known.ToList(), VerbatimMessages.KnownEncodings, VerbatimMessages.NoEncodingDefined, VerbatimMessages.KnownEncodingsDidYouMean));
                return null;
            }
        }

        if (!CsvInput.IsText(path, displayPath, CsvInput.CommentsLimit, VerbatimMessages.CommentsFileNoun, bag, out var start))
        {
            return null;
        }

        // As for the survey data: a byte order mark wins over the declared encoding, and UTF-8 bytes declared single-byte are an error.
        var decided = encoding is null ? null : Ingest.Sources.CsvEncoding.Decide(start.Span, displayPath, dialect.Encoding, bag);
        if (encoding is not null && decided is null)
        {
            return null;
        }

        encoding = decided is null ? encoding : decided.ForReader;
        var checkUtf8 = encoding is null || encoding.CodePage == Encoding.UTF8.CodePage;
        var malformed = new List<Diagnostic>();
        var options = CsvInput.Options(dialect, encoding, displayPath, malformed, bag.Limit);

        return CsvInput.Guard(displayPath, bag, () =>
        {
            using var stream = InputFile.Open(path, displayPath, CsvInput.CommentsLimit, VerbatimMessages.CommentsFileNoun);
            using var reader = CsvReader.Create(stream, options, leaveOpen: false);
            var header = reader.Headers.Select(h => h.Trim()).ToList();
            if (header.Count == 0)
            {
                bag.Add(new SourceLocation(displayPath, 1), DiagnosticCodes.NoDataRows, IngestMessages.FileEmpty, VerbatimMessages.CommentsFileEmptyHint);
                return null;
            }

            var found = MessageParts.QuoteAll(header);
            int Find(string? column, string role, bool required)
            {
                if (column is null)
                {
                    return -1;
                }

                var index = header.FindIndex(n => string.Equals(n, column, StringComparison.OrdinalIgnoreCase));
                if (index < 0 && required)
                {
                    bag.Add(new SourceLocation(displayPath, 1), DiagnosticCodes.MissingColumn, Text.Format(IngestMessages.ColumnNotInHeader, column, role, displayPath),
                        ReadPlan.ColumnsFound(column, header, found));
                }

                var second = index < 0 ? -1 : header.FindIndex(index + 1, n => string.Equals(n, column, StringComparison.OrdinalIgnoreCase));
                if (second >= 0)
                {
                    bag.Add(new SourceLocation(displayPath, 1, second + 1), string.Equals(header[index], header[second], StringComparison.Ordinal) ? DiagnosticCodes.MissingColumn : DiagnosticCodes.ColumnsDifferOnlyByCase,
                        Text.Format(VerbatimMessages.ColumnsBothMatch, header[index], index + 1, header[second], second + 1, role, column),
                        IngestMessages.ColumnsDifferOnlyByCaseHint);
                }

                return index;
            }

            var textIndex = Find(columns.Text, VerbatimMessages.RoleCommentText, true);
            var typeIndex = Find(columns.RespondentType, VerbatimMessages.RoleRespondentType, true);
            var momentIndex = Find(columns.Moment, VerbatimMessages.RoleMoment, true);
            var idIndex = Find(columns.RespondentId, IngestMessages.RoleRespondentId, true);
            var segmentIndex = Find(columns.Segment, VerbatimMessages.RoleSegment, true);
            if (textIndex < 0 || typeIndex < 0 || momentIndex < 0 || (columns.RespondentId is not null && idIndex < 0) || (columns.Segment is not null && segmentIndex < 0))
            {
                return null;
            }

            var indices = new Indices(textIndex, typeIndex, momentIndex, segmentIndex, idIndex, header.Count, header);
            var tally = ReadRows(reader, indices, displayPath, rules, denyList, checkUtf8, bag, reviewed, observe);
            foreach (var problem in malformed)
            {
                bag.Add(problem);
            }

            return bag.HasErrors ? null : tally;
        });
    }

    /// <summary>The respondent type a cell stands for, or null: tenant, locataire, staff, collaborateur (any case, singular or plural).</summary>
    public static RespondentType? ParseRespondentType(string value) =>
        FoldedText.FoldString(value.Trim()) switch
        {
            "tenant" or "tenants" or "locataire" or "locataires" => RespondentType.Tenant,
            "staff" or "collaborateur" or "collaborateurs" or "collaboratrice" or "collaboratrices" => RespondentType.Staff,
            _ => null,
        };

    private static VerbatimTally? ReadRows(CsvReader reader, Indices indices, string file, VerbatimRuleSet rules, IReadOnlyCollection<string> denyList,
        bool checkUtf8, DiagnosticBag bag, ReviewedCoding? reviewed, Action<CommentCoding, string>? observe)
    {
        var coder = new ThemeCoder(rules);
        var themeCount = rules.Themes.Count;
        var quotes = new List<CandidateQuote>[themeCount];
        for (var t = 0; t < themeCount; t++)
        {
            quotes[t] = [];
        }

        var themeIndex = rules.Themes.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var coded = new List<CommentCoding>();
        var rows = 0;
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            if (reader.FieldCount != indices.FieldCount)
            {
                bag.Add(new SourceLocation(file, line), DiagnosticCodes.FieldCount,
                    Text.Format(MessageParts.Plural(reader.FieldCount, IngestMessages.RowFieldCountOne, IngestMessages.RowFieldCount), reader.FieldCount, indices.FieldCount),
                    VerbatimMessages.CommentFieldCountHint);
                continue;
            }

            rows++;
            var typeText = Field(reader, indices.Type, checkUtf8, file, line, bag);
            var text = Field(reader, indices.Text, checkUtf8, file, line, bag);
            var moment = Field(reader, indices.Moment, checkUtf8, file, line, bag);
            var segment = indices.Segment >= 0 ? Field(reader, indices.Segment, checkUtf8, file, line, bag) : null;
            var id = indices.Id >= 0 ? Field(reader, indices.Id, checkUtf8, file, line, bag) : null;
            if (typeText is null || text is null || moment is null || (indices.Id >= 0 && id is null))
            {
                continue;
            }

            if (ParseRespondentType(typeText) is not RespondentType type)
            {
                bag.Add(new SourceLocation(file, line, indices.Type + 1), DiagnosticCodes.InvalidRespondentType,
                    Text.Format(VerbatimMessages.InvalidRespondentType, typeText, indices.Header[indices.Type]), VerbatimMessages.InvalidRespondentTypeHint);
                continue;
            }

            if (text.Length == 0 || bag.HasErrors)
            {
                continue;
            }

            // A comment revealing special-category data (GDPR art. 9, 10) is coded and counted, never proposed as a quote.
            bool? sensitive = null;
            var automatic = coder.Code(text);
            var commentId = id is { Length: > 0 } ? id : line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var fingerprint = CommentCoding.FingerprintOf(text);
            // A reviewed comment takes its reviewed themes and polarities, for the counts and the quotes alike.
            var review = reviewed?.Find(commentId, fingerprint);
            var coding = new CommentCoding(line, commentId, type, fingerprint, review is null ? automatic : ReviewedCoding.Mentions(review, automatic))
            {
                Automatic = review is null ? null : automatic,
            };
            coded.Add(coding);
            observe?.Invoke(coding, text);
            foreach (var mention in coding.Mentions.Where(m => m.Polarity == Polarity.Negative))
            {
                var t = themeIndex[mention.ThemeId];
                if (quotes[t].Count < QuotesPerTheme && text.Length is >= MinQuoteLength and <= MaxQuoteLength && (sensitive ??= SensitiveData.Find(text) is not null) == false)
                {
                    // One line, as quotes.md shows it and the article publishes it: the key fingerprints what the reviewer read.
                    // Everything quotes.md shows of a comment is redacted: its text, and its moment and segment columns.
                    var redacted = Redactor.Redact(Publishing.MarkdownText.OneLine(text), denyList);
                    var shownSegment = segment is null ? null : Redactor.RedactText(segment, denyList).Text;
                    FontCoverage.WarnUncovered(redacted.Text, new SourceLocation(file, line, indices.Text + 1));
                    FontCoverage.WarnUncovered(shownSegment, new SourceLocation(file, line, indices.Segment + 1));
                    quotes[t].Add(new CandidateQuote(mention.ThemeId, line, type, Redactor.RedactText(moment, denyList).Text, shownSegment, redacted.Text, redacted.Spans.Count));
                }
            }
        }

        if (bag.HasErrors)
        {
            return null;
        }

        if (rows == 0)
        {
            bag.Add(new SourceLocation(file, 1), DiagnosticCodes.NoDataRows, IngestMessages.NoDataRows, VerbatimMessages.CommentsNoDataRowsHint);
            return null;
        }

        return VerbatimTally.Of(file, rules, coded, [.. quotes.SelectMany(q => q)]);
    }

    private static string? Field(CsvReader reader, int index, bool checkUtf8, string file, int line, DiagnosticBag bag)
    {
        var raw = reader.GetSpan(index).Trim(" \t"u8);
        if (checkUtf8 && !Utf8.IsValid(raw))
        {
            bag.Add(new SourceLocation(file, line, index + 1), DiagnosticCodes.InvalidEncoding, IngestMessages.FieldNotUtf8, VerbatimMessages.CommentsNotUtf8Hint);
            return null;
        }

        // Comments, moments and segments reach quotes.md and the article: through the gate of every input text.
        return InputText.Clean(Encoding.UTF8.GetString(raw), new SourceLocation(file, line, index + 1));
    }

    private sealed record Indices(int Text, int Type, int Moment, int Segment, int Id, int FieldCount, IReadOnlyList<string> Header);
}
