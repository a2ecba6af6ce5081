using System.Globalization;
using System.Text;

namespace ReportGen.Publishing;

/// <summary>
/// French typography for what readers see: <c>85,2 %</c> with a narrow no-break space before %, <c>4 000</c>
/// with a no-break space between thousands, typographic apostrophes and « guillemets ». Numbers are computed
/// in the invariant culture and only formatted here, so no machine culture can change an output.
/// </summary>
public static partial class FrenchFormat
{
    /// <summary>U+202F, before % and the high punctuation ; ! ?</summary>
    public const char NarrowNoBreakSpace = '\u202F';

    /// <summary>U+00A0, between thousands and before a colon.</summary>
    public const char NoBreakSpace = '\u00A0';

    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    /// <summary>A proportion in [0, 1] as a French percentage: 0.852 → "85,2 %".</summary>
    public static string Percent(double proportion, int decimals = 1) => $"{Number(proportion * 100, decimals)}{NarrowNoBreakSpace}%";

    /// <summary>Percentage points: 0.013 → "1,3 point", 0.021 → "2,1 points".</summary>
    public static string Points(double proportion, int decimals = 1)
    {
        var value = Math.Round(proportion * 100, decimals, MidpointRounding.AwayFromZero);
        return $"{Number(proportion * 100, decimals)}{NoBreakSpace}{(Math.Abs(value) >= 2 ? "points" : "point")}";
    }

    /// <summary>"oui" or "non", as tables write a yes-or-no column.</summary>
    public static string YesNo(bool value) => value ? "oui" : "non";

    /// <summary>A whole number with no-break spaces between thousands: 4000 → "4 000".</summary>
    public static string Count(long value)
    {
        var digits = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var builder = new StringBuilder(digits.Length + 4);
        if (value < 0)
        {
            builder.Append('−');
        }

        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
            {
                builder.Append(NoBreakSpace);
            }

            builder.Append(digits[i]);
        }

        return builder.ToString();
    }

    /// <summary>A decimal number with a comma and grouped thousands, rounded half away from zero: 1234.56 → "1 234,6".</summary>
    public static string Number(double value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        var text = Math.Abs(rounded).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var whole = long.Parse(dot < 0 ? text : text[..dot], CultureInfo.InvariantCulture);
        var sign = rounded < 0 ? "−" : "";
        return dot < 0 ? sign + Count(whole) : $"{sign}{Count(whole)},{text[(dot + 1)..]}";
    }

    /// <summary>A list as French prose: "a", "a et b", "a, b et c".</summary>
    public static string List(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : $"{string.Join(", ", items.Take(items.Count - 1))} et {items[^1]}";

    /// <summary>A date as French prose: 2020-03-03 → "3 mars 2020", with "1er" for the first of the month.</summary>
    public static string Date(DateOnly date) =>
        $"{(date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture))} {Month(date.Month)} {date.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The name of a month, 1 → "janvier".</summary>
    public static string Month(int month) => Months[month - 1];

    /// <summary>
    /// Applies French typography to a plain text written on a keyboard: ' → ’, "…" → « … », and the
    /// no-break spaces before ; : ! ? and %. Text already typeset is left as it is.
    /// </summary>
    public static string Typography(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        var openQuote = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\'':
                    builder.Append('’');
                    break;
                case '"':
                    if (openQuote)
                    {
                        builder.Append('«').Append(NoBreakSpace);
                        while (i + 1 < text.Length && text[i + 1] == ' ')
                        {
                            i++;
                        }
                    }
                    else
                    {
                        TrimEndSpaces(builder);
                        builder.Append(NoBreakSpace).Append('»');
                    }

                    openQuote = !openQuote;
                    break;
                case ';' or '!' or '?' or '%':
                    TrimEndSpaces(builder);
                    if (builder.Length > 0)
                    {
                        builder.Append(NarrowNoBreakSpace);
                    }

                    builder.Append(c);
                    break;
                case ':':
                    TrimEndSpaces(builder, out var spaced);
                    if (spaced)
                    {
                        builder.Append(NoBreakSpace);
                    }

                    builder.Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Fixes the spacing of a rendered text, whose template was typed on a keyboard: the plain space before
    /// a colon becomes a no-break space, before ; ! ? and after a number before % a narrow no-break space,
    /// and the spaces inside « guillemets » no-break spaces. Only a space followed by a space or the end of
    /// the line counts, so Markdown syntax such as <c>:---</c> stays intact.
    /// </summary>
    public static string FixSpacing(string text)
    {
        text = SpaceBeforeColon().Replace(text, NoBreakSpace + ":");
        text = SpaceBeforeHighPunctuation().Replace(text, m => NarrowNoBreakSpace + m.Groups[1].Value);
        text = SpaceBeforePercent().Replace(text, NarrowNoBreakSpace + "%");
        return text.Replace("« ", "«" + NoBreakSpace, StringComparison.Ordinal).Replace(" »", NoBreakSpace + "»", StringComparison.Ordinal);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@" :(?=\s|$)", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex SpaceBeforeColon();

    [System.Text.RegularExpressions.GeneratedRegex(@" ([;!?])(?=\s|$)", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex SpaceBeforeHighPunctuation();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\d) %")]
    private static partial System.Text.RegularExpressions.Regex SpaceBeforePercent();

    private static void TrimEndSpaces(StringBuilder builder) => TrimEndSpaces(builder, out _);

    private static void TrimEndSpaces(StringBuilder builder, out bool hadSpace)
    {
        hadSpace = false;
        while (builder.Length > 0 && builder[^1] is ' ' or NoBreakSpace or NarrowNoBreakSpace)
        {
            builder.Length--;
            hadSpace = true;
        }
    }
}
