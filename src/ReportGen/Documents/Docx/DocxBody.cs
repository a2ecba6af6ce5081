using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace ReportGen.Documents.Docx;

/// <summary>Turns blocks into the body of the Word document, block by block, as the PDF's layout does.</summary>
internal sealed class DocxBody(DocxContext context)
{
    private readonly List<OpenXmlElement> _elements = [];
    private bool _pageBreak;
    private int _headingIndex;

    public IReadOnlyList<OpenXmlElement> Write(IReadOnlyList<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading heading:
                    Add(HeadingParagraph(heading, context.Headings[_headingIndex++]));
                    break;
                case Paragraph paragraph:
                    Add(TextParagraph(paragraph));
                    break;
                case ListBlock list:
                    AddList(list);
                    break;
                case Table table:
                    Add(DocxTables.Write(table, context));
                    break;
                case Figure figure:
                    foreach (var part in DocxFigures.Write(figure, context))
                    {
                        Add(part);
                    }

                    break;
                case TitleBlock title:
                    AddTitle(title);
                    break;
                case KeyFigureBox box:
                    AddKeyFigures(box);
                    break;
                case PageBreak:
                    // The next paragraph starts the page (pageBreakBefore), so that no empty line opens the page.
                    _pageBreak = _elements.Count > 0;
                    break;
                case TableOfContents toc:
                    AddContents(toc);
                    break;
                default:
                    throw new NotSupportedException($"no Word rendering for {block.GetType().Name}");
            }
        }

        // Word needs a paragraph after a table that ends the body.
        if (_elements.Count == 0 || _elements[^1] is WordTable)
        {
            _elements.Add(new WordParagraph());
        }

        return _elements;
    }

    private void Add(WordParagraph paragraph)
    {
        var properties = paragraph.ParagraphProperties ??= new ParagraphProperties();
        if (_pageBreak)
        {
            properties.PageBreakBefore = new PageBreakBefore();
            _pageBreak = false;
        }
        else if (_elements.Count > 0 && _elements[^1] is WordTable && IsBodyText(properties))
        {
            // A table has no spacing of its own: the text after it keeps the paragraph spacing away.
            properties.SpacingBetweenLines ??= new SpacingBetweenLines();
            properties.SpacingBetweenLines.Before = DocxUnits.TwipsText(DocumentTheme.ParagraphSpacing + 3);
        }

        if (!properties.HasChildren)
        {
            paragraph.ParagraphProperties = null;
        }

        _elements.Add(paragraph);
    }

    private static bool IsBodyText(ParagraphProperties properties) =>
        properties.ParagraphStyleId?.Val?.Value is null or DocxStyles.Normal or DocxStyles.Quote or DocxStyles.ListParagraph or DocxStyles.KeyFigures;

    private void Add(WordTable table)
    {
        if (_pageBreak)
        {
            _elements.Add(new WordParagraph(new ParagraphProperties { PageBreakBefore = new PageBreakBefore() }));
            _pageBreak = false;
        }
        else if (_elements.Count > 0 && _elements[^1] is WordTable)
        {
            // Two tables side by side would be joined into one by Word: a paragraph keeps them apart.
            _elements.Add(new WordParagraph());
        }

        _elements.Add(table);
    }

    private WordParagraph HeadingParagraph(Heading heading, HeadingEntry entry)
    {
        var level = entry.Level;
        var properties = new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = heading.Plain && level == 1 ? DocxStyles.ContentsHeading : DocxStyles.Heading(level) },
        };
        if (heading.Plain && level > 1)
        {
            // Out of the contents and the navigation pane, as in the PDF.
            properties.OutlineLevel = new OutlineLevel { Val = 9 };
        }

        var id = context.NextBookmarkId();
        return new WordParagraph(
            properties,
            new BookmarkStart { Id = id, Name = context.Bookmark(entry.Anchor) },
            DocxRuns.Text(entry.Label),
            new BookmarkEnd { Id = id });
    }

    private WordParagraph TextParagraph(Paragraph paragraph)
    {
        var look = paragraph.Style ?? DocumentTheme.Body;
        var (style, styleLook) = look == MarkdownBlocks.QuoteStyle ? (DocxStyles.Quote, MarkdownBlocks.QuoteStyle) : (DocxStyles.Normal, DocumentTheme.Body);
        var properties = new ParagraphProperties();
        if (style != DocxStyles.Normal)
        {
            properties.ParagraphStyleId = new ParagraphStyleId { Val = style };
        }

        if (Justify(paragraph.Alignment) is { } justification)
        {
            properties.Justification = justification;
        }

        var result = new WordParagraph(properties);
        DocxRuns.Append(result, paragraph.Runs, look, styleLook, context);
        return result;
    }

    /// <summary>The paragraph alignment as Word's, null for the default left.</summary>
    public static Justification? Justify(ParagraphAlignment alignment) => alignment switch
    {
        ParagraphAlignment.Center => new Justification { Val = JustificationValues.Center },
        ParagraphAlignment.Right => new Justification { Val = JustificationValues.Right },
        _ => null,
    };

    private void AddList(ListBlock list)
    {
        var instance = context.Numbering.Instance(list.Numbered);
        for (var i = 0; i < list.Items.Count; i++)
        {
            var properties = new ParagraphProperties
            {
                ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.ListParagraph },
                NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = instance }),
            };
            if (i == list.Items.Count - 1)
            {
                properties.SpacingBetweenLines = new SpacingBetweenLines { After = DocxUnits.TwipsText(DocumentTheme.ParagraphSpacing) };
            }

            var item = new WordParagraph(properties);
            DocxRuns.Append(item, list.Items[i], DocumentTheme.Body, DocumentTheme.Body, context);
            Add(item);
        }
    }

    private void AddTitle(TitleBlock title)
    {
        Add(Styled(DocxStyles.Title, title.Title));
        if (title.Subtitle is { } subtitle)
        {
            Add(Styled(DocxStyles.Subtitle, subtitle));
        }

        if (title.Details is { } details)
        {
            Add(Styled(DocxStyles.TitleDetails, details));
        }

        Add(new WordParagraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.TitleRule } }));
    }

    private static WordParagraph Styled(string style, string text) =>
        new(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } }, DocxRuns.Text(text));

    /// <summary>The box of key figures: one shaded paragraph per figure, the figure large and bold, a tab, its words.</summary>
    private void AddKeyFigures(KeyFigureBox box)
    {
        var paragraphs = new List<WordParagraph>();
        if (box.Title is { } title)
        {
            var properties = new ParagraphProperties
            {
                ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.KeyFigures },
                SpacingBetweenLines = new SpacingBetweenLines { After = DocxUnits.TwipsText(4) },
                Indentation = new Indentation { Left = DocxUnits.TwipsText(DocxStyles.KeyFigurePadding), Hanging = "0" },
            };
            paragraphs.Add(new WordParagraph(properties, DocxRuns.Text(title, DocxRuns.Properties(DocxStyles.KeyFigureTitleLook, DocumentTheme.Body))));
        }

        foreach (var figure in box.Figures)
        {
            var paragraph = new WordParagraph(
                new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.KeyFigures } },
                DocxRuns.Text(figure.Figure, new RunProperties { RunStyle = new RunStyle { Val = DocxStyles.KeyFigureNumber } }),
                new DocumentFormat.OpenXml.Wordprocessing.Run(new TabChar()),
                DocxRuns.Text(figure.Text));
            paragraphs.Add(paragraph);
        }

        if (paragraphs.Count == 0)
        {
            return;
        }

        // The box keeps together, and the text after it keeps away.
        for (var i = 0; i < paragraphs.Count - 1; i++)
        {
            paragraphs[i].ParagraphProperties!.KeepNext = new KeepNext();
        }

        paragraphs[^1].ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { After = DocxUnits.TwipsText(10) };
        foreach (var paragraph in paragraphs)
        {
            Add(paragraph);
        }
    }

    /// <summary>
    /// The contents as Word's own TOC field, so that Word rebuilds it with page numbers (the settings ask Word to
    /// update fields on opening); until then its result lists the headings, linked, each with a page reference.
    /// </summary>
    private void AddContents(TableOfContents toc)
    {
        var depth = Math.Clamp(toc.Depth, 1, 9);
        var instruction = string.Create(CultureInfo.InvariantCulture, $" TOC \\o \"1-{depth}\" \\h \\z \\u ");
        var entries = context.Headings.Where(h => h.Level <= depth && h.InContents).ToList();
        if (entries.Count == 0)
        {
            Add(new WordParagraph(
                new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.ContentsEntry(1) } },
                Field(FieldCharValues.Begin), Instruction(instruction), Field(FieldCharValues.Separate),
                DocxRuns.Text("Mettez à jour la table des matières (F9)."), Field(FieldCharValues.End)));
            return;
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var bookmark = context.Bookmark(entry.Anchor);
            var paragraph = new WordParagraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.ContentsEntry(entry.Level) } });
            if (i == 0)
            {
                paragraph.Append(Field(FieldCharValues.Begin), Instruction(instruction), Field(FieldCharValues.Separate));
            }

            paragraph.Append(new Hyperlink(
                DocxRuns.Text(entry.Label),
                new DocumentFormat.OpenXml.Wordprocessing.Run(new TabChar()),
                Field(FieldCharValues.Begin),
                Instruction($" PAGEREF {bookmark} \\h "),
                Field(FieldCharValues.Separate),
                DocxRuns.Text("—"),
                Field(FieldCharValues.End))
            {
                Anchor = bookmark,
                History = true,
            });
            if (i == entries.Count - 1)
            {
                paragraph.Append(Field(FieldCharValues.End));
            }

            Add(paragraph);
        }
    }

    public static DocumentFormat.OpenXml.Wordprocessing.Run Field(FieldCharValues kind) => new(new FieldChar { FieldCharType = kind });

    public static DocumentFormat.OpenXml.Wordprocessing.Run Instruction(string text) => new(new FieldCode(text) { Space = SpaceProcessingModeValues.Preserve });
}
