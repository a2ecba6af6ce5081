using System.Text.RegularExpressions;
using ReportGen.Scaffolding;
using ReportGen.Verbatims;

namespace ReportGen.Tests.Verbatims;

public partial class QuoteFileTests
{
    [Fact]
    public void The_sample_quote_file_holds_no_raw_personal_data()
    {
        var markdown = QuoteFile.Write(IrritantsTests.SampleTally(), "2020.1");
        Assert.DoesNotMatch(PhoneLike(), markdown);
        Assert.DoesNotMatch(EmailLike(), markdown);
        foreach (var part in SampleVerbatims.DenyList.SelectMany(n => n.Split(' ')))
        {
            Assert.DoesNotContain(part, markdown, StringComparison.OrdinalIgnoreCase);
        }

        // The sample's comments with a phone number also say "Mon mari est malade": health data (GDPR art. 9) keeps them
        // out of the candidates altogether, masked or not.
        Assert.DoesNotContain("Mon mari est", markdown, StringComparison.Ordinal);
        Assert.Contains("aucun élément masqué", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_sample_comment_once_redacted_holds_no_phone_email_or_deny_list_name()
    {
        var lines = File.ReadLines(TestSupport.Repo.Path("data", "verbatims-2020.csv")).Skip(1);
        var withData = 0;
        foreach (var line in lines)
        {
            var redacted = Redactor.Redact(line[(line.LastIndexOf(';') + 1)..], SampleVerbatims.DenyList);
            withData += redacted.Spans.Count > 0 ? 1 : 0;
            Assert.DoesNotMatch(PhoneLike(), redacted.Text);
            Assert.DoesNotMatch(EmailLike(), redacted.Text);
            Assert.DoesNotContain("Benali", redacted.Text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(@"\d+ (rue|avenue|allée|boulevard|place|impasse) \p{Lu}", redacted.Text);
        }

        Assert.True(withData >= 30, $"{withData} sample comments with personal data");
    }

    [Fact]
    public void The_quote_file_asks_a_person_to_choose_and_approve_and_lists_quotes_by_theme_with_their_ids()
    {
        var tally = IrritantsTests.SampleTally();
        var markdown = QuoteFile.Write(tally, "2020.1");
        Assert.StartsWith("# Verbatims : citations proposées\n", markdown, StringComparison.Ordinal);
        Assert.Contains("À valider par une personne.", markdown, StringComparison.Ordinal);
        Assert.Contains("version 2020.1", markdown, StringComparison.Ordinal);
        Assert.Contains("fichier de projet", markdown, StringComparison.Ordinal);
        foreach (var theme in tally.Themes)
        {
            Assert.Contains($"\n## {theme.Label}\n", markdown, StringComparison.Ordinal);
        }

        foreach (var quote in tally.Quotes)
        {
            Assert.Contains($"**N° {quote.Key}**", markdown, StringComparison.Ordinal);
            Assert.Contains($"> {quote.Text}\n", markdown, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("\r", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_quote_file_is_the_same_on_every_run() =>
        Assert.Equal(QuoteFile.Write(IrritantsTests.SampleTally(), "2020.1"), QuoteFile.Write(IrritantsTests.SampleTally(), "2020.1"));

    [Fact]
    public void The_written_quote_file_names_the_comments_from_the_project_whatever_folder_the_command_runs_in()
    {
        // The tests run from their bin folder, the project lies in the temporary folder: a path relative to the
        // current folder would show there (and change from one folder to the next).
        using var project = BadInput.BadInputCorpusTests.BaseProject();

        var run = project.Build();

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Source : `verbatims.csv`", File.ReadAllText(project.Path("out/quotes.md")), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?:\+33|0033|(?<!\d)0)\s?[1-9](?:[ .\-]?\d{2}){4}")]
    private static partial Regex PhoneLike();

    [GeneratedRegex(@"[\w.+\-]+@[\w\-]+\.\w+")]
    private static partial Regex EmailLike();
}
