using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;
using PdfSharp.UniversalAccessibility.Drawing;
using ReportGen.Charts;
using ReportGen.Documents;
using SkiaSharp;

namespace TaggedPdf;

/// <summary>
/// A small second layout of the blocks, drawn through PDFsharp's XGraphics with its StructureBuilder: every block
/// is a structure element (H1/H2, P, L/LI/Lbl/LBody, BlockQuote, Figure with Alt, Table/THead/TBody/TR/TH/TD),
/// everything else (header, footer, rules, fills) an artifact. It lays out like ReportGen's layer in spirit
/// (same page, margins, sizes and colours) but without shaping, hyphen breaks, widows or header-row repeats.
/// </summary>
internal static class TaggedNewsletterWriter
{
    private const string Language = "fr-FR";

    public static byte[] Write(DocumentInfo info, IReadOnlyList<Block> blocks, string chartAlt)
    {
        var document = new PdfDocument();
        var date = info.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        document.Info.Title = info.Title;
        document.Info.Author = info.Author;
        document.Info.Subject = info.Subject;
        document.Info.Keywords = info.Keywords;
        document.Info.Creator = info.Creator;
        document.Info.CreationDate = date;
        document.Info.ModificationDate = date;
        document.Language = Language;

        var ua = UAManager.ForDocument(document);
        ua.SetDocumentLanguage(Language);

        // Layout first (a measuring context), so that the footer can say "page n / N".
        var measure = XGraphics.CreateMeasureContext(new XSize(DocumentTheme.PageWidth, DocumentTheme.PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards);
        var items = new Layout(measure, chartAlt).Items(blocks);
        var pages = Paginate(items);

        for (var p = 0; p < pages.Count; p++)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(DocumentTheme.PageWidth);
            page.Height = XUnit.FromPoint(DocumentTheme.PageHeight);
            using var gfx = XGraphics.FromPdfPage(page);
            var sb = ua.StructureBuilder;
            DrawFurniture(gfx, sb, info, p + 1, pages.Count);
            foreach (var (item, y) in pages[p])
            {
                item.Draw(gfx, sb, y);
            }
        }

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return PdfUaMetadata.Add(stream.ToArray(), info);
    }

    /// <summary>Top to bottom between the margins; an item that keeps with the next one goes with it.</summary>
    private static List<List<(Item Item, double Y)>> Paginate(List<Item> items)
    {
        var pages = new List<List<(Item, double)>> { new() };
        var top = (double)DocumentTheme.MarginTop;
        var bottom = DocumentTheme.PageHeight - DocumentTheme.MarginBottom;
        var y = top;
        for (var i = 0; i < items.Count; i++)
        {
            var need = items[i].SpaceBefore + items[i].Height;
            for (var j = i; items[j].KeepWithNext && j + 1 < items.Count; j++)
            {
                need += items[j + 1].SpaceBefore + items[j + 1].Height;
            }

            if (y + need > bottom && pages[^1].Count > 0)
            {
                pages.Add([]);
                y = top;
            }

            y += pages[^1].Count == 0 ? 0 : items[i].SpaceBefore;
            pages[^1].Add((items[i], y));
            y += items[i].Height;
        }

        return pages;
    }

    private static void DrawFurniture(XGraphics gfx, StructureBuilder sb, DocumentInfo info, int page, int pages)
    {
        var font = Fonts.Get(DocumentTheme.Small);
        var brush = Fonts.Brush(DocumentTheme.Small.Ink);
        var left = DocumentTheme.MarginLeft;
        var right = DocumentTheme.PageWidth - DocumentTheme.MarginRight;
        var rule = new XPen(Fonts.Color(DocumentTheme.Rule), 0.5);
        sb.BeginArtifact();
        var header = DocumentTheme.MarginTop - 26;
        gfx.DrawString(info.Title, font, brush, left, header);
        gfx.DrawString(info.Reference, font, brush, right, header, XStringFormats.BaseLineRight);
        gfx.DrawLine(rule, left, header + 6, right, header + 6);
        var footer = DocumentTheme.PageHeight - DocumentTheme.MarginBottom + 30;
        gfx.DrawLine(rule, left, footer - 11, right, footer - 11);
        gfx.DrawString($"Version {info.Version} du {ReportGen.Publishing.FrenchFormat.Date(info.Date)}", font, brush, left, footer);
        gfx.DrawString(string.Create(CultureInfo.InvariantCulture, $"page {page} / {pages}"), font, brush, right, footer, XStringFormats.BaseLineRight);
        sb.End();
    }

