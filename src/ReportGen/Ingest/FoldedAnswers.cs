using System.Globalization;
using ReportGen.Diagnostics;

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
            var indicators = string.Join(", ", column.Select(a => $"'{a.Indicator.Id}'").Distinct(StringComparer.Ordinal));
            // Every indicator of the column met the same rows: the first one's tally stands for all.
            foreach (var answer in first.Folded.OrderBy(f => f.Line))
            {
                var label = first.Answers.LabelOf(answer.Category);
                var what = answer.Form == label ? $"'{label}'" : $"'{answer.Form}' ({label})";
                var rows = answer.Rows.ToString(CultureInfo.InvariantCulture);
                Warnings.Add(new SourceLocation(file, answer.Line, column.Key + 1), DiagnosticCodes.AnswerFolded,
                    $"answer '{answer.Answer}' in column '{header[column.Key]}' (indicator {indicators}) is read as {what} of the scale '{first.Answers.Scale.Id}': "
                    + $"it differs only by {AnswerResolver.Differences(answer.Answer, answer.Form)}; {rows} row(s), the first here.",
                    $"if it means {what}, add \"{answer.Answer}\" to the 'aliases' of that answer in the scale '{first.Answers.Scale.Id}' to silence this warning; else fix the data.");
            }
        }
    }

    public static void ReportAmbiguous(DiagnosticBag bag, SourceLocation location, string answer, string column, AnswerAccumulator accumulator, IReadOnlyList<string> forms)
    {
        var scale = accumulator.Answers.Scale;
        bag.Add(location, DiagnosticCodes.AnswerAmbiguous,
            $"answer '{answer}' in column '{column}' (indicator '{accumulator.Indicator.Id}') is not on the scale '{scale.Id}' as written, and with accents, case, spacing and apostrophes aside it matches {string.Join(" and ", forms.Select(accumulator.Answers.DescribeForm))}, answers of different categories.",
            $"write the answer exactly as the scale does ({accumulator.Answers.Describe()}), or add it to the 'aliases' of the answer it means.");
    }
}
