using System.Diagnostics;
using System.Text.Json;
using ReportGen.Documents;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Documents.Html;

/// <summary>
/// The two pages of a build of the sample checked by axe-core (WCAG 2.0 and 2.1, A and AA), at a desktop and a phone width, in Debian's chromium, driven by
/// puppeteer-core from <c>tests/tools/axe</c>: the tools are installed on first use, no browser is downloaded.
/// </summary>
public class HtmlFormatAccessibilityTests
{
    [Fact]
    public void Axe_finds_no_WCAG_2_1_AA_violation_in_the_newsletter_or_the_evidence_pack()
    {
        // The pages a real build writes, with the real traced files (long SHA-256 cells) and every section of the sample.
        var folder = Directory.CreateTempSubdirectory("reportgen-axe-");
        try
        {
            ReportBuilder.Build(Repo.Path("data", "reportgen.yaml"), Path.Combine(folder.FullName, "out"));
            List<string> files = [Path.Combine(folder.FullName, "out", "newsletter.html"), Path.Combine(folder.FullName, "out", "evidence.html")];

            var (code, output, error) = RunAxe(files);
            Assert.True(code is 0 or 1, $"axe could not run (exit {code}):\n{error}\n{output}");
            using var report = JsonDocument.Parse(output);
            var pages = report.RootElement.EnumerateArray().ToList();
            Assert.Equal(files.Count * 2, pages.Count);
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
