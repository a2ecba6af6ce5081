using SkiaSharp;

namespace ReportGen.Documents;

/// <summary>The page and type settings of every document: A4, margins, sizes and a sober palette.</summary>
public static class DocumentTheme
{
    public const float PageWidth = 595.28f;
    public const float PageHeight = 841.89f;
    public const float MarginLeft = 56.7f;
    public const float MarginRight = 56.7f;
    public const float MarginTop = 70f;
    public const float MarginBottom = 64f;
    public const float LineHeight = 1.38f;
    public const float ParagraphSpacing = 7f;

    public static SKColor Text { get; } = new(0x22, 0x2B, 0x33);
    public static SKColor Accent { get; } = new(0x1B, 0x3A, 0x57);
    public static SKColor AccentLight { get; } = new(0x2E, 0x5E, 0x8C);
    public static SKColor Muted { get; } = new(0x5F, 0x6B, 0x76);
    public static SKColor Rule { get; } = new(0xC9, 0xD2, 0xDB);
    public static SKColor HeaderFill { get; } = new(0xE3, 0xEB, 0xF3);
    public static SKColor ZebraFill { get; } = new(0xF5, 0xF7, 0xFA);
    public static SKColor BoxFill { get; } = new(0xEE, 0xF3, 0xF8);
    public static SKColor Link { get; } = new(0x1F, 0x5F, 0xA8);

    public static TextStyle Body { get; } = new(10f);
    public static TextStyle Small { get; } = new(8f, Color: Muted);
    public static TextStyle TableText { get; } = new(8.5f);
    public static TextStyle Caption { get; } = new(8.5f, Italic: true, Color: Muted);

    public static float ContentWidth => PageWidth - MarginLeft - MarginRight;

    public static TextStyle HeadingStyle(int level) => level switch
    {
        1 => new TextStyle(17f, Bold: true, Color: Accent),
        2 => new TextStyle(12.5f, Bold: true, Color: Accent),
        _ => new TextStyle(10.5f, Bold: true, Color: Text),
    };
}
