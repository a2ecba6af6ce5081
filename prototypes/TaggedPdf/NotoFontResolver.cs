using PdfSharp.Fonts;

namespace TaggedPdf;

/// <summary>PDFsharp finds no system fonts on Linux: every face it draws with comes from templates/fonts/ through this resolver.</summary>
internal sealed class NotoFontResolver(string directory) : IFontResolver
{
    public const string Family = "Noto Sans";

    public const string MathFamily = "Noto Sans Math";

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (string.Equals(familyName, MathFamily, StringComparison.OrdinalIgnoreCase))
        {
            return new FontResolverInfo("NotoSansMath-Regular");
        }

        if (!string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new FontResolverInfo((bold, italic) switch
        {
            (true, true) => "NotoSans-BoldItalic",
            (true, false) => "NotoSans-Bold",
            (false, true) => "NotoSans-Italic",
            _ => "NotoSans-Regular",
        });
    }

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(Path.Combine(directory, faceName + ".ttf"));
}
