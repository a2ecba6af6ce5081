using ReportGen.Diagnostics;
using ReportGen.Ingest.Spss;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Ingest.Spss;

public class SavSourceTests
{
    private static readonly string[] ScaleLabels = ["Très satisfait", "Plutôt satisfait", "Plutôt pas satisfait", "Pas du tout satisfait", "Ne sait pas"];

    [Fact]
    public void Survey_written_by_haven_reads_as_exactly_the_texts_of_canonical_csv()
    {
        var table = SpssFixtures.Read(SpssFixtures.Survey);
        Assert.Empty(table.Diagnostics);
        var lines = File.ReadAllLines(SpssFixtures.Canonical);
        var header = lines[0].Split(';');
        // SPSS names cannot hold a space or "°": the id is N_questionnaire, labelled with the CSV's header.
        Assert.Equal(["N_questionnaire", .. header[1..]], table.Header);
        Assert.Equal(header[0], table.Dictionary!.Variables[0].Label);
        Assert.Equal(lines.Length - 1, table.Rows.Count);
        for (var i = 1; i < lines.Length; i++)
        {
            Assert.Equal(lines[i].Split(';'), table.Rows[i - 1]);
        }
    }

    [Fact]
    public void Survey_dictionary_holds_the_scale_the_user_missing_code_and_the_case_count()
    {
        var table = SpssFixtures.Read(SpssFixtures.Survey);
        var dictionary = table.Dictionary!;
        Assert.Equal(300, dictionary.CaseCount);
        Assert.Equal(SavCompression.Bytecode, dictionary.Compression);
        Assert.Equal("UTF-8", dictionary.EncodingName);
        var q1 = dictionary.Find("Q1_accueil")!;
        Assert.False(q1.IsString);
        Assert.Equal([1.0, 2, 3, 4, 9], q1.ValueLabels.Select(l => l.Number!.Value));
        Assert.Equal(ScaleLabels, q1.ValueLabels.Select(l => l.Label));
        Assert.Equal([9.0], q1.MissingValues.Numbers);
        Assert.True(q1.MissingValues.IsMissing(9));
        Assert.False(q1.MissingValues.IsMissing(1));
        Assert.Equal("Êtes-vous satisfait de l'accueil ?", q1.Label);
        Assert.Equal(["Agence Nord", "Agence Centre", "Agence Sud"], dictionary.Find("agence")!.ValueLabels.Select(l => l.Label));
        Assert.True(dictionary.Find("N_questionnaire")!.IsString);
        Assert.True(dictionary.Find("Commentaire")!.IsString);
        Assert.False(dictionary.Find("Q5_note")!.IsString);
        Assert.Equal("Résidence", dictionary.Variables[2].Name);
    }

    [Fact]
    public void Describe_names_the_format_the_encoding_and_the_compression()
    {
        var bag = new DiagnosticBag();
        using (var source = SavSource.Open(SpssFixtures.Survey, "survey.sav", bag)!)
        {
            Assert.Equal("SPSS .sav, UTF-8, compressed", source.Describe);
            Assert.Equal(1, source.HeaderLine);
            Assert.Equal(0, source.LineNumber);
        }

        using (var source = SavSource.Open(SpssFixtures.Path("haven-none.sav"), "haven-none.sav", bag)!)
        {
            Assert.Equal("SPSS .sav, UTF-8, uncompressed", source.Describe);
        }

        using (var source = SavSource.Open(SpssFixtures.Path("pspp-zsav.zsav"), "pspp-zsav.zsav", bag)!)
        {
            Assert.Equal("SPSS .sav, UTF-8, zlib-compressed (.zsav)", source.Describe);
        }

        using (var source = SavSource.Open(SpssFixtures.Path("pspp-1252.sav"), "pspp-1252.sav", bag)!)
        {
            Assert.Equal("SPSS .sav, windows-1252, compressed", source.Describe);
        }

        Assert.Empty(bag.Items);
    }

