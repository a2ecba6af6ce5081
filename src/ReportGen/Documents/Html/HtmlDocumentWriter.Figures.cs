using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Charts;

namespace ReportGen.Documents.Html;

internal sealed partial class HtmlDocumentWriter
{
    /// <summary>The width charts are drawn at, in points, as the chart exports are: the SVG scales to the column.</summary>
    private const float ChartWidth = 480;

    /// <summary>
    /// A figure: the chart as inline SVG, an image (<c>role="img"</c>) named by its caption and described by its
    /// description in the SVG's own <c>title</c> and <c>desc</c>; the visible caption; then the description and the
    /// chart's data table in a disclosure, which a screen reader reaches as the next element.
    /// </summary>
    private void WriteFigure(Figure figure)
    {
        var n = ++figureCount;
        var id = Unique($"figure-{n.ToString(CultureInfo.InvariantCulture)}");
        var chart = figure.Chart;
        var size = chart.PreferredSize(ChartWidth);
        var width = Math.Max(1, (int)MathF.Ceiling(size.Width));
        // At the height the chart asks for: HeightScale squeezes a chart onto a printed page, which a web page need not.
        var height = Math.Max(1, (int)MathF.Ceiling(size.Height));
        var description = chart.Description;
        // On a phone the chart keeps a readable size and scrolls sideways: focusable, so a keyboard can scroll it too.
        html.Append("<figure class=\"chart\" id=\"").Append(id).Append("\" tabindex=\"0\">\n");
        html.Append(InlineSvg(ChartKit.ToSvg(chart.Draw, width, height), width, height, id, figure.Caption, description)).Append('\n');
        html.Append("<figcaption>").Append(HtmlText.Encode(figure.Caption)).Append("</figcaption>\n</figure>\n");
        var data = chart.Data;
        if (description.Length == 0 && data is null)
        {
            return;
        }

        html.Append("<details class=\"chart-data\">\n<summary>Description et données du graphique</summary>\n");
        if (description.Length > 0)
        {
            html.Append("<p>").Append(HtmlText.Encode(description)).Append("</p>\n");
        }

        if (data is not null)
        {
            WriteChartData(data, $"{id}-donnees", figure.Caption);
        }

        html.Append("</details>\n");
    }

    private void WriteChartData(ChartData data, string id, string caption)
    {
        // Columns of figures align right, columns of words left.
        var columns = data.Columns.Select((header, i) => new TableColumn(header, 1,
            i > 0 && data.Rows.All(row => i >= row.Count || row[i].Length == 0 || IsFigure(row[i])) ? ParagraphAlignment.Right : ParagraphAlignment.Left)).ToList();
        var rows = data.Rows.Select(row => (IReadOnlyList<TableCell>)[.. row.Select(cell => (TableCell)cell)]).ToList();
        var labelId = Unique(id);
        html.Append("<p class=\"small\" id=\"").Append(labelId).Append("\">Données : ").Append(HtmlText.Encode(caption)).Append("</p>\n");
        WriteTable(new Table(columns, rows), labelId, "Données : " + caption);
    }

    private static bool IsFigure(string cell) => char.IsAsciiDigit(cell[0]) || cell[0] is '+' or '−' or '-' or '<';

    /// <summary>
    /// Skia's SVG document made an inline image of the page: no XML declaration, <c>role="img"</c>, labelled by a
    /// <c>title</c> and a <c>desc</c> of its own, and every id it defines (clip paths) prefixed with the figure's, so
    /// that two charts on one page never share an id.
    /// </summary>
    internal static string InlineSvg(string svg, int width, int height, string figureId, string caption, string description)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException("the chart's drawing is not an SVG document.");
        }

        var body = SvgReference().Replace(svg[start..], m => m.Groups["lead"].Value + figureId + "-" + m.Groups["id"].Value);
        body = Indent().Replace(body.ReplaceLineEndings("\n"), "\n").TrimEnd('\n');
        var open = body.IndexOf('>', StringComparison.Ordinal);
        var titleId = $"{figureId}-titre";
        var descId = $"{figureId}-description";
        var labelled = description.Length == 0 ? titleId : $"{titleId} {descId}";
        // A viewBox, so that the drawing scales with the column (Skia writes only a width and a height).
        var viewBox = body[..open].Contains("viewBox=", StringComparison.Ordinal) ? "" : string.Create(CultureInfo.InvariantCulture, $" viewBox=\"0 0 {width} {height}\"");
        var head = $"{body[..open]}{viewBox} role=\"img\" aria-labelledby=\"{labelled}\" focusable=\"false\">" +
            $"<title id=\"{titleId}\">{HtmlText.Encode(caption)}</title>" +
            (description.Length == 0 ? "" : $"<desc id=\"{descId}\">{HtmlText.Encode(description)}</desc>");
        return head + body[(open + 1)..];
    }

    /// <summary>An id defined or referred to in an SVG: <c>id="…"</c>, <c>url(#…)</c>, <c>href="#…"</c> (and <c>xlink:href</c>).</summary>
    [GeneratedRegex(@"(?<lead>\bid=""|url\(#|href=""#)(?<id>[^""\)\s]+)")]
    private static partial Regex SvgReference();

    /// <summary>The tabs Skia indents its elements with (a third of a chart's bytes).</summary>
    [GeneratedRegex(@"\n[\t ]+")]
    private static partial Regex Indent();
}
