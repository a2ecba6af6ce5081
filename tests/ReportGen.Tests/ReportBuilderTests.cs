using System.Text;
using System.Text.Json;
using ReportGen.Publishing;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests;

/// <summary>The whole pipeline on the sample project in data/, as the README's first command runs it.</summary>
public sealed class ReportBuilderTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "reportgen-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    /// <summary>The ten figures of the "Décryptage" of 3 March 2020 (shared/reference), as the article words them.</summary>
    public static TheoryData<string> PublishedFigures => new()
    {
        "85,2 % satisfaits de l’accueil lors des contacts avec l’Office",
        "89,1 % satisfaits des supports de communication",
        "82,6 % satisfaits de leur logement",
        "81,9 % satisfaits du fonctionnement des équipements de leur logement",
        "72,8 % satisfaits de la propreté des parties communes",
        "82,8 % satisfaits du fonctionnement de leurs équipements collectifs",
        "78,2 % satisfaits de la qualité de vie dans leur quartier",
        "73,2 % satisfaits de la qualité de vie dans leur résidence",
        "69,7 % satisfaits de la qualité de l’intervention des travaux réalisés",
        "53,3 % satisfaits du délai pour apporter une solution à la demande",
    };

    private string BuildSample(string? outDir = null)
    {
        var dir = outDir ?? _out;
        var result = ReportBuilder.Build(Repo.Path("data", "reportgen.yaml"), dir);
        Assert.Equal(Path.GetFullPath(dir), result.OutputDirectory);
        return File.ReadAllText(Path.Combine(dir, "newsletter.md"));
    }

    [Theory]
    [MemberData(nameof(PublishedFigures))]
    public void Sample_newsletter_states_each_published_figure_with_French_typography(string figure)
    {
        var typeset = figure.Replace(" %", "\u202F%", StringComparison.Ordinal);
        var lines = BuildSample().Split('\n');
        Assert.Contains($"- {typeset}", lines);
    }

    [Fact]
    public void Sample_newsletter_states_the_4_000_tenants_and_the_method()
    {
        var article = BuildSample();
        Assert.Contains("échantillon de 4\u00A0000 locataires", article, StringComparison.Ordinal);
        Assert.Contains("Qualisondages", article, StringComparison.Ordinal);
        Assert.Contains("« Très satisfait » et « Plutôt satisfait »".Replace("« ", "«\u00A0", StringComparison.Ordinal).Replace(" »", "\u00A0»", StringComparison.Ordinal), article, StringComparison.Ordinal);
        Assert.Contains("répartis dans 5 agences", article, StringComparison.Ordinal);
        Assert.DoesNotContain("'", article, StringComparison.Ordinal);
        Assert.DoesNotContain(" %", article, StringComparison.Ordinal);
        Assert.DoesNotContain(" :", article, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_builds_of_the_same_inputs_are_byte_identical()
    {
        BuildSample(Path.Combine(_out, "a"));
        BuildSample(Path.Combine(_out, "b"));
        var files = Directory.GetFiles(Path.Combine(_out, "a"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Path.Combine(_out, "a"), f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(Path.Combine(_out, "b"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Path.Combine(_out, "b"), f)).Order(StringComparer.Ordinal));
        Assert.Contains("evidence.docx", files);
        Assert.Contains("results.xlsx", files);
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(_out, "a", file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_out, "b", file))), $"{file} differs between two builds");
        }
    }

    [Fact]
    public void Manifest_lists_each_input_and_output_with_its_SHA_256()
    {
        BuildSample();
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_out, "manifest.json")));
        var root = manifest.RootElement;
        Assert.Equal(ReportBuilder.GeneratorVersion, root.GetProperty("generator").GetProperty("version").GetString());
        Assert.Equal(4000, root.GetProperty("project").GetProperty("respondents").GetInt32());
        var parameters = root.GetProperty("parameters");
        Assert.Equal(0.95, parameters.GetProperty("confidence").GetDouble());
        Assert.Equal("windows-1252", parameters.GetProperty("data_encoding").GetString());
        Assert.Equal("2020", parameters.GetProperty("wave").GetString());
        Assert.True(parameters.GetProperty("weighted").GetBoolean());
        var outputs = root.GetProperty("outputs").EnumerateArray().ToList();
        Assert.Equal(
            [
                "charts/irritants.png", "charts/irritants.svg", "charts/mirror.png", "charts/mirror.svg", "charts/priorities.png", "charts/priorities.svg",
                "charts/satisfaction.png", "charts/satisfaction.svg", "charts/score-note-globale.png", "charts/score-note-globale.svg",
                "charts/score-recommandation.png", "charts/score-recommandation.svg", "charts/trends.png", "charts/trends.svg", "coding.csv", "evidence.docx", "evidence.html", "evidence.pdf",
                "indicators.csv", "newsletter.docx", "newsletter.html", "newsletter.md", "newsletter.pdf", "quotes.md", "results.json", "results.schema.json", "results.xlsx",
            ],
            outputs.Select(o => o.GetProperty("path").GetString()));
        foreach (var output in outputs)
        {
            var bytes = File.ReadAllBytes(Path.Combine(_out, output.GetProperty("path").GetString()!));
            Assert.Equal(Manifest.Sha256(bytes), output.GetProperty("sha256").GetString());
        }

        var inputs = root.GetProperty("inputs").EnumerateArray().ToDictionary(i => i.GetProperty("path").GetString()!, i => i.GetProperty("sha256").GetString());
        Assert.Equal(Manifest.Sha256(File.ReadAllBytes(Repo.Path("data", "tenants.csv"))), inputs["tenants.csv"]);
        Assert.Contains("reportgen.yaml", inputs.Keys);
        Assert.Contains("indicators.yaml", inputs.Keys);
        Assert.Contains("benchmarks.yaml", inputs.Keys);
        Assert.Contains("builtin:templates/newsletter.md.sbn", inputs.Keys);
    }

    [Fact]
    public void Indicator_table_opens_in_French_Excel()
    {
        BuildSample();
        var bytes = File.ReadAllBytes(Path.Combine(_out, "indicators.csv"));
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("indicateur;libelle;theme;base;", lines[0], StringComparison.Ordinal);
        Assert.Equal(12, lines.Length);
        var accueil = lines[1].Split(';');
        Assert.Equal("accueil", accueil[0]);
        Assert.StartsWith("85,2", accueil[8], StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_replaces_a_previous_output_folder_as_a_whole()
    {
        BuildSample();
        File.WriteAllText(Path.Combine(_out, "stale.txt"), "from an older build");
        BuildSample();
        Assert.False(File.Exists(Path.Combine(_out, "stale.txt")));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(_out)!, $".{Path.GetFileName(_out)}.staging-*"));
    }

    [Fact]
    public void A_build_refuses_to_replace_a_folder_it_did_not_write()
    {
        Directory.CreateDirectory(_out);
        File.WriteAllText(Path.Combine(_out, "precious.docx"), "not ours");
        var run = CliRun.Of("build", Repo.Path("data", "reportgen.yaml"), "--out", _out);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("RG400", run.Error, StringComparison.Ordinal);
        Assert.Equal(["precious.docx"], Directory.GetFiles(_out).Select(Path.GetFileName));
    }
}
