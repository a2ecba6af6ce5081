using System.Globalization;
using System.Text;

namespace ReportGen.Scaffolding.Import;

/// <summary>How init compares names and answers: accents, case, apostrophes and spaces forgiven.</summary>
internal static class ImportText
{
    /// <summary>Lower case, accents dropped, ’ as ', runs of spaces as one space, trimmed.</summary>
    public static string Fold(string text)
    {
        string decomposed;
        try
        {
            decomposed = text.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            decomposed = text;
        }

        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var ch = c is '’' or '‘' or '`' ? '\'' : char.ToLowerInvariant(c);
            if (ch > 0x7F && ProjectPaths.Unaccented(ch) is { } plain)
            {
                // Invariant globalization may leave letters composed: é → e by table.
                if (space)
                {
                    builder.Append(' ');
                    space = false;
                }

                builder.Append(plain);
                continue;
            }

            if (char.IsWhiteSpace(ch))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(ch);
        }

        return builder.ToString();
    }

    /// <summary>The words of a name (folded): letters and digits, split at every other character and at camelCase humps.</summary>
    public static IReadOnlyList<string> Words(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var folded = new StringBuilder();
        // Split camelCase before folding (ResponseId → response id), then fold each piece.
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && char.IsLower(name[i - 1]))
            {
                folded.Append(' ');
            }

            folded.Append(c);
        }

        foreach (var c in Fold(folded.ToString()))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary>An id made of a-z, 0-9 and inner '-' ("Q1_accueil" → "q1-accueil"); "colonne" when nothing is left.</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in Fold(text))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > 48)
        {
            slug = slug[..48].TrimEnd('-');
        }

        return slug.Length == 0 ? "colonne" : slug;
    }

    /// <summary>The first letter in upper case.</summary>
    public static string Capitalise(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToUpper(text[0], CultureInfo.InvariantCulture).ToString(), text.AsSpan(1));
}
