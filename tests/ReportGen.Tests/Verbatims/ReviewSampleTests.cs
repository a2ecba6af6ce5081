using System.Text;
using ReportGen.Diagnostics;
using ReportGen.Tests.BadInput;
using ReportGen.Tests.TestSupport;
using ReportGen.Verbatims;

namespace ReportGen.Tests.Verbatims;

public class ReviewSampleTests
{
    [Fact]
    public void SplitMix64_gives_the_published_reference_values()
    {
        var random = new SplitMix64(0);

        Assert.Equal(0xE220A8397B1DCDAFUL, random.Next());
        Assert.Equal(0x6E789E6AA1B965F4UL, random.Next());
        Assert.Equal(0x06C45D188009454FUL, random.Next());
    }

    [Fact]
    public void The_reservoir_draws_every_item_equally_often_and_the_same_sample_from_the_same_seed()
    {
        var counts = new int[10];
        for (ulong seed = 1; seed <= 3000; seed++)
        {
            var reservoir = new Reservoir<int>(3, seed);
            foreach (var i in Enumerable.Range(0, 10))
            {
                reservoir.Offer(i);
            }

            Assert.Equal(3, reservoir.Items.Distinct().Count());
            foreach (var i in reservoir.Items)
            {
                counts[i]++;
            }
        }

        // Each item is drawn with probability 3/10: 900 times in 3000 draws, give or take (sd ≈ 25).
        Assert.All(counts, c => Assert.InRange(c, 800, 1000));
        Assert.Equal(Draw(7, 5, 42), Draw(7, 5, 42));
        Assert.NotEqual(Draw(7, 50, 42), Draw(7, 50, 43));
        Assert.Equal([0, 1, 2], Draw(5, 3, 9).Order());

        static List<int> Draw(int size, int items, ulong seed)
        {
            var reservoir = new Reservoir<int>(size, seed);
            foreach (var i in Enumerable.Range(0, items))
            {
                reservoir.Offer(i);
            }

            return [.. reservoir.Items];
        }
    }

