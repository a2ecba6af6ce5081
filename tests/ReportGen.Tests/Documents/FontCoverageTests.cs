using System.Text;
using ReportGen.Diagnostics;
using ReportGen.Documents;
using UglyToad.PdfPig;

namespace ReportGen.Tests.Documents;

public class FontCoverageTests
{
    private const string Vietnamese = "Nguyễn Văn Thắng";
    private const string Greek = "Ζωή";
    private const string Cyrillic = "Дмитрий";
    private const string Arabic = "محمد بن علي";
    private const string Chinese = "中文";
    private const string Emoji = "👍🏽";

    /// <summary>محمد بن علي as shaped, in logical order: meem initial, hah medial, meem medial, dal final; beh initial,
    /// noon final; ain initial, lam medial, yeh final (Unicode's Arabic presentation forms B).</summary>
    private const string JoinedForms = "\uFEE3\uFEA4\uFEE4\uFEAA\uFE91\uFEE6\uFECB\uFEE0\uFEF2";

    /// <summary>The same letters unjoined, as a shaper that ignores Arabic would leave them.</summary>
    private const string IsolatedForms = "\uFEE1\uFEA1\uFEE1\uFEA9\uFE8F\uFEE5\uFEC9\uFEDD\uFEF1";

    private static readonly DocumentInfo Info = new("Titre", null, "Auteur", "Sujet", "mots", "REF-1", "1.0", new DateOnly(2024, 6, 1), "ReportGen test");

    private static string PageText(byte[] pdf, Func<UglyToad.PdfPig.Content.Letter, bool>? filter = null)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().SelectMany(p => p.Letters).Where(l => filter?.Invoke(l) ?? true).Select(l => l.Value)).Replace(" ", "", StringComparison.Ordinal);
    }

    private static string NoSpaces(string s) => s.Replace(" ", "", StringComparison.Ordinal);

    [Theory]
    [InlineData(Vietnamese)]
    [InlineData(Greek)]
    [InlineData(Cyrillic)]
    public void Latin_extended_Greek_and_Cyrillic_names_are_drawn_letter_for_letter(string name)
    {
        var text = PageText(PdfDocumentWriter.Write(Info, [new Paragraph($"Merci à {name}, locataire.")]));
        Assert.Contains(NoSpaces(name), text.Normalize(NormalizationForm.FormC), StringComparison.Ordinal);
        Assert.DoesNotContain(FontCoverage.Replacement.ToString(), text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_Arabic_name_inside_a_French_sentence_is_shaped_and_placed_right_to_left(bool bold)
    {
        var run = bold ? Run.Bold(Arabic) : new Run(Arabic);
        var pdf = PdfDocumentWriter.Write(Info, [new Paragraph(new Run("Selon "), run, new Run(", le hall est propre."))]);
        var arabic = PageText(pdf, l => l.FontName?.Contains("Arabic", StringComparison.Ordinal) == true);

        // Each glyph comes back as the presentation form shaping chose, in visual order: read right to left, the
        // joined forms (initial, medial, final) of the name's letters, never their isolated forms.
        Assert.Equal(JoinedForms, new string([.. arabic.Reverse()]));
        Assert.NotEqual(IsolatedForms, new string([.. arabic.Reverse()]));

        // The French around it is intact and on both sides.
        var all = PageText(pdf);
        Assert.True(all.IndexOf("Selon", StringComparison.Ordinal) < all.IndexOf(arabic[0]));
        Assert.True(all.IndexOf(arabic[^1]) < all.IndexOf(",lehall", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_Arabic_words_are_ordered_right_to_left_as_one_phrase()
    {
        var pdf = PdfDocumentWriter.Write(Info, [new Paragraph($"« {Arabic} »")]);
        using var document = PdfDocument.Open(pdf);
        var words = document.GetPage(1).Letters.Where(l => l.FontName?.Contains("Arabic", StringComparison.Ordinal) == true && l.Value != " ")
            .OrderBy(l => l.StartBaseLine.X).Select(l => l.Value).ToList();

        // The first word of the name (محمد) is the rightmost: its first letter, an initial meem, is the last glyph.
        Assert.Equal("\uFEE3", words[^1]);
        Assert.Equal("\uFEF2", words[0]);
    }

    [Theory]
    [InlineData(Chinese, 2)]
    [InlineData(Emoji, 1)]
    [InlineData("家族👨‍👩‍👧", 3)]
    public void Characters_no_shipped_font_has_are_replaced_by_a_visible_mark_never_dropped(string missing, int marks)
    {
        var text = PageText(PdfDocumentWriter.Write(Info, [new Paragraph($"Avant {missing} après")]));
        Assert.Contains("Avant" + new string(FontCoverage.Replacement, marks) + "après", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Replacement_keeps_the_covered_text_and_marks_each_missing_grapheme_once()
    {
        Assert.Equal("Lê \uFFFD\uFFFD \uFFFD ok", FontCoverage.Displayable("Lê 中文 👍🏽 ok"));
        Assert.Equal(Arabic, FontCoverage.Displayable(Arabic));
        Assert.Equal("\uFFFD", FontCoverage.Displayable("👨‍👩‍👧"));
        Assert.True(FontCoverage.CoversAll($"{Vietnamese} {Greek} {Cyrillic} {Arabic} √ ≤ €"));
        Assert.Equal([new Rune(0x4E2D), new Rune(0x6587), new Rune(0x1F44D), new Rune(0x1F3FD)], FontCoverage.Uncovered("中文 👍🏽 中"));
    }

    [Fact]
    public void The_warning_names_the_file_the_line_and_the_characters()
    {
        using var warnings = Warnings.Collect();
        FontCoverage.WarnUncovered("Résidence 中文", new SourceLocation("data/segments.csv", 12, 3));
        FontCoverage.WarnUncovered($"{Vietnamese} {Arabic}", new SourceLocation("data/segments.csv", 13, 3));
        var warning = Assert.Single(warnings.Items);
        Assert.Equal(DiagnosticCodes.GlyphMissing, warning.Code);
        Assert.Equal("data/segments.csv(12,3)", warning.Location.ToString());
        Assert.Contains("'Résidence 中文'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("U+4E2D U+6587", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_French_document_embeds_only_the_small_Noto_Sans_and_the_other_scripts_only_when_drawn()
    {
        static List<string> Fonts(string text)
        {
            using var document = PdfDocument.Open(PdfDocumentWriter.Write(Info, [new Paragraph(text)]));
            return [.. document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? "").Select(n => n[(n.IndexOf('+', StringComparison.Ordinal) + 1)..]).Distinct().Order(StringComparer.Ordinal)];
        }

        Assert.Equal(["NotoSans-Regular"], Fonts("L’Œuvre « Ÿ » à 85,2\u202F% €"));
        Assert.Equal(["NotoSans-Regular", "NotoSansExtended-Regular"], Fonts($"Merci {Vietnamese}, {Greek}, {Cyrillic}, {Chinese}"));
        Assert.Equal(["NotoSans-Regular", "NotoSansArabic-Regular"], Fonts($"Merci {Arabic}"));
    }

    [Fact]
    public void The_same_document_gives_the_same_bytes()
    {
        Block[] blocks = [new Paragraph($"{Vietnamese} {Greek} {Cyrillic} {Arabic} {Chinese} {Emoji}")];
        Assert.Equal(PdfDocumentWriter.Write(Info, blocks), PdfDocumentWriter.Write(Info, blocks));
    }
}
