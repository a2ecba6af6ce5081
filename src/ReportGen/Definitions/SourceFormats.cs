using ReportGen.Definitions.Yaml;
using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen.Definitions;

/// <summary>
/// The format of a data file: <c>format:</c> when declared; else its extension (.csv .txt .tsv, .xlsx .xlsm, .sav
/// .zsav, .xls for an old workbook); else, for another extension, its first bytes (a ZIP archive is a workbook, <c>$FL2</c> an SPSS file).
/// A declared format the bytes contradict is an error, never a silent choice.
/// </summary>
public static class SourceFormats
{
    public static IReadOnlyList<string> Names { get; } = ["csv", "xlsx", "sav"];

    internal static SourceFormat Read(YamlMap map, string? path)
    {
        var declared = map.String("format");
        SourceFormat? format = declared?.ToLowerInvariant() switch
        {
            null => null,
            "csv" or "tsv" or "txt" or "text" => SourceFormat.Csv,
            "xlsx" or "excel" or "xlsm" or "xls" => SourceFormat.Xlsx,
            "sav" or "spss" or "zsav" => SourceFormat.Sav,
            _ => Unknown(map, declared),
        };
        var sniffed = path is null ? null : Sniff(path);
        if (format is { } chosen)
        {
            if (sniffed is { } actual && actual != chosen && (chosen != SourceFormat.Csv || actual != SourceFormat.Csv))
            {
                map.Error("format", Text.Format(DefinitionMessages.SourceFormatMismatch, declared, Describe(actual)),
                    Text.Format(DefinitionMessages.SourceFormatMismatchHint, Name(actual), Describe(chosen)), DiagnosticCodes.SourceFormatMismatch);
            }

            return chosen;
        }

        return (path is null ? null : FromExtension(path)) ?? sniffed ?? SourceFormat.Csv;
    }

    /// <summary>The format the file's extension says, or null for another extension (then the first bytes decide: <see cref="Sniff"/>).</summary>
    public static SourceFormat? FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" or ".txt" or ".tsv" or ".tab" => SourceFormat.Csv,
        ".xlsx" or ".xlsm" or ".xls" => SourceFormat.Xlsx,
        ".sav" or ".zsav" => SourceFormat.Sav,
        _ => null,
    };

    public static string Name(SourceFormat format) => format switch
    {
        SourceFormat.Xlsx => "xlsx",
        SourceFormat.Sav => "sav",
        _ => "csv",
    };

    private static string Describe(SourceFormat format) => format switch
    {
        SourceFormat.Xlsx => DefinitionMessages.AnExcelWorkbook,
        SourceFormat.Sav => DefinitionMessages.AnSpssFile,
        _ => DefinitionMessages.ATextFile,
    };

    private static SourceFormat? Unknown(YamlMap map, string declared)
    {
        map.Error("format", Text.Format(DefinitionMessages.UnknownSourceFormat, declared), Text.Format(DefinitionMessages.UnknownSourceFormatHint, string.Join(", ", Names)));
        return null;
    }

    /// <summary>The format the first bytes of the file show: ZIP (a workbook), <c>$FL2</c> / <c>$FL3</c> (SPSS), else text; null when it cannot be read.</summary>
    public static SourceFormat? Sniff(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            Span<byte> start = stackalloc byte[4];
            using var stream = InputFile.Open(path, path, Ingest.CsvInput.DataLimit, "data file");
            var read = stream.ReadAtLeast(start, 4, throwOnEndOfStream: false);
            return start[..read] switch
            {
                [0x50, 0x4B, 0x03, 0x04] or [0xD0, 0xCF, 0x11, 0xE0] => SourceFormat.Xlsx,
                [(byte)'$', (byte)'F', (byte)'L', (byte)'2' or (byte)'3'] => SourceFormat.Sav,
                _ => SourceFormat.Csv,
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or BadInputException)
        {
            return null; // reported when the file is read
        }
    }
}
