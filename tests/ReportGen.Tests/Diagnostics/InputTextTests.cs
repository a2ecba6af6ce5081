using ReportGen.Diagnostics;

namespace ReportGen.Tests.Diagnostics;

/// <summary>The gate of every input text: hidden characters removed and reported once per place.</summary>
public sealed class InputTextTests
{
    private static readonly SourceLocation Where = new("reportgen.yaml", 3, 15);

    private static (string Text, IReadOnlyList<Diagnostic> Warnings) Clean(string value)
    {
        using var warnings = Warnings.Collect();
        var text = InputText.Clean(value, Where);
        return (text, warnings.Items);
    }

    [Theory]
    [InlineData("Office \u001b[31mPublic\u001b[0m", "Office [31mPublic[0m")]
    [InlineData("Enquête \u202Etset\u202C", "Enquête tset")]
    [InlineData("\u2066a\u2067b\u2068c\u2069", "abc")]
    [InlineData("sa\u200Bti\u200Csf\u200Dai\u2060ts\uFEFF", "satisfaits")]
    [InlineData("l\u200Eensemble\u200F", "lensemble")]
    [InlineData("a\u0000b\u0007c\u0008d\u007Fe\u009Bf", "abcdef")]
    [InlineData("tag\U000E0041\U000E007F", "tag")]
    [InlineData("ligne\u2028suivante", "ligne suivante")]
    public void Hidden_characters_are_removed_and_reported_at_their_place(string value, string expected)
    {
        var (text, warnings) = Clean(value);

        Assert.Equal(expected, text);
        var warning = Assert.Single(warnings);
        Assert.Equal(DiagnosticCodes.HiddenCharacters, warning.Code);
        Assert.Equal(Where, warning.Location);
        Assert.Equal(Severity.Warning, warning.Severity);
    }

    [Theory]
    [InlineData("Office Public de l’Habitat")]
    [InlineData("Nguyễn Thị Minh Khai, 85,2\u202F% — « très bien »")]
    [InlineData("Ligne un\nligne deux\r\n\tindentée")]
    [InlineData("مرحبا Привет Γειά 你好 👍🏽")]
    [InlineData("")]
    public void Visible_text_passes_unchanged_and_without_a_copy(string value)
    {
        var (text, warnings) = Clean(value);

        Assert.Same(value, text);
        Assert.Empty(warnings);
    }

    [Fact]
    public void A_lone_surrogate_is_removed()
    {
        var (text, warnings) = Clean("lone " + (char)0xD800 + " surrogate");

        Assert.Equal("lone  surrogate", text);
        Assert.Contains("LONE SURROGATE", Assert.Single(warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_warning_names_the_characters_found()
    {
        var (_, warnings) = Clean("a\u001b\u202E\u001bb");

        Assert.Equal("3 hidden characters were removed from this value: U+001B ESCAPE, U+202E RIGHT-TO-LEFT OVERRIDE.", Assert.Single(warnings).Message);
    }

    [Fact]
    public void The_same_place_is_reported_once()
    {
        using var warnings = Warnings.Collect();
        InputText.Clean("a\u200Bb", Where);
        InputText.Clean("a\u200Bb", Where);

        Assert.Single(warnings.Items);
    }

    [Theory]
    [InlineData("answer '7\u001b[2J'", "answer '7\\u001B[2J'")]
    [InlineData("a\rb", "a\\u000Db")]
    [InlineData("x\u202Ey", "x\\u202Ey")]
    [InlineData("tag\U000E0041", "tag\\U000E0041")]
    [InlineData("tab\tand line\nstay; Nguyễn 👍", "tab\tand line\nstay; Nguyễn 👍")]
    public void Visible_shows_hidden_characters_escaped(string text, string expected) =>
        Assert.Equal(expected, InputText.Visible(text));
}
