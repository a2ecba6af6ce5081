using System.Text;
using ReportGen.Diagnostics;
using ReportGen.Ingest.Spss;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Ingest.Spss;

/// <summary>The committed SPSS fixtures (written by R haven and PSPP, see Fixtures/Exports/spss/make.sh) and how the tests read them.</summary>
internal static class SpssFixtures
{
    public static string Folder => Repo.Path("tests", "ReportGen.Tests", "Fixtures", "Exports", "spss");

    public static string Survey => Repo.Path("tests", "ReportGen.Tests", "Fixtures", "Exports", "survey.sav");

    public static string Canonical => Repo.Path("tests", "ReportGen.Tests", "Fixtures", "Exports", "canonical.csv");

    public static string[] All => ["haven-byte.sav", "haven-none.sav", "haven-zsav.zsav", "pspp-compressed.sav", "pspp-uncompressed.sav", "pspp-zsav.zsav", "pspp-1252.sav"];

    public static string Path(string name) => System.IO.Path.Combine(Folder, name);

    /// <summary>The whole file through <see cref="SavSource"/>: header, every row's fields as text, the diagnostics.</summary>
    public static Table Read(string path)
    {
        var bag = new DiagnosticBag();
        using var source = SavSource.Open(path, System.IO.Path.GetFileName(path), bag);
        if (source is null)
        {
            return new Table([], [], bag.Items, null);
        }

        var rows = new List<string[]>();
        while (source.Read())
        {
            Assert.Equal(rows.Count + 1, source.LineNumber);
            var row = new string[source.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                var span = source.GetSpan(i);
                Assert.True(System.Text.Unicode.Utf8.IsValid(span), $"field {i + 1} of case {source.LineNumber} is not UTF-8");
                row[i] = Encoding.UTF8.GetString(span);
            }

            rows.Add(row);
        }

        return new Table([.. source.Header], rows, bag.Items, source.Dictionary);
    }

    /// <summary>R haven's long() of haven.R: <paramref name="seed"/> + " é " repeated, cut at <paramref name="length"/> characters.</summary>
    public static string Long(string seed, int length)
    {
        var text = new StringBuilder();
        while (text.Length < length)
        {
            text.Append(seed).Append(" é ");
        }

        return text.ToString(0, length);
    }

    public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<string[]> Rows, IReadOnlyList<Diagnostic> Diagnostics, SavDictionary? Dictionary);
}
