using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Documents.Docx;

/// <summary>
/// The styles of the Word file, so that the teams who edit it work with named styles rather than direct
/// formatting: Word's built-in names (<c>heading 1</c>, <c>Title</c>, <c>caption</c>, <c>Quote</c>, <c>toc 1</c>…, which
/// a French Word shows as « Titre 1 », « Titre », « Légende », « Citation », « TM 1 ») with their usual style ids,
/// so that Word and LibreOffice recognise them, and a few of ReportGen's own, in French. The sizes and colours
/// are the PDF's (<see cref="DocumentTheme"/>); the text is in Noto Sans, in French.
/// </summary>
internal static class DocxStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string TitleDetails = "TitleDetails";
    public const string TitleRule = "TitleRule";
    public const string ContentsHeading = "TOCHeading";
    public const string Quote = "Quote";
    public const string ListParagraph = "ListParagraph";
    public const string Caption = "Caption";
    public const string FigureParagraph = "Figure";
    public const string TableText = "TableText";
    public const string TableHeading = "TableHeading";
    public const string KeyFigures = "KeyFigures";
    public const string KeyFigureNumber = "KeyFigureNumber";
    public const string Hyperlink = "Hyperlink";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string PlainTable = "TableNormal";

    /// <summary>The style id of a heading level (1 to 6).</summary>
    public static string Heading(int level) => $"Heading{Math.Clamp(level, 1, 6)}";

    /// <summary>The style id of a table of contents entry of a level.</summary>
    public static string ContentsEntry(int level) => $"TOC{Math.Clamp(level, 1, 9)}";

    /// <summary>The look of a key figure: large, bold, in the light accent.</summary>
    public static TextStyle KeyFigureLook { get; } = new(13.5f, Bold: true, Color: DocumentTheme.AccentLight);

    /// <summary>The look of a key-figure box's title.</summary>
    public static TextStyle KeyFigureTitleLook { get; } = new(11f, Bold: true, Color: DocumentTheme.Accent);

    /// <summary>The left edge of a key figure's words, from the box's inner edge: the PDF's figure column.</summary>
    public const float KeyFigureColumn = 68f;

    /// <summary>The inner margin of the key-figure box.</summary>
    public const float KeyFigurePadding = 8f;

    public static Styles Build()
    {
        var styles = new Styles(Defaults());
        styles.Append(ParagraphStyle(Normal, "Normal", null, DocumentTheme.Body, isDefault: true,
            spacing: Spacing(0, DocumentTheme.ParagraphSpacing, DocumentTheme.LineHeight)));
        styles.Append(new Style(new StyleName { Val = "Default Paragraph Font" }, new UIPriority { Val = 1 }, new SemiHidden(), new UnhideWhenUsed())
        {
            Type = StyleValues.Character,
            StyleId = "DefaultParagraphFont",
            Default = true,
        });
        styles.Append(new Style(
            new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed(),
            new StyleTableProperties(
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        {
            Type = StyleValues.Table,
            StyleId = PlainTable,
            Default = true,
        });
        styles.Append(new Style(new StyleName { Val = "No List" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed())
        {
            Type = StyleValues.Numbering,
            StyleId = "NoList",
            Default = true,
        });

        for (var level = 1; level <= 6; level++)
        {
            styles.Append(HeadingStyle(level));
        }

        // The contents' own heading (“Sommaire”) looks like a heading 1 but has no outline level, so that neither the
        // navigation pane nor the contents list it, as the PDF's bookmarks do not.
        var contentsHeading = HeadingStyle(1);
        contentsHeading.StyleId = ContentsHeading;
        contentsHeading.StyleName = new StyleName { Val = "TOC Heading" };
        contentsHeading.BasedOn = new BasedOn { Val = Heading(1) };
        contentsHeading.StyleParagraphProperties!.OutlineLevel = new OutlineLevel { Val = 9 };
        styles.Append(contentsHeading);

        styles.Append(ParagraphStyle(Title, "Title", Normal, new TextStyle(22f, Bold: true, Color: DocumentTheme.Accent),
            spacing: Spacing(24, 0, 1.15f), keepNext: true));
        styles.Append(ParagraphStyle(Subtitle, "Subtitle", Normal, new TextStyle(13f, Color: DocumentTheme.AccentLight),
            spacing: Spacing(6, 0, 1.15f), keepNext: true));
        styles.Append(ParagraphStyle(TitleDetails, "Détails du titre", Normal, new TextStyle(9.5f, Color: DocumentTheme.Muted),
            spacing: Spacing(10, 0, DocumentTheme.LineHeight), keepNext: true));
        // The short bar under the title block: an empty paragraph's bottom border, as wide as the PDF's 60 points.
        var rule = ParagraphStyle(TitleRule, "Filet du titre", Normal, new TextStyle(2f), spacing: Spacing(4, 18, 1f));
        rule.StyleParagraphProperties!.ParagraphBorders = new ParagraphBorders(
            new BottomBorder { Val = BorderValues.Single, Size = 24, Space = 0, Color = DocxUnits.Hex(DocumentTheme.AccentLight) });
        rule.StyleParagraphProperties.Indentation = new Indentation { Right = (DocxUnits.ContentWidth - DocxUnits.Twips(60)).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        styles.Append(rule);

        styles.Append(ParagraphStyle(Quote, "Quote", Normal, Documents.MarkdownBlocks.QuoteStyle,
            spacing: Spacing(4, DocumentTheme.ParagraphSpacing + 4, DocumentTheme.LineHeight), indent: 18));
        var list = ParagraphStyle(ListParagraph, "List Paragraph", Normal, DocumentTheme.Body, spacing: Spacing(0, 2.5f, DocumentTheme.LineHeight));
        styles.Append(list);

        styles.Append(ParagraphStyle(FigureParagraph, "Figure", Normal, DocumentTheme.Body,
            spacing: Spacing(10, 4, 1f), keepNext: true, justification: JustificationValues.Center));
        styles.Append(ParagraphStyle(Caption, "caption", Normal, DocumentTheme.Caption,
            spacing: Spacing(0, 12, 1.2f), justification: JustificationValues.Center));

        styles.Append(ParagraphStyle(TableText, "Texte de tableau", Normal, DocumentTheme.TableText, spacing: Spacing(0, 0, 1.2f)));
        styles.Append(ParagraphStyle(TableHeading, "En-tête de tableau", TableText, DocumentTheme.TableText.WithBold(), spacing: Spacing(0, 0, 1.2f), keepNext: true));

        styles.Append(KeyFigureBoxStyle());
        styles.Append(CharacterStyle(KeyFigureNumber, "Chiffre clé", KeyFigureLook));

        for (var level = 1; level <= 3; level++)
        {
            var look = level == 1 ? DocumentTheme.Body.WithBold() : DocumentTheme.Body;
            var entry = ParagraphStyle(ContentsEntry(level), $"toc {level}", Normal, look,
                spacing: Spacing(level == 1 ? 4 : 0, 1, 1.2f), indent: (level - 1) * 16f, rightIndent: 0);
            entry.StyleParagraphProperties!.Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = DocxUnits.ContentWidth });
            entry.UnhideWhenUsed = new UnhideWhenUsed();
            styles.Append(entry);
        }

        var hyperlink = CharacterStyle(Hyperlink, "Hyperlink", DocumentTheme.Body with { Color = DocumentTheme.Link });
        hyperlink.StyleRunProperties!.Underline = new Underline { Val = UnderlineValues.Single };
        hyperlink.UnhideWhenUsed = new UnhideWhenUsed();
        styles.Append(hyperlink);

        styles.Append(FurnitureStyle(Header, "header", new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 4, Color = DocxUnits.Hex(DocumentTheme.Rule) }));
        styles.Append(FurnitureStyle(Footer, "footer", new TopBorder { Val = BorderValues.Single, Size = 4, Space = 4, Color = DocxUnits.Hex(DocumentTheme.Rule) }));
        return styles;
    }

    /// <summary>The document's defaults: Noto Sans (with Word's usual substitutes), 10 points, French.</summary>
    private static DocDefaults Defaults() => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle
        {
            RunFonts = new RunFonts { Ascii = FontSet.Family, HighAnsi = FontSet.Family, ComplexScript = FontSet.Family, EastAsia = FontSet.Family },
            FontSize = new FontSize { Val = DocxUnits.HalfPoints(DocumentTheme.Body.Size) },
            FontSizeComplexScript = new FontSizeComplexScript { Val = DocxUnits.HalfPoints(DocumentTheme.Body.Size) },
            Languages = new Languages { Val = "fr-FR", EastAsia = "fr-FR", Bidi = "ar-SA" },
        }),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
        {
            SpacingBetweenLines = Spacing(0, DocumentTheme.ParagraphSpacing, DocumentTheme.LineHeight),
        }));

    private static Style HeadingStyle(int level)
    {
        var look = DocumentTheme.HeadingStyle(level);
        var style = ParagraphStyle(Heading(level), $"heading {level}", Normal, look,
            spacing: Spacing(level == 1 ? 16 : 12, level == 1 ? 8 : 4, 1.2f), keepNext: true);
        style.NextParagraphStyle = new NextParagraphStyle { Val = Normal };
        style.UIPriority = new UIPriority { Val = 9 };
        style.StyleParagraphProperties!.KeepLines = new KeepLines();
        style.StyleParagraphProperties.OutlineLevel = new OutlineLevel { Val = level - 1 };
        if (level == 1)
        {
            // The PDF's rule under a level-1 heading.
            style.StyleParagraphProperties.ParagraphBorders = new ParagraphBorders(
                new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 3, Color = DocxUnits.Hex(DocumentTheme.Rule) });
        }

        return style;
    }

    /// <summary>Key figures: shaded paragraphs, with the PDF's accent bar on the left; Word joins neighbours of one border into one box.</summary>
    private static Style KeyFigureBoxStyle()
    {
        var style = ParagraphStyle(KeyFigures, "Chiffres clés", Normal, DocumentTheme.Body, spacing: Spacing(0, 1.5f, DocumentTheme.LineHeight));
        var fill = DocxUnits.Hex(DocumentTheme.BoxFill);
        var pad = (uint)KeyFigurePadding;
        var properties = style.StyleParagraphProperties!;
        properties.KeepLines = new KeepLines();
        properties.ParagraphBorders = new ParagraphBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4, Space = pad, Color = fill },
            new LeftBorder { Val = BorderValues.Single, Size = 24, Space = pad, Color = DocxUnits.Hex(DocumentTheme.AccentLight) },
            new BottomBorder { Val = BorderValues.Single, Size = 4, Space = pad, Color = fill },
            new RightBorder { Val = BorderValues.Single, Size = 4, Space = pad, Color = fill });
        properties.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill };
        var text = KeyFigurePadding + KeyFigureColumn + 4;
        properties.Tabs = new Tabs(new TabStop { Val = TabStopValues.Left, Position = DocxUnits.Twips(text) });
        properties.Indentation = new Indentation
        {
            Left = DocxUnits.TwipsText(text),
            Hanging = DocxUnits.TwipsText(KeyFigureColumn + 4),
            Right = DocxUnits.TwipsText(KeyFigurePadding + 2),
        };
        return style;
    }

    private static Style FurnitureStyle(string id, string name, BorderType border)
    {
        var style = ParagraphStyle(id, name, Normal, DocumentTheme.Small, spacing: Spacing(0, 0, 1f));
        style.UnhideWhenUsed = new UnhideWhenUsed();
        style.StyleParagraphProperties!.ParagraphBorders = new ParagraphBorders(border);
        style.StyleParagraphProperties.Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = DocxUnits.ContentWidth });
        return style;
    }

    private static Style ParagraphStyle(string id, string name, string? basedOn, TextStyle look, bool isDefault = false, SpacingBetweenLines? spacing = null,
        bool keepNext = false, JustificationValues? justification = null, float indent = 0, float? rightIndent = null)
    {
        var properties = new StyleParagraphProperties();
        if (keepNext)
        {
            properties.KeepNext = new KeepNext();
        }

        if (spacing is not null)
        {
            properties.SpacingBetweenLines = spacing;
        }

        if (indent > 0 || rightIndent is not null)
        {
            properties.Indentation = new Indentation { Left = DocxUnits.TwipsText(indent) };
            if (rightIndent is { } right)
            {
                properties.Indentation.Right = DocxUnits.TwipsText(right);
            }
        }

        if (justification is { } value)
        {
            properties.Justification = new Justification { Val = value };
        }

        var style = new Style
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            Default = isDefault ? true : null,
            StyleName = new StyleName { Val = name },
            PrimaryStyle = new PrimaryStyle(),
            StyleParagraphProperties = properties,
            StyleRunProperties = RunLook(look),
        };
        if (basedOn is not null)
        {
            style.BasedOn = new BasedOn { Val = basedOn };
        }

        return style;
    }

    private static Style CharacterStyle(string id, string name, TextStyle look) => new()
    {
        Type = StyleValues.Character,
        StyleId = id,
        StyleName = new StyleName { Val = name },
        BasedOn = new BasedOn { Val = "DefaultParagraphFont" },
        StyleRunProperties = RunLook(look),
    };

    /// <summary>A style's run properties: weight, slant, colour and size.</summary>
    private static StyleRunProperties RunLook(TextStyle look)
    {
        var properties = new StyleRunProperties();
        if (look.Bold)
        {
            properties.Bold = new Bold();
            properties.BoldComplexScript = new BoldComplexScript();
        }

        if (look.Italic)
        {
            properties.Italic = new Italic();
            properties.ItalicComplexScript = new ItalicComplexScript();
        }

        properties.Color = new Color { Val = DocxUnits.Hex(look.Ink) };
        properties.FontSize = new FontSize { Val = DocxUnits.HalfPoints(look.Size) };
        properties.FontSizeComplexScript = new FontSizeComplexScript { Val = DocxUnits.HalfPoints(look.Size) };
        return properties;
    }

    /// <summary>
    /// Noto Sans's single line (its ascender and descender, 1 069 + 293 units of 1 000): Word and LibreOffice count a
    /// line spacing as a multiple of it, where the PDF counts a multiple of the font size.
    /// </summary>
    private const float SingleLine = 1.362f;

    /// <summary>Spacing before and after in points, and the line height as a multiple of the font size, as the PDF's.</summary>
    public static SpacingBetweenLines Spacing(float before, float after, float line) => new()
    {
        Before = DocxUnits.TwipsText(before),
        After = DocxUnits.TwipsText(after),
        Line = ((int)MathF.Round(MathF.Max(1, line / SingleLine) * 240)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        LineRule = LineSpacingRuleValues.Auto,
    };
}
