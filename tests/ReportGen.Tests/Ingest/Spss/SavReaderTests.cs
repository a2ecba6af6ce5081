using System.Buffers.Binary;
using ReportGen.Diagnostics;
using ReportGen.Ingest.Spss;
using ReportGen.Localization;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Ingest.Spss;

public class SavReaderTests
{
    [Fact]
    public void Reads_cases_one_by_one_with_numbers_sysmis_and_strings()
    {
        using var reader = new SavReader(File.OpenRead(SpssFixtures.Path("pspp-uncompressed.sav")));
        var dictionary = reader.Dictionary;
        Assert.Equal(SavCompression.None, dictionary.Compression);
        Assert.False(dictionary.BigEndian);
        var note = dictionary.Find("note")!;
        var id = dictionary.Find("ID")!;
        var notes = new List<double?>();
        var ids = new List<string>();
        while (reader.ReadCase())
        {
            notes.Add(reader.IsSystemMissing(note) ? null : reader.GetNumber(note));
            ids.Add(reader.GetString(id));
        }

        Assert.Equal([7.5, -3.25, 99, null, 0], notes);
        Assert.Equal(["P1", "P2", "P3", "P4", "P5"], ids);
        Assert.Equal(5, reader.CaseNumber);
        Assert.False(reader.ReadCase());
    }

    [Fact]
    public void Not_a_system_file_is_reported_at_line_1()
    {
        var diagnostic = Single(File.ReadAllBytes(SpssFixtures.Canonical), DiagnosticCodes.SavNotSystemFile);
        DiagnosticAssert.At(diagnostic, "bad.sav", 1, 0);
        Assert.Contains("not an SPSS system file", diagnostic.Message, StringComparison.Ordinal);
        Assert.NotNull(diagnostic.Hint);
    }

