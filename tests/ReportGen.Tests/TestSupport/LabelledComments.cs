using CsvHelper;
using ReportGen.Verbatims;

namespace ReportGen.Tests.TestSupport;

/// <summary>
/// A labelled corpus of tenant comments (tests/ReportGen.Tests/Verbatims/Labelled/, label rules in docs/analysis.md):
/// <c>id;register;irony;text;labels</c>, labels as <c>theme:polarity|theme:polarity</c>.
/// </summary>
internal sealed record LabelledComment(string Id, string Register, bool Irony, string Text, CodedComment Gold)
{
    /// <summary>The seven theme ids of the sample rules, in their order.</summary>
    public static IReadOnlyList<string> ThemeIds { get; } = ["demandes", "maintenance", "accompagnement", "communication", "proprete", "voisinage", "charges"];

    public static IReadOnlyList<LabelledComment> Read(string path)
    {
        var comments = new List<LabelledComment>();
        using var stream = File.OpenRead(path);
        using var reader = CsvReader.Create(stream, new CsvReaderOptions { Separator = ';', HasHeader = true, TrackLineNumbers = true }, leaveOpen: false);
        while (reader.Read())
        {
            var line = reader.LineNumber;
            if (reader.FieldCount != 5)
            {
                throw new InvalidDataException($"{path}({line}): {reader.FieldCount} fields, 5 expected.");
            }

            var themes = new Dictionary<string, Polarity>(StringComparer.Ordinal);
            foreach (var label in reader.GetString(4).Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = label.IndexOf(':', StringComparison.Ordinal);
                themes[label[..colon]] = label[(colon + 1)..] switch
                {
                    "negative" => Polarity.Negative,
                    "positive" => Polarity.Positive,
                    "neutral" => Polarity.Neutral,
                    var other => throw new InvalidDataException($"{path}({line}): polarity '{other}'."),
                };
            }

            var id = reader.GetString(0);
            comments.Add(new LabelledComment(id, reader.GetString(1), reader.GetString(2) == "1", reader.GetString(3), new CodedComment(id, themes)));
        }

        return comments;
    }

    /// <summary>The coder's themes of each comment; <paramref name="polarity"/> replaces its polarity (the always-negative baseline).</summary>
    public static IReadOnlyList<CodedComment> Code(IReadOnlyList<LabelledComment> corpus, ThemeCoder coder, Polarity? polarity = null) =>
        [.. corpus.Select(c =>
        {
            var themes = new Dictionary<string, Polarity>(StringComparer.Ordinal);
            foreach (var mention in coder.Code(c.Text))
            {
                themes.TryAdd(mention.ThemeId, polarity ?? mention.Polarity);
            }

            return new CodedComment(c.Id, themes);
        })];
}
