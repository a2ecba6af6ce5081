using System.Diagnostics;
using System.Globalization;
using System.Text;
using ReportGen.Charts;
using ReportGen.Documents.Layout;
using ScottPlot;
using SkiaSharp;

namespace ReportGen.Benchmarks;

/// <summary>
/// The load that crashed parallel <c>--per</c> builds (docs/charts-crash.md), on its own: threads writing PDF links and
/// destinations (<c>annotations</c>) or drawing dashed lines (<c>dashes</c>) while another thread forces garbage
/// collections and finalizers without pause. Ours must survive it; <c>--control</c> runs the calls we replaced
/// (SkiaSharp's string overloads, ScottPlot's dashed line), which die of it: annotations in under five seconds,
/// the dashes less often (the unsafe window is a few instructions). Run with <c>DOTNET_TieredCompilation=0</c>, so that
/// the code is optimized from the first call as it is once a build is under way:
/// <c>DOTNET_TieredCompilation=0 dotnet run -c Release --project tests/ReportGen.Benchmarks -- native-stress annotations 20 [--control] [--threads 4]</c>.
/// Exit 0 with a count of documents or lines; a regression ends in a glibc abort (134) or a segmentation fault (139).
/// </summary>
public static class NativeStress
{
    public static int Run(string what, int seconds, bool control, int threads = 4)
    {
        Draw draw = (what, control) switch
        {
            ("annotations", false) => Ours,
            ("annotations", true) => SkiaSharps,
            ("dashes", false) => (canvas, paint, _, i) => Dashes(canvas, paint, i, ChartLines.Draw),
            ("dashes", true) => (canvas, paint, _, i) => Dashes(canvas, paint, i, Drawing.DrawLine),
            _ => throw new ArgumentException($"native-stress: '{what}' is not 'annotations' or 'dashes'."),
        };

        var clock = Stopwatch.StartNew();
        bool Running() => clock.Elapsed.TotalSeconds < seconds;
        var collector = new Thread(() =>
        {
            while (Running())
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }
        })
        { IsBackground = true };
        collector.Start();

        long documents = 0, wrong = 0;
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            var names = Enumerable.Range(0, 50).Select(i => string.Create(CultureInfo.InvariantCulture, $"section-{t}-{i}")).ToArray();
            using var paint = ScottPlot.Paint.NewDisposablePaint();
            while (Running())
            {
                using var stream = new MemoryStream();
                using (var document = SKDocument.CreatePdf(stream))
                {
                    var canvas = document.BeginPage(595, 842);
                    canvas.Translate(10, 10);
                    canvas.ClipRect(new SKRect(0, 0, 500, 800));
                    for (var i = 0; i < names.Length; i++)
                    {
                        draw(canvas, paint, names[i], i);
                    }

                    document.EndPage();
                    document.Close();
                }

                if (what == "annotations")
                {
                    var text = Encoding.Latin1.GetString(stream.ToArray());
                    if (names.Any(n => !text.Contains("/" + n, StringComparison.Ordinal)))
                    {
                        Interlocked.Increment(ref wrong);
                    }
                }

                Interlocked.Increment(ref documents);
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        collector.Join();

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"native-stress {what}{(control ? " --control" : "")}: {threads} threads, {seconds} s, {documents} documents, {wrong} with a missing destination"));
        return wrong == 0 ? 0 : 1;
    }

    private delegate void Draw(SKCanvas canvas, ScottPlot.Paint paint, string name, int i);

    private static void Ours(SKCanvas canvas, ScottPlot.Paint paint, string name, int i)
    {
        PdfAnnotations.Destination(canvas, new SKPoint(5, i * 10), name);
        PdfAnnotations.LinkTo(canvas, SKRect.Create(5, i * 10, 100, 8), name);
        PdfAnnotations.Url(canvas, SKRect.Create(120, i * 10, 100, 8), "https://exemple.fr/" + name);
    }

    private static void SkiaSharps(SKCanvas canvas, ScottPlot.Paint paint, string name, int i)
    {
        canvas.DrawNamedDestinationAnnotation(new SKPoint(5, i * 10), name);
        canvas.DrawLinkDestinationAnnotation(SKRect.Create(5, i * 10, 100, 8), name);
        canvas.DrawUrlAnnotation(SKRect.Create(120, i * 10, 100, 8), "https://exemple.fr/" + name);
    }

    private static void Dashes(SKCanvas canvas, ScottPlot.Paint paint, int i, Action<SKCanvas, ScottPlot.Paint, PixelLine, LineStyle> line)
    {
        var style = new LineStyle { Width = 1, Color = Colors.Black, Pattern = LinePattern.DenselyDashed };
        for (var k = 0; k < 4; k++)
        {
            line(canvas, paint, new PixelLine(0, (i * 10) + k, 300, (i * 10) + k), style);
        }
    }
}
