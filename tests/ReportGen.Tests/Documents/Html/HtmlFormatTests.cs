using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Charts;
using ReportGen.Documents;
using ReportGen.Tests.TestSupport;
using SkiaSharp;

namespace ReportGen.Tests.Documents.Html;

public partial class HtmlFormatTests
{
    private static readonly DocumentInfo Info = new("Titre & « document »", null, "Direction qualité", "Le sujet", "mots; clés", "REF-1", "2.0", new DateOnly(2024, 6, 1), "ReportGen test", NumberHeadings: true);

    private static string Render(IReadOnlyList<Block> blocks, DocumentInfo? info = null) =>
        Encoding.UTF8.GetString(DocumentFormats.Html.Write(new ComposedDocument(info ?? Info, blocks), DocumentOptions.Default));

    private static SatisfactionChart Chart() => new([new ChartBar("Accueil", 0.852, 0.82, 0.88, 0.8, false), new ChartBar("Délai", 0.533, 0.49, 0.57, 0.7, false)]);

    private static List<int> HeadingLevels(string html) => [.. HeadingTag().Matches(html).Select(m => m.Groups[1].Value[0] - '0')];

    [Fact]
    public void The_format_is_registered_after_the_PDF()
    {
        Assert.Equal(["pdf", "html"], DocumentFormats.All.Select(f => f.Name).Take(2));
        Assert.Equal(".html", DocumentFormats.Find("HTML")!.Extension);
    }