    /// <summary>A piece of a page of fixed height; <see cref="Draw"/> also opens and closes the structure elements it begins or ends.</summary>
    private sealed record Item(double Height, Action<XGraphics, StructureBuilder, double> Draw, double SpaceBefore = 0, bool KeepWithNext = false);

    /// <summary>One line of text: segments of one style each, at x offsets from the line's left.</summary>
    private sealed record Line(IReadOnlyList<(string Text, TextStyle Style, bool Math, double X)> Segments, double Width, double Ascent, double Height);

    private sealed class Layout(XGraphics measure, string chartAlt)
    {
        private readonly double _width = DocumentTheme.ContentWidth;
        private readonly double _left = DocumentTheme.MarginLeft;

        public List<Item> Items(IReadOnlyList<Block> blocks)
        {
            var items = new List<Item>();
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case Heading heading:
                        items.AddRange(Text(heading.Text is { } t ? [new Run(t)] : [], DocumentTheme.HeadingStyle(heading.Level), ParagraphAlignment.Left,
                            heading.Level == 1 ? PdfBlockLevelElementTag.Heading1 : heading.Level == 2 ? PdfBlockLevelElementTag.Heading2 : PdfBlockLevelElementTag.Heading3,
                            spaceBefore: heading.Level == 1 ? 0 : 12, keep: true, rule: heading.Level == 1));
                        break;
                    case Paragraph paragraph when paragraph.Style == MarkdownBlocks.QuoteStyle:
                        var quote = Text(paragraph.Runs, paragraph.Style, paragraph.Alignment, PdfBlockLevelElementTag.Paragraph, DocumentTheme.ParagraphSpacing, indent: 14);
                        items.AddRange(Wrap(quote, sb => sb.BeginElement(PdfGroupingElementTag.BlockQuotation), sb => sb.End()));
                        break;
                    case Paragraph paragraph:
                        items.AddRange(Text(paragraph.Runs, paragraph.Style ?? DocumentTheme.Body, paragraph.Alignment, PdfBlockLevelElementTag.Paragraph, DocumentTheme.ParagraphSpacing));
                        break;
                    case ListBlock list:
                        items.AddRange(List(list));
                        break;
                    case KeyFigureBox box:
                        items.Add(KeyFigures(box));
                        break;
                    case Figure figure:
                        items.Add(Chart(figure));
                        items.AddRange(Text([new Run(figure.Caption)], DocumentTheme.Caption, ParagraphAlignment.Center, PdfBlockLevelElementTag.Paragraph, 4));
                        break;
                    case Table table:
                        items.AddRange(TableRows(table));
                        break;
                    default:
                        throw new NotSupportedException($"the prototype does not lay out {block.GetType().Name}");
                }
            }

