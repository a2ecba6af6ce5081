using System.IO.Compression;
using System.Security;

namespace ReportGen.Tests.Ingest.Excel;

/// <summary>
/// A minimal .xlsx written by hand, its sheets' rows given as SpreadsheetML, for the cases a producer does not write on
/// demand: a double as Excel writes it (17 digits), an error cell, sparse rows, a hidden first sheet, damaged XML.
/// </summary>
internal static class XlsxFile
{
    /// <summary>A sheet: its name, its <c>&lt;row&gt;</c> elements, its state (visible, hidden).</summary>
    public sealed record Sheet(string Name, string Rows, string State = "visible");

    public static string Write(string path, params Sheet[] sheets)
    {
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        void Part(string name, string text)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(text);
        }

        const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var overrides = string.Concat(sheets.Select((_, i) =>
            $"""<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"""));
        Part("[Content_Types].xml", $"""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>{overrides}</Types>""");
        Part("_rels/.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{Relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        var list = string.Concat(sheets.Select((s, i) => $"""<sheet name="{SecurityElement.Escape(s.Name)}" sheetId="{i + 1}" state="{s.State}" r:id="rId{i + 1}"/>"""));
        Part("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{Main}" xmlns:r="{Relationships}"><sheets>{list}</sheets></workbook>""");
        var rels = string.Concat(sheets.Select((_, i) => $"""<Relationship Id="rId{i + 1}" Type="{Relationships}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>"""));
        Part("xl/_rels/workbook.xml.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}<Relationship Id="rIdS" Type="{Relationships}/styles" Target="styles.xml"/></Relationships>""");
        // Styles: 0 general, 1 a date (built-in format 14), 2 a date and time, 3 a time (built-in 20).
        Part("xl/styles.xml", $"""<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{Main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="20" applyNumberFormat="1"/></cellXfs></styleSheet>""");
        for (var i = 0; i < sheets.Length; i++)
        {
            Part($"xl/worksheets/sheet{i + 1}.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}"><sheetData>{sheets[i].Rows}</sheetData></worksheet>""");
        }

        return path;
    }

    /// <summary>One sheet named "Données" with the rows given.</summary>
    public static string Write(string path, string rows) => Write(path, new Sheet("Données", rows));

    /// <summary>A row of inline strings from column A; an empty text leaves its cell out.</summary>
    public static string Texts(int row, params string[] texts) =>
        $"""<row r="{row}">{string.Concat(texts.Select((t, i) => t.Length == 0 ? "" : Text(Cell(i, row), t)))}</row>""";

    public static string Text(string reference, string text) => $"""<c r="{reference}" t="inlineStr"><is><t xml:space="preserve">{SecurityElement.Escape(text)}</t></is></c>""";

    public static string Number(string reference, string value, int style = 0) => $"""<c r="{reference}" s="{style}"><v>{value}</v></c>""";

    public static string Error(string reference, string error) => $"""<c r="{reference}" t="e"><f>1/0</f><v>{SecurityElement.Escape(error)}</v></c>""";

    public static string Cell(int index, int row) => $"{ReportGen.Ingest.Excel.ExcelCellText.ColumnLetters(index + 1)}{row}";
}
