using System.Globalization;
using SkiaSharp;

namespace ReportGen.Documents.Docx;

/// <summary>The units WordprocessingML counts in, from the points the theme is written in.</summary>
internal static class DocxUnits
{
    /// <summary>Twentieths of a point: indents, spacing, page and column sizes.</summary>
    public static int Twips(float points) => (int)MathF.Round(points * 20);

    /// <summary>Twips as the attribute text the typed classes take.</summary>
    public static string TwipsText(float points) => Twips(points).ToString(CultureInfo.InvariantCulture);

    /// <summary>Half points: font sizes.</summary>
    public static string HalfPoints(float points) => ((int)MathF.Round(points * 2)).ToString(CultureInfo.InvariantCulture);

    /// <summary>English Metric Units: the size of a drawing (12 700 to the point).</summary>
    public static long Emu(float points) => (long)MathF.Round(points * 12_700);

    /// <summary>A colour as the six hexadecimal digits of <c>w:color</c> and <c>w:fill</c>.</summary>
    public static string Hex(SKColor color) => string.Create(CultureInfo.InvariantCulture, $"{color.Red:X2}{color.Green:X2}{color.Blue:X2}");

    /// <summary>The page's text width, in twips: the width tables and the right tab stops take.</summary>
    public static int ContentWidth => Twips(DocumentTheme.ContentWidth);
}
