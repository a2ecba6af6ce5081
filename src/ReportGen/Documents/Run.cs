namespace ReportGen.Documents;

/// <summary>
/// A piece of text in one style. <see cref="Link"/> is a web address, or <c>#anchor</c> for a heading of the
/// same document. A null <see cref="Style"/> takes the style of the block.
/// </summary>
public sealed record Run(string Text, TextStyle? Style = null, string? Link = null)
{
    public static implicit operator Run(string text) => new(text);

    public static Run Bold(string text) => new(text, null) { Emphasis = RunEmphasis.Bold };

    public static Run Italic(string text) => new(text, null) { Emphasis = RunEmphasis.Italic };

    /// <summary>Bold or italic over the block's style, when no <see cref="Style"/> is given.</summary>
    public RunEmphasis Emphasis { get; init; }
}

/// <summary>Emphasis applied over the block's style.</summary>
public enum RunEmphasis
{
    None,
    Bold,
    Italic,
}
