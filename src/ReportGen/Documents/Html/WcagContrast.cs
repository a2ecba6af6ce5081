using SkiaSharp;

namespace ReportGen.Documents.Html;

/// <summary>The contrast ratio of WCAG 2.1 (success criterion 1.4.3) between two opaque colours, and the ink that reads on a fill.</summary>
public static class WcagContrast
{
    /// <summary>The least ratio of normal text (1.4.3, level AA).</summary>
    public const double NormalText = 4.5;

    /// <summary>The least ratio of large text: 18 pt, or 14 pt bold (1.4.3, level AA).</summary>
    public const double LargeText = 3;

    /// <summary>(L1 + 0.05) / (L2 + 0.05), the lighter colour's relative luminance over the darker's: 1 to 21.</summary>
    public static double Ratio(SKColor a, SKColor b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>The relative luminance of an sRGB colour (WCAG 2.1, definition of “relative luminance”).</summary>
    public static double Luminance(SKColor colour) =>
        (0.2126 * Linear(colour.Red)) + (0.7152 * Linear(colour.Green)) + (0.0722 * Linear(colour.Blue));

    /// <summary>The text colour for a background: the theme's text colour when it meets 4.5:1 on it, else whichever of it and white contrasts more.</summary>
    public static SKColor InkOn(SKColor fill)
    {
        var text = DocumentTheme.Text;
        return Ratio(text, fill) >= NormalText || Ratio(text, fill) >= Ratio(SKColors.White, fill) ? text : SKColors.White;
    }

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
