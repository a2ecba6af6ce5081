using System.Text;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Tests.TestSupport;
using ReportGen.Verbatims;

namespace ReportGen.Tests.Verbatims;

public class ReviewedCodingTests
{
    internal static VerbatimRuleSet RulesOf(IReadOnlyList<VerbatimTheme> themes) => new("t.1", themes, [], [], [], "rules.yaml");

    private const string Header = "id;line;type;fingerprint;theme;polarity;confidence;keyword;rule;uncertain;source\n";

    private static (ReviewedCoding? Review, IReadOnlyList<Diagnostic> Diagnostics) Load(string text, VerbatimRuleSet? rules = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"reviewed-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        try
        {
            var bag = new DiagnosticBag();
            var review = ReviewedCoding.Load(path, "revue.csv", rules ?? VerbatimTestData.Rules, bag);
            return (review, bag.Items);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Every_problem_of_the_rows_is_reported_at_its_line_and_column()
    {
        var (review, diagnostics) = Load(Header +
            "V1;2;tenant;0a0b0c;maintenanse;negative;0.70;panne;negative;0;auto\n" +
            "V2;3;tenant;111111;maintenance;mauvais;0.70;panne;negative;0;auto\n" +
            "V3;4;tenant;222222;charges;negative;;;;;\n" +
            "V3;5;tenant;222222;charges;positive;;;;;\n" +
            "V4;6;tenant;;charges;positive;;;;;\n" +
            "V5;7;tenant;333333;charges;;;;;;\n");

        Assert.Null(review);
        var theme = DiagnosticAssert.Single(diagnostics, DiagnosticCodes.ReviewUnknownTheme);
        DiagnosticAssert.At(theme, "revue.csv", 2, 5);
        Assert.Contains("did you mean 'maintenance'?", theme.Hint, StringComparison.Ordinal);
        Assert.Equal(2, diagnostics.Count(d => d.Code == DiagnosticCodes.ReviewUnknownPolarity));
        DiagnosticAssert.At(diagnostics.First(d => d.Code == DiagnosticCodes.ReviewUnknownPolarity), "revue.csv", 3, 6);
        DiagnosticAssert.At(diagnostics.Last(d => d.Code == DiagnosticCodes.ReviewUnknownPolarity), "revue.csv", 7, 6);
        DiagnosticAssert.At(DiagnosticAssert.Single(diagnostics, DiagnosticCodes.ReviewDuplicateTheme), "revue.csv", 5, 5);
        DiagnosticAssert.At(DiagnosticAssert.Single(diagnostics, DiagnosticCodes.ReviewMissingColumn), "revue.csv", 6, 4);
    }

    [Fact]
    public void A_missing_required_column_is_reported_on_the_header_with_the_closest_name()
    {
        var (review, diagnostics) = Load("id;line;fingerprnt;theme\nV1;2;0a0b0c;charges\n");

        Assert.Null(review);
        var missing = diagnostics.Where(d => d.Code == DiagnosticCodes.ReviewMissingColumn).ToList();
        Assert.Equal(2, missing.Count);
        Assert.All(missing, d => Assert.Equal(new SourceLocation("revue.csv", 1), d.Location));
        Assert.Contains("'fingerprint'", missing[0].Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'fingerprnt'?", missing[0].Hint, StringComparison.Ordinal);
        Assert.Contains("'polarity'", missing[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spreadsheets_copy_is_read_comma_delimited_with_a_byte_order_mark_french_polarities_and_lost_leading_zeros()
    {
        var (review, diagnostics) = Load("\uFEFFTheme,Polarity,ID,Fingerprint\nmaintenance,Négatif,V1,1234\nCHARGES,positive,V1,1234\ncommunication,neutre,V1,1234\n,,V2,abcdef\n\n,,,\n");

        Assert.Empty(diagnostics);
        Assert.Equal(2, review!.Comments.Count);
        var first = review.Find("V1", "001234")!;
        // In rule-set order, whatever the file's order.
        Assert.Equal(new (string, Polarity)[] { ("maintenance", Polarity.Negative), ("communication", Polarity.Neutral), ("charges", Polarity.Positive) }, first.Themes);
        Assert.Empty(review.Find("V2", "abcdef")!.Themes);
        Assert.Null(review.Find("V2", "abcdee"));
    }

    [Theory]
    [InlineData("negative", Polarity.Negative)]
    [InlineData("NÉGATIF", Polarity.Negative)]
    [InlineData("négative", Polarity.Negative)]
    [InlineData(" positif ", Polarity.Positive)]
    [InlineData("Neutre", Polarity.Neutral)]
    [InlineData("neutral", Polarity.Neutral)]
    [InlineData("bad", null)]
    [InlineData("", null)]
    public void Polarities_are_read_in_english_or_french(string text, Polarity? expected) => Assert.Equal(expected, ReviewedCoding.ParsePolarity(text));

    [Fact]
    public void An_unknown_id_and_a_changed_comment_are_reported_where_the_row_names_them()
    {
        var (review, diagnostics) = Load(Header +
            "V1;2;tenant;0a0b0c;charges;negative;;;;;\n" +
            "V7;3;tenant;111111;charges;negative;;;;;\n" +
            "V2;9;tenant;999999;charges;negative;;;;;\n");
        Assert.Empty(diagnostics);
        CommentCoding[] coded =
        [
            new(2, "V1", RespondentType.Tenant, "0a0b0c", []),
            new(3, "V2", RespondentType.Tenant, "222222", []),
        ];
        var bag = new DiagnosticBag();

        review!.Check(coded, bag);

        var unknown = DiagnosticAssert.Single(bag.Items, DiagnosticCodes.ReviewUnknownComment);
        DiagnosticAssert.At(unknown, "revue.csv", 3, 1);
        Assert.Contains("'V7'", unknown.Message, StringComparison.Ordinal);
        var changed = DiagnosticAssert.Single(bag.Items, DiagnosticCodes.ReviewCommentChanged);
        DiagnosticAssert.At(changed, "revue.csv", 4, 4);
        Assert.Equal("the comment 'V2' (line 3 of the comments file) has changed since it was reviewed: its fingerprint is now 222222, not 999999.", changed.Message);
        Assert.Contains("review it again", changed.Hint, StringComparison.Ordinal);
        Assert.True(bag.HasErrors);
    }

    [Fact]
    public void Reviewed_rows_replace_all_the_automatic_mentions_of_their_comments_for_the_counts_and_the_quotes()
    {
        const string lift = "L'ascenseur du bâtiment est en panne depuis trois semaines et personne ne vient le réparer, c'est vraiment pénible.";
        const string thanks = "Merci au gardien, le hall est propre et l'accueil à l'agence est très agréable depuis cette année.";
        const string other = "Ma demande de réparation de la fuite est restée sans réponse depuis deux mois, j'attends toujours.";
        var csv = $"id;type;moment;agence;commentaire\nC1;locataire;intervention;Nord;{lift}\nC2;locataire;contact;Nord;{thanks}\nC3;locataire;demande;Sud;{other}\n";
        var comments = Path.Combine(Path.GetTempPath(), $"verbatims-{Guid.NewGuid():N}.csv");
        File.WriteAllText(comments, csv, new UTF8Encoding(false));
        try
        {
            VerbatimTally? Read(ReviewedCoding? review)
            {
                var bag = new DiagnosticBag();
                var tally = VerbatimReader.Read(comments, "verbatims.csv", VerbatimColumns.Sample, CsvDialect.Detect, VerbatimTestData.Rules, [], bag, review);
                Assert.Empty(bag.Items);
                return tally;
            }

            var auto = Read(null)!;
            // C1: a person says it is about the charges, negatively, and nothing else; C2: no theme at all; C3: not reviewed.
            var (review, diagnostics) = Load(Header +
                $"C1;2;tenant;{CommentCoding.FingerprintOf(lift)};charges;négatif;;;;;\n" +
                $"C2;3;tenant;{CommentCoding.FingerprintOf(thanks)};;;;;;;\n");
            Assert.Empty(diagnostics);

            var reviewed = Read(review)!;

            Assert.Equal(new[] { ("charges", Polarity.Negative, ReviewedCoding.ReviewedRule, 1.0) }, reviewed.Coded[0].Mentions.Select(m => (m.ThemeId, m.Polarity, m.Rule, m.Confidence)));
            Assert.Equal(auto.Coded[0].Mentions, reviewed.Coded[0].Automatic);
            Assert.Empty(reviewed.Coded[1].Mentions);
            Assert.True(reviewed.Coded[1].Reviewed);
            Assert.Equal(auto.Coded[2].Mentions, reviewed.Coded[2].Mentions);
            Assert.False(reviewed.Coded[2].Reviewed);
            Assert.Equal(2, reviewed.ReviewedComments);
            Assert.Equal(VerbatimTally.Of("verbatims.csv", VerbatimTestData.Rules, reviewed.Coded, []).Counts, reviewed.Counts);
            Assert.Equal(1, reviewed.Count("charges", RespondentType.Tenant).NegativeMentions);
            // The quotes follow the reviewed polarities: C1 is a candidate for the charges alone, C2 for nothing.
            Assert.Equal("charges", Assert.Single(reviewed.Quotes, q => q.Id == 2).ThemeId);
            Assert.DoesNotContain(reviewed.Quotes, q => q.Id == 3);
            Assert.Equal(auto.Quotes.Where(q => q.Id == 4), reviewed.Quotes.Where(q => q.Id == 4));
        }
        finally
        {
            File.Delete(comments);
        }
    }

    [Fact]
    public void A_file_without_rows_reviews_nothing_and_is_refused()
    {
        var (review, diagnostics) = Load(Header);

        Assert.Null(review);
        DiagnosticAssert.Single(diagnostics, DiagnosticCodes.NoDataRows);
    }
}
