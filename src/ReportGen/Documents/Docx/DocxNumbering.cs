using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Documents.Docx;

/// <summary>
/// The numbering part: one bullet definition shared by every bulleted list, one decimal definition, and one
/// numbering instance per numbered list, restarted at 1, so that each list counts on its own as in the PDF.
/// </summary>
internal sealed class DocxNumbering
{
    private const int BulletAbstract = 1;
    private const int DecimalAbstract = 2;
    private const int BulletInstance = 1;

    /// <summary>Where the text of a list item starts, and its marker one hanging indent to the left.</summary>
    public const float Indent = 18f;

    private int _numberedLists;

    /// <summary>The numbering instance of a new list.</summary>
    public int Instance(bool numbered) => numbered ? BulletInstance + ++_numberedLists : BulletInstance;

    /// <summary>The numbering part's content, once every list of the document has taken its instance.</summary>
    public Numbering Build()
    {
        var numbering = new Numbering(
            Definition(BulletAbstract, NumberFormatValues.Bullet, "•"),
            Definition(DecimalAbstract, NumberFormatValues.Decimal, "%1."),
            new NumberingInstance(new AbstractNumId { Val = BulletAbstract }) { NumberID = BulletInstance });
        for (var list = 1; list <= _numberedLists; list++)
        {
            numbering.Append(new NumberingInstance(
                new AbstractNumId { Val = DecimalAbstract },
                new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 })
            {
                NumberID = BulletInstance + list,
            });
        }

        return numbering;
    }

    private static AbstractNum Definition(int id, NumberFormatValues format, string text)
    {
        var level = new Level
        {
            LevelIndex = 0,
            StartNumberingValue = new StartNumberingValue { Val = 1 },
            NumberingFormat = new NumberingFormat { Val = format },
            LevelText = new LevelText { Val = text },
            LevelJustification = new LevelJustification { Val = LevelJustificationValues.Left },
            PreviousParagraphProperties = new PreviousParagraphProperties(
                new Indentation { Left = DocxUnits.TwipsText(Indent), Hanging = DocxUnits.TwipsText(Indent) }),
            NumberingSymbolRunProperties = new NumberingSymbolRunProperties(
                new Color { Val = DocxUnits.Hex(DocumentTheme.AccentLight) }),
        };
        return new AbstractNum(new MultiLevelType { Val = MultiLevelValues.SingleLevel }, level) { AbstractNumberId = id };
    }
}
