using System.Globalization;
using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen.Ingest;

/// <summary>
/// What the reader says of answers that met their scale only with accents, case, spacing or apostrophes aside: a
/// warning per column and distinct answer, after the file is read (RG280, with the count of rows and the first
/// place), and an error for an answer that so folded matches two categories (RG281).
/// </summary>
internal static class FoldedAnswers
{
    /// <summary>
    /// One warning per (column, distinct answer) of <paramref name="accumulators"/>: indicators that read the same
    /// column share it. In the order of the columns, then of the answers' first lines.
    /// </summary>
    public static void Warn(string file, IReadOnlyList<string> header, IEnumerable<AnswerAccumulator> accumulators)
    {
        var byColumn = accumulators.Where(a => a.Folded.Count > 0).GroupBy(a => a.FieldIndex).OrderBy(g => g.Key);
        foreach (var column in byColumn)
        {
            var first = column.First();
            var ids = column.Select(a => a.Indicator.Id).Distinct(StringComparer.Ordinal).ToList();
            var indicators = Text.Format(MessageParts.Plural(ids.Count, IngestMessages.IndicatorsOfOne, IngestMessages.IndicatorsOf), MessageParts.QuoteAll(ids));
            // Every indicator of the column met the same rows: the first one's tally stands for all.
            foreach (var answer in first.Folded.OrderBy(f => f.Line))
            {
                var label = first.Answers.LabelOf(answer.Category);
                var what = answer.Form == label ? MessageParts.Quote(label) : Text.Format(IngestMessages.FormWithLabel, answer.Form, label);
                var rows = answer.Rows.ToString(CultureInfo.InvariantCulture);
                var message = MessageParts.Plural(answer.Rows, IngestMessages.AnswerFoldedOne, IngestMessages.AnswerFolded);
                Warnings.Add(new SourceLocation(file, answer.Line, column.Key + 1), DiagnosticCodes.AnswerFolded,
                    Text.Format(message, answer.Answer, header[column.Key], indicators, what, first.Answers.Scale.Id, AnswerResolver.Differences(answer.Answer, answer.Form), rows),
                    Text.Format(IngestMessages.AnswerFoldedHint, what, answer.Answer, first.Answers.Scale.Id));
            }
        }
    }

    public static void ReportAmbiguous(DiagnosticBag bag, SourceLocation location, string answer, string column, AnswerAccumulator accumulator, IReadOnlyList<string> forms)
    {
        var scale = accumulator.Answers.Scale;
        bag.Add(location, DiagnosticCodes.AnswerAmbiguous,
            Text.Format(IngestMessages.AnswerAmbiguous, answer, column, accumulator.Indicator.Id, scale.Id, string.Join(IngestMessages.AndSeparator, forms.Select(accumulator.Answers.DescribeForm))),
            Text.Format(IngestMessages.AnswerAmbiguousHint, accumulator.Answers.Describe()));
    }
}
