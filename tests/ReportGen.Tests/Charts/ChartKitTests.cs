using ReportGen.Charts;

namespace ReportGen.Tests.Charts;

public sealed class ChartKitTests
{
    // Text is measured with the embedded fonts, registered before any lookup (a lookup before would cache another typeface).
    public ChartKitTests() => ChartFonts.EnsureRegistered();

    [Fact]
    public void A_label_that_can_never_fit_is_cut_to_the_room_and_the_line_limit()
    {
        using var font = new TextMeasurer(9);
        var word = "Insatisfaction" + new string('x', 100);

        // Three words each wider than the room: once this looped for ever.
        var lines = ChartKit.Wrap($"{word} {word} {word}", 120, font);

        Assert.Equal(3, lines.Count);
        Assert.All(lines, line => Assert.True(font.Width(line) <= 120, line));
        Assert.All(lines, line => Assert.EndsWith("…", line, StringComparison.Ordinal));
    }

    [Fact]
    public void A_label_of_many_lines_is_cut_at_the_line_limit()
    {
        using var font = new TextMeasurer(9);
        var lines = ChartKit.Wrap(string.Join(' ', Enumerable.Repeat("Accueil", 5000)), 120, font);

        Assert.Equal(ChartKit.MaxLabelLines, lines.Count);
        Assert.EndsWith("…", lines[^1], StringComparison.Ordinal);
        Assert.All(lines, line => Assert.True(font.Width(line) <= 120, line));
    }

    [Fact]
    public void A_label_that_fits_is_kept_whole()
    {
        using var font = new TextMeasurer(9);
        Assert.Equal(["Propreté des", "parties communes"], ChartKit.Wrap("Propreté des parties communes", 80, font));
    }
}