    [Fact]
    public void Haven_files_read_the_same_whatever_the_compression()
    {
        string[] header = ["id", "sat", "score", "amount", "count", "when", "city", "text"];
        string[][] expected =
        [
            ["A1", "Très satisfait", "0", "-1.25", "1", "2024-01-31", "Saint-Étienne", SpssFixtures.Long("Très long commentaire", 300)],
            ["B22", "Plutôt satisfait", "97", "1234567.5", "2", "1999-12-31", "Orléans", "court"],
            ["C333", "Ne sait pas", "98", "0", "3", "", "", ""],
            ["D4444", "", "Refus", "10000000000", "40", "2000-02-29", "Besançon-les-Forges-du-Doubs", SpssFixtures.Long("Ascenseur", 1000)],
            ["", "Pas du tout satisfait", "7.5", "", "500", "1970-01-01", "Nîmes", "fin"],
        ];
        foreach (var name in new[] { "haven-byte.sav", "haven-none.sav", "haven-zsav.zsav" })
        {
            var table = SpssFixtures.Read(SpssFixtures.Path(name));
            Assert.Empty(table.Diagnostics);
            Assert.Equal(header, table.Header);
            Assert.Equal(expected, table.Rows);
        }
    }

    [Fact]
    public void Haven_dictionary_holds_the_missing_range_the_labels_and_the_very_long_string()
    {
        var dictionary = SpssFixtures.Read(SpssFixtures.Path("haven-zsav.zsav")).Dictionary!;
        Assert.Equal(SavCompression.Zlib, dictionary.Compression);
        Assert.Equal(5, dictionary.CaseCount);
        var score = dictionary.Find("score")!;
        Assert.Equal((98.0, 99.0), (score.MissingValues.RangeLow!.Value, score.MissingValues.RangeHigh!.Value));
        Assert.Empty(score.MissingValues.Numbers);
        Assert.True(score.MissingValues.IsMissing(98.5));
        Assert.Equal("Note", score.Label);
        Assert.Equal("Satisfaction générale", dictionary.Find("sat")!.Label);
        Assert.Equal("Ville", dictionary.Find("city")!.Label);
        var text = dictionary.Find("text")!;
        Assert.Equal(1083, text.Width); // 1000 characters, 83 of them "é" (two bytes in UTF-8): five segments of 252
        Assert.Equal(8, dictionary.Variables.Count);
        Assert.True(dictionary.Find("when")!.PrintFormat.IsDate);
        Assert.Equal(2, dictionary.Find("amount")!.PrintFormat.Decimals);
    }

    [Fact]
    public void Pspp_files_read_the_same_whatever_the_compression()
    {
        string[] header = ["id", "satisfaction_generale", "note", "code_postal", "residence_longue", "commentaire_tres_long"];
        var comment = string.Join(' ', Enumerable.Repeat("Commentaire très long,", 15));
        string[][] expected =
        [
            ["P1", "Très satisfait", "7.5", "Saint-Étienne", "Résidence des Chênes", comment],
            ["P2", "Plutôt satisfait", "-3.25", "45000", "Bellevue", "Rien à signaler"],
            ["P3", "Ne sait pas", "99", "25000", "Le Moulin", ""],
            ["P4", "Pas du tout satisfait", "", "30000", "Les Tilleuls", "Ascenseur en panne"],
            ["P5", "Plutôt pas satisfait", "0", "Inconnu", "Non renseignée", "x"],
        ];
        foreach (var name in new[] { "pspp-compressed.sav", "pspp-uncompressed.sav", "pspp-zsav.zsav" })
        {
            var table = SpssFixtures.Read(SpssFixtures.Path(name));
            Assert.Empty(table.Diagnostics);
            Assert.Equal(header, table.Header);
            Assert.Equal(expected, table.Rows);
        }
    }

    [Fact]
    public void Pspp_dictionary_holds_file_label_documents_ranges_and_long_string_records()
    {
        var dictionary = SpssFixtures.Read(SpssFixtures.Path("pspp-compressed.sav")).Dictionary!;
        Assert.Equal("Enquête de satisfaction 2024", dictionary.FileLabel);
        Assert.Contains(dictionary.Documents, line => line.Contains("Fichier de test écrit par PSPP.", StringComparison.Ordinal));
        Assert.StartsWith("@(#) SPSS DATA FILE GNU pspp", dictionary.ProductName, StringComparison.Ordinal);
        var note = dictionary.Find("note")!;
        Assert.Equal(double.NegativeInfinity, note.MissingValues.RangeLow);
        Assert.Equal(-1, note.MissingValues.RangeHigh);
        Assert.Equal([99.0], note.MissingValues.Numbers);
        Assert.True(note.MissingValues.IsMissing(-1e300));
        Assert.Equal("Note sur 100", note.Label);
        var residence = dictionary.Find("residence_longue")!;
        Assert.Equal("RESIDENC", residence.ShortName);
        Assert.Equal(20, residence.Width);
        Assert.Equal(["Inconnue"], residence.MissingValues.Texts);
        Assert.Equal(["Les Chênes", "Inconnue"], residence.ValueLabels.Select(l => l.Text));
        Assert.Equal(["Inconnu", "Saint-Étienne"], dictionary.Find("code_postal")!.ValueLabels.Select(l => l.Label)); // PSPP sorts them by value
        Assert.Equal(400, dictionary.Find("commentaire_tres_long")!.Width);
        Assert.Equal(6, dictionary.Variables.Count);
        Assert.Equal([0, 1, 2, 3, 4, 5], dictionary.Variables.Select(v => v.Index));
    }

