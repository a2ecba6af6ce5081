using System.Globalization;
using System.Security.Cryptography;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Documents.Docx;

/// <summary>
/// Noto Sans embedded in the Word file, its four styles, as Word embeds fonts (ECMA-376 Part 1, §17.8.1: an
/// "obfuscated" TrueType part whose first 32 bytes are XORed with a key, named in the font table), so that Word and
/// LibreOffice set the text in the PDF's font on a machine that does not have it, and lines and table columns fall
/// where they fall in the PDF. The fonts are the shipped subsets (SIL OFL, which allows embedding). The key is made
/// from the font's own bytes, so the file stays byte-reproducible.
/// </summary>
internal static class DocxFonts
{
    private static readonly (string File, string Style)[] Faces =
    [
        ("NotoSans-Regular.ttf", "Regular"), ("NotoSans-Bold.ttf", "Bold"), ("NotoSans-Italic.ttf", "Italic"), ("NotoSans-BoldItalic.ttf", "BoldItalic"),
    ];

    /// <summary>Each face's obfuscated bytes and key, made once: every Word file of a build, and of every --per set, embeds the same four.</summary>
    private static readonly Lazy<(string Style, string Key, byte[] Obfuscated)[]> Embedded = new(() =>
        [.. Faces.Select(face =>
        {
            var font = FontSet.ReadFile(face.File);
            var key = Key(font);
            return (face.Style, key, Obfuscate(font, key));
        })]);

    /// <summary>Adds the four font parts to <paramref name="fonts"/> and the elements that name them, for the font table's Noto Sans entry.</summary>
    public static IEnumerable<DocumentFormat.OpenXml.OpenXmlElement> Embed(FontTablePart fonts)
    {
        var embedded = new List<DocumentFormat.OpenXml.OpenXmlElement>();
        foreach (var (style, key, obfuscated) in Embedded.Value)
        {
            var id = $"rIdFont{style}";
            var part = fonts.AddFontPart(FontPartType.FontOdttf, id);
            using (var data = new MemoryStream(obfuscated, writable: false))
            {
                part.FeedData(data);
            }

            embedded.Add(style switch
            {
                "Regular" => new EmbedRegularFont { Id = id, FontKey = key },
                "Bold" => new EmbedBoldFont { Id = id, FontKey = key },
                "Italic" => new EmbedItalicFont { Id = id, FontKey = key },
                _ => new EmbedBoldItalicFont { Id = id, FontKey = key },
            });
        }

        return embedded;
    }

    /// <summary>A GUID, in the font table's form ("{0A1B…}"), from the first 16 bytes of the font's SHA-256.</summary>
    internal static string Key(byte[] font)
    {
        var hash = SHA256.HashData(font);
        var hex = Convert.ToHexString(hash, 0, 16);
        return string.Create(CultureInfo.InvariantCulture, $"{{{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}}}");
    }

    /// <summary>
    /// The font with its first 32 bytes XORed with the key: the key's 32 hex digits, braces and dashes left out, read
    /// as 16 bytes from the last to the first (§17.8.1); the same operation undoes it.
    /// </summary>
    internal static byte[] Obfuscate(byte[] font, string key)
    {
        var hex = key.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var bytes = Convert.FromHexString(hex);
        Array.Reverse(bytes);
        var result = (byte[])font.Clone();
        for (var i = 0; i < 32 && i < result.Length; i++)
        {
            result[i] ^= bytes[i % 16];
        }

        return result;
    }
}
