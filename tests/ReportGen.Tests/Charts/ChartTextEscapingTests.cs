using System.Xml.Linq;
using ReportGen.Charts;
using static ReportGen.Tests.Charts.ChartSamples;

namespace ReportGen.Tests.Charts;

/// <summary>Chart exports are XML: a label holding markup is text in the SVG, never an element or a broken document.</summary>
public sealed class ChartTextEscapingTests
{
    private const string Hostile = "<script>alert(1)</script> & \"q\" ]]> <!-- c --> 'a'";

    [Fact]
    public void Labels_with_markup_are_escaped_text_in_the_svg()
    {
        var chart = new IrritantChart([new IrritantBar(Hostile, 12, 0.2), new IrritantBar("Propreté", 8, 0.1)]);

        var svg = chart.ToSvg(480, (int)chart.PreferredSize(480).Height);

        var document = XDocument.Parse(svg);
        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName is "script" or "foreignObject");
        Assert.DoesNotContain(document.Descendants().SelectMany(e => e.Attributes()), a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        var texts = string.Join(" ", SvgTexts(svg));
        Assert.Contains("<script>", texts, StringComparison.Ordinal);
        Assert.Contains("& \"q\" ]]>", texts, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mirror_chart_label_with_markup_is_text_too()
    {
        var chart = new MirrorChart([new MirrorPoint(Hostile, 0.6, 0.8, true), .. MirrorPoints()]);

        var svg = chart.ToSvg(480, (int)chart.PreferredSize(480).Height);

        Assert.Contains(SvgTexts(svg), t => t.Contains("<script>", StringComparison.Ordinal));
        Assert.DoesNotContain(XDocument.Parse(svg).Descendants(), e => e.Name.LocalName == "script");
    }
}