            return items;
        }

        /// <summary>The lines of a run list as items, the first opening the element <paramref name="tag"/>, the last closing it.</summary>
        private List<Item> Text(IReadOnlyList<Run> runs, TextStyle style, ParagraphAlignment alignment, PdfBlockLevelElementTag tag, double spaceBefore,
            bool keep = false, double indent = 0, bool rule = false)
        {
            var width = _width - indent;
            var lines = Break(runs, style, width);
            var items = new List<Item>();
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                var first = i == 0;
                var last = i == lines.Count - 1;
                var height = line.Height + (last && rule ? 8 : 0);
                items.Add(new Item(height, (gfx, sb, y) =>
                {
                    if (first)
                    {
                        sb.BeginElement(tag);
                    }

                    var x = _left + indent + (alignment switch
                    {
                        ParagraphAlignment.Center => (width - line.Width) / 2,
                        ParagraphAlignment.Right => width - line.Width,
                        _ => 0,
                    });
                    DrawLine(gfx, line, x, y + line.Ascent);
                    if (last)
                    {
                        sb.End();
                        if (rule)
                        {
                            sb.BeginArtifact();
                            gfx.DrawLine(new XPen(Fonts.Color(DocumentTheme.Rule), 0.75), _left, y + line.Height + 4, _left + _width, y + line.Height + 4);
                            sb.End();
                        }
                    }
                }, first ? spaceBefore : 0, keep || (lines.Count > 1 && (i == 0 || i == lines.Count - 2))));
            }

            return items;
        }

        private static List<Item> Wrap(List<Item> items, Action<StructureBuilder> begin, Action<StructureBuilder> end)
        {
            var first = items[0];
            items[0] = first with { Draw = (g, sb, y) => { begin(sb); first.Draw(g, sb, y); } };
            var last = items[^1];
            items[^1] = last with { Draw = (g, sb, y) => { last.Draw(g, sb, y); end(sb); } };
            return items;
        }

        private List<Item> List(ListBlock list)
        {
            const double labelWidth = 14;
            var style = DocumentTheme.Body;
            var items = new List<Item>();
            for (var n = 0; n < list.Items.Count; n++)
            {
                var label = list.Numbered ? $"{n + 1}." : "•";
                var lines = Break(list.Items[n], style, _width - labelWidth);
                for (var i = 0; i < lines.Count; i++)
                {
                    var line = lines[i];
                    var first = i == 0;
                    var last = i == lines.Count - 1;
                    var firstItem = n == 0 && first;
                    var lastItem = n == list.Items.Count - 1 && last;
                    items.Add(new Item(line.Height, (gfx, sb, y) =>
                    {
                        if (firstItem)
                        {
                            sb.BeginElement(PdfBlockLevelElementTag.List);
                        }

                        if (first)
                        {
                            sb.BeginElement(PdfBlockLevelElementTag.ListItem);
                            sb.BeginElement(PdfBlockLevelElementTag.Label);
                            gfx.DrawString(label, Fonts.Get(style), Fonts.Brush(DocumentTheme.Muted), _left + 3, y + line.Ascent);
                            sb.End();
                            sb.BeginElement(PdfBlockLevelElementTag.ListBody);
                        }

                        DrawLine(gfx, line, _left + labelWidth, y + line.Ascent);
                        if (last)
                        {
                            sb.End();
                            sb.End();
                        }

                        if (lastItem)
                        {
                            sb.End();
                        }
                    }, firstItem ? DocumentTheme.ParagraphSpacing : first ? 2 : 0, lines.Count > 1 && i < lines.Count - 1));
                }
            }

            return items;
        }

        /// <summary>The box of key figures: a list whose labels are the figures (what it was in the Markdown).</summary>
        private Item KeyFigures(KeyFigureBox box)
        {
            const double pad = 10, figureColumn = 68, gap = 1.5;
            var figureStyle = new TextStyle(13.5f, Bold: true, Color: DocumentTheme.AccentLight);
            var figureFont = Fonts.Get(figureStyle);
            var rows = box.Figures.Select(f => (f.Figure, Lines: Break([new Run(f.Text)], DocumentTheme.Body, _width - (2 * pad) - figureColumn))).ToList();
            var figureHeight = figureFont.GetHeight();
            var rowHeights = rows.Select(r => Math.Max(r.Lines.Sum(l => l.Height), figureHeight)).ToList();
            var height = (2 * pad) + rowHeights.Sum() + (gap * (rows.Count - 1));
            return new Item(height, (gfx, sb, y) =>
            {
                sb.BeginArtifact();
                gfx.DrawRectangle(Fonts.Brush(DocumentTheme.BoxFill), _left, y, _width, height);
                gfx.DrawRectangle(Fonts.Brush(DocumentTheme.Accent), _left, y, 3, height);
                sb.End();
                sb.BeginElement(PdfBlockLevelElementTag.List);
                var ry = y + pad;
                for (var r = 0; r < rows.Count; r++)
                {
                    var (figure, lines) = rows[r];
                    var baseline = ry + lines[0].Ascent;
                    sb.BeginElement(PdfBlockLevelElementTag.ListItem);
                    sb.BeginElement(PdfBlockLevelElementTag.Label);
                    gfx.DrawString(figure, figureFont, Fonts.Brush(figureStyle.Ink), _left + pad, baseline);
                    sb.End();
                    sb.BeginElement(PdfBlockLevelElementTag.ListBody);
                    var ly = ry;
                    foreach (var line in lines)
                    {
                        DrawLine(gfx, line, _left + pad + figureColumn, ly + line.Ascent);
                        ly += line.Height;
                    }

                    sb.End();
                    sb.End();
                    ry += rowHeights[r] + gap;
                }

                sb.End();
            }, DocumentTheme.ParagraphSpacing + 2);
        }

        /// <summary>The chart as a 300 dpi PNG (PDFsharp cannot take Skia's vectors), tagged Figure with its alternative text.</summary>
        private Item Chart(Figure figure)
        {
            var height = Math.Ceiling(figure.Measure((float)_width));
            var png = figure.Chart.ToPng((int)Math.Round(_width), (int)height, 300);
            return new Item(height, (gfx, sb, y) =>
            {
                using var image = XImage.FromStream(new MemoryStream(png));
                var rect = new XRect(_left, y, _width, height);
                gfx.DrawImage(image, rect, chartAlt, rect);
            }, 10, KeepWithNext: true);
        }

        private List<Item> TableRows(Table table)
        {
            const double pad = 3;
            var style = DocumentTheme.TableText;
            var total = table.Columns.Sum(c => c.Width);
            var widths = table.Columns.Select(c => _width * c.Width / total).ToList();
            var items = new List<Item>();
            var header = table.Columns.Select((c, i) => Break([new Run(c.Header)], style.WithBold(), widths[i] - (2 * pad))).ToList();
            var headerHeight = header.Max(l => l.Sum(x => x.Height)) + (2 * pad);
            items.Add(new Item(headerHeight, (gfx, sb, y) =>
            {
                sb.BeginElement(PdfBlockLevelElementTag.Table);
                sb.BeginElement(PdfBlockLevelElementTag.TableHeadRowGroup);
                sb.BeginElement(PdfBlockLevelElementTag.TableRow);
                sb.BeginArtifact();
                gfx.DrawRectangle(Fonts.Brush(DocumentTheme.HeaderFill), _left, y, _width, headerHeight);
                sb.End();
                var x = _left;
                for (var c = 0; c < header.Count; c++)
                {
                    sb.BeginElement(PdfBlockLevelElementTag.TableHeaderCell);
                    Scope(sb, "/Column");
                    DrawCell(gfx, header[c], x, y + pad, widths[c] - (2 * pad), pad, table.Columns[c].Alignment);
                    sb.End();
                    x += widths[c];
                }

                sb.End();
                sb.End();
            }, 8, KeepWithNext: true));

            for (var r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                var cells = row.Select((cell, i) => Break(cell.Runs, style, widths[i] - (2 * pad))).ToList();
                var height = cells.Max(l => l.Sum(x => x.Height)) + (2 * pad);
                var firstRow = r == 0;
                var lastRow = r == table.Rows.Count - 1;
                var zebra = table.Zebra && r % 2 == 1;
                items.Add(new Item(height, (gfx, sb, y) =>
                {
                    if (firstRow)
                    {
                        sb.BeginElement(PdfBlockLevelElementTag.TableBodyRowGroup);
                    }

                    sb.BeginElement(PdfBlockLevelElementTag.TableRow);
                    sb.BeginArtifact();
                    if (zebra)
                    {
                        gfx.DrawRectangle(Fonts.Brush(DocumentTheme.ZebraFill), _left, y, _width, height);
                    }

                    gfx.DrawLine(new XPen(Fonts.Color(DocumentTheme.Rule), 0.5), _left, y + height, _left + _width, y + height);
                    sb.End();
                    var x = _left;
                    for (var c = 0; c < cells.Count; c++)
                    {
                        // The first column names the row: a row header.
                        sb.BeginElement(c == 0 ? PdfBlockLevelElementTag.TableHeaderCell : PdfBlockLevelElementTag.TableDataCell);
                        if (c == 0)
                        {
                            Scope(sb, "/Row");
                        }

                        DrawCell(gfx, cells[c], x, y + pad, widths[c] - (2 * pad), pad, table.Columns[c].Alignment);
                        sb.End();
                        x += widths[c];
                    }

                    sb.End();
                    if (lastRow)
                    {
                        sb.End();
                        sb.End();
                    }
                }, KeepWithNext: r >= table.Rows.Count - 2 && !lastRow));
            }

            return items;
        }

        /// <summary>PDFsharp has no API for table attributes: /A &lt;&lt; /O /Table /Scope … &gt;&gt; is set on the element's dictionary.</summary>
        private static void Scope(StructureBuilder sb, string scope)
        {
            var attributes = new PdfDictionary();
            attributes.Elements.SetName("/O", "/Table");
            attributes.Elements.SetName("/Scope", scope);
            sb.CurrentStructureElement.Elements.SetObject("/A", attributes);
        }

        private static void DrawCell(XGraphics gfx, List<Line> lines, double x, double y, double width, double pad, ParagraphAlignment alignment)
        {
            foreach (var line in lines)
            {
                var dx = alignment == ParagraphAlignment.Right ? width - line.Width : alignment == ParagraphAlignment.Center ? (width - line.Width) / 2 : 0;
                DrawLine(gfx, line, x + pad + dx, y + line.Ascent);
                y += line.Height;
            }
        }

        private static void DrawLine(XGraphics gfx, Line line, double x, double baseline)
        {
            foreach (var (text, style, math, dx) in line.Segments)
            {
                gfx.DrawString(text, Fonts.Get(style, math), Fonts.Brush(style.Ink), x + dx, baseline);
            }
        }

        /// <summary>Greedy breaking at spaces (never at U+00A0 or U+202F), runs of one style merged into one string per line.</summary>
        private List<Line> Break(IReadOnlyList<Run> runs, TextStyle style, double width)
        {
            var words = new List<(string Text, TextStyle Style, bool SpaceBefore, bool Math)>();
            var space = false;
            foreach (var run in runs)
            {
                var runStyle = run.Style ?? run.Emphasis switch
                {
                    RunEmphasis.Bold => style.WithBold(),
                    RunEmphasis.Italic => style.WithItalic(),
                    _ => style,
                };
                var text = run.Text.Replace('\n', ' ');
                var start = 0;
                for (var i = 0; i <= text.Length; i++)
                {
                    if (i == text.Length || text[i] == ' ')
                    {
                        if (i > start)
                        {
                            // No font fallback in PDFsharp: what Noto Sans lacks (U+2212 minus, the other operators) is drawn in Noto Sans Math.
                            foreach (var (piece, math) in SplitMath(text[start..i]))
                            {
                                words.Add((piece, runStyle, space, math));
                                space = false;
                            }
                        }

                        if (i < text.Length)
                        {
                            space = true;
                        }

                        start = i + 1;
                    }
                }
            }

            var lines = new List<Line>();
            var current = new List<(string Text, TextStyle Style, bool SpaceBefore, bool Math)>();
            var used = 0.0;
            foreach (var word in words)
            {
                var w = Width(word.Text, word.Style, word.Math) + (word.SpaceBefore && current.Count > 0 ? Width(" ", word.Style) : 0);
                if (current.Count > 0 && used + w > width && word.SpaceBefore)
                {
                    // The space the line breaks at stays, at the line's end: text extraction and screen readers then keep the words apart.
                    lines.Add(MakeLine(current, style, trailingSpace: true));
                    current = [];
                    used = 0;
                    w = Width(word.Text, word.Style, word.Math);
                }

                current.Add(word);
                used += w;
            }

            if (current.Count > 0 || lines.Count == 0)
            {
                lines.Add(MakeLine(current, style));
            }

            return lines;
        }

        private Line MakeLine(List<(string Text, TextStyle Style, bool SpaceBefore, bool Math)> words, TextStyle blockStyle, bool trailingSpace = false)
        {
            var segments = new List<(string, TextStyle, bool, double)>();
            var x = 0.0;
            var text = "";
            TextStyle? style = null;
            var math = false;
            var segmentX = 0.0;
            for (var i = 0; i < words.Count; i++)
            {
                var space = i > 0 && words[i].SpaceBefore;
                if (style is not null && (words[i].Style != style || words[i].Math != math || (space && math)))
                {
                    segments.Add((text, style, math, segmentX));
                    x = segmentX + Width(text, style, math);
                    text = "";
                }

                if (text.Length == 0 && space)
                {
                    x += Width(" ", words[i].Style);
                    space = false;
                }

                if (text.Length == 0)
                {
                    segmentX = x;
                }

                style = words[i].Style;
                math = words[i].Math;
                text += (space ? " " : "") + words[i].Text;
            }

            if (style is not null && text.Length > 0)
            {
                segments.Add((text + (trailingSpace && !math ? " " : ""), style, math, segmentX));
                x = segmentX + Width(text, style, math);
            }

            var tallest = words.Count == 0 ? blockStyle : words.Select(w => w.Style).MaxBy(s => s.Size)!;
            var font = Fonts.Get(tallest);
            var height = tallest.Size * DocumentTheme.LineHeight;
            var ascent = (height - tallest.Size) / 2 + (font.Size * font.Metrics.Ascent / font.Metrics.UnitsPerEm);
            return new Line(segments, x, ascent, height);
        }

        private double Width(string text, TextStyle style, bool math = false) => measure.MeasureString(text, Fonts.Get(style, math)).Width;

        private static IEnumerable<(string Text, bool Math)> SplitMath(string word)
        {
            var start = 0;
            for (var i = 1; i <= word.Length; i++)
            {
                if (i == word.Length || IsMath(word[i]) != IsMath(word[start]))
                {
                    yield return (word[start..i], IsMath(word[start]));
                    start = i;
                }
            }
        }

        private static bool IsMath(char c) => c is >= '\u2200' and <= '\u22FF';
    }

    /// <summary>XFont and brush caches over ReportGen's styles.</summary>
    private static class Fonts
    {
        private static readonly Dictionary<(float, bool, bool, bool), XFont> Cache = [];
        private static readonly Lock Gate = new();

        public static XFont Get(TextStyle style, bool math = false)
        {
            lock (Gate)
            {
                var key = (style.Size, style.Bold && !math, style.Italic && !math, math);
                if (!Cache.TryGetValue(key, out var font))
                {
                    var fontStyle = (style.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular) | (style.Italic ? XFontStyleEx.Italic : XFontStyleEx.Regular);
                    font = new XFont(math ? NotoFontResolver.MathFamily : NotoFontResolver.Family, style.Size, math ? XFontStyleEx.Regular : fontStyle, new XPdfFontOptions(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset));
                    Cache[key] = font;
                }

                return font;
            }
        }

        public static XColor Color(SKColor c) => XColor.FromArgb(c.Alpha, c.Red, c.Green, c.Blue);

        public static XSolidBrush Brush(SKColor c) => new(Color(c));
    }
}
