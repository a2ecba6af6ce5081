using System.Diagnostics;
using ReportGen.Tests.TestSupport;
using UglyToad.PdfPig;

namespace ReportGen.Tests.Publishing;

/// <summary>The PDF, SVG and PNG files of a build of the sample, checked as files: validity, size, text, bytes.</summary>
public sealed class DocumentFilesTests : IClassFixture<DocumentFilesTests.SampleBuild>
{
    private static readonly string[] TextOutputs = ["newsletter.md", "newsletter.html", "quotes.md"];

    private readonly SampleBuild _build;

    public DocumentFilesTests(SampleBuild build) => _build = build;

    /// <summary>One build of the sample shared by the tests of this class.</summary>
    public sealed class SampleBuild : IDisposable
    {
        public SampleBuild()
        {
            Directory = Path.Combine(Path.GetTempPath(), "reportgen-tests", Guid.NewGuid().ToString("N"));
            ReportBuilder.Build(Repo.Path("data", "reportgen.yaml"), Directory);
        }

        public string Directory { get; }

        public string File(string name) => Path.Combine(Directory, name);

        public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
    }

    [Theory]
    [InlineData("evidence.pdf")]
    [InlineData("newsletter.pdf")]
    public void PDFs_pass_qpdf_check(string file)
    {
        var qpdf = DebianTool.Require("qpdf", "qpdf");
        var (code, output) = DebianTool.Run(qpdf, $"--check \"{_build.File(file)}\"");
        Assert.True(code == 0, output);
        Assert.Contains("No syntax or stream encoding errors", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evidence.pdf", 440 * 1024)] // 310 KiB until the scores, net scores and benchmarks added six pages and two charts
    [InlineData("newsletter.pdf", 200 * 1024)]
    public void PDFs_stay_small(string file, long limit) =>
        Assert.InRange(new FileInfo(_build.File(file)).Length, 10 * 1024, limit);

    [Fact]
    public void Newsletter_PDF_is_three_pages_at_most_with_the_text_of_the_Markdown()
    {
        // Two pages for the shares, the mirror survey and the plan; the scores and the regional comparison add a third.
        using var document = PdfDocument.Open(_build.File("newsletter.pdf"));
        Assert.InRange(document.NumberOfPages, 1, 3);
        var pdfWords = Words(string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
        var markdown = File.ReadAllText(_build.File("newsletter.md"));
        var markdownWords = Words(markdown.Replace("#", " ", StringComparison.Ordinal).Replace("*", " ", StringComparison.Ordinal).Replace("- ", " ", StringComparison.Ordinal));
        var missing = markdownWords.Except(pdfWords).ToList();
        Assert.True(missing.Count == 0, $"in the Markdown, not in the PDF: {string.Join(", ", missing)}");
        var text = document.GetPage(1).Text;
        Assert.Contains("85,2\u202F%", text, StringComparison.Ordinal);
        Assert.Contains("satisfaits de l’accueil lors des contacts avec l’Office", text, StringComparison.Ordinal);
        Assert.Contains("Qualisondages", pdfWords);
    }

    [Fact]
    public void Evidence_pack_has_its_sections_and_figures()
    {
        using var document = PdfDocument.Open(_build.File("evidence.pdf"));
        var text = string.Join('\n', document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
        foreach (var expected in new[] { "Maîtrise documentaire", "Sommaire", "Méthode de mesure", "Résultats", "Correspondance avec les exigences", "Traçabilité", "Annexe statistique", "QUAL-ENQ-2020", "Directeur général", "Qualisondages", "Wilson", "Kish", "plan d’actions", "Éléments d’entrée de la revue de direction", "Actions en retard", "A-2017-04" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        // Each SHA-256 stands whole on one line, so that an auditor can copy it.
        foreach (var input in new[] { "tenants.csv", "indicators.yaml", "reportgen.yaml" })
        {
            var hash = ReportGen.Publishing.Manifest.Sha256(File.ReadAllBytes(Repo.Path("data", input)));
            var page = document.GetPages().Single(p => string.Concat(p.Letters.Select(l => l.Value)).Contains(hash, StringComparison.Ordinal));
            var letters = page.Letters.ToList();
            var at = string.Concat(letters.Select(l => l.Value)).IndexOf(hash, StringComparison.Ordinal);
            var baselines = letters.Skip(at).Take(hash.Length).Select(l => Math.Round(l.StartBaseLine.Y, 1)).Distinct().ToList();
            Assert.True(baselines.Count == 1, $"the SHA-256 of {input} is split over {baselines.Count} lines");
        }
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Contains(bookmarks.GetNodes(), n => n.Title.Contains("Traçabilité", StringComparison.Ordinal));
    }

    [Fact]
    public void Charts_are_exported_as_SVG_and_300_dpi_PNG()
    {
        var svg = File.ReadAllText(_build.File("charts/satisfaction.svg"));
        Assert.StartsWith("<?xml", svg, StringComparison.Ordinal);
        Assert.Contains("Accueil lors des contacts", svg, StringComparison.Ordinal);
        var png = File.ReadAllBytes(_build.File("charts/satisfaction.png"));
        Assert.Equal(0x89, png[0]);
        var width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        Assert.Equal(480 * 300 / 72, width);
    }

    [Fact]
    public async Task A_machine_without_fonts_gives_the_same_bytes()
    {
        // fontconfig is pointed at an empty configuration: no system font can be found by anything.
        var dir = Path.Combine(_build.Directory, "nofonts");
        Directory.CreateDirectory(dir);
        var config = Path.Combine(dir, "fonts.conf");
        File.WriteAllText(config, "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig><dir>/nonexistent</dir><cachedir>" + dir + "/cache</cachedir></fontconfig>\n");
        var cli = Path.Combine(AppContext.BaseDirectory, "ReportGen.Cli.dll");
        var info = new ProcessStartInfo("dotnet", $"\"{cli}\" build \"{Repo.Path("data", "reportgen.yaml")}\" --out \"{Path.Combine(dir, "out")}\"")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["FONTCONFIG_FILE"] = config;
        info.Environment["FONTCONFIG_PATH"] = dir;
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await error);
        foreach (var file in new[] { "evidence.pdf", "newsletter.pdf", "charts/satisfaction.svg", "charts/satisfaction.png" })
        {
            Assert.True(File.ReadAllBytes(_build.File(file)).SequenceEqual(File.ReadAllBytes(Path.Combine(dir, "out", file))), $"{file} differs without system fonts");
        }
    }

    [Fact]
    public void No_published_output_carries_personal_data_from_the_comments()
    {
        // The deny-list names, and any phone number or e-mail address, must never reach a published file.
        var published = TextOutputs.Select(f => File.ReadAllText(_build.File(f))).ToList();
        using (var pdf = PdfDocument.Open(_build.File("newsletter.pdf")))
        {
            published.Add(string.Join(' ', pdf.GetPages().Select(p => p.Text)));
        }

        using (var pdf = PdfDocument.Open(_build.File("evidence.pdf")))
        {
            published.Add(string.Join(' ', pdf.GetPages().Select(p => p.Text)));
        }

        foreach (var text in published)
        {
            Assert.DoesNotContain("Karim", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Benali", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Ferreira", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(@"[\w.+-]+@[\w-]+\.[\w.]+", text);
            Assert.DoesNotMatch(@"(?<!\w)0[1-9](?:[ .-]?\d{2}){4}(?!\w)", text);
        }
    }

    [Fact]
    public void Approved_quotes_appear_in_the_newsletter_as_quotations()
    {
        var markdown = File.ReadAllText(_build.File("newsletter.md"));
        Assert.Contains("> « J’ai fait une demande il y a 2 mois et toujours aucune réponse malgré mes relances. »", markdown.Replace("«\u00A0", "« ", StringComparison.Ordinal).Replace("\u00A0»", " »", StringComparison.Ordinal), StringComparison.Ordinal);
        using var pdf = PdfDocument.Open(_build.File("newsletter.pdf"));
        var text = string.Join(' ', pdf.GetPages().Select(p => p.Text));
        Assert.Contains("toujours aucune réponse malgré mes relances", text, StringComparison.Ordinal);
        Assert.DoesNotContain("> «", text, StringComparison.Ordinal);
    }

    private static HashSet<string> Words(string text) =>
        [.. text.Split([' ', '\n', '\u00A0', '\u202F', '(', ')', '.', ',', ':', '«', '»', '!', ';'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(char.IsLetterOrDigit))];
}
