using System.Globalization;
using ReportGen.Definitions;
using ReportGen.Ingest;

namespace ReportGen.Tests.Ingest;

public class AnswerResolverTests
{
    private static readonly ScaleDefinition Sat4 = new("sat4", null,
        [
            new ScaleCategory("1", "Très satisfait", true, []),
            new ScaleCategory("2", "Plutôt satisfait", true, []),
            new ScaleCategory("3", "Plutôt pas satisfait", false, []),
            new ScaleCategory("4", "Pas du tout satisfait", false, []),
        ],
        [new ScaleCategory("9", "Ne sait pas", false, ["NSP"]), new ScaleCategory("8", "Pas d'avis", false, [])],
        null);

    [Theory]
    [InlineData("1", 0)]
    [InlineData("Très satisfait", 0)]
    [InlineData("Plutôt pas satisfait", 2)]
    [InlineData("NSP", ~0)]
    [InlineData("Pas d'avis", ~1)]
    public void Exact_answers_match_with_no_folded_form(string answer, int expected)
    {
        var match = new AnswerResolver(Sat4).Match(answer);

        Assert.Equal(expected, match.Value);
        Assert.Null(match.Form);
        Assert.Null(match.Ambiguous);
    }

    [Theory]
    [InlineData("Tres satisfait", 0, "Très satisfait", "accents")]
    [InlineData("PLUTOT SATISFAIT", 1, "Plutôt satisfait", "accents and case")]
    [InlineData("Plutôt  satisfait", 1, "Plutôt satisfait", "spacing")]
    [InlineData("Plutôt\u00A0satisfait", 1, "Plutôt satisfait", "spacing")]
    [InlineData("Plutot pas satisfait", 2, "Plutôt pas satisfait", "accents")]
    [InlineData("très satisfait", 0, "Très satisfait", "case")]
    [InlineData("nsp", ~0, "NSP", "case")]
    [InlineData("Pas d’avis", ~1, "Pas d'avis", "apostrophe")]
    [InlineData("pas  d’AVIS", ~1, "Pas d'avis", "spacing, apostrophe and case")]
    [InlineData("Tre\u0300s satisfait", 0, "Très satisfait", "accents")]
    public void Answers_that_differ_only_by_accents_case_spacing_or_apostrophes_match_folded(string answer, int expected, string form, string differences)
    {
        var match = new AnswerResolver(Sat4).Match(answer);

        Assert.Equal(expected, match.Value);
        Assert.Equal(form, match.Form);
        Assert.Equal(differences, AnswerResolver.Differences(answer, form));
    }

    [Theory]
    [InlineData("Tres satisfai")]
    [InlineData("Satisfait")]
    [InlineData("Plutôt-satisfait")]
    [InlineData("5")]
    public void Other_answers_stay_off_the_scale(string answer)
    {
        var match = new AnswerResolver(Sat4).Match(answer);

        Assert.Null(match.Value);
        Assert.Null(match.Ambiguous);
    }

    [Fact]
    public void An_answer_whose_folded_form_two_categories_share_matches_neither_but_the_exact_forms_still_match()
    {
        // The excluded answer has the alias "Plutot satisfait"; the category 2 is labelled "Plutôt satisfait".
        var scale = Sat4 with { Excluded = [new ScaleCategory("9", "Ne sait pas", false, ["NSP", "Plutot satisfait"])] };
        var resolver = new AnswerResolver(scale);

        var folded = resolver.Match("PLUTOT SATISFAIT");

        Assert.Null(folded.Value);
        Assert.Equal(["Plutôt satisfait", "Plutot satisfait"], folded.Ambiguous);
        Assert.Equal("'Plutot satisfait' (Ne sait pas)", resolver.DescribeForm("Plutot satisfait"));
        Assert.Equal(1, resolver.Match("Plutôt satisfait").Value);
        Assert.Equal(~0, resolver.Match("Plutot satisfait").Value);
    }

    [Fact]
    public void Exact_matching_comes_first_even_where_a_folded_form_would_differ()
    {
        // "Tres satisfait" is an alias of category 2 here (a silly scale, but an exact form wins): no fold, no warning.
        var scale = Sat4 with { Categories = [Sat4.Categories[0], Sat4.Categories[1] with { Aliases = ["Tres satisfait"] }, .. Sat4.Categories.Skip(2)] };

        var match = new AnswerResolver(scale).Match("Tres satisfait");

        Assert.Equal(1, match.Value);
        Assert.Null(match.Form);
    }

    [Theory]
    [InlineData("  Très   Satisfait ", "tres satisfait")]
    [InlineData("Pas d’avis", "pas d'avis")]
    [InlineData("Cœur\tÉLEVÉ", "coeur eleve")]
    public void Fold_drops_accents_case_runs_of_spaces_and_curly_apostrophes(string text, string folded) =>
        Assert.Equal(folded, AnswerResolver.Fold(text));

    private static readonly ScaleDefinition Note10 = new("note", null,
        [.. Enumerable.Range(0, 11).Reverse().Select(v => new ScaleCategory(v.ToString(CultureInfo.InvariantCulture), v.ToString(CultureInfo.InvariantCulture), false, []))],
        [new ScaleCategory("99", "Ne sait pas", false, [])], new NumericRange(0, 10, null));

    [Theory]
    [InlineData("11", 11.0)]
    [InlineData("-1", -1.0)]
    [InlineData("10,5", 10.5)]
    [InlineData("12.0", 12.0)]
    [InlineData("100", 100.0)]
    public void A_number_outside_a_numeric_scale_is_outside_its_bounds(string answer, double value)
    {
        var resolver = new AnswerResolver(Note10);

        Assert.Null(resolver.Resolve(answer));
        Assert.Equal(value, resolver.OutsideBounds(answer));
    }

    [Theory]
    [InlineData("7.5")]
    [InlineData("0,5")]
    [InlineData("onze")]
    [InlineData("1e400")]
    public void Numbers_within_the_bounds_and_words_are_not_outside_them(string answer) =>
        Assert.Null(new AnswerResolver(Note10).OutsideBounds(answer));

    [Fact]
    public void A_labelled_scale_has_no_bounds_to_be_outside() =>
        Assert.Null(new AnswerResolver(Sat4).OutsideBounds("11"));
}
