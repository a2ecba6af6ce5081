using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using ReportGen.Analysis;
using ReportGen.Charts;
using ReportGen.Documents;
using ReportGen.Publishing;
using ReportGen.Tests.Publishing.Results;
using SkiaSharp;

namespace ReportGen.Tests.Charts;

/// <summary>The score distribution chart, drawn from a project with a score, a net score and their benchmarks.</summary>
public sealed class ScoreDistributionChartTests
{
    private const int Width = 480;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static SurveyResults Results => ScoreSample.Results;

    private static ScoreDistributionChart Chart(SurveyResults results, string id) => ScoreDistributionChart.FromResults(results).Single(c => c.IndicatorId == id).Chart;

    [Fact]
    public void FromResults_gives_one_chart_per_score_in_file_order_whose_bars_are_the_distribution()
    {
        var charts = ScoreDistributionChart.FromResults(Results);
        Assert.Equal(["note", "reco"], charts.Select(c => c.IndicatorId));

        var score = Results.Scores.Score("note")!;
        var chart = charts[0].Chart;
        Assert.Equal(score.Distribution, chart.Shares);
        Assert.Equal((0, 10, "/10"), (chart.Minimum, chart.Maximum, chart.Unit));
        Assert.Equal(
            [(ScoreMarkKind.Mean, "moyenne", score.Mean!.Value), (ScoreMarkKind.Target, "objectif", 7.5), (ScoreMarkKind.Benchmark, "moyenne régionale", 7.2)],
            chart.Marks.Select(m => (m.Kind, m.Name, m.Value)));
        Assert.Equal(score.Interval, chart.MeanInterval);

        var net = Results.Scores.NetScore("reco")!;
        var netChart = charts[1].Chart;
        Assert.Equal(net.Distribution, netChart.Shares);
        Assert.Empty(netChart.Marks);
        var groups = netChart.Net!;
        Assert.Equal((6, 9), (groups.DetractorsTo, groups.PromotersFrom));
        Assert.Equal((net.Detractors, net.Passives, net.Promoters, net.Score), (groups.Detractors, groups.Passives, groups.Promoters, groups.Score));
        Assert.Equal(10, groups.Target);
        Assert.Equal([("moyenne régionale", 10.0)], groups.Benchmarks);
    }

    [Fact]
    public void Each_bar_is_as_tall_as_its_share_and_each_mark_stands_at_its_value()
    {
        var chart = Chart(Results, "note");
        var size = chart.PreferredSize(Width);
        var layout = chart.ComputeLayout(size.Width, size.Height);

        Assert.Equal(11, layout.Bars.Count);
        for (var i = 0; i < 11; i++)
        {
            Assert.Equal(chart.Shares[i], layout.Bars[i].Height / layout.Scale, 4);
            Assert.Equal(layout.DataRect.Left + ((i + 0.5f) * layout.Pitch), layout.Bars[i].MidX, 3);
        }

        // A mark's line stands where its value falls on the axis of answers: the mean 6.8 just left of the bar of 7.
        var mean = chart.Marks[0].Value;
        var line = layout.Lines.First(l => l.Style.Color == ScottPlot.Color.FromHex("#1B3A57") && l.Style.Width == 1.5f);
        Assert.Equal(layout.DataRect.Left + (float)((mean + 0.5) * layout.Pitch), line.Line.X1, 3);
    }

    [Fact]
    public void A_net_score_colours_its_bars_by_the_indicator_s_cut_offs()
    {
        var chart = Chart(Results, "reco");
        Assert.All(Enumerable.Range(0, 7), a => Assert.Equal(ScoreDistributionChart.DetractorColor, chart.BarColorOf(a)));
        Assert.All(Enumerable.Range(7, 2), a => Assert.Equal(ScoreDistributionChart.PassiveColor, chart.BarColorOf(a)));
        Assert.All(Enumerable.Range(9, 2), a => Assert.Equal(ScoreDistributionChart.PromoterColor, chart.BarColorOf(a)));

        var other = chart.Net! with { DetractorsTo = 4, PromotersFrom = 8 };
        var moved = new ScoreDistributionChart(chart.Label, 0, chart.Shares, "", [], other);
        Assert.Equal(ScoreDistributionChart.PassiveColor, moved.BarColorOf(5));
        Assert.Equal(ScoreDistributionChart.PromoterColor, moved.BarColorOf(8));
    }

