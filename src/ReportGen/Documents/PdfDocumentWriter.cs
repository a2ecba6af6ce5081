using System.Globalization;
using ReportGen.Documents.Layout;
using SkiaSharp;

namespace ReportGen.Documents;

/// <summary>
/// Lays blocks out on A4 pages with a header (title, reference) and a footer (version, date, page n / N) and
/// writes them as a PDF with SkiaSharp's PDF backend: text as real, extractable text in the embedded fonts,
/// charts as vectors. The same blocks and info give the same bytes: dates come from <see cref="DocumentInfo"/>.
/// </summary>
public static class PdfDocumentWriter
{
    public static byte[] Write(DocumentInfo info, IReadOnlyList<Block> blocks, bool pdfA = false)
    {
        using var text = new TextEngine(FontSet.Shared);
        var layout = new BlockLayout(text, DocumentTheme.ContentWidth, info.NumberHeadings);
        var headings = layout.Prepare(blocks);
        var fragments = layout.Layout(blocks);
        var pages = Paginator.Paginate(fragments, DocumentTheme.MarginTop, DocumentTheme.PageHeight - DocumentTheme.MarginBottom);

        var anchorPages = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < pages.Count; p++)
        {
            foreach (var (fragment, _) in pages[p])
            {
                if (fragment.Heading is { } heading)
                {
                    anchorPages.TryAdd(heading.Anchor, p + 1);
                }
            }
        }

        var date = info.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var metadata = new SKDocumentPdfMetadata
        {
            Title = info.Title,
            Author = info.Author,
            Subject = info.Subject,
            Keywords = info.Keywords,
            Creator = info.Creator,
            Producer = info.Creator,
            Creation = date,
            Modified = date,
            RasterDpi = 300,
            EncodingQuality = 101,
            PdfA = pdfA,
        };

        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            for (var p = 0; p < pages.Count; p++)
            {
                var canvas = document.BeginPage(DocumentTheme.PageWidth, DocumentTheme.PageHeight);
                var context = new DrawContext(canvas, text, anchorPages, p + 1, pages.Count);
                DrawFurniture(context, info);
                foreach (var (fragment, y) in pages[p])
                {
                    fragment.Draw(context, new SKPoint(DocumentTheme.MarginLeft, y));
                }

                document.EndPage();
            }

            document.Close();
        }

        var pdf = stream.ToArray();
        return PdfOutline.Add(pdf, headings, anchorPages);
    }

    /// <summary>The header and footer of every page.</summary>
    private static void DrawFurniture(DrawContext context, DocumentInfo info)
    {
        var canvas = context.Canvas;
        var style = DocumentTheme.Small;
        var left = DocumentTheme.MarginLeft;
        var right = DocumentTheme.PageWidth - DocumentTheme.MarginRight;
        using var rule = new SKPaint { Color = DocumentTheme.Rule, StrokeWidth = 0.5f, IsAntialias = true };

        var headerBaseline = DocumentTheme.MarginTop - 26;
        context.Text.Draw(canvas, info.Title, left, headerBaseline, style);
        var reference = info.Reference;
        context.Text.Draw(canvas, reference, right - context.Text.Measure(reference, style), headerBaseline, style);
        canvas.DrawLine(left, headerBaseline + 6, right, headerBaseline + 6, rule);

        var footerBaseline = DocumentTheme.PageHeight - DocumentTheme.MarginBottom + 30;
        canvas.DrawLine(left, footerBaseline - 11, right, footerBaseline - 11, rule);
        var version = $"Version {info.Version} du {Publishing.FrenchFormat.Date(info.Date)}";
        context.Text.Draw(canvas, version, left, footerBaseline, style);
        var page = string.Create(CultureInfo.InvariantCulture, $"page {context.PageNumber} / {context.PageCount}");
        context.Text.Draw(canvas, page, right - context.Text.Measure(page, style), footerBaseline, style);
    }
}
