using ReportGen.Ingest.Excel;

namespace ReportGen.Tests.Ingest.Excel;

public class ExcelCellTextTests
{
    [Theory]
    [InlineData(1.0, "1")]
    [InlineData(-0.0, "0")]
    [InlineData(2.5, "2.5")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(1e20, "1E+20")]
    [InlineData(9007199254740992d, "9007199254740992")]
    [InlineData(-1234567.0, "-1234567")]
    [InlineData(1e-7, "1E-07")]
    public void Numbers_are_invariant_integers_or_their_shortest_round_trip(double value, string expected)
    {
        Assert.Equal(expected, ExcelCellText.Format(value));
        Assert.Equal(value == 0 ? 0 : value, double.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Dates_are_iso_with_a_time_only_when_there_is_one()
    {
        Assert.Equal("2024-03-15", ExcelCellText.Format(new DateTime(2024, 3, 15, 0, 0, 0, DateTimeKind.Unspecified)));
        Assert.Equal("2024-03-15T14:30:00", ExcelCellText.Format(new DateTime(2024, 3, 15, 14, 29, 59, 700, DateTimeKind.Unspecified)));
        Assert.Equal("2024-03-16", ExcelCellText.Format(new DateTime(2024, 3, 15, 23, 59, 59, 600, DateTimeKind.Unspecified)));
        Assert.Equal("10:30:00", ExcelCellText.Format(new DateTime(1899, 12, 31, 10, 30, 0, DateTimeKind.Unspecified)));
        Assert.Equal("00:00:00", ExcelCellText.Format(new DateTime(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified)));
        Assert.Equal("36:15:00", ExcelCellText.Format(TimeSpan.FromHours(36.25)));
    }

    [Fact]
    public void Strings_are_trimmed_as_the_csv_reader_trims_and_booleans_are_upper_case()
    {
        Assert.Equal("Plutôt satisfait", ExcelCellText.Format(" \tPlutôt satisfait  "));
        Assert.Equal("a\nb", ExcelCellText.Format("a\nb"));
        Assert.Equal("TRUE", ExcelCellText.Format(true));
        Assert.Equal("FALSE", ExcelCellText.Format(false));
        Assert.Equal("", ExcelCellText.Format(null));
    }

    [Theory]
    [InlineData(1, "A")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(52, "AZ")]
    [InlineData(703, "AAA")]
    [InlineData(16384, "XFD")]
    public void Column_letters_and_numbers_are_inverse(int column, string letters)
    {
        Assert.Equal(letters, ExcelCellText.ColumnLetters(column));
        Assert.Equal(column, ExcelCellText.ColumnNumber($"{letters}12"));
        Assert.Equal(12, ExcelCellText.RowNumber($"{letters}12"));
    }
}
