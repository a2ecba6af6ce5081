using System.Text;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Tests.TestSupport;
using ReportGen.Verbatims;

namespace ReportGen.Tests.Verbatims;

public class VerbatimReaderTests
{
    private static (VerbatimTally? Tally, IReadOnlyList<Diagnostic> Diagnostics) Read(string csv, VerbatimColumns? columns = null, CsvDialect? dialect = null, Encoding? encoding = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"verbatims-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, csv, encoding ?? new UTF8Encoding(false));
        try
        {
            var bag = new DiagnosticBag();
            var tally = VerbatimReader.Read(path, "verbatims.csv", columns ?? VerbatimColumns.Sample, dialect ?? CsvDialect.Detect,
                VerbatimTestData.Rules, ["Karim Benali"], bag);
            return (tally, bag.Items);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Comments_are_counted_per_theme_and_respondent_type()
    {
        const string csv = """
            id;type;moment;agence;commentaire
            1;locataire;intervention;Nord;L'ascenseur est en panne depuis des semaines.
            2;tenant;demande;Nord;Ma demande est restée sans réponse.
            3;locataire;intervention;Sud;Pas de problème de chauffage, merci.
            4;collaborateur;demande;Sud;Les délais de traitement des demandes sont trop longs.
            5;staff;demande;Sud;
            6;Locataires;vie dans la résidence;Est;Rien à dire.
            """;
        var (tally, diagnostics) = Read(csv);
        Assert.Empty(diagnostics);
        Assert.Equal(4, tally!.TenantComments);
        Assert.Equal(1, tally.StaffComments);
        var maintenance = tally.Count("maintenance", RespondentType.Tenant);
        Assert.Equal((2, 1, 1), (maintenance.Mentions, maintenance.NegativeMentions, maintenance.PositiveMentions));
        Assert.Equal(0.5, maintenance.Share, 10);
        Assert.Equal(1, tally.Count("demandes", RespondentType.Staff).NegativeMentions);
        Assert.Equal("2026.1", tally.RuleSetVersion);
        Assert.Equal(VerbatimTestData.Rules.Themes.Count * 2, tally.Counts.Count);
    }

    [Fact]
    public void Candidate_quotes_are_redacted_negative_of_bounded_length_and_first_seen()
    {
        var rows = new StringBuilder("id;type;moment;agence;commentaire\n");
        rows.Append("1;locataire;intervention;Nord;Panne.\n");
        for (var i = 2; i <= 7; i++)
        {
            rows.Append(i).Append(";locataire;intervention;Nord;L'ascenseur est en panne depuis ").Append(i)
                .Append(" jours, appelez-moi au 06 12 34 56 7").Append(i).Append(" ou voyez Karim Benali.\n");
        }

        var (tally, diagnostics) = Read(rows.ToString());
        Assert.Empty(diagnostics);
        var quotes = tally!.Quotes.Where(q => q.ThemeId == "maintenance").ToList();
        Assert.Equal(VerbatimReader.QuotesPerTheme, quotes.Count);
        Assert.Equal([3, 4, 5], quotes.Select(q => q.Id));
        Assert.All(quotes, q =>
        {
            Assert.DoesNotContain("06 12", q.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Benali", q.Text, StringComparison.Ordinal);
            Assert.Equal(2, q.RedactedSpans);
            Assert.Equal("Nord", q.Segment);
        });
        Assert.Equal("L'ascenseur est en panne depuis 2 jours, appelez-moi au […] ou voyez […].", quotes[0].Text);
    }

    [Fact]
    public void A_missing_text_column_is_reported_with_the_columns_found()
    {
        var (tally, diagnostics) = Read("id;type;moment;agence;verbatim\n1;locataire;demande;Nord;Texte\n");
        Assert.Null(tally);
        var missing = DiagnosticAssert.Single(diagnostics, DiagnosticCodes.MissingColumn);
        Assert.Contains("'commentaire'", missing.Message, StringComparison.Ordinal);
        Assert.Contains("Columns found: 'id', 'type', 'moment', 'agence', 'verbatim'.", missing.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_respondent_type_is_reported_with_its_line_and_column()
    {
        const string csv = "id;type;moment;agence;commentaire\n1;locataire;demande;Nord;Bien.\n2;voisin;demande;Nord;Bruit.\n";
        var (tally, diagnostics) = Read(csv);
        Assert.Null(tally);
        var bad = DiagnosticAssert.Single(diagnostics, DiagnosticCodes.InvalidRespondentType);
        DiagnosticAssert.At(bad, "verbatims.csv", 3, 2);
        Assert.Contains("'voisin'", bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_dialect_is_followed_for_delimiter_and_encoding()
    {
        const string csv = "commentaire,type,moment\n\"Le hall est sale, vraiment.\",locataire,vie dans la résidence\n";
        var (tally, diagnostics) = Read(csv, new VerbatimColumns("commentaire", "type", "moment"), new CsvDialect(',', "windows-1252", null),
            CodePagesEncoding());
        Assert.Empty(diagnostics);
        Assert.Equal(1, tally!.Count("proprete", RespondentType.Tenant).NegativeMentions);
    }

    [Fact]
    public void A_file_in_another_encoding_than_utf8_is_reported()
    {
        var (tally, diagnostics) = Read("id;type;moment;agence;commentaire\n1;locataire;demande;Nord;Le délai est trop long.\n", encoding: CodePagesEncoding());
        Assert.Null(tally);
        DiagnosticAssert.At(DiagnosticAssert.Single(diagnostics, DiagnosticCodes.InvalidEncoding), "verbatims.csv", 2, 5);
    }

    [Fact]
    public void Reading_the_same_file_twice_gives_the_same_tally()
    {
        var (first, _) = Read(Sample());
        var (second, _) = Read(Sample());
        Assert.Equal(first!.Counts, second!.Counts);
        Assert.Equal(first.Quotes, second.Quotes);
    }

    private static string Sample() => File.ReadAllText(Repo.Path("data", "verbatims-2020.csv"));

    private static Encoding CodePagesEncoding() => EncodingNames.Resolve("windows-1252")!;
}
