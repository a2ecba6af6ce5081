using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Diagnostics;
using ReportGen.Ingest.Excel;

namespace ReportGen.Benchmarks;

/// <summary>
/// The Excel source's memory at scale (docs/sources/excel.md, "Memory"): <c>excel-write ROWS FILE</c> writes a workbook
/// of the canonical survey's shape streaming (DocumentFormat.OpenXml's OpenXmlWriter, shared strings as Excel and
/// LibreOffice write them, every respondent id a distinct shared string: the worst case for the reader), and
/// <c>excel-read FILE</c> reads it through <see cref="ExcelSource"/>, touching every field, in its own process so that
/// <c>/usr/bin/time -v</c> measures the reading alone.
/// </summary>
internal static class ExcelMemory
{
    private static readonly string[] Header = ["N° questionnaire", "Agence", "Résidence", "Q1_accueil", "Q2_proprete", "Q3_logement", "Q4_globale", "Q5_note", "Commentaire"];
    private static readonly string[] Agencies = ["Agence Nord", "Agence Centre", "Agence Sud"];
    private static readonly string[][] Residences = [["Les Chênes", "Le Parc"], ["Bellevue", "Les Tilleuls"], ["La Source", "Le Moulin"]];
    private static readonly string[] Scale = ["Très satisfait", "Plutôt satisfait", "Plutôt pas satisfait", "Pas du tout satisfait", "Ne sait pas", ""];
    private static readonly string[] Comments = ["", "", "Très bon accueil à l'agence", "Ascenseur souvent en panne", "Hall sale"];

    public static void Write(int rows, string path)
    {
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        int Shared(string text)
        {
            if (!strings.TryGetValue(text, out var index))
            {
                index = strings.Count;
                strings[text] = index;
            }

            return index;
        }

        // Seeded: the same workbook every time.
        var random = new Random(11);
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheet = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheet))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, 1, Header.Select(h => (Cell)TextCell(Shared(h))));
            for (var r = 0; r < rows; r++)
            {
                var agency = r % 3;
                var cells = new List<Cell>
                {
                    TextCell(Shared($"Q{r + 1:D7}")),
                    TextCell(Shared(Agencies[agency])),
                    TextCell(Shared(Residences[agency][random.Next(2)])),
                };
                for (var q = 0; q < 4; q++)
                {
                    var answer = Scale[random.Next(Scale.Length)];
                    cells.Add(answer.Length == 0 ? new Cell() : TextCell(Shared(answer)));
                }

                cells.Add(new Cell { CellValue = new CellValue(random.Next(11).ToString(CultureInfo.InvariantCulture)) });
                var comment = Comments[random.Next(Comments.Length)];
                cells.Add(comment.Length == 0 ? new Cell() : TextCell(Shared(comment)));
                WriteRow(writer, r + 2, cells);
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        var table = workbook.AddNewPart<SharedStringTablePart>();
        using (var writer = OpenXmlWriter.Create(table))
        {
            writer.WriteStartElement(new SharedStringTable());
            foreach (var text in strings.OrderBy(p => p.Value).Select(p => p.Key))
            {
                writer.WriteElement(new SharedStringItem(new Text(text)));
            }

            writer.WriteEndElement();
        }

        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Résultats" }));
        workbook.Workbook.Save();
    }

    public static void Read(string path)
    {
        var bag = new DiagnosticBag();
        using var source = ExcelSource.Open(path, Path.GetFileName(path), ExcelOptions.Default, new SourceLocation("reportgen.yaml"), bag);
        if (source is null)
        {
            Console.Error.WriteLine(string.Join(Environment.NewLine, bag.Items));
            Environment.Exit(2);
        }

        long rows = 0;
        long bytes = 0;
        while (source.Read())
        {
            rows++;
            for (var i = 0; i < source.FieldCount; i++)
            {
                bytes += source.GetSpan(i).Length;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{source.Describe}: {rows} rows, {source.FieldCount} columns, {bytes} bytes of fields, {bag.Count} diagnostic(s); managed heap {GC.GetTotalMemory(false) >> 20} MiB"));
    }

    /// <summary>The floor: the same file through ExcelDataReader alone, every cell's value fetched, nothing converted.</summary>
    public static void Floor(string path)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using var stream = File.OpenRead(path);
        using var reader = ExcelDataReader.ExcelReaderFactory.CreateReader(stream);
        long rows = 0;
        long cells = 0;
        while (reader.Read())
        {
            rows++;
            for (var i = 0; i < reader.FieldCount; i++)
            {
                cells += reader.GetValue(i) is null ? 0 : 1;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ExcelDataReader alone: {rows} rows, {cells} non-empty cells"));
    }

    private static Cell TextCell(int index) => new() { DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture)) };

    private static void WriteRow(OpenXmlWriter writer, int number, IEnumerable<Cell> cells)
    {
        writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", number.ToString(CultureInfo.InvariantCulture))]);
        var column = 0;
        foreach (var cell in cells)
        {
            cell.CellReference = string.Create(CultureInfo.InvariantCulture, $"{ExcelCellText.ColumnLetters(++column)}{number}");
            writer.WriteElement(cell);
        }

        writer.WriteEndElement();
    }
}
