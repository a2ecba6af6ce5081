namespace ReportGen;

/// <summary>Paths as users read them in messages: relative to where they ran the command, with forward slashes.</summary>
public static class ProjectPaths
{
    public static string Display(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) && CountParents(relative) > 2 ? full : relative;
        return shown.Replace('\\', '/');
    }

    /// <summary>A path relative to <paramref name="root"/>, with forward slashes, for manifests.</summary>
    public static string RelativeTo(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    /// <summary>The longest <see cref="Slug"/>: longer names are cut and end with a short hash of the whole value.</summary>
    public const int MaxSlugLength = 64;

    /// <summary>
    /// A folder name for one value of a segment: ASCII letters and digits joined by '-', prefixed with the segment
    /// id (itself folded the same way) unless the value already starts with it ("agence", "Agence Nord" →
    /// "agence-nord"). Made only of <c>a-z</c>, <c>0-9</c> and inner '-', it can never be <c>.</c> or <c>..</c>,
    /// absolute, hold a separator or start with '.'; past <see cref="MaxSlugLength"/> it is cut and ends with
    /// <see cref="Hash"/> of the value, so two long values sharing a beginning stay apart. Values that fold to
    /// the same name (case, accents, punctuation) are told apart by <see cref="Publishing.SetFolders"/>.
    /// </summary>
    public static string Slug(string segmentId, string value)
    {
        var prefix = Fold(segmentId);
        prefix = prefix.Length == 0 ? "segment" : prefix.Length > MaxSlugLength / 2 ? prefix[..(MaxSlugLength / 2)].TrimEnd('-') : prefix;
        var slug = Fold(value);
        var name = slug.Length == 0 ? prefix : slug == prefix || slug.StartsWith(prefix + "-", StringComparison.Ordinal) ? slug : $"{prefix}-{slug}";
        return name.Length <= MaxSlugLength ? name : $"{name[..(MaxSlugLength - 9)].TrimEnd('-')}-{Hash(value, 8)}";
    }

    /// <summary>The first <paramref name="length"/> hex digits (lower case) of the SHA-256 of <paramref name="value"/>'s UTF-8 bytes.</summary>
    public static string Hash(string value, int length) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(value)))[..length];

    /// <summary>ASCII letters (lower case) and digits, every other run of characters one '-', accents dropped.</summary>
    public static string Fold(string text)
    {
        // A lone surrogate cannot be normalised; it is dropped like any other non-letter.
        string decomposed;
        try
        {
            decomposed = text.Normalize(System.Text.NormalizationForm.FormD);
        }
        catch (Exception ex) when (ex is ArgumentException or PlatformNotSupportedException)
        {
            decomposed = text;
        }

        var builder = new System.Text.StringBuilder();
        foreach (var c in decomposed)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (Unaccented(c) is { } plain)
            {
                builder.Append(plain);
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }

    /// <summary>
    /// The ASCII letters of an accented Latin letter (é → e, Œ → oe), lower case: the build runs with invariant
    /// globalization, where <see cref="string.Normalize()"/> may leave letters composed.
    /// </summary>
    internal static string? Unaccented(char c)
    {
        const string Letters = "aàáâãäåāăą|cçćĉċč|dďđð|eèéêëēĕėęě|gĝğġģ|hĥħ|iìíîïĩīĭįı|jĵ|kķ|lĺļľŀł|nñńņň|oòóôõöøōŏő|rŕŗř|sśŝşš|tţťŧ|uùúûüũūŭůűų|wŵ|yýÿŷ|zźżž";
        var lower = char.ToLowerInvariant(c);
        switch (lower)
        {
            case 'æ':
                return "ae";
            case 'œ':
                return "oe";
            case 'ß':
                return "ss";
            case 'þ':
                return "th";
        }

        foreach (var group in Letters.Split('|'))
        {
            if (group.AsSpan(1).Contains(lower))
            {
                return group[..1];
            }
        }

        return null;
    }

    private static int CountParents(string relative) =>
        relative.Split(Path.DirectorySeparatorChar).TakeWhile(p => p == "..").Count();
}
