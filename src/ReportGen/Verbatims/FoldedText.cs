using System.Text;

namespace ReportGen.Verbatims;

/// <summary>
/// A text lower-cased and stripped of accents for matching ("Élevé" → "eleve", "cœur" → "coeur", ’ → '),
/// with, for every folded character, the index of the character it came from, so that a match in the
/// folded text can be mapped back to the original. The table is written out rather than taken from
/// Unicode normalization, so that the result does not depend on the globalization mode.
/// </summary>
internal sealed class FoldedText
{
    private FoldedText(string text, int[] map)
    {
        Text = text;
        Map = map;
    }

    public string Text { get; }

    /// <summary>Index in the original of each folded character, plus one entry for the end.</summary>
    public IReadOnlyList<int> Map { get; }

    public static FoldedText Of(string original)
    {
        var builder = new StringBuilder(original.Length);
        var map = new List<int>(original.Length + 1);
        for (var i = 0; i < original.Length; i++)
        {
            var folded = Fold(original[i]);
            foreach (var c in folded)
            {
                builder.Append(c);
                map.Add(i);
            }
        }

        map.Add(original.Length);
        return new FoldedText(builder.ToString(), [.. map]);
    }

    public static string FoldString(string original) => Of(original).Text;

    /// <summary>The original index range [start, end) of the folded range [start, end).</summary>
    public (int Start, int End) ToOriginal(int start, int end) =>
        (Map[start], end >= Map.Count - 1 ? Map[^1] : end == start ? Map[start] : Map[end - 1] + 1);

    private static string Fold(char c) => c switch
    {
        'à' or 'á' or 'â' or 'ä' or 'ã' or 'å' or 'À' or 'Á' or 'Â' or 'Ä' or 'Ã' or 'Å' => "a",
        'é' or 'è' or 'ê' or 'ë' or 'É' or 'È' or 'Ê' or 'Ë' => "e",
        'î' or 'ï' or 'í' or 'ì' or 'Î' or 'Ï' or 'Í' or 'Ì' => "i",
        'ô' or 'ö' or 'ó' or 'ò' or 'õ' or 'Ô' or 'Ö' or 'Ó' or 'Ò' or 'Õ' => "o",
        'ù' or 'û' or 'ü' or 'ú' or 'Ù' or 'Û' or 'Ü' or 'Ú' => "u",
        'ÿ' or 'Ÿ' or 'ý' or 'Ý' => "y",
        'ç' or 'Ç' => "c",
        'ñ' or 'Ñ' => "n",
        'œ' or 'Œ' => "oe",
        'æ' or 'Æ' => "ae",
        '’' or '‘' or 'ʼ' or '`' or '´' => "'",
        '\u00A0' or '\u202F' or '\u2009' => " ",
        // Combining accents of decomposed (NFD) text, as macOS and some web forms write it: "e\u0301" folds to "e".
        >= '\u0300' and <= '\u036F' => "",
        _ => char.ToLowerInvariant(c).ToString(),
    };
}
