using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ReportGen.Verbatims;

/// <summary>
/// One comment as the coder coded it, without its text: the id from the comments file's id column (its line
/// number when the file has none), its line, who wrote it, a fingerprint of its text, and the themes found.
/// </summary>
/// <param name="Fingerprint">The first six hex digits of the SHA-256 of the comment's text on one line, as quote keys
/// use: a reviewed coding row is matched by id and fingerprint, so that an edited or re-sorted file never
/// lends a review to another text.</param>
public sealed record CommentCoding(int Line, string Id, RespondentType RespondentType, string Fingerprint, IReadOnlyList<ThemeMention> Mentions)
{
    public static string FingerprintOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var oneLine = Publishing.MarkdownText.OneLine(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(oneLine)))[..6];
    }

    /// <summary>
    /// The coder's own mentions when a person's review replaced them (<see cref="Mentions"/> are then the reviewed
    /// ones); null when <see cref="Mentions"/> are the coder's.
    /// </summary>
    public IReadOnlyList<ThemeMention>? Automatic { get; init; }

    /// <summary>Whether a person reviewed this comment's coding (coding.csv's <c>source</c>: <c>reviewed</c>, else <c>auto</c>).</summary>
    public bool Reviewed => Automatic is not null;

    /// <summary>The themes and their polarities, as <see cref="CodingAgreement"/> compares them.</summary>
    public CodedComment ToCoded() => new(Id, Mentions.ToDictionary(m => m.ThemeId, m => m.Polarity, StringComparer.Ordinal));

    /// <summary>The coder's themes and polarities, before any review.</summary>
    public CodedComment ToAutomaticCoded() => new(Id, (Automatic ?? Mentions).ToDictionary(m => m.ThemeId, m => m.Polarity, StringComparer.Ordinal));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id}@{Line}-{Fingerprint}");
}
