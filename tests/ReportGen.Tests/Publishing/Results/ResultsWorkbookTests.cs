using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using ExcelDataReader;
using ReportGen.Analysis;
using ReportGen.Publishing.Results;
using ReportGen.Tests.TestSupport;
using CellFormat = DocumentFormat.OpenXml.Spreadsheet.CellFormat;

namespace ReportGen.Tests.Publishing.Results;

/// <summary>
/// results.xlsx: valid Open XML, French sheet names, numbers in numeric cells equal to the analysis, a frozen header
/// and a filter on every table, no formula anywhere, the same bytes from the same results; read back by the Open XML
/// SDK, by ExcelDataReader (what ReportGen itself reads workbooks with) and, once, by LibreOffice.
/// </summary>
public partial class ResultsWorkbookTests
{
    private static readonly Lazy<byte[]> SampleBook = new(() => ResultsWorkbook.Write(WaveSamples.Sample.Value));

    [Fact]
    public void The_workbook_has_no_validation_error()
    {
        foreach (var bytes in new[] { SampleBook.Value, ResultsWorkbook.Write(WaveSamples.WithTrendsAndSegments()) })
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
            var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        }
    }

    [Fact]
    public void The_sheets_are_named_in_french_about_first_and_only_those_with_data()
    {
        Assert.Equal(
            [
                ResultsWorkbook.AboutSheet, ResultsWorkbook.IndicatorsSheet, ResultsWorkbook.ScoresSheet, ResultsWorkbook.NetScoresSheet, ResultsWorkbook.BenchmarksSheet,
                ResultsWorkbook.SegmentsSheet, ResultsWorkbook.ScoreSegmentsSheet, ResultsWorkbook.TrendsSheet, ResultsWorkbook.ScoreTrendsSheet,
                ResultsWorkbook.MirrorSheet, ResultsWorkbook.ScoreMirrorSheet, ResultsWorkbook.ThemesSheet, ResultsWorkbook.PrioritiesSheet, ResultsWorkbook.WorkstreamsSheet, ResultsWorkbook.ActionPlanSheet,
                ResultsWorkbook.WeightingSheet, ResultsWorkbook.WeightingWavesSheet,
            ],
            SheetNames(SampleBook.Value));
        Assert.Equal(["À propos", "Indicateurs", "Scores", "Scores nets", "Références", "Par segment"], SheetNames(SampleBook.Value).Take(6));
        Assert.All(SheetNames(SampleBook.Value), n => Assert.InRange(n.Length, 1, WorkbookSheet.MaxNameLength));

        var results = WaveSamples.Sample.Value;
        var bare = results with { Scores = ReportGen.Analysis.Scores.ScoreResults.Empty, Benchmarks = [], Trends = null, Segments = [], Mirror = null, Verbatims = null, Priorities = null, Weighting = null, Project = results.Project with { ActionPlan = null } };
        Assert.Equal([ResultsWorkbook.AboutSheet, ResultsWorkbook.IndicatorsSheet], SheetNames(ResultsWorkbook.Write(bare)));
    }

    [Fact]
    public void Every_table_has_a_frozen_bold_header_row_an_autofilter_and_column_widths()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(SampleBook.Value), false);
        var workbook = document.WorkbookPart!;
        var cellFormats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = workbook.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ToList();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
            var pane = worksheet.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal(1, pane.VerticalSplit!.Value);
            Assert.Equal("A2", pane.TopLeftCell!.Value);
            Assert.All(worksheet.Descendants<Column>(), c => Assert.True(c.Width!.Value > 0));
            var header = worksheet.Descendants<Row>().First();
            Assert.All(header.Elements<Cell>(), c =>
            {
                var format = cellFormats[(int)c.StyleIndex!.Value];
                Assert.NotNull(fonts[(int)format.FontId!.Value].Bold);
                Assert.True(format.FillId!.Value > 1);
            });
            if (sheet.Name != ResultsWorkbook.AboutSheet)
            {
                var rows = worksheet.Descendants<Row>().Count();
                var columns = header.Elements<Cell>().Count();
                Assert.Equal($"A1:{WorkbookWriter.ColumnName(columns - 1)}{rows}", worksheet.Descendants<AutoFilter>().Single().Reference!.Value);
            }
        }
    }

    [Fact]
    public void The_indicator_figures_are_numeric_cells_equal_to_the_analysis_bit_for_bit_with_french_display_formats()
    {
        var results = WaveSamples.Sample.Value;
        var table = Read(SampleBook.Value, ResultsWorkbook.IndicatorsSheet);
        var satisfied = table.Columns["Satisfaits"];
        var lower = table.Columns["IC 95\u202F% bas"];

        Assert.Equal(results.Estimates.Count, table.Rows.Count);
        for (var i = 0; i < results.Estimates.Count; i++)
        {
            var estimate = results.Estimates[i];
            Assert.Equal(estimate.IndicatorId, table.Rows[i].Cells["Identifiant"].Text);
            Assert.Null(table.Rows[i].Cells["Satisfaits"].Text);
            Assert.Equal(Bits(estimate.Satisfied), Bits(table.Rows[i].Cells["Satisfaits"].Number));
            Assert.Equal(Bits(estimate.Interval?.Lower), Bits(table.Rows[i].Cells[lower.Header].Number));
            Assert.Equal(Bits(estimate.EffectiveBase), Bits(table.Rows[i].Cells["Base effective"].Number));
            Assert.Equal(estimate.ValidBase, table.Rows[i].Cells["Base"].Number);
        }

        Assert.Equal("0.0%", satisfied.FormatCode);
        Assert.Equal("#,##0", table.Columns["Base"].FormatCode);
    }

    [Fact]
    public void Trend_p_values_and_changes_are_numbers_in_p_value_and_points_formats()
    {
        var trends = WaveSamples.Sample.Value.Trends!;
        var table = Read(SampleBook.Value, ResultsWorkbook.TrendsSheet);
        var change = table.Columns.Values.Single(c => c.Header.StartsWith("Évolution", StringComparison.Ordinal));
        var adjusted = table.Columns.Values.Single(c => c.Header.StartsWith("p corrigée", StringComparison.Ordinal));

        for (var i = 0; i < trends.Indicators.Count; i++)
        {
            Assert.Equal(Bits(trends.Indicators[i].PValue), Bits(table.Rows[i].Cells["p brute"].Number));
            Assert.Equal(Bits(trends.Indicators[i].AdjustedPValue), Bits(table.Rows[i].Cells[adjusted.Header].Number));
            Assert.Equal(Bits(trends.Indicators[i].ChangePoints), Bits(table.Rows[i].Cells[change.Header].Number));
        }

        Assert.Equal("0.0000", table.Columns["p brute"].FormatCode);
        Assert.Equal("+0.0;-0.0;0.0", change.FormatCode);
    }

    [Fact]
    public void Mirror_gaps_themes_and_weighting_margins_are_the_analysis_figures()
    {
        var results = WaveSamples.Sample.Value;
        var mirror = Read(SampleBook.Value, ResultsWorkbook.MirrorSheet);
        for (var i = 0; i < results.Mirror!.Gaps.Count; i++)
        {
            Assert.Equal(Bits(results.Mirror.Gaps[i].GapPoints), Bits(mirror.Rows[i].Cells["Écart (points)"].Number));
            Assert.Equal(Bits(results.Mirror.Gaps[i].PValue), Bits(mirror.Rows[i].Cells["p"].Number));
        }

        var themes = Read(SampleBook.Value, ResultsWorkbook.ThemesSheet);
        foreach (var irritant in results.Verbatims!.Irritants)
        {
            var row = themes.Rows.Single(r => r.Cells["Identifiant"].Text == irritant.ThemeId);
            Assert.Equal(irritant.Rank, row.Cells["Rang d’irritant"].Number);
            Assert.Equal(Bits(irritant.Share), Bits(row.Cells["Part négative"].Number));
        }

        var weighting = Read(SampleBook.Value, ResultsWorkbook.WeightingSheet);
        var margins = results.Weighting!.Waves.SelectMany(w => w.Margins).ToList();
        Assert.Equal(margins.Count, weighting.Rows.Count);
        for (var i = 0; i < margins.Count; i++)
        {
            Assert.Equal(Bits(margins[i].WeightedShare), Bits(weighting.Rows[i].Cells["Échantillon pondéré (atteint)"].Number));
        }
    }

    [Fact]
    public void A_suppressed_segment_figure_is_an_empty_cell_whose_note_says_why()
    {
        var results = WaveSamples.WithTrendsAndSegments();
        var table = Read(ResultsWorkbook.Write(results), ResultsWorkbook.SegmentsSheet);
        var estimates = results.Segments.SelectMany(s => s.Values).SelectMany(v => v.Estimates).ToList();

        Assert.Equal(estimates.Count, table.Rows.Count);
        var suppressed = 0;
        for (var i = 0; i < estimates.Count; i++)
        {
            var row = table.Rows[i].Cells;
            if (estimates[i].Suppressed)
            {
                suppressed++;
                Assert.False(row.ContainsKey("Satisfaits"), "a suppressed share has no cell");
                Assert.StartsWith("non publié", row["Note"].Text, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(Bits(estimates[i].Satisfied), Bits(row["Satisfaits"].Number));
            }
        }

        Assert.True(suppressed > 0);
    }

    [Fact]
    public void Text_that_starts_like_a_formula_is_an_inline_string_and_no_cell_holds_a_formula()
    {
        var results = WaveSamples.Sample.Value;
        var catalog = results.Project.Catalog;
        var first = catalog.Indicators[0] with { Label = "=HYPERLINK(\"http://example.com\";\"x\")" };
        var second = catalog.Indicators[1] with { Label = "+1-2@3" };
        var changed = results with { Project = results.Project with { Catalog = catalog with { Indicators = [first, second, .. catalog.Indicators.Skip(2)] } } };
        var bytes = ResultsWorkbook.Write(changed);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));
        var cells = document.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()).ToList();
        var formula = cells.Where(c => c.InlineString?.InnerText is { } t && (t == first.Label || t == second.Label)).ToList();
        Assert.NotEmpty(formula);
        Assert.All(formula, c => Assert.Equal(CellValues.InlineString, c.DataType!.Value));
        Assert.All(cells.Where(c => c.DataType is null), c => Assert.True(double.TryParse(c.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)));
    }

    [Fact]
    public void The_same_results_give_the_same_bytes_dated_from_the_publication_date()
    {
        var results = WaveSamples.Sample.Value;
        var bytes = ResultsWorkbook.Write(results);
        Assert.Equal(bytes, ResultsWorkbook.Write(ReportBuilder.Check(Repo.Path("data", "reportgen.yaml"))));

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2020, 3, 3), e.LastWriteTime.DateTime));
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Equal(new DateTime(2020, 3, 3, 0, 0, 0, DateTimeKind.Utc), document.PackageProperties.Created!.Value.ToUniversalTime());
        Assert.Equal(document.PackageProperties.Created, document.PackageProperties.Modified);
        Assert.StartsWith("Résultats — ", document.PackageProperties.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void ExcelDataReader_reads_the_figures_back_as_numbers()
    {
        var results = WaveSamples.Sample.Value;
        var sheets = ReadWithExcelDataReader(SampleBook.Value);

        Assert.Equal(SheetNames(SampleBook.Value), sheets.Keys);
        var indicators = sheets[ResultsWorkbook.IndicatorsSheet];
        var header = indicators[0];
        Assert.Equal(results.Estimates.Count + 1, indicators.Count);
        for (var i = 0; i < results.Estimates.Count; i++)
        {
            var row = indicators[i + 1];
            Assert.Equal(results.Estimates[i].IndicatorId, row[header.IndexOf("Identifiant")]);
            Assert.Equal(results.Estimates[i].Satisfied, Assert.IsType<double>(row[header.IndexOf("Satisfaits")]));
            Assert.Equal((double)results.Estimates[i].ValidBase, Assert.IsType<double>(row[header.IndexOf("Base")]));
        }

        var plan = sheets[ResultsWorkbook.ActionPlanSheet];
        Assert.IsType<DateTime>(plan[1][plan[0].IndexOf("Échéance")]);
    }

    /// <summary>Every sheet's rows, header first, as ExcelDataReader gives the values.</summary>
    private static Dictionary<string, List<List<object?>>> ReadWithExcelDataReader(byte[] bytes)
    {
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(bytes));
        var sheets = new Dictionary<string, List<List<object?>>>(StringComparer.Ordinal);
        do
        {
            var rows = new List<List<object?>>();
            while (reader.Read())
            {
                rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue)]);
            }

            sheets[reader.Name] = rows;
        }
        while (reader.NextResult());
        return sheets;
    }

    [Fact]
    public void LibreOffice_opens_the_workbook_and_shows_the_shares_as_percentages()
    {
        var soffice = DebianTool.Require("soffice", "libreoffice-calc-nogui");
        var folder = Directory.CreateTempSubdirectory("reportgen-xlsx-");
        try
        {
            var path = Path.Combine(folder.FullName, "results.xlsx");
            File.WriteAllBytes(path, SampleBook.Value);
            // Filter options: comma, double quote, UTF-8, from line 1, …, cells as shown, …, sheet 2 (Indicateurs).
            var (code, output) = DebianTool.Run(soffice,
                $"-env:UserInstallation=file://{folder.FullName}/profile --headless --convert-to \"csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,2\" --outdir {folder.FullName} {path}");
            var csv = Directory.GetFiles(folder.FullName, "*.csv").SingleOrDefault();
            Assert.True(code == 0 && csv is not null, output);

            var lines = File.ReadAllLines(csv!);
            var estimate = WaveSamples.Sample.Value.Estimates[0];
            var shown = Math.Round(estimate.Satisfied!.Value * 100, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);
            Assert.StartsWith("Identifiant,Indicateur", lines[0], StringComparison.Ordinal);
            Assert.StartsWith(estimate.IndicatorId + ",", lines[1], StringComparison.Ordinal);
            Assert.True(lines[1].Contains(shown + "%", StringComparison.Ordinal) || lines[1].Contains(shown.Replace('.', ',') + "\u00A0%", StringComparison.Ordinal)
                || lines[1].Contains(shown.Replace('.', ',') + " %", StringComparison.Ordinal), lines[1]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static List<string> SheetNames(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        return [.. document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];
    }

    private static long? Bits(double? value) => value is { } v ? BitConverter.DoubleToInt64Bits(v) : null;

    private sealed record ReadCell(string? Text, double? Number);

    private sealed record ReadColumn(string Header, string FormatCode);

    private sealed record ReadRow(Dictionary<string, ReadCell> Cells);

    private sealed record ReadTable(Dictionary<string, ReadColumn> Columns, List<ReadRow> Rows);

    /// <summary>A sheet read with the Open XML SDK: header texts, the display format of each column's first number, and each row's cells by header.</summary>
    private static ReadTable Read(byte[] bytes, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
        var stylesheet = workbook.WorkbookStylesPart!.Stylesheet;
        var formats = stylesheet.NumberingFormats!.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!);
        formats[3] = "#,##0";
        formats[2] = "0.00";
        var xfs = stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var rows = worksheet.Descendants<Row>().ToList();
        string Column(Cell cell) => new([.. cell.CellReference!.Value!.TakeWhile(char.IsAsciiLetter)]);
        var headers = rows[0].Elements<Cell>().ToDictionary(Column, c => c.InlineString!.InnerText);
        var columns = new Dictionary<string, ReadColumn>(StringComparer.Ordinal);
        var read = new List<ReadRow>();
        foreach (var row in rows.Skip(1))
        {
            var cells = new Dictionary<string, ReadCell>(StringComparer.Ordinal);
            foreach (var cell in row.Elements<Cell>())
            {
                var header = headers[Column(cell)];
                if (cell.DataType?.Value == CellValues.InlineString)
                {
                    cells[header] = new ReadCell(cell.InlineString!.InnerText, null);
                    continue;
                }

                cells[header] = new ReadCell(null, double.Parse(cell.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture));
                var formatId = xfs[(int)cell.StyleIndex!.Value].NumberFormatId!.Value;
                columns.TryAdd(header, new ReadColumn(header, formats.GetValueOrDefault(formatId, "General")));
            }

            read.Add(new ReadRow(cells));
        }

        foreach (var header in headers.Values)
        {
            columns.TryAdd(header, new ReadColumn(header, "General"));
        }

        return new ReadTable(columns, read);
    }
}
