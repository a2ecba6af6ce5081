using ReportGen.Documents;

namespace ReportGen.Tests.Documents;

public class HeadingNumbersTests
{
    [Fact]
    public void Headings_are_numbered_by_level_and_plain_ones_are_neither_numbered_nor_counted()
    {
        var entries = HeadingNumbers.Of([new Heading(1, "A"), new Heading(2, "A1"), new Heading(1, "Sommaire", Plain: true), new Heading(2, "A2"), new Heading(1, "B"), new Heading(3, "B.x")], numberHeadings: true);

        Assert.Equal(["1", "1.1", "", "1.2", "2", "2.0.1"], entries.Select(e => e.Number));
        Assert.Equal("1.1  A1", entries[1].Label);
        Assert.False(entries[2].InContents);
    }

    [Fact]
    public void An_anchor_is_named_from_the_headings_words_and_stays_unique_and_stable()
    {
        var entries = HeadingNumbers.Of(
            [new Heading(1, "Pondération"), new Heading(1, "Résultats par agence", "resultats"), new Heading(2, "Pondération"), new Heading(2, "Œuvre & qualité — 2020"), new Heading(2, "2020"), new Heading(2, "« »")],
            numberHeadings: false);

        Assert.Equal(["ponderation", "resultats", "ponderation-2", "oeuvre-qualite-2020", "s-2020", "section"], entries.Select(e => e.Anchor));
        Assert.All(entries, e => Assert.Matches("^[a-z][a-z0-9-]*$", e.Anchor));

        // A section added before another leaves the other's anchor as it was.
        var later = HeadingNumbers.Of([new Heading(1, "Nouvelle section"), new Heading(1, "Pondération")], numberHeadings: false);
        Assert.Equal("ponderation", later[1].Anchor);
    }

    [Fact]
    public void An_explicit_anchor_is_kept_even_when_a_heading_before_it_would_fold_to_it()
    {
        var entries = HeadingNumbers.Of([new Heading(1, "Résultats"), new Heading(1, "Les résultats", "resultats")], numberHeadings: false);

        Assert.Equal(["resultats-2", "resultats"], entries.Select(e => e.Anchor));
    }
}
