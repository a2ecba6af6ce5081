using System.Globalization;
using ReportGen.Analysis.Scores;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Analysis.Scores;

/// <summary>
/// The committed output of <c>Fixtures/R/Scores/make.R</c>: a seeded sample of three groups (wave1, wave2, staff)
/// answering a 0–10 question with weights, and what R's <c>survey</c> package and R's own arithmetic give on it.
/// </summary>
internal sealed class ROracle
{
    public static string Folder => Repo.Path("tests", "ReportGen.Tests", "Fixtures", "R", "Scores");

    public static ROracle Committed { get; } = new(Folder);

    public ROracle(string folder)
    {
        Rows = [.. File.ReadAllLines(Path.Combine(folder, "data.csv")).Skip(1).Select(line => line.Split(','))
            .Select(f => (f[0], int.Parse(f[1], CultureInfo.InvariantCulture), double.Parse(f[2], CultureInfo.InvariantCulture)))];
        Values = File.ReadAllLines(Path.Combine(folder, "estimates.csv")).Skip(1).Select(line => line.Split(','))
            .ToDictionary(f => f[0], f => double.Parse(f[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
        Distributions = [.. File.ReadAllLines(Path.Combine(folder, "distributions.csv")).Skip(1).Select(line => line.Split(','))
            .Select(f => (f[0], double.Parse(f[1], CultureInfo.InvariantCulture), f[2] == "NA" ? double.NaN : double.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[3], CultureInfo.InvariantCulture)))];
    }

    public IReadOnlyList<(string Group, int Score, double Weight)> Rows { get; }

    public IReadOnlyDictionary<string, double> Values { get; }

    public IReadOnlyList<(string Function, double X, double DegreesOfFreedom, double Value)> Distributions { get; }

    public double this[string name] => Values.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"make.R wrote no '{name}'.");

    /// <summary>
    /// The committed rows of <paramref name="groups"/> as a survey file for a whole project (id;vague;w;q1;note;reco): the
    /// score answered twice (score and recommendation), q1 from its parity; with <paramref name="segment"/> (a value per
    /// row of a group, from its index within it) a last column groupe.
    /// </summary>
    public static string Csv(Func<int, string>? segment, params string[] groups)
    {
        var builder = new System.Text.StringBuilder("id;vague;w;q1;note;reco" + (segment is null ? "\n" : ";groupe\n"));
        var id = 0;
        foreach (var group in groups)
        {
            var index = 0;
            foreach (var (_, score, weight) in Committed.Rows.Where(r => r.Group == group))
            {
                var s = score.ToString(CultureInfo.InvariantCulture);
                builder.Append(CultureInfo.InvariantCulture, $"{++id};{group};{weight.ToString("R", CultureInfo.InvariantCulture)};{1 + (score % 2)};{s};{s}");
                builder.Append(segment is null ? "\n" : $";{segment(index++)}\n");
            }
        }

        return builder.ToString();
    }

    /// <summary>The staff group's rows as a mirror survey file (no wave column).</summary>
    public static string StaffCsv() =>
        Csv(null, "staff").Replace("vague;", "", StringComparison.Ordinal).Replace(";staff;", ";", StringComparison.Ordinal);

    /// <summary>The group's answers, tallied in file order.</summary>
    public ScoreTally Tally(string group) =>
        ScoreTally.Of(0, 10, Rows.Where(r => r.Group == group).Select(r => (r.Score, r.Weight)));

    /// <summary>|actual − expected| within 1e-9 of max(1, |expected|): the issue's "match R to 1e-9".</summary>
    public static void Close(double expected, double actual, string what, double tolerance = 1e-9) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Max(1, Math.Abs(expected)), $"{what}: R {expected:R}, ReportGen {actual:R}");
}
