using SkiaSharp;

namespace ReportGen.Documents;

/// <summary>
/// The typefaces of every document and chart: Noto Sans, shipped subset in <c>templates/fonts/</c> and
/// embedded in the library, loaded from those bytes: French in Noto Sans, the other Latin letters (Vietnamese), Greek
/// and Cyrillic in Noto Sans Extended (the same design, subset apart), the
/// mathematical signs in Noto Sans Math, Arabic in Noto Sans Arabic (see <see cref="FontCoverage"/> for the fallback). No system font is ever looked up, so a machine with
/// no fonts installed gives the same bytes.
/// </summary>
public sealed class FontSet : IDisposable
{
    public const string Family = "Noto Sans";
    private const string ResourcePrefix = "fonts/";

    private FontSet()
    {
        Regular = Load("NotoSans-Regular.ttf");
        Bold = Load("NotoSans-Bold.ttf");
        Italic = Load("NotoSans-Italic.ttf");
        BoldItalic = Load("NotoSans-BoldItalic.ttf");
        RegularExtended = Load("NotoSansExtended-Regular.ttf");
        BoldExtended = Load("NotoSansExtended-Bold.ttf");
        ItalicExtended = Load("NotoSansExtended-Italic.ttf");
        BoldItalicExtended = Load("NotoSansExtended-BoldItalic.ttf");
        Math = Load("NotoSansMath-Regular.ttf");
        Arabic = Load("NotoSansArabic-Regular.ttf");
        ArabicBold = Load("NotoSansArabic-Bold.ttf");
    }

    /// <summary>The one shared instance: typefaces are immutable and thread-safe to draw with.</summary>
    public static FontSet Shared { get; } = new();

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    public SKTypeface Italic { get; }

    public SKTypeface BoldItalic { get; }

    /// <summary>
    /// Noto Sans for the other Latin letters (Vietnamese, Romanian, decomposed accents), Greek, Cyrillic and U+FFFD:
    /// in fonts of their own, so that a document embeds them only when it draws them (Skia embeds fonts whole).
    /// </summary>
    public SKTypeface RegularExtended { get; }

    public SKTypeface BoldExtended { get; }

    public SKTypeface ItalicExtended { get; }

    public SKTypeface BoldItalicExtended { get; }

    /// <summary>The fallback for the mathematical signs Noto Sans lacks (√ − ≤ ≥ ≈ ∑).</summary>
    public SKTypeface Math { get; }

    /// <summary>The fallback for Arabic script (upright: Noto has no Arabic italic), shaped right to left.</summary>
    public SKTypeface Arabic { get; }

    /// <summary>The bold of <see cref="Arabic"/>.</summary>
    public SKTypeface ArabicBold { get; }

    /// <summary>The file names of the shipped fonts, as in <c>templates/fonts/</c>.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
        [
            "NotoSans-Bold.ttf", "NotoSans-BoldItalic.ttf", "NotoSans-Italic.ttf", "NotoSans-Regular.ttf",
            "NotoSansArabic-Bold.ttf", "NotoSansArabic-Regular.ttf",
            "NotoSansExtended-Bold.ttf", "NotoSansExtended-BoldItalic.ttf", "NotoSansExtended-Italic.ttf", "NotoSansExtended-Regular.ttf",
            "NotoSansMath-Regular.ttf",
        ];

    public SKTypeface Get(bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => BoldItalic,
        (true, false) => Bold,
        (false, true) => Italic,
        _ => Regular,
    };

    /// <summary>The <see cref="RegularExtended"/> face of a style.</summary>
    public SKTypeface GetExtended(bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => BoldItalicExtended,
        (true, false) => BoldExtended,
        (false, true) => ItalicExtended,
        _ => RegularExtended,
    };

    /// <summary>The bytes of a shipped font file, for the manifest and for charts that register fonts by file.</summary>
    public static byte[] ReadFile(string fileName)
    {
        using var stream = typeof(FontSet).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"the font '{fileName}' is missing from the build.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    public void Dispose()
    {
        Regular.Dispose();
        Bold.Dispose();
        Italic.Dispose();
        BoldItalic.Dispose();
        RegularExtended.Dispose();
        BoldExtended.Dispose();
        ItalicExtended.Dispose();
        BoldItalicExtended.Dispose();
        Math.Dispose();
        Arabic.Dispose();
        ArabicBold.Dispose();
    }

    private static SKTypeface Load(string fileName)
    {
        using var data = SKData.CreateCopy(ReadFile(fileName));
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"the font '{fileName}' cannot be read.");
    }
}