    [Fact]
    public void Windows_1252_file_written_by_pspp_is_read_as_utf8()
    {
        var table = SpssFixtures.Read(SpssFixtures.Path("pspp-1252.sav"));
        Assert.Empty(table.Diagnostics);
        Assert.Equal("windows-1252", table.Dictionary!.EncodingName);
        Assert.Equal([["Saint-Étienne", "Très satisfait"], ["Orléans", "Plutôt satisfait"], ["Nîmes", "Pas du tout satisfait"]], table.Rows);
        Assert.Equal("Ville où habite le locataire", table.Dictionary.Find("ville")!.Label);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public void Big_and_little_endian_files_compressed_or_not_read_alike(bool bigEndian, bool compressed)
    {
        using var temp = new TempFolder();
        var path = temp.File("written.sav");
        using (var writer = new SavWriter(File.Create(path), bigEndian, compressed))
        {
            writer.WriteDictionary(
            [
                new("id", 12),
                new("q1", ValueLabels: [(1, "Oui"), (2, "Non")], MissingValue: 9),
                new("note", Label: "Note"),
            ], 3, "Fichier écrit à la main");
            string[] ids = ["a", "bb", "un identifiant"];
            double?[] q1 = [1, 9, null];
            double?[] notes = [7, -0.5, 1e20];
            for (var i = 0; i < 3; i++)
            {
                writer.Text(ids[i]);
                writer.Number(q1[i]);
                writer.Number(notes[i]);
            }

            writer.Finish();
        }

        var table = SpssFixtures.Read(path);
        Assert.Empty(table.Diagnostics);
        Assert.Equal(bigEndian, table.Dictionary!.BigEndian);
        Assert.Equal("Fichier écrit à la main", table.Dictionary.FileLabel);
        Assert.Equal(["ID", "Q1", "NOTE"], table.Header);
        Assert.Equal([["a", "Oui", "7"], ["bb", "9", "-0.5"], ["un identifia", "", "100000000000000000000"]], table.Rows);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_file_whose_writer_did_not_know_the_case_count_is_read_to_its_end(bool compressed)
    {
        using var temp = new TempFolder();
        var path = temp.File("unknown.sav");
        using (var writer = new SavWriter(File.Create(path), compressed: compressed))
        {
            writer.WriteDictionary([new("n"), new("s", 3)], -1);
            for (var i = 0; i < 1000; i++)
            {
                writer.Number(i);
                writer.Text(i % 2 == 0 ? "" : "abc");
            }

            writer.Finish();
        }

        var table = SpssFixtures.Read(path);
        Assert.Empty(table.Diagnostics);
        Assert.Null(table.Dictionary!.CaseCount);
        Assert.Equal(1000, table.Rows.Count);
        Assert.Equal(["999", "abc"], table.Rows[^1]);
        Assert.Equal(["998", ""], table.Rows[^2]);
    }

    [Theory]
    [InlineData(0.5, "0.5")]
    [InlineData(-0.0, "0")]
    [InlineData(3.0, "3")]
    [InlineData(-42.0, "-42")]
    [InlineData(1e15, "1000000000000000")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(1e-7, "0.0000001")]
    [InlineData(1.5e300, "1.5E+300")]
    [InlineData(123456789.125, "123456789.125")]
    public void Numbers_are_written_invariant_without_trailing_zero_nor_exponent(double value, string expected) =>
        Assert.Equal(expected, SavSource.FormatNumber(value));

    [Fact]
    public void A_missing_file_is_a_diagnostic()
    {
        var bag = new DiagnosticBag();
        Assert.Null(SavSource.Open("/nonexistent/x.sav", "x.sav", bag));
        Assert.Equal(DiagnosticCodes.FileNotFound, Assert.Single(bag.Items).Code);
    }

    /// <summary>A temporary folder, deleted with its files.</summary>
    internal sealed class TempFolder : IDisposable
    {
        public string Root { get; } = Directory.CreateTempSubdirectory("reportgen-sav-").FullName;

        public string File(string name) => System.IO.Path.Combine(Root, name);

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }
}
