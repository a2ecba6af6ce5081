using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents.Layout;
using SkiaSharp;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WordTableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;

namespace ReportGen.Documents.Docx;

/// <summary>
/// A table as a Word table drawn as the PDF draws it: fixed column widths from the relative weights, the header
/// row (and the rows that go with it) repeated on every page, rows never split, zebra rows, each cell's own fill,
/// light horizontal rules only.
/// </summary>
internal static class DocxTables
{
    private const float PadX = 4f;
    private const float PadY = 3f;

    public static WordTable Write(Table table, DocxContext context)
    {
        var widths = Widths(table.Columns);
        var rule = DocxUnits.Hex(DocumentTheme.Rule);
        var properties = new TableProperties
        {
            TableWidth = new TableWidth { Width = DocxUnits.ContentWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            TableBorders = new TableBorders(
                new TopBorder { Val = BorderValues.Nil },
                new LeftBorder { Val = BorderValues.Nil },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = rule },
                new RightBorder { Val = BorderValues.Nil },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = rule },
                new InsideVerticalBorder { Val = BorderValues.Nil }),
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableCellMarginDefault = new TableCellMarginDefault
            {
                TopMargin = new TopMargin { Width = DocxUnits.TwipsText(PadY), Type = TableWidthUnitValues.Dxa },
                TableCellLeftMargin = new TableCellLeftMargin { Width = (short)DocxUnits.Twips(PadX), Type = TableWidthValues.Dxa },
                BottomMargin = new BottomMargin { Width = DocxUnits.TwipsText(PadY), Type = TableWidthUnitValues.Dxa },
                TableCellRightMargin = new TableCellRightMargin { Width = (short)DocxUnits.Twips(PadX), Type = TableWidthValues.Dxa },
            },
            TableLook = new TableLook { FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true },
        };
        var result = new WordTable(properties, new TableGrid([.. widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })]));

        var lead = Math.Clamp(table.HeaderRows, 0, table.Rows.Count);
        var rotated = table.Columns.Any(c => c.RotatedHeader);
        var headerRow = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
        if (rotated)
        {
            headerRow.TableRowProperties!.Append(new TableRowHeight { Val = (uint)DocxUnits.Twips(RotatedHeaderHeight(table, widths)), HeightType = HeightRuleValues.AtLeast });
        }

        for (var c = 0; c < table.Columns.Count; c++)
        {
            var column = table.Columns[c];
            var look = DocumentTheme.TableText.WithBold();
            var paragraph = new WordParagraph(CellParagraphProperties(DocxStyles.TableHeading, column.Alignment, column.RotatedHeader));
            // A point smaller when turned, as in the PDF, so that two lines fit side by side in a column of figures.
            paragraph.Append(DocxRuns.Text(column.Header, column.RotatedHeader ? DocxRuns.Properties(look with { Size = look.Size - 1 }, look) : null));
            var cell = Cell(widths[c], DocumentTheme.HeaderFill, paragraph, headerEnd: true);
            if (column.RotatedHeader)
            {
                cell.TableCellProperties!.TextDirection = new TextDirection { Val = TextDirectionValues.BottomToTopLeftToRight };
            }

            if (rotated)
            {
                // Under rotated headers, the other headers sit at the foot of the row.
                cell.TableCellProperties!.TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = column.RotatedHeader ? TableVerticalAlignmentValues.Center : TableVerticalAlignmentValues.Bottom };
            }

            headerRow.Append(cell);
        }

        result.Append(headerRow);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var rowProperties = new TableRowProperties(new CantSplit());
            if (r < lead)
            {
                // The reference rows go with the header, repeated on every page.
                rowProperties.Append(new TableHeader());
            }

            var row = new TableRow(rowProperties);
            var zebra = table.Zebra && r % 2 == 1 ? DocumentTheme.ZebraFill : (SKColor?)null;
            var cells = table.Rows[r];
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var source = c < cells.Count ? cells[c] : new TableCell([]);
                var paragraph = new WordParagraph(CellParagraphProperties(DocxStyles.TableText, table.Columns[c].Alignment, false));
                DocxRuns.Append(paragraph, source.Runs, DocumentTheme.TableText, DocumentTheme.TableText, context);
                var cell = Cell(widths[c], source.Fill ?? zebra, paragraph, r == lead - 1);
                if (source.Fill is not null)
                {
                    // A hairline of white between filled cells, so that neighbours of one colour still read as cells.
                    var borders = cell.TableCellProperties!.TableCellBorders ??= new TableCellBorders();
                    borders.LeftBorder = new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "FFFFFF" };
                    borders.RightBorder = new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "FFFFFF" };
                }

                row.Append(cell);
            }

            result.Append(row);
        }

        return result;
    }

    /// <summary>The columns' widths in twips, in proportion to their weights, adding up to the text width.</summary>
    public static int[] Widths(IReadOnlyList<TableColumn> columns)
    {
        var total = columns.Sum(c => Math.Max(c.Width, 0));
        var widths = new int[columns.Count];
        var used = 0;
        for (var c = 0; c < columns.Count; c++)
        {
            widths[c] = c == columns.Count - 1
                ? DocxUnits.ContentWidth - used
                : (int)MathF.Round(DocxUnits.ContentWidth * (total > 0 ? Math.Max(columns[c].Width, 0) / total : 1f / columns.Count));
            used += widths[c];
        }

        return widths;
    }

    private static ParagraphProperties CellParagraphProperties(string style, ParagraphAlignment alignment, bool turned)
    {
        var properties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } };
        if (!turned && DocxBody.Justify(alignment) is { } justification)
        {
            properties.Justification = justification;
        }

        return properties;
    }

    /// <summary>A cell of a width, with its fill; the last row of the header draws the accent rule under it.</summary>
    private static WordTableCell Cell(int width, SKColor? fill, WordParagraph paragraph, bool headerEnd)
    {
        var properties = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
        };
        if (headerEnd)
        {
            properties.TableCellBorders = new TableCellBorders
            {
                BottomBorder = new BottomBorder { Val = BorderValues.Single, Size = 8, Space = 0, Color = DocxUnits.Hex(DocumentTheme.AccentLight) },
            };
        }

        if (fill is { } color)
        {
            properties.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = DocxUnits.Hex(color) };
        }

        return new WordTableCell(properties, paragraph);
    }

    /// <summary>
    /// The height of a header row whose headers are turned: each turned header broken in as many lines as its
    /// column holds side by side, as the PDF breaks them, and the row as high as the longest.
    /// </summary>
    private static float RotatedHeaderHeight(Table table, int[] widths)
    {
        var style = DocumentTheme.TableText.WithBold() with { Size = DocumentTheme.TableText.Size - 1 };
        using var text = new TextEngine(FontSet.Shared);
        var lineHeight = text.Metrics(style).LineHeight;
        var height = 40f;
        for (var c = 0; c < table.Columns.Count; c++)
        {
            if (!table.Columns[c].RotatedHeader)
            {
                continue;
            }

            var across = (widths[c] / 20f) - (2 * PadX);
            var lines = Math.Max(1, (int)MathF.Floor(across / lineHeight));
            var length = text.Measure(table.Columns[c].Header, style);
            // A tenth more than the even share, for the words that do not break where the share falls.
            height = Math.Max(height, (length / lines * 1.1f) + (2 * PadY) + 6);
        }

        return Math.Min(height, 200f);
    }
}
