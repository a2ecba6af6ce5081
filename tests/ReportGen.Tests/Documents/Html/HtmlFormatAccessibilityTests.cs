using System.Diagnostics;
using System.Text.Json;
using ReportGen.Documents;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Documents.Html;

/// <summary>
/// The sample's two pages checked by axe-core (WCAG 2.0 and 2.1, A and AA) in Debian's chromium, driven by
/// puppeteer-core from <c>tests/tools/axe</c>: the tools are installed on first use, no browser is downloaded.
/// </summary>
public class HtmlFormatAccessibilityTests
{
    [Fact]
    public void Axe_finds_no_WCAG_2_1_AA_violation_in_the_newsletter_or_the_evidence_pack()
    {
        var folder = Directory.CreateTempSubdirectory("reportgen-axe-");
        try
        {
            var files = new List<string>();
            foreach (var (name, document) in new[] { ("newsletter.html", SampleDocuments.Newsletter), ("evidence.html", SampleDocuments.Evidence) })
            {
                var path = Path.Combine(folder.FullName, name);
                File.WriteAllBytes(path, DocumentFormats.Html.Write(document, DocumentOptions.Default));
                files.Add(path);
            }

            var (code, output, error) = RunAxe(files);
            Assert.True(code is 0 or 1, $"axe could not run (exit {code}):\n{error}\n{output}");
            using var report = JsonDocument.Parse(output);
            var pages = report.RootElement.EnumerateArray().ToList();
            Assert.Equal(files.Count, pages.Count);
            foreach (var page in pages)
            {
                // axe ran its rules on the page: a run that checked nothing would pass any page.
                Assert.True(page.GetProperty("rules").GetInt32() > 20, $"axe ran few rules on {page.GetProperty("file").GetString()}");
            }

            var violations = pages.Sum(p => p.GetProperty("violations").GetArrayLength());
            Assert.True(violations == 0 && code == 0, $"axe found {violations} violation(s):\n{output}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static (int Code, string Output, string Error) RunAxe(IReadOnlyList<string> files)
    {
        var chromium = DebianTool.Require("chromium", "chromium");
        var node = DebianTool.Require("node", "nodejs");
        var tool = Repo.Path("tests", "tools", "axe");
        if (!Directory.Exists(Path.Combine(tool, "node_modules")))
        {
            DebianTool.Require("npm", "npm");
            var (ci, ciOutput, ciError) = Run("npm", ["ci", "--no-audit", "--no-fund"], tool, chromium);
            Assert.True(ci == 0, $"npm ci failed in {tool}:\n{ciOutput}\n{ciError}");
        }

        return Run(node, ["axe.mjs", .. files], tool, chromium);
    }

    private static (int Code, string Output, string Error) Run(string file, IEnumerable<string> arguments, string directory, string chromium)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["CHROMIUM"] = chromium;
        // puppeteer-core never downloads a browser; this keeps any other puppeteer from trying.
        info.Environment["PUPPETEER_SKIP_DOWNLOAD"] = "1";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
