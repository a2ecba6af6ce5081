using System.Globalization;
using System.Text;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Cli;

/// <summary>The review round trip through the command line, on a copy of the sample project: sample, correct, name, build.</summary>
public sealed class ReviewRoundTripTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "reportgen-tests", Guid.NewGuid().ToString("N"));

    public ReviewRoundTripTests()
    {
        Directory.CreateDirectory(_dir);
        foreach (var file in Directory.EnumerateFiles(Repo.Path("data")).Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".csv", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(_dir, Path.GetFileName(file)));
        }

        // The sample writes to the repository's out/; this copy writes beside itself.
        var project = File.ReadAllText(Path.Combine(_dir, "reportgen.yaml"));
        File.WriteAllText(Path.Combine(_dir, "reportgen.yaml"), System.Text.RegularExpressions.Regex.Replace(project, @"(?m)^outputs:\n(  .*\n)+", "outputs:\n  directory: out\n"));
    }

    private string P(params string[] parts) => Path.Combine([_dir, .. parts]);

    private static List<string[]> Rows(string path) =>
        [.. File.ReadAllText(path, Encoding.UTF8).TrimStart('\uFEFF').Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l.Split(';'))];

    private static int Count(List<string[]> rows, string theme, string polarity, string type = "tenant") =>
        rows.Count(r => r[2] == type && r[4] == theme && r[5] == polarity);

    [Fact]
    public void A_corrected_review_sample_replaces_the_automatic_coding_and_the_evidence_pack_reports_the_agreement()
    {
        var first = CliRun.Of("build", P("reportgen.yaml"));
        Assert.True(first.ExitCode == 0, first.Error);
        var before = Rows(P("out", "coding.csv"));
        Assert.All(before, r => Assert.Equal("auto", r[10]));
        Assert.Contains("Aucune relecture", PdfText.Of(P("out", "evidence.pdf")), StringComparison.Ordinal);

        var sample = CliRun.Of("review-sample", P("reportgen.yaml"), "--size", "40", "--seed", "3");
        Assert.True(sample.ExitCode == 0, sample.Error);
        Assert.Contains("Drew 40 of 600 comments (seed 3)", sample.Output, StringComparison.Ordinal);
        var drawn = Rows(P("out", "review-sample.csv"));
        var again = CliRun.Of("review-sample", P("reportgen.yaml"), "--size", "40", "--seed", "3", "--out", P("again.csv"));
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Equal(File.ReadAllBytes(P("out", "review-sample.csv")), File.ReadAllBytes(P("again.csv")));
        var lines = drawn.Select(r => int.Parse(r[1], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(lines.Order(), lines);
        Assert.Equal(40, drawn.Select(r => r[0]).Distinct().Count());

        // The reviewer: flips the polarity of the first two tenant rows, deletes a third row, adds a theme to a fourth comment.
        var tenantRows = drawn.Where(r => r[2] == "tenant" && r[4].Length > 0).ToList();
        var flipped = tenantRows.Take(2).ToList();
        var deleted = tenantRows[2];
        var target = drawn.First(r => r[2] == "tenant" && r[0] != deleted[0] && !flipped.Any(f => f[0] == r[0]) && !drawn.Any(d => d[0] == r[0] && d[4] == "charges"));
        var reviewed = new StringBuilder("id;line;type;fingerprint;theme;polarity;confidence;keyword;rule;uncertain;source\n");
        foreach (var row in drawn.Where(r => r != deleted))
        {
            var copy = (string[])row.Clone();
            if (flipped.Contains(row))
            {
                copy[5] = row[5] == "negative" ? "positif" : "négatif";
            }

            reviewed.Append(string.Join(';', copy)).Append('\n');
        }

        reviewed.Append(CultureInfo.InvariantCulture, $"{target[0]};{target[1]};tenant;{target[3]};charges;negative;;;;;\n");
        File.WriteAllText(P("revue-codage.csv"), reviewed.ToString(), new UTF8Encoding(false));
        var project = File.ReadAllText(P("reportgen.yaml"));
        File.WriteAllText(P("reportgen.yaml"), project.Replace("  approved_quotes:", "  reviewed_coding: revue-codage.csv\n  approved_quotes:", StringComparison.Ordinal));

        var build = CliRun.Of("build", P("reportgen.yaml"));

        Assert.True(build.ExitCode == 0, build.Error);
        var after = Rows(P("out", "coding.csv"));
        var sampledIds = drawn.Select(r => r[0]).ToHashSet();
        Assert.All(after, r => Assert.Equal(sampledIds.Contains(r[0]) ? "reviewed" : "auto", r[10]));
        Assert.Contains(after, r => r[10] == "reviewed");
        // The counts moved by exactly the corrections.
        int Delta(string theme, string polarity) => Count(after, theme, polarity) - Count(before, theme, polarity);
        foreach (var theme in before.Select(r => r[4]).Distinct())
        {
            foreach (var polarity in new[] { "negative", "positive", "neutral" })
            {
                var expected = flipped.Count(f => f[4] == theme && (f[5] == "negative" ? "positive" : "negative") == polarity)
                    - flipped.Count(f => f[4] == theme && f[5] == polarity)
                    - (deleted[4] == theme && deleted[5] == polarity ? 1 : 0)
                    + (theme == "charges" && polarity == "negative" ? 1 : 0);
                Assert.True(expected == Delta(theme, polarity), $"{theme} {polarity}: expected {expected}, found {Delta(theme, polarity)}");
            }
        }

        var pdf = PdfText.Of(P("out", "evidence.pdf"));
        Assert.Contains("Codage des commentaires et relecture", pdf, StringComparison.Ordinal);
        Assert.Contains("Les thèmes et irritants reposent sur 40 commentaires relus par une personne et 560 codés automatiquement.", pdf, StringComparison.Ordinal);
        Assert.Contains("40 commentaires sur 600 (6,7 %)", pdf.Replace('\u202F', ' '), StringComparison.Ordinal);
        // The kappa of the polarities of the mentions both found (all but the deleted and the added), the review as reference.
        var pairs = drawn.Where(r => r[4].Length > 0 && r != deleted)
            .Select(r => (Reviewed: flipped.Contains(r) ? (r[5] == "negative" ? "positive" : "negative") : r[5], Automatic: r[5])).ToList();
        var kappa = ReportGen.Verbatims.CodingAgreement.Kappa(pairs);
        Assert.Contains($"Kappa de Cohen (polarité) {ReportGen.Publishing.FrenchFormat.Number(kappa, 2)}", pdf, StringComparison.Ordinal);
        Assert.Contains("revue-codage.csv", pdf, StringComparison.Ordinal);
        Assert.Contains("\"path\": \"revue-codage.csv\"", File.ReadAllText(P("out", "manifest.json")), StringComparison.Ordinal);
        Assert.Contains("\"path\": \"coding.csv\"", File.ReadAllText(P("out", "manifest.json")), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
