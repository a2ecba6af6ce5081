using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Documents.Docx;

/// <summary>The document settings and its font table.</summary>
internal static class DocxSettings
{
    /// <summary>
    /// Word 2013 and later layout (no compatibility mode), French number and list separators, and fields updated when
    /// the file is opened, so that Word fills the table of contents with page numbers.
    /// </summary>
    public static Settings Build() => new(
        new Zoom { Percent = "100" },
        // The fonts the file carries are used wherever it is opened (DocxFonts); only the letters the text uses are kept when Word saves it.
        new EmbedTrueTypeFonts(),
        new SaveSubsetFonts(),
        new DefaultTabStop { Val = 708 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new UpdateFieldsOnOpen { Val = true },
        new Compatibility(
            new CompatibilitySetting { Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15" },
            new CompatibilitySetting { Name = CompatSettingNameValues.OverrideTableStyleFontSizeAndJustification, Uri = "http://schemas.microsoft.com/office/word", Val = "1" },
            new CompatibilitySetting { Name = CompatSettingNameValues.EnableOpenTypeFeatures, Uri = "http://schemas.microsoft.com/office/word", Val = "1" },
            new CompatibilitySetting { Name = CompatSettingNameValues.DoNotFlipMirrorIndents, Uri = "http://schemas.microsoft.com/office/word", Val = "1" }),
        new ThemeFontLanguages { Val = "fr-FR" },
        new DecimalSymbol { Val = "," },
        new ListSeparator { Val = ";" });

    /// <summary>
    /// Noto Sans, which the PDF embeds, embedded here too (<paramref name="embedded"/>, <see cref="DocxFonts"/>); the
    /// font table also describes it (a sans-serif of variable pitch, its PANOSE number) and names Arial as its
    /// substitute for the letters the shipped subset lacks.
    /// </summary>
    public static Fonts FontTable(IEnumerable<DocumentFormat.OpenXml.OpenXmlElement> embedded) => new(
        new Font(
            [
                new AltName { Val = "Arial" },
                new Panose1Number { Val = "020B0502040504020204" },
                new FontCharSet { Val = "00" },
                new FontFamily { Val = FontFamilyValues.Swiss },
                new Pitch { Val = FontPitchValues.Variable },
                .. embedded,
            ])
        {
            Name = FontSet.Family,
        },
        new Font(
            new Panose1Number { Val = "020B0604020202020204" },
            new FontCharSet { Val = "00" },
            new FontFamily { Val = FontFamilyValues.Swiss },
            new Pitch { Val = FontPitchValues.Variable })
        {
            Name = "Arial",
        });
}
