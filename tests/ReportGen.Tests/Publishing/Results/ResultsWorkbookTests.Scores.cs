using ReportGen.Analysis.Scores;
using ReportGen.Publishing.Results;

namespace ReportGen.Tests.Publishing.Results;

/// <summary>The sheets of the scores, net scores and benchmarks: numbers equal to the analysis, with the other sheets' formats.</summary>
public partial class ResultsWorkbookTests
{
    private static readonly Lazy<byte[]> ScoreBook = new(() => ResultsWorkbook.Write(ScoreSample.Results));

    [Fact]
    public void A_project_with_scores_has_their_sheets_after_the_indicators_and_no_validation_error()
    {
        Assert.Equal(
            [
                ResultsWorkbook.AboutSheet, ResultsWorkbook.IndicatorsSheet, ResultsWorkbook.ScoresSheet, ResultsWorkbook.NetScoresSheet, ResultsWorkbook.BenchmarksSheet,
                ResultsWorkbook.SegmentsSheet, ResultsWorkbook.ScoreSegmentsSheet, ResultsWorkbook.TrendsSheet, ResultsWorkbook.ScoreTrendsSheet, ResultsWorkbook.MirrorSheet,
                ResultsWorkbook.ScoreMirrorSheet,
            ],
            SheetNames(ScoreBook.Value));
        Assert.All(SheetNames(ScoreBook.Value), n => Assert.InRange(n.Length, 1, WorkbookSheet.MaxNameLength));
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(ScoreBook.Value), false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document));
        Assert.Equal(ScoreBook.Value, ResultsWorkbook.Write(ScoreSample.Results));
    }

    [Fact]
    public void Score_and_net_score_figures_are_numeric_cells_equal_to_the_analysis()
    {
        var results = ScoreSample.Results;
        var score = results.Scores.Score("note")!;
        var row = Assert.Single(Read(ScoreBook.Value, ResultsWorkbook.ScoresSheet).Rows);
        var scores = Read(ScoreBook.Value, ResultsWorkbook.ScoresSheet);
        Assert.Equal(Bits(score.Mean), Bits(row.Cells["Moyenne"].Number));
        Assert.Equal(Bits(score.StandardError), Bits(row.Cells["Erreur type"].Number));
        Assert.Equal(Bits(score.Interval!.Value.Lower), Bits(row.Cells["IC 95\u202F% bas"].Number));
        Assert.Equal(Bits(score.ShareAtOrAbove), Bits(row.Cells["Part au seuil ou plus"].Number));
        Assert.Equal(7.5, row.Cells["Objectif"].Number);
        Assert.Equal("0.00", scores.Columns["Moyenne"].FormatCode);
        Assert.Equal("0.0%", scores.Columns["Part au seuil ou plus"].FormatCode);

        var net = results.Scores.NetScore("reco")!;
        var nets = Read(ScoreBook.Value, ResultsWorkbook.NetScoresSheet);
        var netRow = Assert.Single(nets.Rows);
        Assert.Equal(Bits(net.Score), Bits(netRow.Cells["Score net (points)"].Number));
        Assert.Equal(Bits(net.Promoters), Bits(netRow.Cells["Promoteurs"].Number));
        Assert.Equal(Bits(net.Detractors), Bits(netRow.Cells["Détracteurs"].Number));
        Assert.Equal("+0.0;-0.0;0.0", nets.Columns["Score net (points)"].FormatCode);
        Assert.Equal("0.0%", nets.Columns["Promoteurs"].FormatCode);
    }

    [Fact]
    public void Benchmark_rows_are_shown_in_their_indicator_s_unit_and_hold_the_analysis_figures()
    {
        var results = ScoreSample.Results;
        var table = Read(ScoreBook.Value, ResultsWorkbook.BenchmarksSheet);
        Assert.Equal(results.Benchmarks.Count, table.Rows.Count);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var comparison = results.Benchmarks[i].Comparison;
            Assert.Equal(Bits(comparison.Estimate), Bits(table.Rows[i].Cells["Office"].Number));
            Assert.Equal(Bits(comparison.Reference), Bits(table.Rows[i].Cells["Référence (valeur)"].Number));
            Assert.Equal(Bits(comparison.PValue), Bits(table.Rows[i].Cells["p"].Number));
        }

        // The share's gap is in points, as every gap of the workbook.
        Assert.Equal(Bits(results.Benchmarks[0].Comparison.Gap * 100), Bits(table.Rows[0].Cells["Écart"].Number));
        Assert.Equal("z, deux proportions", table.Rows[0].Cells["Test"].Text);
        Assert.Equal(BenchmarkTest.OneSampleT, results.Benchmarks[1].Comparison.Test);
        Assert.Equal("t de Student, une moyenne contre une valeur", table.Rows[1].Cells["Test"].Text);

        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(ScoreBook.Value), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == ResultsWorkbook.BenchmarksSheet);
        var cells = ((DocumentFormat.OpenXml.Packaging.WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>()
            .Where(c => c.CellReference!.Value!.StartsWith('H')).Skip(1).Select(c => c.StyleIndex!.Value).ToList();
        // Column H (the office's figure): a percentage for the share, two decimals for the score, signed points for the net score.
        Assert.Equal(3, cells.Distinct().Count());
    }

    [Fact]
    public void A_project_without_scores_has_no_score_sheet()
    {
        var names = SheetNames(ResultsWorkbook.Write(ScoreSample.WithoutBenchmarks with { Scores = ScoreResults.Empty, Segments = [], Trends = null, Mirror = null }));
        Assert.DoesNotContain(ResultsWorkbook.ScoresSheet, names);
        Assert.DoesNotContain(ResultsWorkbook.BenchmarksSheet, names);
        Assert.DoesNotContain(ResultsWorkbook.ScoreSegmentsSheet, names);
    }
}
