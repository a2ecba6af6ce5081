using ReportGen.Diagnostics;

namespace ReportGen.Verbatims;

/// <summary>
/// One theme of the verbatim rule set: the keywords that code a comment into it (words or phrases, a
/// trailing '*' matching any ending: "fuite*"), the phrases in which a keyword does not mean the theme
/// ("pris en charge" for "charge"), and words that make a mention of this theme negative on top of the
/// rule set's general negative words.
/// </summary>
public sealed record VerbatimTheme(
    string Id,
    string Label,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Exclude,
    IReadOnlyList<string> NegativeMarkers,
    SourceLocation Location);
