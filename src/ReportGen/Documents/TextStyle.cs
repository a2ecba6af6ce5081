using SkiaSharp;

namespace ReportGen.Documents;

/// <summary>How a run of text looks: size in points, weight, slant and colour.</summary>
public sealed record TextStyle(float Size, bool Bold = false, bool Italic = false, SKColor? Color = null)
{
    public SKColor Ink => Color ?? DocumentTheme.Text;

    public TextStyle WithBold() => this with { Bold = true };

    public TextStyle WithItalic() => this with { Italic = true };
}
