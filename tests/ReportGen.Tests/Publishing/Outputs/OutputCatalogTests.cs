using ReportGen.Definitions;
using ReportGen.Documents;
using ReportGen.Publishing;
using ReportGen.Publishing.Outputs;

namespace ReportGen.Tests.Publishing.Outputs;

public class OutputCatalogTests
{
    [Fact]
    public void Every_format_has_its_own_name_and_extension()
    {
        Assert.Equal(DocumentFormats.All.Count, DocumentFormats.All.Select(f => f.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(DocumentFormats.All.Count, DocumentFormats.All.Select(f => f.Extension).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(DocumentFormats.All, f => Assert.Same(f, DocumentFormats.Find(f.Name.ToUpperInvariant())));
        Assert.Equal(["pdf", "html", "docx", "xlsx", "json"], OutputCatalog.FormatNames);
    }

    [Fact]
    public void By_default_both_documents_are_written_in_every_document_format_and_no_two_outputs_share_a_name()
    {
        var names = OutputCatalog.Names(OutputsDefinition.Default);

        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var format in DocumentFormats.All)
        {
            Assert.Contains("newsletter" + format.Extension, names);
            Assert.Contains("evidence" + format.Extension, names);
        }

        Assert.Equal(Manifest.FileName, names[^1]);
        Assert.Equal("newsletter.md", names[0]);
    }

    [Fact]
    public void The_formats_chosen_decide_the_files_and_the_rest_is_always_written()
    {
        var outputs = OutputsDefinition.Default with { Formats = ["pdf"] };

        Assert.Equal(["newsletter.md", "newsletter.pdf", "evidence.pdf", "indicators.csv", "quotes.md", "coding.csv", "charts", "manifest.json"], OutputCatalog.Names(outputs));
    }

    [Fact]
    public void Documents_take_the_names_the_project_gives_them()
    {
        var outputs = new OutputsDefinition(null, "article.md", "tableau.csv", "preuves.pdf") { Formats = ["html"] };

        Assert.Equal(["article.md", "article.html", "preuves.html", "tableau.csv", "quotes.md", "coding.csv", "charts", "manifest.json"], OutputCatalog.Names(outputs));
    }
}
