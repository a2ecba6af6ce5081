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
    SourceLocation Location)
{
    /// <summary>The polarity of a mention no cue decides, estimated on the labelled development corpus.</summary>
    public Polarity Prior { get; init; } = Polarity.Neutral;

    /// <summary>Ambiguous keywords that code the theme only beside one of their context words in the same clause (« hall » near « sale »).</summary>
    public IReadOnlyList<ContextualKeyword> Contextual { get; init; } = [];

    /// <summary>Words that are praise for this theme only (« baissé » for charges, where elsewhere it is a complaint).</summary>
    public IReadOnlyList<string> PositiveMarkers { get; init; } = [];

    /// <summary>Nouns of this theme whose complement names what they are about, not another theme (« demande d'intervention »).</summary>
    public IReadOnlyList<string> ObjectNouns { get; init; } = [];
}

/// <summary>A keyword that codes its theme only when one of <paramref name="Near"/> is in the same clause.</summary>
public sealed record ContextualKeyword(string Keyword, IReadOnlyList<string> Near);
