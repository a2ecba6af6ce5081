using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Cli;

/// <summary>The language of the CLI: the locale (LC_ALL, LC_MESSAGES, LANG), overridden by --lang; the diagnostic prefix never changes.</summary>
public sealed class ReportGenAppTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "reportgen-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Fact]
    public void A_French_locale_prints_French_messages_behind_the_canonical_prefix()
    {
        var run = CliRun.Under("fr_FR.UTF-8", "init", Path.Combine(_dir, "p"), "--reference");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("reportgen init: error RG702: --reference ne s’emploie qu’avec --from.", run.Error, StringComparison.Ordinal);
        Assert.Contains("    conseil\u00a0: ajoutez --from FICHIER", run.Error, StringComparison.Ordinal);
        Assert.Contains("reportgen: 1 problème trouvé\u202f; rien n’a été écrit.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_French_locale_translates_the_hints_of_a_bad_project_file()
    {
        using var project = new TempProject(TempProject.DefaultProject + "\noutputs:\n  formats: [pdf, htm, pdf]\n");
        var run = CliRun.Under("fr_FR.UTF-8", "build", project.ProjectFile, "--out", project.OutDir);
        Assert.Equal(2, run.ExitCode);
        Assert.Matches(new Regex(@"reportgen\.yaml\(\d+,18\): error RG\d{3}: "), run.Error);
        Assert.Contains("vouliez-vous dire «\u00a0html\u00a0»\u202f?", run.Error, StringComparison.Ordinal);
        Assert.Contains("reportgen: 2 problèmes trouvés\u202f; rien n’a été écrit.", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(project.OutDir));
    }

    [Fact]
    public void A_C_locale_prints_English()
    {
        var run = CliRun.Under("C.UTF-8", "init", Path.Combine(_dir, "p"), "--reference");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("reportgen init: error RG702: --reference only go with --from.", run.Error, StringComparison.Ordinal);
        Assert.Contains("    hint: add --from FILE", run.Error, StringComparison.Ordinal);
        Assert.Contains("reportgen: 1 problem found; nothing was written.", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr_FR.UTF-8", "--lang", "en", "only go with --from")]
    [InlineData("C.UTF-8", "--lang", "fr", "ne s’emploie qu’avec --from")]
    [InlineData("C.UTF-8", "--lang=fr", null, "ne s’emploie qu’avec --from")]
    [InlineData("fr_FR.UTF-8", "--lang=EN", null, "only go with --from")]
    public void Lang_overrides_the_locale_wherever_it_is_written(string locale, string option, string? value, string expected)
    {
        string[] lang = value is null ? [option] : [option, value];
        string[][] placings = [[.. lang, "init", Path.Combine(_dir, "p"), "--reference"], ["init", Path.Combine(_dir, "p"), .. lang, "--reference"]];
        foreach (var args in placings)
        {
            var run = CliRun.Under(locale, args);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_unknown_or_missing_lang_is_refused()
    {
        var run = CliRun.Of("--lang", "de", "build");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("reportgen: unknown --lang 'de'; use --lang fr or --lang en." + Environment.NewLine, run.Error);
        Assert.Empty(run.Output);

        var french = CliRun.Under("fr_FR.UTF-8", "build", "--lang");
        Assert.Equal(2, french.ExitCode);
        Assert.Contains("--lang attend une valeur", french.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_help_follows_the_locale()
    {
        var french = CliRun.Under("fr_FR.UTF-8", "--help");
        Assert.Equal(0, french.ExitCode);
        Assert.Contains("UTILISATION:", french.Output, StringComparison.Ordinal);
        Assert.Contains("COMMANDES:", french.Output, StringComparison.Ordinal);
        Assert.Contains("Calcule les indicateurs", french.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Compute the indicators", french.Output, StringComparison.Ordinal);

        var english = CliRun.Under("C.UTF-8", "--help");
        Assert.Equal(0, english.ExitCode);
        Assert.Contains("USAGE:", english.Output, StringComparison.Ordinal);
        Assert.Contains("Compute the indicators", english.Output, StringComparison.Ordinal);

        var options = CliRun.Under("fr_FR.UTF-8", "build", "--help");
        Assert.Contains("Le dossier de sortie", options.Output, StringComparison.Ordinal);
        Assert.Contains("La langue des messages", options.Output, StringComparison.Ordinal);
        Assert.Contains("The output folder", CliRun.Of("build", "--help").Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--version")]
    [InlineData("-v")]
    public void Version_prints_the_version_of_Directory_Build_props(string option)
    {
        var version = Regex.Match(File.ReadAllText(Repo.Path("Directory.Build.props")), "<Version>([^<]+)</Version>").Groups[1].Value;
        var run = CliRun.Of(option);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(version, run.Output.Trim());
    }

    [Fact]
    public void The_language_of_the_caller_is_restored()
    {
        var before = CultureInfo.CurrentUICulture;
        _ = CliRun.Under("fr_FR.UTF-8", "--version");
        Assert.Same(before, CultureInfo.CurrentUICulture);
    }

    [Fact]
    public void Lang_after_a_double_dash_is_left_to_the_command()
    {
        var (rest, language, wrong) = ReportGen.Cli.ReportGenApp.TakeLanguage(["build", "--lang", "fr", "--", "--lang", "de"]);
        Assert.Equal(["build", "--", "--lang", "de"], rest);
        Assert.Equal(ReportGen.Localization.Language.French, language);
        Assert.Null(wrong);
    }
}
