using ReportGen.Publishing;

namespace ReportGen.Tests.Publishing;

public class FrenchFormatTests
{
    [Theory]
    [InlineData(0.852, "85,2\u202F%")]
    [InlineData(0.0, "0,0\u202F%")]
    [InlineData(1.0, "100,0\u202F%")]
    [InlineData(0.53349, "53,3\u202F%")]
    [InlineData(0.69750, "69,8\u202F%")]
    public void Percent_has_a_decimal_comma_and_a_narrow_no_break_space(double proportion, string expected) =>
        Assert.Equal(expected, FrenchFormat.Percent(proportion));

    [Theory]
    [InlineData(4000, "4\u00A0000")]
    [InlineData(999, "999")]
    [InlineData(1234567, "1\u00A0234\u00A0567")]
    [InlineData(-1500, "−1\u00A0500")]
    public void Counts_group_thousands_with_no_break_spaces(long value, string expected) =>
        Assert.Equal(expected, FrenchFormat.Count(value));

    [Theory]
    [InlineData(0.013, "1,3\u00A0point")]
    [InlineData(0.021, "2,1\u00A0points")]
    public void Points_agree_in_number(double proportion, string expected) =>
        Assert.Equal(expected, FrenchFormat.Points(proportion));

    [Theory]
    [InlineData(2020, 3, 3, "3 mars 2020")]
    [InlineData(2024, 1, 1, "1er janvier 2024")]
    [InlineData(2023, 8, 15, "15 août 2023")]
    public void Dates_are_written_in_French(int year, int month, int day, string expected) =>
        Assert.Equal(expected, FrenchFormat.Date(new DateOnly(year, month, day)));

    [Fact]
    public void Typography_makes_apostrophes_guillemets_and_spaces_French()
    {
        Assert.Equal("l’accueil de l’Office", FrenchFormat.Typography("l'accueil de l'Office"));
        Assert.Equal("«\u00A0Ne sait pas\u00A0»", FrenchFormat.Typography("\"Ne sait pas\""));
        Assert.Equal("Engagement 1\u00A0: vous accueillir", FrenchFormat.Typography("Engagement 1 : vous accueillir"));
        Assert.Equal("Pourquoi\u202F?", FrenchFormat.Typography("Pourquoi ?"));
        Assert.Equal("85\u202F%", FrenchFormat.Typography("85%"));
    }

    [Fact]
    public void Spacing_fix_leaves_markdown_syntax_alone()
    {
        var text = "Au global :\n| :--- | ---: |\nhttps://example.org/a?b=1\nVraiment ?\n85 % et « oui »";
        var fixedText = FrenchFormat.FixSpacing(text);
        Assert.Equal("Au global\u00A0:\n| :--- | ---: |\nhttps://example.org/a?b=1\nVraiment\u202F?\n85\u202F% et «\u00A0oui\u00A0»", fixedText);
    }

    [Theory]
    [InlineData(7.84, 0, 10, null, "7,8/10")]
    [InlineData(7.85, 0, 10, null, "7,9/10")]
    [InlineData(3.96, 1, 5, " sur 5", "4,0 sur 5")]
    public void Scores_carry_their_scale_unit(double value, int min, int max, string? unit, string expected) =>
        Assert.Equal(expected, FrenchFormat.Score(value, new ReportGen.Definitions.NumericRange(min, max, null) { Unit = unit }));

    [Theory]
    [InlineData(12.3, "+12")]
    [InlineData(-4, "−4")]
    [InlineData(0.4, "0")]
    [InlineData(-0.4, "0")]
    public void Net_scores_are_signed_whole_points(double points, string expected) =>
        Assert.Equal(expected, FrenchFormat.NetScore(points));
}
