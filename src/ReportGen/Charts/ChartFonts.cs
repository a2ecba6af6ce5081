using ReportGen.Documents;
using ScottPlot;
using SkiaSharp;

namespace ReportGen.Charts;

/// <summary>
/// Makes ScottPlot draw every chart text with our embedded Noto Sans: a font resolver answering the family
/// <see cref="FontSet.Family"/> with the typefaces of <see cref="FontSet.Shared"/> is put first in ScottPlot's
/// global list, ahead of its system resolver (a system "Noto Sans" must not win). Charts name this family on
/// every text element, so no system font is ever looked up and a machine with no fonts gives the same bytes.
/// </summary>
internal static class ChartFonts
{
    /// <summary>The family name every chart text element asks for.</summary>
    public const string Family = FontSet.Family;

    private static readonly Lock Gate = new();
    private static volatile bool registered;

    /// <summary>
    /// Registers the resolver once; safe to call from any thread, any number of times. Throws when ScottPlot
    /// would still answer the family with another typeface (it caches typefaces by name, so a lookup of
    /// "Noto Sans" made by other code before this registration would stick): better no chart than a chart
    /// in a machine's font.
    /// </summary>
    public static void EnsureRegistered()
    {
        if (registered)
        {
            return;
        }

        lock (Gate)
        {
            if (registered)
            {
                return;
            }

            if (!Fonts.FontResolvers.OfType<NotoSansResolver>().Any())
            {
                Fonts.FontResolvers.Insert(0, new NotoSansResolver());
            }

            var fonts = FontSet.Shared;
            foreach (var (bold, italic) in new[] { (false, false), (true, false), (false, true), (true, true) })
            {
                if (!ReferenceEquals(Fonts.GetTypeface(Family, bold, italic), fonts.Get(bold, italic)))
                {
                    throw new InvalidOperationException(
                        $"ScottPlot resolves '{Family}' to another typeface than the embedded one (a lookup made before the charts registered their fonts?).");
                }
            }

            registered = true;
        }
    }

    /// <summary>Answers <see cref="Family"/> with the shared embedded typefaces, and nothing else.</summary>
    private sealed class NotoSansResolver : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            string.Equals(fontName, Family, StringComparison.OrdinalIgnoreCase) ? FontSet.Shared.Get(bold, italic) : null;

        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            CreateTypeface(fontName, (int)weight >= (int)FontWeight.SemiBold, slant != FontSlant.Upright);
    }
}
