using System.Text;
using ReportGen.Diagnostics;
using ReportGen.Ingest.Excel;
using ReportGen.Tests.TestSupport;
using static ReportGen.Tests.Ingest.Excel.XlsxFile;

namespace ReportGen.Tests.Ingest.Excel;

public sealed class ExcelSourceTests : IDisposable
{
    private static readonly SourceLocation Entry = new("reportgen.yaml", 7, 5);
    private readonly string _dir = Directory.CreateTempSubdirectory("excel-source-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    internal static string Fixture(string name) => Repo.Path("tests", "ReportGen.Tests", "Fixtures", "Exports", name);

    /// <summary>canonical.csv as its header and rows of fields.</summary>
    internal static (string[] Header, List<string[]> Rows) Canonical()
    {
        var lines = File.ReadAllLines(Fixture("canonical.csv"), Encoding.UTF8);
        return (lines[0].Split(';'), [.. lines.Skip(1).Select(l => l.Split(';'))]);
    }

    /// <summary>Every row the source yields, as (row number, fields as text).</summary>
    internal static List<(int Line, string[] Fields)> ReadAll(ExcelSource source)
    {
        var rows = new List<(int, string[])>();
        while (source.Read())
        {
            rows.Add((source.LineNumber, [.. Enumerable.Range(0, source.FieldCount).Select(i => Encoding.UTF8.GetString(source.GetSpan(i)))]));
        }

        return rows;
    }

    internal static ExcelSource OpenOrFail(string path, ExcelOptions options, DiagnosticBag bag) =>
        ExcelSource.Open(path, Path.GetFileName(path), options, Entry, bag) ?? throw new Xunit.Sdk.XunitException(string.Join(Environment.NewLine, bag.Items));

    private static string Show((int Line, string[] Fields) row) => $"{row.Line}: {string.Join('|', row.Fields)}";

    /// <summary>The rows of a source against canonical.csv, the first data row at <paramref name="firstLine"/>.</summary>
    internal static void AssertCanonical(ExcelSource source, int firstLine)
    {
        var (header, rows) = Canonical();
        Assert.Equal(header, source.Header);
        var read = ReadAll(source);
        Assert.Equal(rows.Count, read.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(firstLine + i, read[i].Line);
            Assert.Equal(rows[i], read[i].Fields);
        }
    }

    [Theory]
    [InlineData("survey.xlsx")]
    [InlineData("survey.xls")]
    public void The_institute_workbook_read_below_its_title_rows_is_exactly_canonical_csv(string file)
    {
        var bag = new DiagnosticBag();
        using var source = OpenOrFail(Fixture(file), new ExcelOptions("Résultats", HeaderRow: 3), bag);
        Assert.Equal(3, source.HeaderLine);
        Assert.Equal("Résultats", source.SheetName);
        Assert.Equal($"Excel {Path.GetExtension(file)}, sheet 'Résultats' (1 of 2), header at row 3", source.Describe);
        AssertCanonical(source, 4);
        Assert.Empty(bag.Items);
        Assert.Empty(source.UnnamedColumns);
    }

    [Fact]
    public void The_workbook_saved_from_the_csv_reads_as_the_csv()
    {
        var bag = new DiagnosticBag();
        using var source = OpenOrFail(Fixture("survey-plain.xlsx"), ExcelOptions.Default, bag);
        Assert.Equal("Excel .xlsx, sheet 'survey-plain', header at row 1", source.Describe);
        AssertCanonical(source, 2);
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void The_sheet_is_found_by_its_position_and_by_its_name_ignoring_case()
    {
        var bag = new DiagnosticBag();
        using (var byIndex = OpenOrFail(Fixture("survey.xlsx"), new ExcelOptions(SheetIndex: 2), bag))
        {
            Assert.Equal("Notice", byIndex.SheetName);
            Assert.Equal(["Question", "Libellé"], byIndex.Header);
            Assert.Equal(5, ReadAll(byIndex).Count);
        }

        using (var byName = OpenOrFail(Fixture("survey.xlsx"), new ExcelOptions("résultats", HeaderRow: 3), bag))
        {
            Assert.Equal("Résultats", byName.SheetName);
        }

        Assert.Empty(bag.Items);
    }

    [Fact]
    public void A_misspelt_sheet_is_reported_at_the_data_entry_with_the_closest_name()
    {
        var bag = new DiagnosticBag();
        Assert.Null(ExcelSource.Open(Fixture("survey.xlsx"), "survey.xlsx", new ExcelOptions("Resultat"), Entry, bag));
        var error = DiagnosticAssert.Single(bag.Items, "RG271");
        DiagnosticAssert.At(error, "reportgen.yaml", 7, 5);
        Assert.Contains("no sheet 'Resultat'", error.Message, StringComparison.Ordinal);
        Assert.Equal("did you mean 'Résultats'? Known sheets: 'Notice', 'Résultats'.", error.Hint);
    }

    [Fact]
    public void A_sheet_position_past_the_last_sheet_lists_the_sheets()
    {
        var bag = new DiagnosticBag();
        Assert.Null(ExcelSource.Open(Fixture("survey.xlsx"), "survey.xlsx", new ExcelOptions(SheetIndex: 3), Entry, bag));
        var error = DiagnosticAssert.Single(bag.Items, "RG271");
        Assert.Equal("sheet 3: the workbook has 2 sheets.", error.Message);
        Assert.Contains("'Résultats', 'Notice'", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Sheets_lists_the_names_in_the_workbook_order()
    {
        var bag = new DiagnosticBag();
        Assert.Equal(["Résultats", "Notice"], ExcelSource.Sheets(Fixture("survey.xlsx"), "survey.xlsx", bag));
        Assert.Equal(["Résultats", "Notice"], ExcelSource.Sheets(Fixture("survey.xls"), "survey.xls", bag));
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void A_title_row_taken_for_the_header_gives_the_row_of_the_real_header()
    {
        var bag = new DiagnosticBag();
        Assert.Null(ExcelSource.Open(Fixture("survey.xlsx"), "survey.xlsx", ExcelOptions.Default, Entry, bag));
        var error = DiagnosticAssert.Single(bag.Items, "RG272");
        DiagnosticAssert.At(error, "survey.xlsx", 1, 1);
        Assert.Equal("row 1 of sheet 'Résultats' has a single value ('Enquête de satisfaction des locataires 2024') while row 3 has 9: it looks like a title, not the header.", error.Message);
        Assert.Contains("add 'header_row: 3'", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_header_row_gives_the_row_of_the_real_header()
    {
        var path = Write(Path.Combine(_dir, "gap.xlsx"), Texts(1, "Enquête 2024") + Texts(4, "id", "agence", "q1") + Texts(5, "R1", "Nord", "Oui"));
        var bag = new DiagnosticBag();
        Assert.Null(ExcelSource.Open(path, "gap.xlsx", new ExcelOptions(HeaderRow: 2), Entry, bag));
        var error = DiagnosticAssert.Single(bag.Items, "RG272");
        DiagnosticAssert.At(error, "gap.xlsx", 2, 1);
        Assert.Equal("row 2 of sheet 'Données' is empty: there is no header there.", error.Message);
        Assert.Contains("header_row: 4", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_column_sheet_is_not_taken_for_a_title()
    {
        var path = Write(Path.Combine(_dir, "one.xlsx"), Texts(1, "id") + Texts(2, "R1") + Texts(3, "R2"));
        var bag = new DiagnosticBag();
        using var source = OpenOrFail(path, ExcelOptions.Default, bag);
        Assert.Equal(["2: R1", "3: R2"], ReadAll(source).Select(Show));
    }

    [Fact]
    public void A_header_row_below_the_end_of_the_sheet_is_reported()
    {
        var bag = new DiagnosticBag();
        Assert.Null(ExcelSource.Open(Fixture("survey-plain.xlsx"), "survey-plain.xlsx", new ExcelOptions(HeaderRow: 1000), Entry, bag));
        Assert.Equal("sheet 'survey-plain' ends at row 301, above its header row 1000.", DiagnosticAssert.Single(bag.Items, "RG272").Message);
    }

    [Fact]
    public void Skip_rows_leaves_out_the_rows_right_below_the_header()
    {
        var bag = new DiagnosticBag();
        using var source = OpenOrFail(Fixture("survey-plain.xlsx"), new ExcelOptions(SkipRows: 2), bag);
        var rows = ReadAll(source);
        Assert.Equal(298, rows.Count);
        Assert.Equal(4, rows[0].Line);
        Assert.Equal("Q0003", rows[0].Fields[0]);
        Assert.EndsWith("header at row 1, 2 row(s) below it skipped", source.Describe, StringComparison.Ordinal);
    }

    [Fact]
    public void Cells_written_by_LibreOffice_become_invariant_texts()
    {
        var bag = new DiagnosticBag();
        using var warnings = Warnings.Collect();
        using var source = OpenOrFail(Fixture("cells.xlsx"), ExcelOptions.Default, bag);
        Assert.Equal(["id", "date", "horodatage", "heure", "fini", "somme", "erreur", "Column H", "part", "texte"], source.Header);
        Assert.Equal([7], source.UnnamedColumns);
        var rows = ReadAll(source);

        // Row 3 is empty and skipped; so are the empty rows at the end. LibreOffice writes a formula's double to 15 digits.
        Assert.Equal([2, 4], rows.Select(r => r.Line));
        Assert.Equal(["R1", "2024-03-15", "2024-03-15T14:30:00", "10:30:00", "TRUE", "0.3", "", "sans titre", "0.25", "espacé"], rows[0].Fields);
        Assert.Equal(["R2", "1", "-2.5", "1234567", "FALSE", "0.333333333333333", "Plutôt satisfait", "", "", ""], rows[1].Fields);

        var error = DiagnosticAssert.Single(bag.Items, "RG273");
        DiagnosticAssert.At(error, "cells.xlsx", 2, 7);
        Assert.Equal("cell G2 (column G, 'erreur') holds the error #N/A: a formula that could not be computed, not an answer.", error.Message);

        var right = DiagnosticAssert.Single(warnings.Items, "RG275");
        DiagnosticAssert.At(right, "cells.xlsx", 4, 12);
        Assert.Equal("column L has a value at row 4 ('hors tableau') but no header: it is not read (the header ends at column J).", right.Message);
    }

    [Fact]
    public void An_xls_workbook_by_LibreOffice_keeps_full_doubles_and_reads_its_errors_as_empty()
    {
        var bag = new DiagnosticBag();
        using var source = OpenOrFail(Fixture("cells.xls"), ExcelOptions.Default, bag);
        Assert.Equal("Excel .xls, sheet 'Cellules', header at row 1", source.Describe);
        var rows = ReadAll(source);
        Assert.Equal(["R1", "2024-03-15", "2024-03-15T14:30:00", "10:30:00", "TRUE", "0.30000000000000004", "", "sans titre", "0.25", "espacé"], rows[0].Fields);
        Assert.Equal(["R2", "1", "-2.5", "1234567", "FALSE", "0.3333333333333333", "Plutôt satisfait", "", "", ""], rows[1].Fields);

        // ExcelDataReader 3.6 gives no error value for an .xls cell, and the error pass reads .xlsx only: a limit, documented.
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void An_error_cell_is_reported_only_in_a_column_that_is_read_and_once()
    {
        var path = Write(Path.Combine(_dir, "errors.xlsx"), Texts(1, "id", "calcul", "q1")
            + $"""<row r="2">{Text("A2", "R1")}{Error("B2", "#DIV/0!")}{Error("C2", "#N/A")}</row>""");
        var bag = new DiagnosticBag();
        using var source = OpenOrFail(path, ExcelOptions.Default, bag);
        Assert.True(source.Read());
        Assert.Equal("R1", Encoding.UTF8.GetString(source.GetSpan(0)));
        Assert.True(source.GetSpan(2).IsEmpty);
        Assert.True(source.GetSpan(2).IsEmpty);
        var error = DiagnosticAssert.Single(bag.Items, "RG273");
        DiagnosticAssert.At(error, "errors.xlsx", 2, 3);
        Assert.Contains("#N/A", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_double_as_Excel_writes_it_is_its_shortest_round_trip_text()
    {
        var path = Write(Path.Combine(_dir, "numbers.xlsx"), Texts(1, "a", "b", "c", "d", "e", "f", "g")
            + $"""<row r="2">{Number("A2", "0.30000000000000004")}{Number("B2", "1.0")}{Number("C2", "1E+20")}{Number("D2", "-0")}{Number("E2", "45366", 1)}{Number("F2", "45366.604166666664", 2)}{Number("G2", "0.4375", 3)}</row>""");
        var bag = new DiagnosticBag();
        using var source = OpenOrFail(path, ExcelOptions.Default, bag);
        Assert.Equal(["0.30000000000000004", "1", "1E+20", "0", "2024-03-15", "2024-03-15T14:30:00", "10:30:00"], ReadAll(source).Single().Fields);
    }

    [Fact]
    public void Rows_keep_their_sheet_numbers_across_gaps_and_empty_rows()
    {
        var path = Write(Path.Combine(_dir, "sparse.xlsx"), Texts(2, "id", "q1") + Texts(5, "R1", "Oui") + Texts(6, "", "") + """<row r="7"><c r="A7" t="inlineStr"><is><t> </t></is></c></row>""" + Texts(40, "R2", "Non"));
        var bag = new DiagnosticBag();
        using var source = OpenOrFail(path, new ExcelOptions(HeaderRow: 2), bag);
        Assert.Equal(["5: R1|Oui", "40: R2|Non"], ReadAll(source).Select(Show));
    }

    [Fact]
    public void The_default_sheet_is_the_first_visible_one()
    {
        var path = Write(Path.Combine(_dir, "hidden.xlsx"), new Sheet("Listes", Texts(1, "a", "b")), new Sheet("Réponses", Texts(1, "id", "q1") + Texts(2, "R1", "Oui")), new Sheet("Autre", Texts(1, "x")));
        var hidden = Write(Path.Combine(_dir, "hidden2.xlsx"), new Sheet("Listes", Texts(1, "a", "b"), "hidden"), new Sheet("Réponses", Texts(1, "id", "q1") + Texts(2, "R1", "Oui")));
        var bag = new DiagnosticBag();
        using (var first = OpenOrFail(path, ExcelOptions.Default, bag))
        {
            Assert.Equal("Listes", first.SheetName);
        }

        using var visible = OpenOrFail(hidden, ExcelOptions.Default, bag);
        Assert.Equal("Réponses", visible.SheetName);
        Assert.Equal("Excel .xlsx, sheet 'Réponses' (2 of 2), header at row 1", visible.Describe);
    }

    [Fact]
    public void Duplicate_header_names_are_kept_for_the_column_check_to_report()
    {
        var path = Write(Path.Combine(_dir, "dup.xlsx"), Texts(1, "id", " Q1 ", "Q1") + Texts(2, "R1", "Oui", "Non"));
        var bag = new DiagnosticBag();
        using var source = OpenOrFail(path, ExcelOptions.Default, bag);
        Assert.Equal(["id", "Q1", "Q1"], source.Header);
    }

    [Fact]
    public void A_role_on_a_column_without_a_name_is_reported_at_its_header_cell()
    {
        var path = Write(Path.Combine(_dir, "unnamed.xlsx"), Texts(3, "id", "", "q2") + Texts(4, "R1", "Oui", "Non"));
        var bag = new DiagnosticBag();
        using var source = OpenOrFail(path, new ExcelOptions(HeaderRow: 3), bag);
        Assert.Equal(["id", "Column B", "q2"], source.Header);
        Assert.True(source.IsUnnamed(1));
        Assert.False(source.IsUnnamed(0));
        source.ReportUnnamed(1, "indicator 'accueil'", bag);
        var error = DiagnosticAssert.Single(bag.Items, "RG274");
        DiagnosticAssert.At(error, "unnamed.xlsx", 3, 2);
        Assert.Equal("the header cell B3 of sheet 'Données' is empty: column B has no name, and the indicator 'accueil' needs it.", error.Message);
    }

    [Theory]
    [InlineData("Résultats", 1, 1, 0, "named both by its name and by its position")]
    [InlineData(null, 0, 1, 0, "sheets are counted from 1")]
    [InlineData(null, null, 0, 0, "header_row 0")]
    [InlineData(null, null, 1, -1, "skip_rows -1 is negative")]
    public void Options_out_of_range_are_reported_at_the_data_entry(string? name, int? index, int header, int skip, string expected)
    {
        var bag = new DiagnosticBag();
        Assert.Null(ExcelSource.Open(Fixture("survey.xlsx"), "survey.xlsx", new ExcelOptions(name, index, header, skip), Entry, bag));
        var error = DiagnosticAssert.Single(bag.Items, "RG276");
        DiagnosticAssert.At(error, "reportgen.yaml", 7, 5);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_workbook_is_a_diagnostic_not_an_exception()
    {
        var bytes = File.ReadAllBytes(Fixture("survey.xlsx"));
        var path = Path.Combine(_dir, "truncated.xlsx");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        var bag = new DiagnosticBag();
        Assert.Null(ExcelSource.Open(path, "truncated.xlsx", ExcelOptions.Default, Entry, bag));
        var error = DiagnosticAssert.Single(bag.Items, "RG270");
        Assert.StartsWith("the workbook is damaged or truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Damaged_sheet_xml_is_reported_with_the_last_row_read()
    {
        var path = Write(Path.Combine(_dir, "damaged.xlsx"), Texts(1, "id", "q1") + Texts(2, "R1", "Oui") + """<row r="3"><c r="A3" t="inlineStr"><is><t>R2</t></is></c><c r=""");
        var bag = new DiagnosticBag();
        var source = ExcelSource.Open(path, "damaged.xlsx", ExcelOptions.Default, Entry, bag);
        if (source is not null)
        {
            using (source)
            {
                while (source.Read())
                {
                }
            }
        }

        var error = DiagnosticAssert.Single(bag.Items, "RG270");
        Assert.Contains("damaged or truncated", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text.xlsx", "N° questionnaire;Agence\nQ1;Nord\n", "this is not an Excel workbook: it is text (a CSV export, most likely).")]
    [InlineData("empty.xlsx", "", "the file is empty: it is not an Excel workbook.")]
    [InlineData("doc.xlsx", "%PDF-1.7 ...", "this is not an Excel workbook: it is a PDF document.")]
    public void A_file_that_is_not_a_workbook_is_named_for_what_it_is(string name, string content, string expected)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        var bag = new DiagnosticBag();
        Assert.Null(ExcelSource.Open(path, name, ExcelOptions.Default, Entry, bag));
        var error = DiagnosticAssert.Single(bag.Items, "RG270");
        DiagnosticAssert.At(error, name, 1, 1);
        Assert.Equal(expected, error.Message);
        Assert.Null(ExcelSource.Sheets(path, name, new DiagnosticBag()));
    }

    [Fact]
    public void A_zip_archive_that_is_not_a_workbook_is_reported()
    {
        var path = Path.Combine(_dir, "archive.xlsx");
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("notes.txt").Open());
            writer.Write("rien");
        }

        var bag = new DiagnosticBag();
        Assert.Null(ExcelSource.Open(path, "archive.xlsx", ExcelOptions.Default, Entry, bag));
        Assert.Single(bag.Items, d => d.Code == "RG270");
    }

    [Fact]
    public void An_encrypted_workbook_asks_for_a_copy_without_password()
    {
        var bag = new DiagnosticBag();
        Assert.Null(ExcelSource.Open(Fixture("survey-encrypted.xlsx"), "survey-encrypted.xlsx", ExcelOptions.Default, Entry, bag));
        var error = DiagnosticAssert.Single(bag.Items, "RG270");
        Assert.Equal("the workbook is protected by a password (encrypted): it cannot be read.", error.Message);
    }

    [Fact]
    public void A_missing_file_and_a_folder_are_reported_as_inputs_are()
    {
        var bag = new DiagnosticBag();
        Assert.Null(ExcelSource.Open(Path.Combine(_dir, "absent.xlsx"), "absent.xlsx", ExcelOptions.Default, Entry, bag));
        Assert.Null(ExcelSource.Open(_dir, "dossier.xlsx", ExcelOptions.Default, Entry, bag));
        Assert.Equal(["RG100", "RG120"], bag.Items.Select(d => d.Code));
    }
}
