using System.IO.Compression;

namespace ReportGen.Documents;

/// <summary>
/// Makes a zip package (DOCX, XLSX) byte-reproducible: the Open XML SDK, through System.IO.Packaging, stamps each
/// entry with the clock and its own order. The entries are rewritten in ordinal order of their names
/// (<c>[Content_Types].xml</c> first, as the OPC specification asks), each dated <paramref name="stamp"/>, with one
/// compression level, so the same content gives the same bytes.
/// </summary>
public static class DeterministicZip
{
    /// <summary>The earliest date a zip entry can hold (MS-DOS time), used when a document has no date of its own.</summary>
    public static readonly DateTimeOffset Epoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalize(byte[] package, DateOnly stamp) =>
        Normalize(package, new DateTimeOffset(stamp.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    public static byte[] Normalize(byte[] package, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(package);
        // A zip date has no time zone and starts in 1980; the entry keeps the date as written.
        var date = stamp < Epoch ? Epoch : stamp;
        using var input = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        var entries = input.Entries
            .Select(e => (e.FullName, Content: Read(e)))
            .OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1)
            .ThenBy(e => e.FullName, StringComparer.Ordinal)
            .ToList();
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(date.Year, date.Month, date.Day, date.Hour, date.Minute, date.Second, TimeSpan.Zero);
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
