using System.Text.RegularExpressions;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Cli;

/// <summary>
/// The whole command line in each language, as a user meets it: the help (ReportGen's descriptions and Spectre's
/// headings) and bad inputs, whose text follows the locale behind the unchanged <c>file(line,col): error RGnnn:</c>.
/// </summary>
public sealed class LanguageEndToEndTests
{
    public static TheoryData<string, string[]> Languages => new()
    {
        { "fr", ["UTILISATION:", "COMMANDES:", "Rassemble les parts d’un build", "Affiche l'aide"] },
        { "en", ["USAGE:", "COMMANDS:", "Assemble the shards of a build", "Prints help information"] },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_help_of_the_application_and_of_build_speak_the_language(string language, string[] expected)
    {
        foreach (var run in new[] { Run(language, "--help"), Run(language, "--lang", language, "--help") })
        {
            Assert.Equal(0, run.ExitCode);
            Assert.All(expected, text => Assert.Contains(text, run.Output, StringComparison.Ordinal));
        }

        var build = Run(language, "build", "--help");
        Assert.Equal(0, build.ExitCode);
        Assert.Contains(language == "fr" ? "Le dossier de sortie" : "The output folder", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(language == "fr" ? "The output folder" : "Le dossier de sortie", build.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "la colonne «\u00a0q9\u00a0» (indicateur «\u00a0accueil\u00a0») n’est pas dans l’en-tête de ", "conseil\u00a0: ")]
    [InlineData("en", "the column 'q9' (indicator 'accueil') is not in the header of ", "hint: ")]
    public void An_unknown_column_is_told_in_the_language(string language, string message, string hint)
    {
        using var project = new TempProject(indicators: TempProject.DefaultIndicators.Replace("column: q1", "column: q9", StringComparison.Ordinal));
        var run = Run(language, "build", project.ProjectFile, "--out", project.OutDir);
        AssertBadInput(run, @"indicators\.yaml\(\d+,\d+\): error RG200: ", message, hint);
        Assert.False(Directory.Exists(project.OutDir));
    }

    [Theory]
    [InlineData("fr", "la réponse «\u00a0Bof\u00a0» de la colonne «\u00a0q1\u00a0» (indicateur «\u00a0accueil\u00a0») n’est pas sur l’échelle «\u00a0sat4\u00a0».", "conseil\u00a0: réponses admises")]
    [InlineData("en", "answer 'Bof' in column 'q1' (indicator 'accueil') is not on the scale 'sat4'.", "hint: allowed answers")]
    public void A_bad_cell_is_told_in_the_language(string language, string message, string hint)
    {
        using var project = new TempProject(csv: TempProject.DefaultCsv.Replace("2;1;2;3", "2;1;Bof;3", StringComparison.Ordinal));
        var run = Run(language, "validate", project.ProjectFile);
        AssertBadInput(run, @"data\.csv\(3,3\): error RG202: ", message, hint);
    }

    [Theory]
    [InlineData("fr", "YAML mal formé\u00a0: l’analyse s’est arrêtée après cet endroit", "conseil\u00a0: vérifiez le retrait")]
    [InlineData("en", "malformed YAML: the parser stopped after this place", "hint: check the indentation")]
    public void An_unclosed_flow_mapping_is_malformed_YAML_not_a_crash(string language, string message, string hint)
    {
        // YamlDotNet's scanner throws InvalidOperationException on this one, which used to reach the user as a bug.
        using var project = new TempProject(indicators: TempProject.DefaultIndicators.Replace("satisfied: true }", "satisfied: true", StringComparison.Ordinal));
        var run = Run(language, "validate", project.ProjectFile);
        AssertBadInput(run, @"indicators\.yaml\(\d+,\d+\): error RG\d{3}: ", message, hint);
        Assert.DoesNotContain("InvalidOperationException", run.Error, StringComparison.Ordinal);
    }

    /// <summary>French by the locale for "fr", English by a C locale for "en".</summary>
    private static CliRun Run(string language, params string[] args) => CliRun.Under(language == "fr" ? "fr_FR.UTF-8" : "C.UTF-8", args);

    private static void AssertBadInput(CliRun run, string prefix, string message, string hint)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Matches(new Regex(prefix + Regex.Escape(message)), run.Error);
        Assert.Contains("    " + hint, run.Error, StringComparison.Ordinal);
    }
}
