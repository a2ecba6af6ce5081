using DocumentFormat.OpenXml.Packaging;
using ReportGen.Documents;
using ReportGen.Documents.Docx;
using ReportGen.Tests.TestSupport;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Tests.Documents.Docx;

public class DocxFontsTests
{
    [Fact]
    public void The_four_noto_sans_faces_are_embedded_obfuscated_and_come_back_whole_with_their_key()
    {
        var docx = DocumentFormats.Docx.Write(SampleDocuments.Newsletter, DocumentOptions.Default);
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var table = package.MainDocumentPart!.FontTablePart!;
        var noto = table.Fonts!.Elements<W.Font>().Single(f => f.Name == FontSet.Family);
        var embedded = new (DocumentFormat.OpenXml.OpenXmlElement Element, string File)[]
        {
            (noto.GetFirstChild<W.EmbedRegularFont>()!, "NotoSans-Regular.ttf"),
            (noto.GetFirstChild<W.EmbedBoldFont>()!, "NotoSans-Bold.ttf"),
            (noto.GetFirstChild<W.EmbedItalicFont>()!, "NotoSans-Italic.ttf"),
            (noto.GetFirstChild<W.EmbedBoldItalicFont>()!, "NotoSans-BoldItalic.ttf"),
        };
        foreach (var (element, file) in embedded)
        {
            var font = (W.FontRelationshipType)element;
            Assert.Matches("^\\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\\}$", font.FontKey!.Value);
            var part = (FontPart)table.GetPartById(font.Id!.Value!);
            Assert.Equal("application/vnd.openxmlformats-officedocument.obfuscatedFont", part.ContentType);
            using var stream = part.GetStream();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var stored = copy.ToArray();
            var shipped = FontSet.ReadFile(file);
            // Obfuscated: the first 32 bytes differ, the rest is the font; the key undoes it.
            Assert.NotEqual(shipped.AsSpan(0, 32).ToArray(), stored.AsSpan(0, 32).ToArray());
            Assert.Equal(shipped.AsSpan(32).ToArray(), stored.AsSpan(32).ToArray());
            Assert.Equal(shipped, DocxFonts.Obfuscate(stored, font.FontKey!.Value!));
        }

        Assert.NotNull(package.MainDocumentPart!.DocumentSettingsPart!.Settings!.GetFirstChild<W.EmbedTrueTypeFonts>());
    }

    [Fact]
    public void The_key_reverses_the_guids_bytes_as_the_standard_says()
    {
        // ECMA-376 Part 1, § 17.8.1: the key's hex digits read as bytes from the last to the first.
        var key = "{00112233-4455-6677-8899-AABBCCDDEEFF}";
        var font = new byte[40];
        var obfuscated = DocxFonts.Obfuscate(font, key);

        Assert.Equal(0xFF, obfuscated[0]);
        Assert.Equal(0xEE, obfuscated[1]);
        Assert.Equal(0x00, obfuscated[15]);
        Assert.Equal(0xFF, obfuscated[16]);
        Assert.Equal(0, obfuscated[32]);
    }
}
