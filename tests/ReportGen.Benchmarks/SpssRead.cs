using System.Diagnostics;
using System.Globalization;
using ReportGen.Diagnostics;
using ReportGen.Ingest.Spss;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Benchmarks;

/// <summary>
/// The SPSS reader's speed and memory at scale (docs/sources/spss.md): <c>-- spss-write ROWS PATH [uncompressed]</c>
/// writes a survey-shaped .sav of ROWS cases (the 9 variables of the canonical survey: id, agency and four questions
/// as labelled codes with 9 user-missing, a residence, a 0-10 note, a comment); <c>-- spss-read PATH</c> reads it
/// through <see cref="SavSource"/>, touching every field, and prints the cases, the time and the peak working set.
/// Run the read under <c>/usr/bin/time -v</c> for the process's peak RSS.
/// </summary>
internal static class SpssRead
{
    private static readonly (double, string)[] Scale =
        [(1, "Très satisfait"), (2, "Plutôt satisfait"), (3, "Plutôt pas satisfait"), (4, "Pas du tout satisfait"), (9, "Ne sait pas")];

    private static readonly string[] Residences = ["Les Chênes", "Le Parc", "Bellevue", "Les Tilleuls", "La Source", "Le Moulin"];

    private static readonly string[] Comments = ["", "", "Très bon accueil à l'agence", "Ascenseur souvent en panne", "Hall sale"];

    public static void Write(int rows, string path, bool compressed)
    {
        var clock = Stopwatch.StartNew();
        using var writer = new SavWriter(new BufferedStream(File.Create(path), 1 << 16), compressed: compressed);
        writer.WriteDictionary(
        [
            new("id", 8),
            new("agence", ValueLabels: [(1, "Agence Nord"), (2, "Agence Centre"), (3, "Agence Sud")]),
            new("resid", 16),
            new("q1", ValueLabels: Scale, MissingValue: 9),
            new("q2", ValueLabels: Scale, MissingValue: 9),
            new("q3", ValueLabels: Scale, MissingValue: 9),
            new("q4", ValueLabels: Scale, MissingValue: 9),
            new("note"),
            new("comment", 40),
        ], rows);
        var state = 11u;
        for (var i = 1; i <= rows; i++)
        {
            writer.Text("Q" + i.ToString("D7", CultureInfo.InvariantCulture));
            writer.Number(((i - 1) % 3) + 1);
            writer.Text(Residences[Next(ref state) % Residences.Length]);
            for (var q = 0; q < 4; q++)
            {
                var code = Next(ref state) % 20;
                writer.Number(code == 0 ? null : code == 1 ? 9 : (code % 4) + 1);
            }

            var note = Next(ref state) % 12;
            writer.Number(note == 11 ? null : note);
            writer.Text(Comments[Next(ref state) % Comments.Length]);
        }

        writer.Finish();
        Console.WriteLine($"wrote {rows} cases to {path} ({new FileInfo(path).Length / 1e6:F1} MB) in {clock.Elapsed.TotalSeconds:F1} s");
    }

    public static void Read(string path)
    {
        var clock = Stopwatch.StartNew();
        var bag = new DiagnosticBag();
        using var source = SavSource.Open(path, path, bag) ?? throw new BadInputException(bag);
        long cases = 0;
        long bytes = 0;
        while (source.Read())
        {
            cases++;
            for (var i = 0; i < source.FieldCount; i++)
            {
                bytes += source.GetSpan(i).Length;
            }
        }

        bag.ThrowIfErrors();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read {cases} cases ({bytes / 1e6:F1} MB of UTF-8 fields) in {clock.Elapsed.TotalSeconds:F2} s; peak working set {process.PeakWorkingSet64 / 1e6:F0} MB, GC heap {GC.GetTotalMemory(false) / 1e6:F1} MB, {GC.CollectionCount(0)} gen-0 collections"));
    }

    // A small xorshift: the same file every time.
    private static uint Next(ref uint state)
    {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return state;
    }
}
