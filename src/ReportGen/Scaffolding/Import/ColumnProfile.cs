using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportGen.Scaffolding.Import;

/// <summary>What init knows of one column after reading every kept row: its values (up to a limit), numbers, dates, lengths.</summary>
internal sealed partial class ColumnProfile(int index, string name)
{
    /// <summary>The most distinct values kept per column: more and the column is free text or an id, never a scale or a segment.</summary>
    public const int MaxDistinct = 500;

    public int Index { get; } = index;

    public string Name { get; } = name;

    /// <summary>The question text (Qualtrics row 2), or null.</summary>
    public string? Text { get; set; }

    public long Filled { get; private set; }

    public long Blank { get; private set; }

    /// <summary>Distinct values (trimmed, exact) and how often each appears, while there are at most <see cref="MaxDistinct"/>.</summary>
    public Dictionary<string, long> Values { get; } = new(StringComparer.Ordinal);

    public bool TooManyValues { get; private set; }

    private HashSet<string>? _unique;

    /// <summary>Whether every value is remembered (respondent id candidates), to tell whether the column is unique.</summary>
    public bool TrackUnique
    {
        get => _unique is not null;
        set => _unique = value ? new HashSet<string>(StringComparer.Ordinal) : null;
    }

    public bool Duplicates { get; private set; }

    public long Integers { get; private set; }

    public int MinInteger { get; private set; } = int.MaxValue;

    public int MaxInteger { get; private set; } = int.MinValue;

    public long Numbers { get; private set; }

    public long DecimalComma { get; private set; }

    public long DecimalPoint { get; private set; }

    public long Dates { get; private set; }

    /// <summary>The latest date seen (yyyy-mm-dd), for the publication date.</summary>
    public string? LatestDate { get; private set; }

    public int MaxLength { get; private set; }

    public long TotalLength { get; private set; }

    public void Add(string value)
    {
        if (value.Length == 0)
        {
            Blank++;
            return;
        }

        Filled++;
        MaxLength = Math.Max(MaxLength, value.Length);
        TotalLength += value.Length;
        if (_unique is not null && !_unique.Add(value))
        {
            Duplicates = true;
        }

        if (!TooManyValues)
        {
            if (Values.TryGetValue(value, out var count))
            {
                Values[value] = count + 1;
            }
            else if (Values.Count < MaxDistinct)
            {
                Values[value] = 1;
            }
            else
            {
                TooManyValues = true;
            }
        }

        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            Integers++;
            Numbers++;
            MinInteger = Math.Min(MinInteger, integer);
            MaxInteger = Math.Max(MaxInteger, integer);
            return;
        }

        if (DecimalNumber().IsMatch(value))
        {
            Numbers++;
            if (value.Contains(',', StringComparison.Ordinal))
            {
                DecimalComma++;
            }
            else
            {
                DecimalPoint++;
            }

            return;
        }

        if (IsoDate().Match(value) is { Success: true } iso)
        {
            Dates++;
            Later(iso.Groups[1].Value);
        }
        else if (FrenchDate().Match(value) is { Success: true } fr)
        {
            Dates++;
            Later($"{fr.Groups[3].Value}-{int.Parse(fr.Groups[2].Value, CultureInfo.InvariantCulture):00}-{int.Parse(fr.Groups[1].Value, CultureInfo.InvariantCulture):00}");
        }
    }

    private void Later(string date)
    {
        if (LatestDate is null || string.CompareOrdinal(date, LatestDate) > 0)
        {
            LatestDate = date;
        }
    }

    /// <summary>Every filled value is a number.</summary>
    public bool AllNumbers => Filled > 0 && Numbers == Filled;

    /// <summary>Every filled value is a date (or a date and time).</summary>
    public bool AllDates => Filled > 0 && Dates == Filled;

    public double AverageLength => Filled == 0 ? 0 : (double)TotalLength / Filled;

    [GeneratedRegex(@"^[+-]?[0-9]+[.,][0-9]+$")]
    private static partial Regex DecimalNumber();

    [GeneratedRegex(@"^([0-9]{4}-[0-9]{2}-[0-9]{2})([ T][0-9]{1,2}:[0-9]{2}(:[0-9]{2})?(\.[0-9]+)?Z?)?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})( [0-9]{1,2}:[0-9]{2}(:[0-9]{2})?)?$")]
    private static partial Regex FrenchDate();
}
