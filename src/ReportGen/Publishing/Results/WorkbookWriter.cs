using System.Globalization;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Documents;
using XfFormat = DocumentFormat.OpenXml.Spreadsheet.CellFormat;

namespace ReportGen.Publishing.Results;

/// <summary>
/// Writes sheets as an XLSX package with the Open XML SDK: numbers as numeric cells (the full double, in the invariant
/// culture) with display formats from one stylesheet, text as inline strings (never a formula, whatever it starts
/// with), a frozen bold header row, an autofilter, column widths, and core properties dated from the document, not the
/// clock; the package is then made byte-reproducible by <see cref="DeterministicZip"/>.
/// </summary>
internal static class WorkbookWriter
{
    /// <summary>Excel's limit on the text of a cell.</summary>
    private const int MaxCellText = 32767;

    public static byte[] Write(IReadOnlyList<WorkbookSheet> sheets, string title, string creator, DateOnly date)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            // Explicit relationship ids: the SDK's own are random, and so is the core properties part name System.IO.Packaging picks.
            var workbookPart = document.AddWorkbookPart();
            document.ChangeIdOfPart(workbookPart, "rIdWorkbook");
            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
            stylesPart.Stylesheet = Stylesheet();
            var sheetList = new Sheets();
            var names = new DefinedNames();
            for (var i = 0; i < sheets.Count; i++)
            {
                var sheet = sheets[i];
                var id = $"rIdSheet{(i + 1).ToString(CultureInfo.InvariantCulture)}";
                var part = workbookPart.AddNewPart<WorksheetPart>(id);
                part.Worksheet = Worksheet(sheet);
                sheetList.Append(new Sheet { Name = sheet.Name, SheetId = (uint)(i + 1), Id = id });
                names.Append(new DefinedName($"{Quoted(sheet.Name)}!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
                if (sheet.Filter && sheet.Rows.Count > 0)
                {
                    // Excel keeps a filter's range in this hidden name too; LibreOffice reads the filter from it.
                    names.Append(new DefinedName($"{Quoted(sheet.Name)}!{Range(sheet, absolute: true)}")
                    {
                        Name = "_xlnm._FilterDatabase",
                        LocalSheetId = (uint)i,
                        Hidden = true,
                    });
                }
            }

            workbookPart.Workbook = new Workbook(
                new BookViews(new WorkbookView()),
                sheetList);
            if (names.HasChildren)
            {
                workbookPart.Workbook.Append(names);
            }

            var core = document.AddCoreFilePropertiesPart();
            document.ChangeIdOfPart(core, "rIdCore");
            using var stream = core.GetStream(FileMode.Create, FileAccess.Write);
            stream.Write(CoreProperties(title, creator, date));
        }

        return DeterministicZip.Normalize(memory.ToArray(), date);
    }

