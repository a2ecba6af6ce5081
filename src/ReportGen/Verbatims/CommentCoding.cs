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

    /// <summary>The themes and their polarities, as <see cref="CodingAgreement"/> compares them.</summary>
    public CodedComment ToCoded() => new(Id, Mentions.ToDictionary(m => m.ThemeId, m => m.Polarity, StringComparer.Ordinal));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id}@{Line}-{Fingerprint}");
}
