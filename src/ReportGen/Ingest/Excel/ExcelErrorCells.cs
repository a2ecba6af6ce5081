using System.IO.Compression;
using System.Xml;

namespace ReportGen.Ingest.Excel;

/// <summary>
/// The error cells (<c>#N/A</c>, <c>#DIV/0!</c>…) of one worksheet of an .xlsx workbook. ExcelDataReader 3.6 reads an
/// error cell as an empty one; this pass over the sheet's XML finds them, so that an error is reported at its cell
/// instead of counting as a blank answer. The sheet is first searched as bytes for an error cell's type attribute,
/// so a sheet with none (nearly all of them) is only decompressed once more, never parsed.
/// </summary>
internal static class ExcelErrorCells
{
    /// <summary>At most this many error cells are kept per column: more than a report ever prints.</summary>
    public const int PerColumn = 64;

    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>The error cells of the sheet at <paramref name="sheetPosition"/> (0-based, workbook order), by 0-based column then 1-based row; empty when there is none.</summary>
    public static Dictionary<int, Dictionary<int, string>> Find(Stream workbook, int sheetPosition)
    {
        using var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
        var sheet = SheetPart(zip, sheetPosition);
        var found = new Dictionary<int, Dictionary<int, string>>();
        if (sheet is null || !HasErrorType(sheet))
        {
            return found;
        }

        using var stream = sheet.Open();
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true, IgnoreComments = true });
        var row = 0;
        var column = 0;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != MainNamespace)
            {
                continue;
            }

            if (xml.LocalName == "row")
            {
                row = int.TryParse(xml.GetAttribute("r"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var r) ? r : row + 1;
                column = 0;
            }
            else if (xml.LocalName == "c")
            {
                var reference = xml.GetAttribute("r");
                column = reference is null ? column + 1 : ExcelCellText.ColumnNumber(reference);
                if (xml.GetAttribute("t") == "e" && !xml.IsEmptyElement)
                {
                    var text = ReadValue(xml);
                    var cells = found.TryGetValue(column - 1, out var known) ? known : found[column - 1] = [];
                    if (cells.Count < PerColumn)
                    {
                        cells[reference is null ? row : Math.Max(1, ExcelCellText.RowNumber(reference))] = text.Length == 0 ? "an error" : text;
                    }
                }
            }
        }

        return found;
    }

    /// <summary>The text of the cell's <c>v</c> element; the reader is left on the cell's end.</summary>
    private static string ReadValue(XmlReader xml)
    {
        using var cell = xml.ReadSubtree();
        while (cell.Read())
        {
            if (cell.NodeType == XmlNodeType.Element && cell.LocalName == "v")
            {
                return cell.ReadElementContentAsString().Trim();
            }
        }

        return "";
    }

    /// <summary>Whether the part holds <c>t="e"</c> (or <c>t='e'</c>) anywhere: the only way an error cell is written.</summary>
    private static bool HasErrorType(ZipArchiveEntry sheet)
    {
        using var stream = sheet.Open();
        var buffer = new byte[1 << 16];
        var kept = 0;
        int read;
        while ((read = stream.Read(buffer, kept, buffer.Length - kept)) > 0)
        {
            var span = buffer.AsSpan(0, kept + read);
            if (span.IndexOf(" t=\"e\""u8) >= 0 || span.IndexOf(" t='e'"u8) >= 0)
            {
                return true;
            }

            // The last bytes are kept, so that an attribute split over two reads is seen.
            kept = Math.Min(span.Length, 5);
            span[^kept..].CopyTo(buffer);
        }

        return false;
    }

    /// <summary>The worksheet part of the sheet at <paramref name="position"/> in the workbook's list, through its relationship.</summary>
    private static ZipArchiveEntry? SheetPart(ZipArchive zip, int position)
    {
        var workbookPath = Target(zip, "_rels/.rels", "", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", null) ?? "xl/workbook.xml";
        var workbook = Entry(zip, workbookPath);
        if (workbook is null)
        {
            return null;
        }

        string? id = null;
        using (var stream = workbook.Open())
        using (var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
        {
            var index = 0;
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet" && index++ == position)
                {
                    id = xml.GetAttribute("id", RelationshipNamespace);
                    break;
                }
            }
        }

        if (id is null)
        {
            return null;
        }

        var folder = workbookPath.Contains('/', StringComparison.Ordinal) ? workbookPath[..(workbookPath.LastIndexOf('/') + 1)] : "";
        var rels = $"{folder}_rels/{workbookPath[folder.Length..]}.rels";
        var target = Target(zip, rels, folder, null, id);
        return target is null ? null : Entry(zip, target);
    }

    /// <summary>The target, resolved from <paramref name="folder"/>, of the relationship of the given type or id.</summary>
    private static string? Target(ZipArchive zip, string relsPath, string folder, string? type, string? id)
    {
        var rels = Entry(zip, relsPath);
        if (rels is null)
        {
            return null;
        }

        using var stream = rels.Open();
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship"
                && (type is null || xml.GetAttribute("Type") == type) && (id is null || xml.GetAttribute("Id") == id))
            {
                var target = xml.GetAttribute("Target");
                if (target is null)
                {
                    return null;
                }

                return target.StartsWith('/') ? target[1..] : Normalize(folder + target);
            }
        }

        return null;
    }

    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    private static ZipArchiveEntry? Entry(ZipArchive zip, string path) =>
        zip.GetEntry(path) ?? zip.Entries.FirstOrDefault(e => string.Equals(e.FullName.Replace('\\', '/'), path, StringComparison.OrdinalIgnoreCase));
}
