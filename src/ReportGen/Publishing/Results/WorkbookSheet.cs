namespace ReportGen.Publishing.Results;

/// <summary>How a column's numbers are shown; the cell always holds the full double.</summary>
public enum CellFormat
{
    /// <summary>Text, on one line.</summary>
    Text,

    /// <summary>Text that wraps (notes, descriptions).</summary>
    WrappedText,

    /// <summary>A whole number with thousands separators: <c>#,##0</c>.</summary>
    Count,

    /// <summary>A proportion (0–1) shown as a percentage with one decimal: <c>0.0%</c>.</summary>
    Percent,

    /// <summary>Percentage points with their sign: <c>+0.0;-0.0</c>.</summary>
    Points,

    /// <summary>A p-value: <c>0.0000</c>.</summary>
    PValue,

    /// <summary>One decimal with thousands separators (effective bases).</summary>
    Decimal1,

    /// <summary>Two decimals (z, importance, design effect).</summary>
    Decimal2,

    /// <summary>Three decimals (weights).</summary>
    Decimal3,

    /// <summary>Scientific, for very small quantities (a relative gap at convergence).</summary>
    Scientific,

    /// <summary>A date, day/month/year.</summary>
    Date,
}

/// <summary>A number shown in its own format rather than its column's: a column whose rows are in different units (a share, a score).</summary>
public sealed record FormattedNumber(double Value, CellFormat Format);

/// <summary>A column of a sheet: its header, its width in characters and how its cells are shown.</summary>
public sealed record SheetColumn(string Header, double Width, CellFormat Format = CellFormat.Text);

/// <summary>
/// One sheet of <c>results.xlsx</c>: a table with one header row, frozen and filtered. A cell is a <see cref="string"/>,
/// a <see cref="double"/>, a <see cref="long"/>, an <see cref="int"/>, a <see cref="DateOnly"/>, a <see cref="FormattedNumber"/>, or null (an empty cell:
/// the row's note says why).
/// </summary>
public sealed record WorkbookSheet(string Name, IReadOnlyList<SheetColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>Excel's limit on a sheet name.</summary>
    public const int MaxNameLength = 31;

    /// <summary>Whether the header row carries an autofilter (every table; not the « À propos » sheet).</summary>
    public bool Filter { get; init; } = true;
}
