namespace ReportGen.Definitions;

/// <summary>
/// How a CSV file is written. Null members are detected from the file, and what was detected is reported:
/// the delimiter among ; , tab and |, the encoding from the byte order mark (UTF-8 otherwise, where an
/// invalid byte is an error that asks for the encoding to be declared), the decimal separator either way.
/// </summary>
public sealed record CsvDialect(char? Delimiter, string? Encoding, char? DecimalSeparator)
{
    public static CsvDialect Detect { get; } = new(null, null, null);
}
