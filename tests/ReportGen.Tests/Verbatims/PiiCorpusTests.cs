using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Tests.BadInput;
using ReportGen.Tests.TestSupport;
using ReportGen.Verbatims;

namespace ReportGen.Tests.Verbatims;

/// <summary>
/// The PII corpus (<c>Pii/pii-corpus.csv</c>): comments written for the purpose in tenants' French (angry, SMS,
/// formal letters), each planting personal data — phones in every spacing and in words, obfuscated e-mails, NIR,
/// IBAN, CAF numbers, plates, addresses, dwellings, names without civility, names next to a role, capitals, dates of
/// birth, deny-listed names, special-category data — in the comment or in its moment and agency columns; and
/// <c>Pii/ordinary.txt</c>, sentences with no personal data that must come out unchanged.
/// </summary>
public partial class PiiCorpusTests
{
    private static readonly string[] DenyList = ["Karim Benali", "Nadia Ferreira", "Gérard Lemoine"];

    internal sealed record PiiRow(int Line, string Moment, string Agency, string Comment, IReadOnlyList<string> Planted)
    {
        public bool Sensitive => SensitiveData.Find(Comment) is not null;
    }

    internal static List<PiiRow> Rows() =>
        [.. File.ReadLines(Repo.Path("tests", "ReportGen.Tests", "Verbatims", "Pii", "pii-corpus.csv"), Encoding.UTF8).Skip(1).Select((line, i) =>
        {
            var fields = line.Split(';');
            Assert.True(fields.Length == 4, $"pii-corpus.csv({i + 2}): {fields.Length} fields");
            return new PiiRow(i + 2, fields[0], fields[1], fields[2], fields[3].Split('|'));
        })];

    private static List<string> Ordinary() =>
        [.. File.ReadLines(Repo.Path("tests", "ReportGen.Tests", "Verbatims", "Pii", "ordinary.txt"), Encoding.UTF8).Where(l => l.Length > 0 && !l.StartsWith('#'))];

    [Fact]
    public void The_corpus_is_large_enough_and_every_planted_item_is_in_its_row()
    {
        var rows = Rows();
        Assert.True(rows.Count >= 150, $"{rows.Count} comments");
        Assert.True(Ordinary().Count >= 40, $"{Ordinary().Count} ordinary sentences");
        foreach (var row in rows)
        {
            foreach (var item in row.Planted)
            {
                Assert.True((row.Moment + "\n" + row.Agency + "\n" + row.Comment).Contains(item, StringComparison.Ordinal), $"line {row.Line}: '{item}' is not in the row");
            }
        }

        // Each kind of special-category data has comments of its own.
        Assert.Equal(Enum.GetValues<SensitiveCategory>().Order(), rows.Select(r => SensitiveData.Find(r.Comment)).OfType<SensitiveCategory>().Distinct().Order());
    }

    [Fact]
    public void Every_planted_item_is_masked_or_its_comment_is_kept_out_of_the_quotes()
    {
        var missed = new List<string>();
        var planted = 0;
        foreach (var row in Rows())
        {
            var shown = new[] { Redactor.RedactText(row.Moment, DenyList).Text, Redactor.RedactText(row.Agency, DenyList).Text, Redactor.Redact(row.Comment, DenyList).Text };
            foreach (var item in row.Planted)
            {
                planted++;
                if (!row.Sensitive && shown.Any(t => t.Contains(item, StringComparison.Ordinal)))
                {
                    missed.Add($"line {row.Line}: '{item}' in « {string.Join(" / ", shown)} »");
                }
            }
        }

        Assert.True(missed.Count == 0, $"{missed.Count} of {planted} planted items missed:\n{string.Join('\n', missed)}");
    }

