using System.Globalization;
using CsvHelper;

namespace ReportGen.Verbatims;

/// <summary>
/// Writes <c>coding.csv</c>: one row per comment and theme found, in file order then rule-set theme order, with
/// <c>id;line;type;fingerprint;theme;polarity;confidence;keyword;rule;uncertain;source</c>. No comment text, ever:
/// a comment is named by its id and the fingerprint of its text. <c>;</c>-separated UTF-8 (with a byte order mark,
/// so that Excel reads it as UTF-8), LF line endings, fields with a <c>;</c>, a quote or a line break quoted, and a
/// text field a spreadsheet would run as a formula (<c>=cmd</c>) written <c>'=cmd</c>, as indicators.csv does
/// (<see cref="ReviewedCoding"/> reads it back as the id). The same format is the review sample's, which adds a row
/// with an empty theme for a comment with none.
/// </summary>
public static class CodingFile
{
    public const string FileName = "coding.csv";

    private static readonly string[] Header = ["id", "line", "type", "fingerprint", "theme", "polarity", "confidence", "keyword", "rule", "uncertain", "source"];

    /// <summary>The header row as written (after the byte order mark): how review-sample recognises a .csv it wrote.</summary>
    public static string HeaderLine { get; } = string.Join(';', Header);

    /// <summary>coding.csv: every comment with at least one theme, in the coding in force (automatic or reviewed).</summary>
    public static byte[] Write(VerbatimTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return Write(tally.Themes, tally.Coded, automatic: false, emptyRows: false);
    }

    /// <summary>
    /// Rows for <paramref name="comments"/>: their mentions in force, or with <paramref name="automatic"/> the coder's
    /// (source <c>auto</c>, as a review sample shows them); with <paramref name="emptyRows"/>, a comment with none gets one
    /// row with an empty theme (a review sample's "no theme found").
    /// </summary>
    public static byte[] Write(IReadOnlyList<VerbatimTheme> themes, IEnumerable<CommentCoding> comments, bool automatic, bool emptyRows)
    {
        ArgumentNullException.ThrowIfNull(themes);
        ArgumentNullException.ThrowIfNull(comments);
        var order = themes.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        using var memory = new MemoryStream();
        var options = new CsvWriterOptions
        {
            Separator = ';',
            NewLine = "\n",
            WriteByteOrderMark = true,
            Injection = CsvInjection.Escape,
        };
        using (var writer = CsvWriter.Create(memory, options, leaveOpen: true))
        {
            writer.WriteHeader(Header);
            foreach (var comment in comments)
            {
                var found = (automatic ? comment.Automatic ?? comment.Mentions : comment.Mentions).OrderBy(m => order[m.ThemeId]).ToList();
                var source = comment.Reviewed && !automatic ? "reviewed" : "auto";
                var common = new[] { comment.Id, comment.Line.ToString(CultureInfo.InvariantCulture), comment.RespondentType == RespondentType.Tenant ? "tenant" : "staff", comment.Fingerprint };
                if (found.Count == 0 && emptyRows)
                {
                    writer.WriteRecord([.. common, "", "", "", "", "", "", source]);
                }

                foreach (var mention in found)
                {
                    writer.WriteRecord(
                    [
                        .. common,
                        mention.ThemeId,
                        PolarityName(mention.Polarity),
                        mention.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
                        mention.Keyword,
                        mention.Rule,
                        mention.Uncertain ? "1" : "0",
                        source,
                    ]);
                }
            }
        }

        return memory.ToArray();
    }

    /// <summary>negative, positive or neutral.</summary>
    public static string PolarityName(Polarity polarity) => polarity switch
    {
        Polarity.Negative => "negative",
        Polarity.Positive => "positive",
        _ => "neutral",
    };
}
