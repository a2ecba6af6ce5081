using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportGen.Publishing;

/// <summary>
/// Periods as waves are labelled — a year (2023), a quarter (2026-Q3), a month (2026-09) — and the date the
/// documents of a period carry: its last day. Never the clock, so a regenerated quarter is byte-identical.
/// </summary>
public static partial class ReportingPeriod
{
    /// <summary>The last day of the period, or null when the label is not a year, a quarter or a month.</summary>
    public static DateOnly? DocumentDate(string period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var match = Pattern().Match(period);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < 1900 or > 2999)
        {
            return null;
        }

        var lastMonth = match.Groups["quarter"].Success ? int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture) * 3
            : match.Groups["month"].Success ? int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture)
            : 12;
        return lastMonth is < 1 or > 12 ? null : new DateOnly(year, lastMonth, DateTime.DaysInMonth(year, lastMonth));
    }

    /// <summary>
    /// The period as French documents write it: "2023", "3e trimestre 2026", "septembre 2026"; the label as
    /// given when it is not a period ReportGen can date.
    /// </summary>
    public static string Label(string period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var match = Pattern().Match(period);
        if (!match.Success)
        {
            return period;
        }

        var year = match.Groups["year"].Value;
        if (match.Groups["quarter"].Success)
        {
            var quarter = int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture);
            return $"{(quarter == 1 ? "1er" : $"{quarter}e")} trimestre {year}";
        }

        return match.Groups["month"].Success && int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture) is >= 1 and <= 12 and var month
            ? $"{FrenchFormat.Month(month)} {year}"
            : year;
    }

    [GeneratedRegex(@"^(?<year>[0-9]{4})(-(Q(?<quarter>[1-4])|T(?<quarter>[1-4])|(?<month>[0-9]{2})))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