    private static TempProject Project()
    {
        var project = BadInputCorpusTests.BaseProject();
        project.Write("verbatims.csv", """
            id;type;moment;commentaire
            V1;locataire;contact;Le hall est sale et l’ascenseur en panne.
            V2;locataire;contact;Très bon accueil en agence, merci à Sophie.
            V3;locataire;contact;Je suis malade et le hall est sale depuis des semaines.
            V4;collaborateur;contact;Rien à signaler.
            """.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        return project;
    }

    [Fact]
    public void The_sample_shows_redacted_texts_masks_sensitive_comments_and_writes_no_text_in_the_csv()
    {
        using var project = Project();

        var result = ReviewSample.Write(project.ProjectFile, 10, 1, outFile: null);

        Assert.Equal((4, 4), (result.Sampled, result.Comments));
        Assert.Equal(project.Path(Path.Combine("out", ReviewSample.CsvName)), result.CsvPath);
        var markdown = File.ReadAllText(result.MarkdownPath);
        var csv = File.ReadAllText(result.CsvPath);
        Assert.Contains(ReviewSample.MaskedComment, markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("malade", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Sophie", markdown, StringComparison.Ordinal);
        Assert.Contains("reviewed_coding:", markdown, StringComparison.Ordinal);
        // Sorted by line, every comment with its rows, the one with no theme with an empty one.
        var ids = csv.Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l.Split(';')[0]).Distinct().ToList();
        Assert.Equal(["V1", "V2", "V3", "V4"], ids);
        Assert.Contains($"V4;5;staff;{CommentCoding.FingerprintOf("Rien à signaler.")};", csv, StringComparison.Ordinal);
        // A comment without theme has one row, its theme and the coder's columns empty.
        Assert.All(csv.Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l.Split(';')).Where(f => f[4].Length == 0),
            f => Assert.Equal(["", "", "", "", "", "", "auto"], f[4..]));
        Assert.DoesNotContain("ascenseur", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("semaines", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("signaler", csv, StringComparison.Ordinal);
        var sameAgain = ReviewSample.Write(project.ProjectFile, 10, 1, outFile: project.Path("again.csv"));
        Assert.Equal(File.ReadAllBytes(result.CsvPath), File.ReadAllBytes(sameAgain.CsvPath));
        Assert.Equal(File.ReadAllBytes(result.MarkdownPath), File.ReadAllBytes(project.Path("again.md")));
    }

    [Fact]
    public void The_sample_never_overwrites_an_input_nor_writes_into_a_folder_it_did_not_make()
    {
        using var project = Project();
        var before = File.ReadAllBytes(project.Path("verbatims.csv"));

        var input = DiagnosticAssert.Thrown(() => ReviewSample.Write(project.ProjectFile, 2, 1, project.Path("verbatims.csv")));
        var notCsv = DiagnosticAssert.Thrown(() => ReviewSample.Write(project.ProjectFile, 2, 1, project.Path("sample.txt")));
        Directory.CreateDirectory(project.Path("out"));
        File.WriteAllText(project.Path(Path.Combine("out", "notes.txt")), "mine");
        var foreign = DiagnosticAssert.Thrown(() => ReviewSample.Write(project.ProjectFile, 2, 1, outFile: null));

        Assert.Equal(DiagnosticCodes.ReviewSampleOptions, Assert.Single(input).Code);
        Assert.Contains("this is an input of the project", input[0].Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(project.Path("verbatims.csv")));
        Assert.Equal(DiagnosticCodes.ReviewSampleOptions, Assert.Single(notCsv).Code);
        Assert.Contains("no manifest.json", Assert.Single(foreign).Message, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(project.Path("out")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_build_replaces_an_output_folder_that_holds_only_a_review_sample()
    {
        using var project = Project();
        ReviewSample.Write(project.ProjectFile, 2, 1, outFile: null);

        var run = project.Build();

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(project.Path(Path.Combine("out", "coding.csv"))));
    }

    [Theory]
    [InlineData("newsletter.csv")]
    [InlineData("coding.csv")]
    [InlineData("indicators.csv")]
    [InlineData("quotes.csv")]
    [InlineData("Newsletter.csv")]
    [InlineData("charts/irritants.csv")]
    public void The_sample_never_replaces_a_file_a_build_writes_into_the_output_folder(string name)
    {
        using var project = Project();
        Assert.True(project.Build().ExitCode == 0);
        var before = Snapshot(project.OutDir);

        var refused = DiagnosticAssert.Thrown(() => ReviewSample.Write(project.ProjectFile, 2, 1, project.Path(Path.Combine("out", name))));

        Assert.Equal(DiagnosticCodes.ReviewSampleOptions, Assert.Single(refused).Code);
        Assert.Contains("a build writes this file into ", refused[0].Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(project.OutDir));
        // Its own names, in the output folder, are the default's.
        ReviewSample.Write(project.ProjectFile, 2, 1, project.Path(Path.Combine("out", ReviewSample.CsvName)));
    }

    [Fact]
    public void The_sample_never_replaces_a_file_listed_in_a_manifest_nor_a_build_name_beside_a_manifest()
    {
        using var project = Project();
        Directory.CreateDirectory(project.Path("elsewhere"));
        project.Write(Path.Combine("elsewhere", "manifest.json"), """{ "outputs": [ { "path": "notes.md" } ] }""");

        var listed = DiagnosticAssert.Thrown(() => ReviewSample.Write(project.ProjectFile, 2, 1, project.Path(Path.Combine("elsewhere", "notes.csv"))));
        var named = DiagnosticAssert.Thrown(() => ReviewSample.Write(project.ProjectFile, 2, 1, project.Path(Path.Combine("elsewhere", "newsletter.csv"))));

        Assert.EndsWith("notes.md", listed.Single().Location.File, StringComparison.Ordinal);
        Assert.EndsWith("newsletter.md", named.Single().Location.File, StringComparison.Ordinal);
        Assert.Equal(["manifest.json"], Directory.EnumerateFileSystemEntries(project.Path("elsewhere")).Select(Path.GetFileName));
        Assert.Null(ReviewSample.BuildOutput(project.Path(Path.Combine("elsewhere", "sample.csv")), project.OutDir, ["evidence.pdf"]));
    }

    [Fact]
    public void The_sample_refuses_a_folder_that_does_not_exist_and_makes_none()
    {
        using var project = Project();

        var refused = DiagnosticAssert.Thrown(() => ReviewSample.Write(project.ProjectFile, 2, 1, project.Path(Path.Combine("nowhere", "deeper", "x.csv"))));

        Assert.Contains("this folder does not exist", Assert.Single(refused).Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(project.Path("nowhere")));
    }

    [Fact]
    public void The_sample_replaces_a_previous_sample_but_no_other_file()
    {
        using var project = Project();
        var target = project.Path("revue.csv");
        ReviewSample.Write(project.ProjectFile, 2, 1, target);

        // A previous sample (the .md's title, the .csv's header) is replaced.
        var again = ReviewSample.Write(project.ProjectFile, 3, 1, target);
        Assert.Equal(3, again.Sampled);

        // A person's notes under the .md's name, a copy of coding.csv without its .md: left alone.
        project.Write("notes.md", "# Mes notes\n");
        var notes = DiagnosticAssert.Thrown(() => ReviewSample.Write(project.ProjectFile, 2, 1, project.Path("notes.csv")));
        File.Copy(target, project.Path("copie.csv"));
        var copy = DiagnosticAssert.Thrown(() => ReviewSample.Write(project.ProjectFile, 2, 1, project.Path("copie.csv")));
        project.Write("autre.csv", "mes chiffres\n");
        File.Copy(Path.ChangeExtension(target, ".md"), project.Path("autre.md"));
        var other = DiagnosticAssert.Thrown(() => ReviewSample.Write(project.ProjectFile, 2, 1, project.Path("autre.csv")));

        Assert.All(notes.Concat(copy).Concat(other), d => Assert.Contains("this file exists and is not part of a review sample", d.Message, StringComparison.Ordinal));
        Assert.Equal("# Mes notes\n", File.ReadAllText(project.Path("notes.md")));
        Assert.False(File.Exists(project.Path("notes.csv")));
        Assert.False(File.Exists(project.Path("copie.md")));
        Assert.Equal("mes chiffres\n", File.ReadAllText(project.Path("autre.csv")));
        Assert.True(ReviewSample.IsPreviousSample(target, Path.ChangeExtension(target, ".md")));
        Assert.False(ReviewSample.IsPreviousSample(project.Path("copie.csv"), project.Path("copie.md")));
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);
}