    /// <summary>The core properties (title, creator, language, dates), dated from the document: never the clock.</summary>
    private static byte[] CoreProperties(string title, string creator, DateOnly date)
    {
        XNamespace cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace terms = "http://purl.org/dc/terms/";
        XNamespace xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var stamp = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        var xml = new XDocument(new XDeclaration("1.0", "utf-8", "yes"), new XElement(cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", cp), new XAttribute(XNamespace.Xmlns + "dc", dc), new XAttribute(XNamespace.Xmlns + "dcterms", terms), new XAttribute(XNamespace.Xmlns + "xsi", xsi),
            new XElement(dc + "title", Clean(title)),
            new XElement(dc + "creator", Clean(creator)),
            new XElement(dc + "language", "fr-FR"),
            new XElement(terms + "created", new XAttribute(xsi + "type", "dcterms:W3CDTF"), stamp),
            new XElement(terms + "modified", new XAttribute(xsi + "type", "dcterms:W3CDTF"), stamp)));
        using var memory = new MemoryStream();
        using (var writer = System.Xml.XmlWriter.Create(memory, new System.Xml.XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            xml.Save(writer);
        }

        return memory.ToArray();
    }

    private static Worksheet Worksheet(WorkbookSheet sheet)
    {
        var worksheet = new Worksheet();
        // Printed (or converted to PDF), a sheet fits its columns to the page width, its header row repeated on every page.
        worksheet.Append(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        worksheet.Append(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue>([new StringValue("A2")]) })
        { WorkbookViewId = 0, TabSelected = false }));
        worksheet.Append(new SheetFormatProperties { DefaultRowHeight = 15 });
        var columns = new Columns();
        for (var c = 0; c < sheet.Columns.Count; c++)
        {
            columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = sheet.Columns[c].Width, CustomWidth = true });
        }

        worksheet.Append(columns);
        var data = new SheetData();
        var header = Sized(new Row { RowIndex = 1 }, sheet.Columns.Select(c => ((string?)c.Header, c.Width)));
        for (var c = 0; c < sheet.Columns.Count; c++)
        {
            header.Append(TextCell(Reference(c, 1), sheet.Columns[c].Header, Styles.Header));
        }

        data.Append(header);
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var index = (uint)(r + 2);
            var values = sheet.Rows[r];
            var row = Sized(new Row { RowIndex = index }, sheet.Columns.Select((c, i) => (c.Format == CellFormat.WrappedText && i < values.Count ? values[i] as string : null, c.Width)));
            if (values.Count != sheet.Columns.Count)
            {
                throw new InvalidOperationException($"sheet '{sheet.Name}', row {index}: {values.Count} cells for {sheet.Columns.Count} columns.");
            }

            for (var c = 0; c < values.Count; c++)
            {
                if (Cell(Reference(c, index), values[c], sheet.Columns[c].Format) is { } cell)
                {
                    row.Append(cell);
                }
            }

            data.Append(row);
        }

        worksheet.Append(data);
        if (sheet.Filter && sheet.Rows.Count > 0)
        {
            worksheet.Append(new AutoFilter { Reference = Range(sheet, absolute: false) });
        }

        worksheet.Append(new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        worksheet.Append(new PageSetup { Orientation = OrientationValues.Landscape, PaperSize = 9, FitToWidth = 1, FitToHeight = 0 });
        return worksheet;
    }

    /// <summary>
    /// A row tall enough for its wrapped texts, estimated from their length and the column widths (spreadsheets do not
    /// size rows on opening a file): one line of 15 points per width's worth of characters.
    /// </summary>
    private static Row Sized(Row row, IEnumerable<(string? Text, double Width)> cells)
    {
        var lines = cells.Where(c => !string.IsNullOrEmpty(c.Text))
            .Select(c => c.Text!.Split('\n').Sum(l => Math.Max(1, (int)Math.Ceiling(l.Length / Math.Max(1, c.Width - 2)))))
            .DefaultIfEmpty(1).Max();
        if (lines > 1)
        {
            row.Height = Math.Min(409, 15 * lines);
            row.CustomHeight = true;
        }

        return row;
    }

    private static Cell? Cell(string reference, object? value, CellFormat format) => value switch
    {
        null => null,
        string text => TextCell(reference, text, format == CellFormat.WrappedText ? Styles.Wrapped : Styles.Text),
        double number => double.IsFinite(number) ? NumberCell(reference, number, format) : null,
        FormattedNumber { Value: var number } formatted => double.IsFinite(number) ? NumberCell(reference, number, formatted.Format) : null,
        long number => NumberCell(reference, number, format),
        int number => NumberCell(reference, number, format),
        DateOnly day => NumberCell(reference, day.ToDateTime(TimeOnly.MinValue).ToOADate(), CellFormat.Date),
        _ => throw new ArgumentException($"a cell cannot hold a {value.GetType().Name}.", nameof(value)),
    };

    private static Cell NumberCell(string reference, double value, CellFormat format) =>
        new() { CellReference = reference, StyleIndex = Styles.Of(format), CellValue = new CellValue(value.ToString("R", CultureInfo.InvariantCulture)) };

    /// <summary>An inline string: a cell Excel shows as text and never evaluates, even when it starts with = + - @.</summary>
    private static Cell TextCell(string reference, string text, uint style) =>
        new(new InlineString(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            StyleIndex = style,
        };

    /// <summary>The text without the characters XML 1.0 cannot hold, within Excel's cell limit.</summary>
    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\t' or '\n' or '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF))
            {
                builder.Append(c);
            }
        }

        return builder.Length > MaxCellText ? builder.ToString(0, MaxCellText) : builder.ToString();
    }

    private static string Range(WorkbookSheet sheet, bool absolute)
    {
        var last = Reference(sheet.Columns.Count - 1, (uint)(sheet.Rows.Count + 1));
        if (!absolute)
        {
            return $"A1:{last}";
        }

        var column = ColumnName(sheet.Columns.Count - 1);
        return $"$A$1:${column}${(sheet.Rows.Count + 1).ToString(CultureInfo.InvariantCulture)}";
    }

    private static string Quoted(string sheetName) => $"'{sheetName.Replace("'", "''", StringComparison.Ordinal)}'";

    private static string Reference(int column, uint row) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    internal static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>The cell formats of the stylesheet, by index.</summary>
    private static class Styles
    {
        public const uint Text = 0;
        public const uint Header = 1;
        public const uint Wrapped = 2;

        public static uint Of(CellFormat format) => format switch
        {
            CellFormat.Count => 3,
            CellFormat.Percent => 4,
            CellFormat.Points => 5,
            CellFormat.PValue => 6,
            CellFormat.Decimal1 => 7,
            CellFormat.Decimal2 => 8,
            CellFormat.Decimal3 => 9,
            CellFormat.Scientific => 10,
            CellFormat.Date => 11,
            _ => 0,
        };
    }

    private static Stylesheet Stylesheet()
    {
        // Custom number formats from 164, Excel's first free id. Excel and LibreOffice show them with the reader's
        // locale: 85,2 % and 4 000 in French.
        var formats = new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0%" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "+0.0;-0.0;0.0" },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "0.0000" },
            new NumberingFormat { NumberFormatId = 167, FormatCode = "#,##0.0" },
            new NumberingFormat { NumberFormatId = 168, FormatCode = "0.000" },
            new NumberingFormat { NumberFormatId = 169, FormatCode = "0.00E+00" },
            new NumberingFormat { NumberFormatId = 170, FormatCode = "dd/mm/yyyy" })
        { Count = 7 };
        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDCE6F1" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 3 };
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(new Color { Rgb = "FF4F81BD" }) { Style = BorderStyleValues.Thin }, new DiagonalBorder()))
        { Count = 2 };
        // Every cell at the top of its row, so a row made tall by a wrapped note still reads across.
        static XfFormat Number(uint id) => new(new Alignment { Vertical = VerticalAlignmentValues.Top }) { NumberFormatId = id, ApplyNumberFormat = true, ApplyAlignment = true };
        var cellFormats = new CellFormats(
            new XfFormat(new Alignment { Vertical = VerticalAlignmentValues.Top }) { NumberFormatId = 0, ApplyAlignment = true },
            new XfFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center })
            { NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
            new XfFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { NumberFormatId = 0, ApplyAlignment = true },
            Number(3),
            Number(164),
            Number(165),
            Number(166),
            Number(167),
            Number(2),
            Number(168),
            Number(169),
            Number(170))
        { Count = 12 };
        return new Stylesheet(
            formats,
            fonts,
            fills,
            borders,
            new CellStyleFormats(new XfFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            cellFormats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }
}
