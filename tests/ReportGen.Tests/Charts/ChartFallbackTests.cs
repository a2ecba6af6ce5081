using ReportGen.Charts;
using static ReportGen.Tests.Charts.ChartSamples;

namespace ReportGen.Tests.Charts;

/// <summary>Chart labels Noto Sans alone cannot draw: Arabic shaped, the rest replaced visibly, nothing dropped.</summary>
public sealed class ChartFallbackTests
{
    private const int Width = 480;

    private static IrritantChart Chart() => new(
    [
        new("Nguyễn Văn Thắng, Ζωή, Дмитрий", 142, 0.23),
        new("Gardien محمد بن علي absent", 118, 0.19),
        new("Ascenseur 中文 en panne 👍🏽", 64, 0.10),
    ]);

    [Fact]
    public void Every_label_is_drawn_or_visibly_replaced_inside_the_chart()
    {
        var chart = Chart();

        var text = AssertPdfLettersInNotoSansAndInside(chart.Draw, Width, (int)chart.PreferredSize(Width).Height);

        Assert.Contains("NguyễnVănThắng,Ζωή,Дмитрий", text, StringComparison.Ordinal);
        Assert.Contains("Ascenseur\uFFFD\uFFFDenpanne\uFFFD", text, StringComparison.Ordinal);

        // محمد بن علي joined and right to left: the visual order is the reverse of the logical joined forms.
        Assert.Contains(new string([.. "\uFEE3\uFEA4\uFEE4\uFEAA\uFE91\uFEE6\uFECB\uFEE0\uFEF2".Reverse()]), text, StringComparison.Ordinal);
        Assert.Contains("Gardien", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_that_need_no_fallback_stay_with_ScottPlot_and_the_same_labels_give_the_same_bytes()
    {
        Assert.False(ChartFallback.Needed("Propreté des parties communes – 85,2 %", bold: false));
        Assert.True(ChartFallback.Needed("محمد", bold: false));
        Assert.True(ChartFallback.Needed("中", bold: true));
        Assert.Equal(Chart().ToSvg(Width, 200), Chart().ToSvg(Width, 200));
        Assert.Equal(Chart().ToPng(Width, 200), Chart().ToPng(Width, 200));
    }

    [Fact]
    public void A_fallback_label_is_measured_as_it_is_drawn()
    {
        using var measurer = new TextMeasurer(9);
        var arabic = measurer.Width("محمد بن علي");
        Assert.InRange(arabic, 20, 80);
        Assert.True(measurer.Width("محمد بن علي محمد") > arabic);
        Assert.Equal(2 * measurer.LineHeight, measurer.Measure("محمد\nعلي").Height);
    }
}
