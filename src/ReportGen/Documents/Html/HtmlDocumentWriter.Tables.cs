using System.Globalization;

namespace ReportGen.Documents.Html;

internal sealed partial class HtmlDocumentWriter
{
    /// <summary>A cell of at most this many characters is a figure or a word: kept on one line.</summary>
    private const int ShortCell = 16;

    /// <summary>
    /// A table: the column headers in <c>thead</c> with <c>scope="col"</c>, the rows that go with them (a reference
    /// row) in <c>thead</c> too, and the first cell of each row a <c>th scope="row"</c> when the first column names
    /// the rows (text, aligned left). Rotated headers are turned, as in the PDF, with CSS. <paramref name="labelledBy"/> is the
    /// id of what names the table (the heading just before it), <paramref name="name"/> its text.
    /// </summary>
    private void WriteTable(Table table, string? labelledBy, string? name)
    {
        var columns = table.Columns;
        var rowHeaders = columns.Count > 1 && columns[0].Alignment == ParagraphAlignment.Left;
        tableCount++;
        // Any table may be wider than a phone's screen, and a long cell (a SHA-256) than any screen: every wrapper
        // scrolls, so every one is reachable by keyboard (WCAG 2.1.1), and a focusable region needs a name.
        var label = System.Text.RegularExpressions.Regex.Replace(name ?? $"Tableau {tableCount.ToString(CultureInfo.InvariantCulture)}", @"\s+", " ").Trim();
        html.Append("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"").Append(HtmlText.Encode(label)).Append("\">\n");

        html.Append("<table").Append(table.Zebra ? " class=\"zebra\"" : "");
        if (labelledBy is not null)
        {
            html.Append(" aria-labelledby=\"").Append(HtmlText.Encode(labelledBy)).Append('"');
        }

        html.Append(">\n<thead>\n<tr>");
        foreach (var column in columns)
        {
            var classes = AlignmentClass(column.Alignment);
            if (column.RotatedHeader)
            {
                classes = classes.Length == 0 ? "narrow" : classes + " narrow";
            }

            // An empty header names nothing: a plain cell.
            var tag = column.Header.Trim().Length == 0 ? "td" : "th";
            html.Append('<').Append(tag).Append(tag == "th" ? " scope=\"col\"" : "").Append(ClassAttribute(classes)).Append('>');
            // A rotated header reads bottom to top, as in the PDF: a column of figures stays narrow under a long name.
            html.Append(column.RotatedHeader ? "<span class=\"turned\">" : "").Append(HtmlText.Encode(column.Header)).Append(column.RotatedHeader ? "</span>" : "")
                .Append("</").Append(tag).Append('>');
        }

        html.Append("</tr>\n");
        var lead = Math.Clamp(table.HeaderRows, 0, table.Rows.Count);
        for (var r = 0; r < lead; r++)
        {
            WriteRow(table, table.Rows[r], rowHeaders);
        }

        html.Append("</thead>\n<tbody>\n");
        for (var r = lead; r < table.Rows.Count; r++)
        {
            WriteRow(table, table.Rows[r], rowHeaders);
        }

        html.Append("</tbody>\n</table>\n</div>\n");
    }

    private void WriteRow(Table table, IReadOnlyList<TableCell> cells, bool rowHeaders)
    {
        html.Append("<tr>");
        for (var c = 0; c < cells.Count; c++)
        {
            var cell = cells[c];
            var header = rowHeaders && c == 0 && cell.Runs.Any(r => r.Text.Trim().Length > 0);
            var tag = header ? "th" : "td";
            var classes = c < table.Columns.Count ? AlignmentClass(table.Columns[c].Alignment) : "";
            if (!header && cell.Runs.Sum(r => r.Text.Length) <= ShortCell)
            {
                // A figure ("< 0,001", "37,0 – 45,8 %") never breaks inside.
                classes = classes.Length == 0 ? "nowrap" : classes + " nowrap";
            }

            html.Append('<').Append(tag).Append(header ? " scope=\"row\"" : "").Append(ClassAttribute(classes));
            if (cell.Fill is { } fill)
            {
                // The cell's own colour, with the ink that meets 4.5:1 on it.
                html.Append(" style=\"background-color:").Append(HtmlStyleSheet.Hex(fill)).Append(";color:").Append(HtmlStyleSheet.Hex(WcagContrast.InkOn(fill))).Append('"');
            }

            html.Append('>');
            WriteRuns(cell.Runs);
            html.Append("</").Append(tag).Append('>');
        }

        html.Append("</tr>\n");
    }

    private static string AlignmentClass(ParagraphAlignment alignment) => alignment switch
    {
        ParagraphAlignment.Right => "right",
        ParagraphAlignment.Center => "center",
        _ => "",
    };

    private static string ClassAttribute(string classes) => classes.Length == 0 ? "" : $" class=\"{classes}\"";
}
