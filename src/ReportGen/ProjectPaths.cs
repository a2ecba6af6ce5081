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

    /// <summary>
    /// A folder name for one value of a segment: ASCII letters and digits joined by '-', prefixed with the segment
    /// id unless the value already starts with it ("agence", "Agence Nord" → "agence-nord").
    /// </summary>
    public static string Slug(string segmentId, string value)
    {
        var decomposed = value.Normalize(System.Text.NormalizationForm.FormD);
        var builder = new System.Text.StringBuilder();
        foreach (var c in decomposed)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        var prefix = segmentId.ToLowerInvariant();
        return slug.Length == 0 ? prefix : slug == prefix || slug.StartsWith(prefix + "-", StringComparison.Ordinal) ? slug : $"{prefix}-{slug}";
    }

    private static int CountParents(string relative) =>
        relative.Split(Path.DirectorySeparatorChar).TakeWhile(p => p == "..").Count();
}
