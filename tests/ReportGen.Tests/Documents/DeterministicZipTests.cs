using System.IO.Compression;
using ReportGen.Documents;

namespace ReportGen.Tests.Documents;

public class DeterministicZipTests
{
    private static byte[] Zip(params (string Name, string Text, DateTimeOffset When)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text, when) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
                entry.LastWriteTime = when;
                using var writer = new StreamWriter(entry.Open());
                writer.Write(text);
            }
        }

        return memory.ToArray();
    }

    [Fact]
    public void The_same_parts_in_another_order_and_at_another_time_give_the_same_bytes()
    {
        var morning = new DateTimeOffset(2026, 12, 2, 6, 0, 0, TimeSpan.FromHours(13));
        var evening = new DateTimeOffset(2027, 1, 5, 23, 59, 58, TimeSpan.FromHours(-5));
        var a = Zip(("word/document.xml", "<w/>", morning), ("[Content_Types].xml", "<Types/>", morning), ("_rels/.rels", "<R/>", morning));
        var b = Zip(("_rels/.rels", "<R/>", evening), ("[Content_Types].xml", "<Types/>", evening), ("word/document.xml", "<w/>", evening));
        Assert.NotEqual(a, b);

        var date = new DateOnly(2020, 3, 3);
        var normalized = DeterministicZip.Normalize(a, date);

        Assert.Equal(normalized, DeterministicZip.Normalize(b, date));
        Assert.Equal(normalized, DeterministicZip.Normalize(normalized, date));
    }

    [Fact]
    public void Parts_are_in_ordinal_order_after_the_content_types_and_dated_from_the_document()
    {
        var when = new DateTimeOffset(2026, 12, 2, 6, 0, 0, TimeSpan.Zero);
        var normalized = DeterministicZip.Normalize(Zip(("b.xml", "b", when), ("[Content_Types].xml", "t", when), ("B.xml", "B", when), ("a/z.xml", "z", when)), new DateOnly(2020, 3, 3));

        using var zip = new ZipArchive(new MemoryStream(normalized), ZipArchiveMode.Read);
        Assert.Equal(["[Content_Types].xml", "B.xml", "a/z.xml", "b.xml"], zip.Entries.Select(e => e.FullName));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2020, 3, 3), e.LastWriteTime.DateTime));
        using var reader = new StreamReader(zip.GetEntry("a/z.xml")!.Open());
        Assert.Equal("z", reader.ReadToEnd());
    }

    [Fact]
    public void A_date_before_1980_is_written_as_the_earliest_a_zip_holds()
    {
        var normalized = DeterministicZip.Normalize(Zip(("a.xml", "a", DateTimeOffset.UnixEpoch.AddYears(20))), new DateOnly(1975, 6, 1));

        using var zip = new ZipArchive(new MemoryStream(normalized), ZipArchiveMode.Read);
        Assert.Equal(new DateTime(1980, 1, 1), zip.Entries[0].LastWriteTime.DateTime);
    }
}