    [Fact]
    public void Svg_writes_every_answer_every_share_and_the_marks_in_french()
    {
        var chart = Chart(Results, "note");
        var texts = SvgTexts(chart);

        foreach (var answer in Enumerable.Range(0, 11))
        {
            Assert.Contains(answer.ToString(System.Globalization.CultureInfo.InvariantCulture), texts);
        }

        Assert.All(chart.Shares, s => Assert.Contains(FrenchFormat.Percent(s, 0), texts));
        var mean = Results.Scores.Score("note")!.Mean!.Value;
        Assert.Contains(texts, t => t.StartsWith($"moyenne\u00A0: {FrenchFormat.Number(mean, 1)}/10 (intervalle de confiance à 95\u202F%", StringComparison.Ordinal));
        Assert.Contains("objectif\u00A0: 7,5/10", texts);
        Assert.Contains("moyenne régionale\u00A0: 7,2/10", texts);
        Assert.DoesNotContain(texts, t => t.Contains('.', StringComparison.Ordinal));

        var net = SvgTexts(Chart(Results, "reco"));
        var estimate = Results.Scores.NetScore("reco")!;
        Assert.Contains($"détracteurs (0 à 6)\u00A0: {FrenchFormat.Percent(estimate.Detractors!.Value)}", net);
        Assert.Contains($"passifs (7 et 8)\u00A0: {FrenchFormat.Percent(estimate.Passives!.Value)}", net);
        Assert.Contains($"promoteurs (9 et 10)\u00A0: {FrenchFormat.Percent(estimate.Promoters!.Value)}", net);
        Assert.Contains(net, t => t.StartsWith("score net\u00A0: ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_benchmark_is_marked_only_when_the_project_has_one()
    {
        var with = Chart(Results, "note");
        var without = Chart(ScoreSample.WithoutBenchmarks, "note");

        Assert.Contains(with.Marks, m => m.Kind == ScoreMarkKind.Benchmark);
        Assert.DoesNotContain(without.Marks, m => m.Kind == ScoreMarkKind.Benchmark);
        Assert.Contains(SvgTexts(with), t => t.StartsWith("moyenne régionale", StringComparison.Ordinal));
        Assert.DoesNotContain(SvgTexts(without), t => t.StartsWith("moyenne régionale", StringComparison.Ordinal));
        Assert.DoesNotContain(SvgTexts(Chart(ScoreSample.WithoutBenchmarks, "reco")), t => t.StartsWith("moyenne régionale", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_figures_give_the_same_svg_png_and_pdf_bytes()
    {
        foreach (var id in new[] { "note", "reco" })
        {
            var first = Chart(Results, id);
            var second = Chart(ScoreSample.Results with { }, id);
            var size = first.PreferredSize(Width);
            var (w, h) = ((int)size.Width, (int)size.Height);

            Assert.Equal(first.ToSvg(w, h), second.ToSvg(w, h));
            Assert.Equal(first.ToPng(w, h), second.ToPng(w, h));
            Assert.Equal(Pdf(first, w, h), Pdf(second, w, h));
            var pngs = new byte[4][];
            Parallel.For(0, 4, i => pngs[i] = first.ToPng(w, h, dpi: 150));
            Assert.All(pngs, png => Assert.Equal(first.ToPng(w, h, dpi: 150), png));
        }
    }

    [Fact]
    public void Svg_names_only_the_noto_sans_family_and_draws_no_black_rectangle()
    {
        var chart = Chart(Results, "note");
        var size = chart.PreferredSize(Width);
        var svg = XDocument.Parse(chart.ToSvg((int)size.Width, (int)size.Height));

        Assert.Equal([FontSet.Family], svg.Descendants().Select(e => (string?)e.Attribute("font-family")).OfType<string>().Distinct());
        Assert.DoesNotContain(svg.Descendants(Svg + "rect"), r => r.Attribute("fill") is null && r.Parent?.Name != Svg + "clipPath");
    }

    [Fact]
    public void A_suppressed_score_has_no_chart_and_bad_input_is_refused()
    {
        var suppressed = Results with
        {
            Scores = new(
                [.. Results.Scores.Scores.Select(s => s with { Suppressed = true, Mean = null, Distribution = [] })],
                [.. Results.Scores.NetScores.Select(s => s with { Suppressed = true, Score = null, Distribution = [] })]),
        };
        Assert.Empty(ScoreDistributionChart.FromResults(suppressed));

        Assert.Throws<ArgumentException>(() => new ScoreDistributionChart("x", 0, [0.5, 1.5], "/1", []));
        Assert.Throws<ArgumentException>(() => new ScoreDistributionChart("x", 0, [0.5, 0.5], "/1", [new ScoreMark(ScoreMarkKind.Mean, "moyenne", 2)]));
        Assert.Throws<ArgumentException>(() => new ScoreDistributionChart("x", 0, [0.5, 0.5], "/1", []).ComputeLayout(20, 100));
    }

    private static List<string> SvgTexts(ScoreDistributionChart chart)
    {
        var size = chart.PreferredSize(Width);
        return [.. XDocument.Parse(chart.ToSvg((int)size.Width, (int)size.Height)).Descendants(Svg + "text").Select(t => t.Value.Trim())];
    }

    private static byte[] Pdf(ScoreDistributionChart chart, int width, int height)
    {
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Creation = new DateTime(2020, 3, 3, 0, 0, 0, DateTimeKind.Utc),
            Modified = new DateTime(2020, 3, 3, 0, 0, 0, DateTimeKind.Utc),
        };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            var page = document.BeginPage(width, height);
            chart.Draw(page, new SKRect(0, 0, width, height));
            document.EndPage();
        }

        return stream.ToArray();
    }
}
