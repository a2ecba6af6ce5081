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

    private static (ReviewedCoding? Review, IReadOnlyList<Diagnostic> Diagnostics) Load(string text, VerbatimRuleSet? rules = null) =>
        LoadBytes(new UTF8Encoding(false).GetBytes(text), rules);

    private static (ReviewedCoding? Review, IReadOnlyList<Diagnostic> Diagnostics) LoadBytes(byte[] bytes, VerbatimRuleSet? rules = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"reviewed-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, bytes);
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

    [Theory]
    [InlineData("1,63E+49")]
    [InlineData("1.63E+49")]
    [InlineData("16300000000000000000000000000000000000000000000000")]
    public void A_fingerprint_a_spreadsheet_made_a_number_is_read_back_with_a_warning_when_one_comment_has_its_id_and_that_number(string mangled)
    {
        using var warnings = Warnings.Collect();
        var (review, diagnostics) = Load(Header + $"V1;2;tenant;{mangled};charges;negative;;;;;\n");
        Assert.Empty(diagnostics);
        CommentCoding[] coded = [new(2, "V1", RespondentType.Tenant, "163e47", []), new(3, "V2", RespondentType.Tenant, "222222", [])];
        var bag = new DiagnosticBag();

        review!.Check(coded, bag);

        Assert.Empty(bag.Items);
        Assert.Same(review.Comments[0], review.Find("V1", "163e47"));
        Assert.Null(review.Find("V1", "163e48"));
        Assert.Null(review.Find("V2", "163e47"));
        var warning = DiagnosticAssert.Single(warnings.Items, DiagnosticCodes.ReviewFingerprintNumber);
        DiagnosticAssert.At(warning, "revue.csv", 2, 4);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("a spreadsheet made of its fingerprint 163e47: read as 163e47", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fingerprint_made_a_number_that_names_no_comment_alone_is_an_error_saying_what_the_spreadsheet_did()
    {
        using var warnings = Warnings.Collect();
        var (review, diagnostics) = Load(Header + "V1;2;tenant;1,63E+49;charges;negative;;;;;\nV2;3;tenant;1.6E+49;charges;negative;;;;;\nV3;4;tenant;1.63E+49;charges;negative;;;;;\n");
        Assert.Empty(diagnostics);
        CommentCoding[] coded =
        [
            new(2, "V1", RespondentType.Tenant, "163e48", []), // another number: the comment changed, or the spreadsheet rounded
            new(3, "V2", RespondentType.Tenant, "163e47", []), // rounded to 1.6E+49
            new(4, "V3", RespondentType.Tenant, "163e47", []), // two comments with the id V3
            new(5, "V3", RespondentType.Tenant, "0a0b0c", []),
        ];
        var bag = new DiagnosticBag();

        review!.Check(coded, bag);

        var errors = bag.Items.Where(d => d.Code == DiagnosticCodes.ReviewFingerprintNumber).ToList();
        Assert.Equal([2, 3, 4], errors.Select(e => e.Location.Line));
        Assert.Equal("the fingerprint of the comment 'V1' is '1,63E+49': a spreadsheet converted the fingerprint (six hexadecimal digits, such as 163e47) into a number.", errors[0].Message);
        Assert.All(errors, e => Assert.Contains("import the fingerprint column as text", e.Hint, StringComparison.Ordinal));
        Assert.DoesNotContain(bag.Items, d => d.Code == DiagnosticCodes.ReviewCommentChanged);
        Assert.Empty(warnings.Items);
    }

    [Theory]
    [InlineData("163e47", 1.63e49)]
    [InlineData("9e1234", null)]
    [InlineData("1234e5", 1.234e8)]
    [InlineData("e12345", null)]
    [InlineData("12345e", null)]
    [InlineData("0a1b2c", null)]
    [InlineData("123456", null)]
    public void A_fingerprint_is_a_number_to_a_spreadsheet_when_it_is_digits_around_one_e(string fingerprint, double? expected) =>
        Assert.Equal(expected, ReviewedCoding.AsSpreadsheetNumber(fingerprint));

    [Fact]
    public void A_fingerprint_that_cannot_be_one_is_an_error_of_its_own()
    {
        var (review, diagnostics) = Load(Header + "V1;2;tenant;b5a1#3;charges;negative;;;;;\nV2;3;tenant;0a0b0c0;charges;negative;;;;;\n");

        Assert.Null(review);
        var errors = diagnostics.Where(d => d.Code == DiagnosticCodes.ReviewFingerprintNumber).ToList();
        Assert.Equal(2, errors.Count);
        DiagnosticAssert.At(errors[0], "revue.csv", 2, 4);
        Assert.Equal("'b5a1#3' is not a fingerprint: a fingerprint is six hexadecimal digits (0-9, a-f), such as 0a1b2c.", errors[0].Message);
        DiagnosticAssert.At(errors[1], "revue.csv", 3, 4);
    }

    [Fact]
    public void A_windows_1252_file_from_french_excel_is_read_with_a_warning_naming_the_encoding_assumed()
    {
        using var warnings = Warnings.Collect();
        var bytes = EncodingNames.Resolve("windows-1252")!.GetBytes("id;fingerprint;theme;polarity\r\nV1;0a0b0c;charges;Négatif\r\nV2;111111;maintenance;neutre\r\n");
        Assert.Contains((byte)0xE9, bytes);

        var (review, diagnostics) = LoadBytes(bytes);

        Assert.Empty(diagnostics);
        Assert.Equal([("charges", Polarity.Negative)], review!.Find("V1", "0a0b0c")!.Themes);
        var warning = DiagnosticAssert.Single(warnings.Items, DiagnosticCodes.ReviewWindows1252);
        Assert.Equal(new SourceLocation("revue.csv", 2), warning.Location);
        Assert.Contains("read as Windows-1252", warning.Message, StringComparison.Ordinal);
        Assert.Contains("« CSV UTF-8", warning.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf8_file_is_read_without_a_warning()
    {
        using var warnings = Warnings.Collect();

        var (review, diagnostics) = Load("id;fingerprint;theme;polarity\nV1;0a0b0c;charges;Négatif\n");

        Assert.Empty(diagnostics);
        Assert.NotNull(review);
        Assert.Empty(warnings.Items);
    }

    [Theory]
    [InlineData("V1;2;tenant;0a0b0c;charges;negative;;;;;\nV1;2;tenant;0a0b0c;;;;;;;\n", "is given no theme here, and a theme on line 2.")]
    [InlineData("V1;2;tenant;0a0b0c;;;;;;;\nV1;2;tenant;0a0b0c;charges;negative;;;;;\n", "is given a theme here, and no theme on line 2.")]
    public void A_comment_given_a_theme_and_no_theme_is_a_contradiction_reported_on_the_second_row(string rows, string said)
    {
        var (review, diagnostics) = Load(Header + rows);

        Assert.Null(review);
        var error = DiagnosticAssert.Single(diagnostics, DiagnosticCodes.ReviewDuplicateTheme);
        DiagnosticAssert.At(error, "revue.csv", 3, 5);
        Assert.EndsWith(said, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_one_error()
    {
        var (review, diagnostics) = Load("");

        Assert.Null(review);
        Assert.Equal(DiagnosticCodes.NoDataRows, Assert.Single(diagnostics).Code);
        Assert.Contains("is empty", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tab_separated_file_is_one_error_naming_the_delimiter()
    {
        var (review, diagnostics) = Load("id\tline\tfingerprint\ttheme\tpolarity\nV1\t2\t0a0b0c\tcharges\tnegative\n");

        Assert.Null(review);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ReviewMissingColumn, error.Code);
        Assert.Equal("the header row is separated by tabs: the delimiter of a reviewed coding file is ';' or ','.", error.Message);
    }
}