    [Fact]
    public void Ordinary_sentences_are_neither_redacted_nor_taken_for_special_category_data()
    {
        var wrong = Ordinary()
            .Select(s => (Sentence: s, Redacted: Redactor.Redact(s, DenyList), Sensitive: SensitiveData.Find(s)))
            .Where(s => s.Redacted.Spans.Count > 0 || s.Sensitive is not null)
            .Select(s => $"{s.Sentence} → {s.Redacted.Text} {s.Sensitive}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    /// <summary>
    /// Builds a project whose comments are the corpus, approves every candidate quote, builds again, and reads every
    /// output back (newsletter Markdown, HTML and PDF, evidence pack, quotes.md, charts, table, manifest): no planted item
    /// may be in any of them. Each comment gets a sentence of its own, « Dossier lotpiiNN en panne. », that makes it a
    /// negative mention of a theme of three comments, so that every comment is a candidate quote.
    /// </summary>
    [Fact]
    public void No_planted_item_reaches_any_output_once_every_candidate_is_approved()
    {
        var rows = Rows();
        using var project = BadInputCorpusTests.BaseProject();
        var themes = (rows.Count + 2) / 3;
        var csv = new StringBuilder("id;type;moment;agence;commentaire\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var text = $"{rows[i].Comment} Dossier lotpii{i / 3 + 1:D2} en panne.";
            Assert.True(text.Length is >= VerbatimReader.MinQuoteLength and <= VerbatimReader.MaxQuoteLength, $"line {rows[i].Line}: {text.Length} characters once completed");
            csv.Append(CultureInvariant($"P{i + 1};locataire;{rows[i].Moment};{rows[i].Agency};{text}\n"));
        }

        project.Write("verbatims.csv", csv.ToString());
        project.Write("verbatim-themes.yaml", "version: \"pii.1\"\nnegative_words: [panne]\nthemes:\n" + string.Concat(Enumerable.Range(1, themes)
            .Select(t => CultureInvariant($"  - id: lot{t:D2}\n    label: Lot {t:D2}\n    keywords: [lotpii{t:D2}]\n"))));
        string Project(string approved) => $$"""
            organisation: Office Test
            survey: Enquête test
            period: { label: "2024" }
            publication_date: 2024-06-01
            indicators: indicators.yaml
            action_plan: action-plan.yaml
            data:
              - path: data.csv
                dialect: { delimiter: ";", decimal: "," }
                columns:
                  respondent_id: id
                  weight: poids
                  segments:
                    - { id: agence, column: agence, label: agences }
            verbatims:
              path: verbatims.csv
              dialect: { delimiter: ";" }
              columns: { respondent_id: id, respondent_type: type, moment: moment, text: commentaire, segment: agence }
              rules: verbatim-themes.yaml
              deny_list: [{{string.Join(", ", DenyList)}}]
              approved_quotes: [{{approved}}]
            thresholds: { suppress_below: 1, low_base: 2 }
            """;
        project.Write("reportgen.yaml", Project(""));
        var first = project.Build();
        Assert.True(first.ExitCode == 0, first.Error);

        var keys = QuoteKey().Matches(File.ReadAllText(project.Path("out/quotes.md"))).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(rows.Count(r => !r.Sensitive), keys.Count);
        project.Write("reportgen.yaml", Project(string.Join(", ", keys)));
        var second = project.Build();
        Assert.True(second.ExitCode == 0, second.Error);

        var outputs = BadInputCorpusTests.OutputTexts(project.OutDir);
        Assert.Contains(outputs, o => o.File.EndsWith(".svg", StringComparison.Ordinal));
        var article = File.ReadAllText(project.Path("out/newsletter.md"));
        Assert.Equal(keys.Count, LotMarker().Count(article));
        var leaks = new List<string>();
        var normalized = outputs.Select(o => (o.File, Text: Normalize(o.Text))).ToList();
        foreach (var row in rows)
        {
            foreach (var item in row.Planted)
            {
                var needle = Normalize(item);
                // A PDF's raw bytes are compressed, and the manifest holds only sizes and SHA-256 digests: a short item ("3B",
                // "1947") is found there by chance. The PDF's text is read back anyway, and the manifest quotes no comment.
                leaks.AddRange(normalized.Where(o => (needle.Length >= 8 || !(o.File.EndsWith("(bytes)", StringComparison.Ordinal) || o.File == ReportGen.Publishing.Manifest.FileName))
                    && o.Text.Contains(needle, StringComparison.Ordinal))
                    .Select(o => $"line {row.Line}: '{item}' reached {o.File}"));
            }
        }

        Assert.True(leaks.Count == 0, string.Join('\n', leaks));
    }

    /// <summary>Without spaces (the PDF text drops some, typography changes others) and with one apostrophe, so a planted item is found however it is laid out.</summary>
    private static string Normalize(string text) =>
        Whitespace().Replace(text, "").Replace('’', '\'').Replace('‑', '-');

    private static string CultureInvariant(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\*\*N° (\d+-[0-9a-f]{6})\*\* — locataire")]
    private static partial Regex QuoteKey();

    [GeneratedRegex(@"lotpii\d{2}")]
    private static partial Regex LotMarker();

    [GeneratedRegex(@"[\s\u00A0\u202F\u2009]+")]
    private static partial Regex Whitespace();
}
