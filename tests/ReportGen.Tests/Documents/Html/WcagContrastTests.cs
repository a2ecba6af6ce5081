using ReportGen.Documents;
using ReportGen.Documents.Html;
using ReportGen.Publishing;
using SkiaSharp;

namespace ReportGen.Tests.Documents.Html;

public class WcagContrastTests
{
    [Theory]
    // Reference ratios: black on white is 21:1 by definition; #767676 is the lightest grey that passes 4.5:1 on white (WebAIM).
    [InlineData(0x00, 0x00, 0x00, 21.0)]
    [InlineData(0xFF, 0xFF, 0xFF, 1.0)]
    [InlineData(0x76, 0x76, 0x76, 4.54)]
    [InlineData(0x77, 0x77, 0x77, 4.48)]
    public void Ratios_on_white_match_the_reference_values(byte r, byte g, byte b, double expected) =>
        Assert.Equal(expected, WcagContrast.Ratio(new SKColor(r, g, b), SKColors.White), 2);

    [Fact]
    public void The_ratio_does_not_depend_on_the_order_of_the_colours() =>
        Assert.Equal(WcagContrast.Ratio(DocumentTheme.Muted, DocumentTheme.BoxFill), WcagContrast.Ratio(DocumentTheme.BoxFill, DocumentTheme.Muted), 12);

    [Fact]
    public void Every_text_and_background_pair_of_the_style_sheet_meets_WCAG_AA()
    {
        Assert.NotEmpty(HtmlStyleSheet.Pairs);
        var failing = HtmlStyleSheet.Pairs
            .Select(p => (p.Where, Ratio: WcagContrast.Ratio(p.Text, p.Background), Least: p.Large ? WcagContrast.LargeText : WcagContrast.NormalText))
            .Where(p => p.Ratio < p.Least)
            .Select(p => $"{p.Where}: {p.Ratio:F2} < {p.Least}")
            .ToList();
        Assert.True(failing.Count == 0, string.Join("\n", failing));
    }

    [Fact]
    public void The_ink_chosen_on_every_heat_table_fill_meets_4_5_to_1()
    {
        foreach (var fill in new[] { SegmentSections.FarBelow, SegmentSections.Below, SegmentSections.Above, SegmentSections.FarAbove })
        {
            var ratio = WcagContrast.Ratio(WcagContrast.InkOn(fill), fill);
            Assert.True(ratio >= WcagContrast.NormalText, $"{fill}: {ratio:F2}");
        }
    }

    [Fact]
    public void A_dark_fill_takes_white_ink()
    {
        Assert.Equal(SKColors.White, WcagContrast.InkOn(DocumentTheme.Accent));
        Assert.Equal(DocumentTheme.Text, WcagContrast.InkOn(DocumentTheme.HeaderFill));
    }
}