    [Fact]
    public void A_dictionary_cut_short_is_reported_with_its_byte_offset()
    {
        var bytes = File.ReadAllBytes(SpssFixtures.Path("pspp-compressed.sav"))[..300];
        var diagnostic = Single(bytes, DiagnosticCodes.SavTruncated);
        DiagnosticAssert.At(diagnostic, "bad.sav", 1, 0);
        Assert.Contains("byte offset", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_record_type_is_corrupt()
    {
        var bytes = File.ReadAllBytes(SpssFixtures.Path("pspp-compressed.sav"));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(176), 55);
        var diagnostic = Single(bytes, DiagnosticCodes.SavCorrupt);
        Assert.Equal("unknown record type 55 at byte offset 176.", diagnostic.Message);
    }

    [Fact]
    public void An_unknown_compression_is_unsupported()
    {
        var bytes = File.ReadAllBytes(SpssFixtures.Path("pspp-compressed.sav"));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(72), 7);
        Assert.Contains("compression code 7", Single(bytes, DiagnosticCodes.SavUnsupported).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_cut_short_is_reported_at_its_case_and_variable()
    {
        // Cases of 58 elements (464 bytes); 20 bytes less ends the fifth case inside commentaire_tres_long (variable 6).
        var bytes = File.ReadAllBytes(SpssFixtures.Path("pspp-uncompressed.sav"));
        var (rows, diagnostics) = ReadAll(bytes[..^20]);
        Assert.Equal(4, rows);
        var diagnostic = DiagnosticAssert.Single(diagnostics, DiagnosticCodes.SavTruncated);
        DiagnosticAssert.At(diagnostic, "bad.sav", 5, 6);
        Assert.Contains("commentaire_tres_long", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fewer_cases_than_the_header_announces_is_truncation()
    {
        var bytes = File.ReadAllBytes(SpssFixtures.Path("pspp-uncompressed.sav"));
        var (rows, diagnostics) = ReadAll(bytes[..^464]);
        Assert.Equal(4, rows);
        var diagnostic = DiagnosticAssert.Single(diagnostics, DiagnosticCodes.SavTruncated);
        Assert.Equal("the data ends after 4 cases, where the header announces 5.", diagnostic.Message);
        DiagnosticAssert.At(diagnostic, "bad.sav", 5, 0);
    }

    [Fact]
    public void A_damaged_zlib_block_is_corrupt_at_the_first_case()
    {
        var bytes = File.ReadAllBytes(SpssFixtures.Path("pspp-zsav.zsav"));
        var trailer = 24 + 24; // one block
        for (var i = bytes.Length - trailer - 120; i < bytes.Length - trailer - 100; i++)
        {
            bytes[i] ^= 0xA5;
        }

        var (rows, diagnostics) = ReadAll(bytes);
        Assert.Equal(0, rows);
        var diagnostic = DiagnosticAssert.Single(diagnostics, DiagnosticCodes.SavCorrupt);
        Assert.Equal(1, diagnostic.Location.Line);
        Assert.Contains("ZSAV block 1", diagnostic.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every prefix of every fixture, and every byte of their first kilobytes set to 0x00 or 0xFF, either reads or is
    /// reported as a diagnostic: never an exception, never a hang.
    /// </summary>
    [Fact]
    public void Damaged_files_give_diagnostics_never_exceptions()
    {
        foreach (var name in SpssFixtures.All)
        {
            var original = File.ReadAllBytes(SpssFixtures.Path(name));
            for (var length = 0; length < original.Length; length += length < 800 ? 1 : 17)
            {
                var (_, diagnostics) = ReadAll(original[..length]);
                Assert.True(diagnostics.Count > 0 || length >= original.Length - 8, $"{name} cut at {length} bytes read without a diagnostic");
            }

            for (var at = 0; at < Math.Min(original.Length, 1200); at++)
            {
                foreach (var value in new byte[] { 0x00, 0xFF })
                {
                    var bytes = (byte[])original.Clone();
                    bytes[at] = value;
                    ReadAll(bytes);
                }
            }
        }
    }

    [Fact]
    public void French_messages_name_the_byte_offset_once()
    {
        using var french = UiLanguage.Use(Language.French);
        var bytes = File.ReadAllBytes(SpssFixtures.Path("pspp-compressed.sav"));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(176), 55);
        Assert.Equal("type d’enregistrement inconnu 55 à l’octet 176.", Single(bytes, DiagnosticCodes.SavCorrupt).Message);

        var cut = Single(File.ReadAllBytes(SpssFixtures.Path("pspp-compressed.sav"))[..300], DiagnosticCodes.SavTruncated);
        Assert.StartsWith("le fichier s’arrête dans ", cut.Message, StringComparison.Ordinal);
        Assert.Contains("(enregistrement à l’octet ", cut.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("byte", cut.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void French_messages_of_the_cases_name_the_case_and_the_variable()
    {
        using var french = UiLanguage.Use(Language.French);
        var bytes = File.ReadAllBytes(SpssFixtures.Path("pspp-uncompressed.sav"));
        Assert.Equal("les données s’arrêtent après 4 observations, alors que l’en-tête en annonce 5.",
            DiagnosticAssert.Single(ReadAll(bytes[..^464]).Diagnostics, DiagnosticCodes.SavTruncated).Message);
        Assert.StartsWith("le fichier s’arrête au milieu de l’observation 5",
            DiagnosticAssert.Single(ReadAll(bytes[..^20]).Diagnostics, DiagnosticCodes.SavTruncated).Message, StringComparison.Ordinal);
        Assert.StartsWith("ce n’est pas un fichier système SPSS (.sav)\u00a0:",
            Single(File.ReadAllBytes(SpssFixtures.Canonical), DiagnosticCodes.SavNotSystemFile).Message, StringComparison.Ordinal);
    }

    private static Diagnostic Single(byte[] bytes, string code)
    {
        var (rows, diagnostics) = ReadAll(bytes);
        Assert.Equal(0, rows);
        return DiagnosticAssert.Single(diagnostics, code);
    }

    private static (int Rows, IReadOnlyList<Diagnostic> Diagnostics) ReadAll(byte[] bytes)
    {
        var bag = new DiagnosticBag();
        using var source = SavSource.Open(() => new MemoryStream(bytes, writable: false), "bad.sav", bag);
        var rows = 0;
        if (source is not null)
        {
            while (source.Read())
            {
                rows++;
                for (var i = 0; i < source.FieldCount; i++)
                {
                    Assert.True(System.Text.Unicode.Utf8.IsValid(source.GetSpan(i)));
                }
            }
        }

        return (rows, bag.Items);
    }
}
