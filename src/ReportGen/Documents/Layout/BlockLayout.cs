using System.Globalization;
using SkiaSharp;

namespace ReportGen.Documents.Layout;

/// <summary>Turns blocks into fragments for a content width: lines, rows and boxes of known height.</summary>
internal sealed class BlockLayout(TextEngine text, float width, bool numberHeadings)
{
    private IReadOnlyList<HeadingEntry> _headings = [];

    public IReadOnlyList<HeadingEntry> Headings => _headings;

    /// <summary>Numbers and anchors every heading first, so that a table of contents before them knows them.</summary>
    public IReadOnlyList<HeadingEntry> Prepare(IReadOnlyList<Block> blocks) => _headings = HeadingNumbers.Of(blocks, numberHeadings);

    public List<Fragment> Layout(IReadOnlyList<Block> blocks)
    {
        var fragments = new List<Fragment>();
        var headingIndex = 0;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading:
                    fragments.Add(LayoutHeading(_headings[headingIndex++]));
                    break;
                case Paragraph paragraph:
                    fragments.AddRange(LayoutParagraph(paragraph.Runs, paragraph.Style ?? DocumentTheme.Body, paragraph.Alignment, 0, DocumentTheme.ParagraphSpacing));
                    break;
                case ListBlock list:
                    fragments.AddRange(LayoutList(list));
                    break;
                case Table table:
                    fragments.AddRange(LayoutTable(table));
                    break;
                case Figure figure:
                    fragments.AddRange(LayoutFigure(figure));
                    break;
                case TitleBlock title:
                    fragments.AddRange(LayoutTitle(title));
                    break;
                case KeyFigureBox box:
                    fragments.Add(LayoutKeyFigures(box));
                    break;
                case PageBreak:
                    fragments.Add(new Fragment { Height = 0, BreakBefore = true, Draw = (_, _) => { } });
                    break;
                case TableOfContents toc:
                    fragments.AddRange(LayoutContents(toc));
                    break;
                default:
                    throw new NotSupportedException($"no layout for {block.GetType().Name}");
            }
        }

        return fragments;
    }

    private Fragment LayoutHeading(HeadingEntry entry)
    {
        var style = DocumentTheme.HeadingStyle(entry.Level);
        var label = entry.Label;
        var lines = LineBreaker.Break(text, [new Run(label)], style, width);
        var height = lines.Sum(l => l.Height) + (entry.Level == 1 ? 6 : 2);
        return new Fragment
        {
            Height = height,
            SpaceBefore = entry.Level == 1 ? 16 : 12,
            KeepWithNext = true,
            Heading = entry,
            Draw = (context, origin) =>
            {
                PdfAnnotations.Destination(context.Canvas, new SKPoint(origin.X, origin.Y), entry.Anchor);
                var y = origin.Y;
                foreach (var line in lines)
                {
                    DrawLine(context, line, origin.X, y, ParagraphAlignment.Left, width);
                    y += line.Height;
                }

                if (entry.Level == 1)
                {
                    using var rule = new SKPaint { Color = DocumentTheme.Rule, StrokeWidth = 0.8f, IsAntialias = true };
                    context.Canvas.DrawLine(origin.X, y + 2, origin.X + width, y + 2, rule);
                }
            },
        };
    }

    private List<Fragment> LayoutParagraph(IReadOnlyList<Run> runs, TextStyle style, ParagraphAlignment alignment, float indent, float spaceBefore, Action<DrawContext, SKPoint, TextLine>? marker = null)
    {
        var lines = LineBreaker.Break(text, runs, style, width - indent);
        var fragments = new List<Fragment>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var first = i == 0;
            // No orphan (a first line alone at a page's foot) and no widow (a last line alone at a page's top).
            var keep = lines.Count > 1 && (i == 0 || i == lines.Count - 2);
            fragments.Add(new Fragment
            {
                Height = line.Height,
                SpaceBefore = first ? spaceBefore : 0,
                KeepWithNext = keep,
                Draw = (context, origin) =>
                {
                    if (first)
                    {
                        marker?.Invoke(context, origin, line);
                    }

                    DrawLine(context, line, origin.X + indent, origin.Y, alignment, width - indent);
                },
            });
        }

        return fragments;
    }

    private List<Fragment> LayoutList(ListBlock list)
    {
        var fragments = new List<Fragment>();
        var style = DocumentTheme.Body;
        const float indent = 16;
        for (var i = 0; i < list.Items.Count; i++)
        {
            var marker = list.Numbered ? $"{(i + 1).ToString(CultureInfo.InvariantCulture)}." : "•";
            fragments.AddRange(LayoutParagraph(list.Items[i], style, ParagraphAlignment.Left, indent, i == 0 ? DocumentTheme.ParagraphSpacing : 2.5f,
                (context, origin, line) => context.Text.Draw(context.Canvas, marker, origin.X + 3, origin.Y + line.Ascent, style, DocumentTheme.AccentLight)));
        }

        return fragments;
    }

    private List<Fragment> LayoutTable(Table table)
    {
        var total = table.Columns.Sum(c => c.Width);
        var widths = table.Columns.Select(c => width * c.Width / total).ToArray();
        const float padX = 4f, padY = 3f;
        var headerStyle = DocumentTheme.TableText.WithBold();
        var rotated = table.Columns.Any(c => c.RotatedHeader);

        // A point smaller, so that two lines of a rotated header fit side by side in a column of figures.
        var rotatedStyle = headerStyle with { Size = headerStyle.Size - 1 };

        (IReadOnlyList<TextLine>[] Cells, float Height) Measure(IReadOnlyList<IReadOnlyList<Run>> cells, TextStyle style, bool header)
        {
            var laid = new IReadOnlyList<TextLine>[cells.Count];
            var height = 0f;
            for (var c = 0; c < cells.Count; c++)
            {
                var turned = header && table.Columns[c].RotatedHeader;
                laid[c] = turned ? BreakRotated(cells[c], rotatedStyle, widths[c] - (2 * padX)) : LineBreaker.Break(text, cells[c], style, widths[c] - (2 * padX));
                var extent = turned ? laid[c].Select(l => l.Width).DefaultIfEmpty(0).Max() : laid[c].Sum(l => l.Height);
                height = Math.Max(height, extent);
            }

            return (laid, height + (2 * padY));
        }

        Action<DrawContext, SKPoint> DrawRow(IReadOnlyList<TextLine>[] cells, IReadOnlyList<SKColor?> cellFills, float height, SKColor? fill, bool header) => (context, origin) =>
        {
            var canvas = context.Canvas;
            if (fill is { } color)
            {
                using var paint = new SKPaint { Color = color };
                canvas.DrawRect(origin.X, origin.Y, width, height, paint);
            }

            var x = origin.X;
            for (var c = 0; c < cells.Length; c++)
            {
                if (cellFills[c] is { } cellFill)
                {
                    // A hairline of white between filled cells, so that neighbours of one colour still read as cells.
                    using var paint = new SKPaint { Color = cellFill };
                    canvas.DrawRect(x + 0.5f, origin.Y + 0.5f, widths[c] - 1, height - 1, paint);
                }

                var column = table.Columns[c];
                if (header && column.RotatedHeader)
                {
                    DrawRotated(context, cells[c], x, origin.Y + height - padY, widths[c]);
                }
                else
                {
                    // Under rotated headers, the other headers sit at the foot of the row, by the start of the rotated ones.
                    var y = header && rotated ? origin.Y + height - padY - cells[c].Sum(l => l.Height) : origin.Y + padY;
                    foreach (var line in cells[c])
                    {
                        DrawLine(context, line, x + padX, y, column.Alignment, widths[c] - (2 * padX));
                        y += line.Height;
                    }
                }

                x += widths[c];
            }

            using var rule = new SKPaint { Color = header ? DocumentTheme.AccentLight : DocumentTheme.Rule, StrokeWidth = header ? 0.9f : 0.5f, IsAntialias = true };
            canvas.DrawLine(origin.X, origin.Y + height, origin.X + width, origin.Y + height, rule);
        };

        var noFills = new SKColor?[table.Columns.Count];
        var (headerCells, headerHeight) = Measure([.. table.Columns.Select(c => (IReadOnlyList<Run>)[new Run(c.Header)])], headerStyle, header: true);
        var headerDraw = DrawRow(headerCells, noFills, headerHeight, DocumentTheme.HeaderFill, true);
        var rows = new List<(float Height, Action<DrawContext, SKPoint> Draw)>(table.Rows.Count);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var (cells, height) = Measure([.. table.Rows[r].Select(c => c.Runs)], DocumentTheme.TableText, header: false);
            var fill = table.Zebra && r % 2 == 1 ? DocumentTheme.ZebraFill : (SKColor?)null;
            rows.Add((height, DrawRow(cells, [.. table.Rows[r].Select(c => c.Fill)], height, fill, false)));
        }

        // The header, with the rows that belong to it (a reference row), drawn as one fragment repeated on every page.
        var lead = Math.Clamp(table.HeaderRows, 0, rows.Count);
        var leadHeight = headerHeight + rows.Take(lead).Sum(r => r.Height);
        var leadDraw = lead == 0 ? headerDraw : (context, origin) =>
        {
            headerDraw(context, origin);
            var y = origin.Y + headerHeight;
            foreach (var row in rows.Take(lead))
            {
                row.Draw(context, new SKPoint(origin.X, y));
                y += row.Height;
            }

            using var rule = new SKPaint { Color = DocumentTheme.AccentLight, StrokeWidth = 0.9f, IsAntialias = true };
            context.Canvas.DrawLine(origin.X, y, origin.X + width, y, rule);
        };
        var header = new Fragment { Height = leadHeight, Draw = leadDraw };
        var fragments = new List<Fragment>
        {
            new() { Height = leadHeight, SpaceBefore = DocumentTheme.ParagraphSpacing, KeepWithNext = true, Draw = leadDraw },
        };
        for (var r = lead; r < rows.Count; r++)
        {
            // The last row never goes alone to a new page under a repeated header.
            var keep = table.Rows.Count > 2 && r == table.Rows.Count - 2;
            fragments.Add(new Fragment { Height = rows[r].Height, RepeatedHeader = header, KeepWithNext = keep, Draw = rows[r].Draw });
        }

        return fragments;
    }

    /// <summary>
    /// A rotated header's lines: as many as the column's width holds side by side, each as short as that allows,
    /// so that the header row stays low.
    /// </summary>
    private IReadOnlyList<TextLine> BreakRotated(IReadOnlyList<Run> runs, TextStyle style, float columnWidth)
    {
        const float shortest = 60f, step = 10f;
        var longest = text.Measure(string.Concat(runs.Select(r => r.Text)), style) + 1;
        for (var length = shortest; ; length += step)
        {
            var lines = LineBreaker.Break(text, runs, style, length);
            if (lines.Sum(l => l.Height) <= columnWidth || length >= longest)
            {
                return lines;
            }
        }
    }

    /// <summary>Draws lines bottom to top from <paramref name="bottom"/>, side by side and centred in a column of <paramref name="columnWidth"/>.</summary>
    private static void DrawRotated(DrawContext context, IReadOnlyList<TextLine> lines, float left, float bottom, float columnWidth)
    {
        var canvas = context.Canvas;
        var saved = canvas.Save();
        canvas.Translate(left, bottom);
        canvas.RotateDegrees(-90);
        // In the turned frame x runs up the page and y to the right: the first line is the leftmost.
        var y = (columnWidth - lines.Sum(l => l.Height)) / 2;
        foreach (var line in lines)
        {
            DrawLine(context, line, 0, y, ParagraphAlignment.Left, line.Width);
            y += line.Height;
        }

        canvas.RestoreToCount(saved);
    }

    private List<Fragment> LayoutFigure(Figure figure)
    {
        var maxHeight = DocumentTheme.PageHeight - DocumentTheme.MarginTop - DocumentTheme.MarginBottom - 60;
        var height = Math.Min(figure.Measure(width), maxHeight);
        var image = new Fragment
        {
            Height = height,
            SpaceBefore = 10,
            KeepWithNext = true,
            Draw = (context, origin) => figure.Draw(context.Canvas, SKRect.Create(origin.X, origin.Y, width, height)),
        };
        var caption = LayoutParagraph([new Run(figure.Caption)], DocumentTheme.Caption, ParagraphAlignment.Center, 0, 4);
        return [image, .. caption];
    }

    private List<Fragment> LayoutTitle(TitleBlock title)
    {
        var fragments = new List<Fragment>();
        fragments.AddRange(LayoutParagraph([new Run(title.Title)], new TextStyle(22f, Bold: true, Color: DocumentTheme.Accent), ParagraphAlignment.Left, 0, 40));
        if (title.Subtitle is { } subtitle)
        {
            fragments.AddRange(LayoutParagraph([new Run(subtitle)], new TextStyle(13f, Color: DocumentTheme.AccentLight), ParagraphAlignment.Left, 0, 6));
        }

        if (title.Details is { } details)
        {
            fragments.AddRange(LayoutParagraph([new Run(details)], new TextStyle(9.5f, Color: DocumentTheme.Muted), ParagraphAlignment.Left, 0, 10));
        }

        fragments.Add(new Fragment
        {
            Height = 14,
            SpaceBefore = 6,
            Draw = (context, origin) =>
            {
                using var bar = new SKPaint { Color = DocumentTheme.AccentLight, IsAntialias = true };
                context.Canvas.DrawRect(origin.X, origin.Y + 4, 60, 3, bar);
            },
        });
        return fragments;
    }

    private Fragment LayoutKeyFigures(KeyFigureBox box)
    {
        const float pad = 10f, figureColumn = 68f, gap = 1.5f;
        var figureStyle = new TextStyle(13.5f, Bold: true, Color: DocumentTheme.AccentLight);
        var titleStyle = new TextStyle(11f, Bold: true, Color: DocumentTheme.Accent);
        var titleLines = box.Title is null ? [] : LineBreaker.Break(text, [new Run(box.Title)], titleStyle, width - (2 * pad));
        var rows = box.Figures.Select(f =>
        {
            var lines = LineBreaker.Break(text, [new Run(f.Text)], DocumentTheme.Body, width - (2 * pad) - figureColumn);
            var (figureAscent, figureHeight) = text.Metrics(figureStyle);
            return (f.Figure, Lines: lines, Height: Math.Max(lines.Sum(l => l.Height), figureHeight), FigureAscent: figureAscent);
        }).ToList();
        var height = (2 * pad) + titleLines.Sum(l => l.Height) + (titleLines.Count > 0 ? 4 : 0) + rows.Sum(r => r.Height + gap) - gap;
        return new Fragment
        {
            Height = height,
            SpaceBefore = 10,
            Draw = (context, origin) =>
            {
                var canvas = context.Canvas;
                using (var fill = new SKPaint { Color = DocumentTheme.BoxFill, IsAntialias = true })
                {
                    canvas.DrawRoundRect(SKRect.Create(origin.X, origin.Y, width, height), 4, 4, fill);
                }

                using (var bar = new SKPaint { Color = DocumentTheme.AccentLight })
                {
                    canvas.DrawRect(origin.X, origin.Y, 3, height, bar);
                }

                var y = origin.Y + pad;
                foreach (var line in titleLines)
                {
                    DrawLine(context, line, origin.X + pad, y, ParagraphAlignment.Left, width - (2 * pad));
                    y += line.Height;
                }

                y += titleLines.Count > 0 ? 4 : 0;
                foreach (var row in rows)
                {
                    var textAscent = row.Lines.Count > 0 ? row.Lines[0].Ascent : 0;
                    // The figure and the first line of its words share a baseline.
                    var baseline = y + Math.Max(row.FigureAscent, textAscent);
                    context.Text.Draw(canvas, row.Figure, origin.X + pad, baseline, figureStyle);
                    var ly = baseline - textAscent;
                    foreach (var line in row.Lines)
                    {
                        DrawLine(context, line, origin.X + pad + figureColumn, ly, ParagraphAlignment.Left, width - (2 * pad) - figureColumn);
                        ly += line.Height;
                    }

                    y += row.Height + gap;
                }
            },
        };
    }

    private List<Fragment> LayoutContents(TableOfContents toc)
    {
        var fragments = new List<Fragment>();
        foreach (var entry in _headings.Where(h => h.Level <= toc.Depth && h.InContents))
        {
            var style = entry.Level == 1 ? DocumentTheme.Body.WithBold() : DocumentTheme.Body;
            var indent = (entry.Level - 1) * 16f;
            var label = entry.Label;
            var (ascent, lineHeight) = text.Metrics(style);
            fragments.Add(new Fragment
            {
                Height = lineHeight + 1,
                SpaceBefore = entry.Level == 1 ? 4 : 0,
                Draw = (context, origin) =>
                {
                    var page = context.AnchorPages.TryGetValue(entry.Anchor, out var p) ? p.ToString(CultureInfo.InvariantCulture) : "?";
                    var pageWidth = context.Text.Measure(page, style);
                    var baseline = origin.Y + ascent;
                    var available = width - indent - pageWidth - 12;
                    var shown = Fit(label, style, available);
                    context.Text.Draw(context.Canvas, shown, origin.X + indent, baseline, style);
                    var labelEnd = origin.X + indent + context.Text.Measure(shown, style) + 4;
                    // The dash effect is held until the line is drawn: passed inline, it would be garbage during the native call.
                    using (var dash = SKPathEffect.CreateDash([1, 3], 0))
                    using (var dots = new SKPaint { Color = DocumentTheme.Rule, StrokeWidth = 0.8f, PathEffect = dash })
                    {
                        context.Canvas.DrawLine(labelEnd, baseline, origin.X + width - pageWidth - 4, baseline, dots);
                    }

                    context.Text.Draw(context.Canvas, page, origin.X + width - pageWidth, baseline, style);
                    PdfAnnotations.LinkTo(context.Canvas, SKRect.Create(origin.X, origin.Y, width, lineHeight), entry.Anchor);
                },
            });
        }

        return fragments;
    }

    private string Fit(string label, TextStyle style, float available)
    {
        if (text.Measure(label, style) <= available)
        {
            return label;
        }

        // The longest beginning that fits with '…', found by halving (a label of any length costs a few measures).
        int low = 1, high = label.Length;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (text.Measure(label[..middle] + "…", style) <= available)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return label[..low].TrimEnd() + "…";
    }

    /// <summary>Draws a line at the top-left corner <paramref name="x"/>, <paramref name="top"/>, with its links.</summary>
    internal static void DrawLine(DrawContext context, TextLine line, float x, float top, ParagraphAlignment alignment, float available)
    {
        var start = alignment switch
        {
            ParagraphAlignment.Center => x + ((available - line.Width) / 2),
            ParagraphAlignment.Right => x + available - line.Width,
            _ => x,
        };
        var baseline = top + line.Ascent;
        foreach (var piece in line.Pieces)
        {
            context.Text.Draw(context.Canvas, piece.Text, start + piece.X, baseline, piece.Style);
            if (piece.Link is { } link)
            {
                var rect = SKRect.Create(start + piece.X, top, piece.Width, line.Height);
                if (link.StartsWith('#'))
                {
                    PdfAnnotations.LinkTo(context.Canvas, rect, link[1..]);
                }
                else if (SafeLink.IsAllowed(link))
                {
                    PdfAnnotations.Url(context.Canvas, rect, link);
                }
            }
        }
    }
}