    [Fact]
    public void The_page_is_French_UTF8_with_its_title_metadata_and_furniture_and_fetches_nothing()
    {
        var html = Render([new TitleBlock("Titre", "Sous-titre", null), new Paragraph("Texte.")]);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Titre &amp; « document »</title>", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"author\" content=\"Direction qualité\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\" content=\"Le sujet\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"keywords\" content=\"mots; clés\">", html, StringComparison.Ordinal);
        Assert.Contains("Réf. REF-1 · Version 2.0 du 1er juin 2024", html, StringComparison.Ordinal);
        Assert.Contains("<header class=\"masthead\">", html, StringComparison.Ordinal);
        Assert.Contains("<main id=\"contenu\">", html, StringComparison.Ordinal);
        Assert.Contains("<footer>", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"(src|href)=""(https?:)?//", html);
        Assert.DoesNotContain("\r", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_title_block_is_the_only_h1_and_the_document_headings_go_one_level_below_it()
    {
        var html = Render([new TitleBlock("Titre", null, null), new Heading(1, "Un"), new Heading(2, "Un point un"), new Heading(1, "Deux")]);
        Assert.Equal([1, 2, 3, 2], HeadingLevels(html));
        Assert.Single(Regex.Matches(html, "<h1[ >]"));
    }

    [Fact]
    public void Without_a_title_block_a_level_one_heading_is_the_h1()
    {
        var html = Render([new Heading(1, "L’article"), new Heading(2, "Une partie")], Info with { NumberHeadings = false });
        Assert.Equal([1, 2], HeadingLevels(html));
    }

    [Fact]
    public void No_heading_level_is_skipped()
    {
        Assert.Equal([1, 2, 3, 2], HeadingLevels(Render([new TitleBlock("T", null, null), new Heading(3, "a"), new Heading(5, "b"), new Heading(1, "c")])));
        Assert.Equal([1, 2], HeadingLevels(Render([new Heading(2, "a"), new Heading(4, "b")])));
    }

    [Fact]
    public void Numbered_headings_carry_the_numbers_and_anchors_every_format_shares_and_the_contents_link_them()
    {
        Block[] blocks = [new TitleBlock("T", null, null), new TableOfContents(Depth: 1), new Heading(1, "Méthode", "methode"), new Heading(2, "Pondération"), new Heading(1, "Résultats")];
        var html = Render(blocks);
        var entries = HeadingNumbers.Of(blocks, numberHeadings: true);
        Assert.Contains("<h2 id=\"methode\" class=\"level-1\"><span class=\"number\">1</span> Méthode</h2>", html, StringComparison.Ordinal);
        Assert.Contains($"<h3 id=\"{entries[1].Anchor}\" class=\"level-2\"><span class=\"number\">1.1</span> Pondération</h3>", html, StringComparison.Ordinal);
        var nav = Regex.Match(html, "<nav class=\"toc\" aria-label=\"Sommaire\">.*?</nav>", RegexOptions.Singleline).Value;
        Assert.Contains("<a href=\"#methode\">1  Méthode</a>", nav, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"#{entries[2].Anchor}\">2  Résultats</a>", nav, StringComparison.Ordinal);
        Assert.DoesNotContain("Pondération", nav, StringComparison.Ordinal);
        Assert.Contains("class=\"level-1 toc-heading\"", Render([new Heading(1, "Sommaire", Plain: true), new TableOfContents()]), StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_contents_are_well_formed_lists()
    {
        var html = Render([new TableOfContents(), new Heading(1, "A"), new Heading(2, "A1"), new Heading(2, "A2"), new Heading(1, "B")]);
        var nav = Regex.Match(html, "<nav.*?</nav>", RegexOptions.Singleline).Value;
        var flat = nav.Replace("\n", "", StringComparison.Ordinal);
        Assert.Contains("<ul><li><a href=\"#a\">1  A</a><ul><li><a href=\"#a1\">1.1  A1</a></li><li><a href=\"#a2\">1.2  A2</a></li></ul></li><li><a href=\"#b\">2  B</a></li></ul>", flat, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_scope_their_header_cells_and_keep_the_header_rows_in_thead()
    {
        IReadOnlyList<TableColumn> columns = [new TableColumn("Agence", 2), new TableColumn("Satisfaits", 1, ParagraphAlignment.Right) { RotatedHeader = true }];
        IReadOnlyList<IReadOnlyList<TableCell>> rows = [["Ensemble", "85"], ["Nord", new TableCell([new Run("80")]) { Fill = new SKColor(0xF4, 0xA5, 0x82) }]];
        var table = new Table(columns, rows) { HeaderRows = 1 };
        var html = Render([new Heading(1, "Résultats", "resultats"), table]);
        var thead = Regex.Match(html, "<thead>.*?</thead>", RegexOptions.Singleline).Value;
        Assert.Contains("<th scope=\"col\">Agence</th>", thead, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" class=\"right narrow\"><span class=\"turned\">Satisfaits</span></th>", thead, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">Ensemble</th><td class=\"right nowrap\">85</td></tr>", thead, StringComparison.Ordinal);
        Assert.Contains("<tbody>\n<tr><th scope=\"row\">Nord</th><td class=\"right nowrap\" style=\"background-color:#f4a582;color:#222b33\">80</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<table class=\"zebra\" aria-labelledby=\"resultats\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_whose_first_column_is_figures_has_no_row_headers()
    {
        var html = Render([new Table([new TableColumn("n", 1, ParagraphAlignment.Right), new TableColumn("%", 1, ParagraphAlignment.Right)], [["1", "2"]])]);
        Assert.DoesNotContain("scope=\"row\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_text_is_escaped()
    {
        var html = Render([new Heading(1, "<b>h</b>"), new Paragraph("<script>alert('x')</script> & \"q\""), new ListBlock([["<i>"]]), new Table([new TableColumn("<th>")], [["<td>"]]), new KeyFigureBox("<t>", [new KeyFigure("<f>", "<x>")])]);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;", html, StringComparison.Ordinal);
        foreach (var tag in new[] { "<b>h", "<i>", "<th>", "<td>", "<t>", "<f>", "<x>" })
        {
            Assert.DoesNotContain(tag + "<", html, StringComparison.Ordinal);
        }

        Assert.Contains("&lt;b&gt;h&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_safe_links_are_links_and_the_others_are_their_text()
    {
        var html = Render([new Paragraph(
            new Run("site", Link: "https://example.org/?a=1&b=2"),
            new Run(" mal", Link: "javascript:alert(1)"),
            new Run(" data", Link: "data:text/html,x"),
            new Run(" ici", Link: "#resultats"),
            new Run(" écrire", Link: "mailto:qualite@example.org"))]);
        Assert.Contains("<a href=\"https://example.org/?a=1&amp;b=2\">site</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#resultats\"> ici</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:qualite@example.org\"> écrire</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data:text", html, StringComparison.Ordinal);
        Assert.Contains(" mal data", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_are_strong_and_em_and_quotes_are_one_blockquote()
    {
        var html = Render([
            new Paragraph(Run.Bold("gras"), new Run(" et "), Run.Italic("italique")),
            new Paragraph([new Run("« Une citation. »")], MarkdownBlocks.QuoteStyle),
            new Paragraph([new Run("« Une autre. »")], MarkdownBlocks.QuoteStyle),
            new Paragraph([new Run("Méthode.")], new TextStyle(8.5f, Color: DocumentTheme.Muted))]);
        Assert.Contains("<p><strong>gras</strong> et <em>italique</em></p>", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote>\n<p>« Une citation. »</p>\n<p>« Une autre. »</p>\n</blockquote>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"small\">Méthode.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_figures_are_text_in_a_named_section()
    {
        var html = Render([new KeyFigureBox(null, [new KeyFigure("85,2\u202F%", "satisfaits de l’accueil")])]);
        Assert.Contains("<section class=\"key-figures\" aria-label=\"Chiffres clés\">", html, StringComparison.Ordinal);
        Assert.Contains("<li><strong class=\"figure\">85,2\u202F%</strong> <span>satisfaits de l’accueil</span></li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_is_an_inline_svg_image_named_by_its_caption_and_described_then_its_data_table()
    {
        var chart = Chart();
        var html = Render([new Figure(chart, "Figure 1 — Satisfaction")]);
        var svg = Regex.Match(html, "<svg[^>]*>", RegexOptions.Singleline).Value;
        Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
        Assert.Contains("aria-labelledby=\"figure-1-titre figure-1-description\"", svg, StringComparison.Ordinal);
        Assert.Matches(@"viewBox=""0 0 480 \d+""", svg);
        Assert.Contains($"{svg}<title id=\"figure-1-titre\">Figure 1 — Satisfaction</title><desc id=\"figure-1-description\">{chart.Description}</desc>", html, StringComparison.Ordinal);
        Assert.Contains("<figcaption>Figure 1 — Satisfaction</figcaption>", html, StringComparison.Ordinal);
        var details = Regex.Match(html, "<details.*?</details>", RegexOptions.Singleline).Value;
        Assert.Contains("<th scope=\"col\">Indicateur</th>", details, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Délai</th><td class=\"right nowrap\">53,3\u202F%</td>", details, StringComparison.Ordinal);
        Assert.Contains("<td class=\"nowrap\">sous l’objectif</td>", details, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_charts_on_one_page_share_no_id_and_every_reference_resolves()
    {
        var html = Render([new Heading(1, "A"), new Figure(Chart(), "Un"), new Figure(Chart(), "Deux"), new KeyFigureBox("Titre", [new KeyFigure("1", "un")])]);
        AssertIdsUniqueAndResolved(html);
        Assert.Contains("clip-path=\"url(#figure-2-", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_document_gives_the_same_bytes()
    {
        Block[] blocks = [new TitleBlock("T", "S", "D"), new TableOfContents(), new Heading(1, "A"), new Figure(Chart(), "Un"), new Paragraph("x")];
        Assert.Equal(DocumentFormats.Html.Write(new ComposedDocument(Info, blocks), DocumentOptions.Default), DocumentFormats.Html.Write(new ComposedDocument(Info, blocks), DocumentOptions.Default));
    }

    [Fact]
    public void The_samples_pages_have_one_h1_no_skipped_level_and_unique_resolved_ids()
    {
        foreach (var document in new[] { SampleDocuments.Newsletter, SampleDocuments.Evidence })
        {
            var html = Encoding.UTF8.GetString(DocumentFormats.Html.Write(document, DocumentOptions.Default));
            var levels = HeadingLevels(html);
            Assert.Equal(1, levels.Count(l => l == 1));
            Assert.Equal(1, levels[0]);
            Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} then h{pair.Second}"));
            AssertIdsUniqueAndResolved(html);
            Assert.Equal(document.Blocks.OfType<Figure>().Count(), Regex.Count(html, "<svg[^>]* role=\"img\""));
        }
    }

    [Fact]
    public void The_evidence_packs_numbers_are_the_PDFs()
    {
        var document = SampleDocuments.Evidence;
        var html = Encoding.UTF8.GetString(DocumentFormats.Html.Write(document, DocumentOptions.Default));
        foreach (var entry in HeadingNumbers.Of(document.Blocks, numberHeadings: true).Where(e => e.Number.Length > 0))
        {
            Assert.Contains($" id=\"{entry.Anchor}\" class=\"level-{entry.Level}\"><span class=\"number\">{entry.Number}</span> ", html, StringComparison.Ordinal);
        }
    }

    private static void AssertIdsUniqueAndResolved(string html)
    {
        var ids = IdAttribute().Matches(html).Select(m => m.Groups[1].Value).ToList();
        var duplicates = ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "duplicate ids: " + string.Join(", ", duplicates));
        var known = ids.ToHashSet(StringComparer.Ordinal);
        var references = Reference().Matches(html).SelectMany(m => m.Groups[1].Value.Split(' ')).ToList();
        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.Contains(r, known));
    }

    [GeneratedRegex(@"<h([1-6])[ >]")]
    private static partial Regex HeadingTag();

    [GeneratedRegex(@"\sid=""([^""]+)""")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"(?:href=""#|url\(#|aria-labelledby="")([^""\)]+)")]
    private static partial Regex Reference();
}
