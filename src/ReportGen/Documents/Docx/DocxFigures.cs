using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Charts;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using WordRun = DocumentFormat.OpenXml.Wordprocessing.Run;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace ReportGen.Documents.Docx;

/// <summary>
/// A figure as Word shows a chart a person can edit around: the chart as a PNG, inline at the text width, with the
/// chart's description as its alternative text (WCAG 1.1.1; the caption when the chart has none) and the caption as
/// its title, then the caption in Word's Caption style.
/// </summary>
internal static class DocxFigures
{
    /// <summary>Sharp in print and on screen at a few hundred kilobytes a chart.</summary>
    public const int Dpi = 200;

    public static IEnumerable<WordParagraph> Write(Figure figure, DocxContext context)
    {
        var width = DocumentTheme.ContentWidth;
        // As the PDF sizes it: its preferred height, never more than a page holds with its caption.
        var maxHeight = DocumentTheme.PageHeight - DocumentTheme.MarginTop - DocumentTheme.MarginBottom - 60;
        var height = Math.Min(figure.Measure(width), maxHeight);
        var (pointsWide, pointsHigh) = ((int)MathF.Floor(width), Math.Max(1, (int)MathF.Round(height)));
        var png = figure.Chart.ToPng(pointsWide, pointsHigh, Dpi);

        var relationship = context.NextImageRelationship();
        var image = context.Main.AddImagePart(ImagePartType.Png, relationship);
        using (var data = new MemoryStream(png, writable: false))
        {
            image.FeedData(data);
        }

        var id = context.NextDrawingId();
        var description = figure.Chart.Description is { Length: > 0 } text ? text : figure.Caption;
        var (cx, cy) = (DocxUnits.Emu(pointsWide), DocxUnits.Emu(pointsHigh));
        var name = $"Figure {id}";
        var picture = new Pic.Picture(
            new Pic.NonVisualPictureProperties(
                new Pic.NonVisualDrawingProperties { Id = 0U, Name = $"figure{id}.png", Description = description },
                new Pic.NonVisualPictureDrawingProperties()),
            new Pic.BlipFill(new A.Blip { Embed = relationship }, new A.Stretch(new A.FillRectangle())),
            new Pic.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var inline = new Wp.Inline(
            new Wp.Extent { Cx = cx, Cy = cy },
            new Wp.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new Wp.DocProperties { Id = id, Name = name, Description = description, Title = figure.Caption },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };

        yield return new WordParagraph(
            new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.FigureParagraph } },
            new WordRun(new Drawing(inline)));
        yield return new WordParagraph(
            new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.Caption } },
            DocxRuns.Text(figure.Caption));
    }
}
