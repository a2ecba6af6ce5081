using System.Globalization;

namespace ReportGen.Ingest.Excel;

/// <summary>
/// A cell's value as the text a CSV export of it would hold, the same on every machine: strings trimmed of spaces
/// and tabs (as the CSV reader trims), numbers invariant and shortest (an integer without ".0", 0.1 + 0.2 as
/// 0.30000000000000004), booleans TRUE / FALSE, dates ISO 8601.
/// </summary>
public static class ExcelCellText
{
    /// <summary>The largest integer a double holds exactly (2^53): above it, a number is written as a double.</summary>
    private const double MaxExactInteger = 9007199254740992d;

    /// <summary>
    /// The text of <paramref name="value"/> as ExcelDataReader gives it: null (an empty cell) is "", a date is
    /// <c>yyyy-MM-dd</c>, or <c>yyyy-MM-ddTHH:mm:ss</c> when it has a time of day (rounded to the second), a time
    /// alone (a date before 1900) <c>HH:mm:ss</c>, a duration <c>[h]:mm:ss</c>.
    /// </summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        string text => text.Trim(' ', '\t'),
        double number => Number(number),
        bool flag => flag ? "TRUE" : "FALSE",
        DateTime date => Date(date),
        TimeSpan span => Duration(span),
        float number => Number(number),
        int or long or short or byte or decimal => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        _ => (Convert.ToString(value, CultureInfo.InvariantCulture) ?? "").Trim(' ', '\t'),
    };

    /// <summary>An integer without decimals ("1", not "1.0"), any other number as its shortest round-trip text ("R").</summary>
    public static string Number(double number)
    {
        if (Math.Abs(number) <= MaxExactInteger && Math.Floor(number) == number)
        {
            // -0 is 0.
            return ((long)number).ToString(CultureInfo.InvariantCulture);
        }

        return number.ToString("R", CultureInfo.InvariantCulture);
    }

    private static string Date(DateTime date)
    {
        var rounded = new DateTime((date.Ticks + (TimeSpan.TicksPerSecond / 2)) / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, DateTimeKind.Unspecified);

        // Excel stores a time alone as a fraction of day 0 (shown as 1899-12-30, or 1899-12-31 by the 1900 leap-year rule).
        if (rounded < new DateTime(1900, 1, 1, 0, 0, 0, DateTimeKind.Unspecified) && date >= new DateTime(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified))
        {
            return rounded.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        }

        return rounded.TimeOfDay == TimeSpan.Zero
            ? rounded.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : rounded.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
    }

    private static string Duration(TimeSpan span)
    {
        var seconds = (long)Math.Round(span.TotalSeconds, MidpointRounding.AwayFromZero);
        var sign = seconds < 0 ? "-" : "";
        seconds = Math.Abs(seconds);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{seconds / 3600:00}:{seconds / 60 % 60:00}:{seconds % 60:00}");
    }

    /// <summary>The letters of a 1-based column number: 1 is A, 27 is AA.</summary>
    public static string ColumnLetters(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        Span<char> letters = stackalloc char[8];
        var at = letters.Length;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters[--at] = (char)('A' + ((n - 1) % 26));
        }

        return new string(letters[at..]);
    }

    /// <summary>The 1-based column number of a cell reference's letters ("C12" is 3); 0 when it has none.</summary>
    public static int ColumnNumber(ReadOnlySpan<char> reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper is < 'A' or > 'Z' || column > 1 << 20)
            {
                break;
            }

            column = (column * 26) + (upper - 'A' + 1);
        }

        return column;
    }

    /// <summary>The 1-based row number of a cell reference ("C12" is 12); 0 when it has none.</summary>
    public static int RowNumber(ReadOnlySpan<char> reference)
    {
        var digits = reference.TrimStart("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz$");
        digits = digits.TrimStart('$');
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : 0;
    }
}
