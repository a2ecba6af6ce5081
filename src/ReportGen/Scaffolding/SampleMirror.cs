using System.Globalization;
using System.Text;
using CsvHelper;

namespace ReportGen.Scaffolding;

/// <summary>
/// Generates the sample staff mirror survey of the reference article (summer 2019, published 3 March 2020):
/// staff answer the tenant questions as they believe tenants would. Same item columns and answer labels as
/// <see cref="SampleSurvey"/>, so the same indicator definitions tally it.
/// </summary>
/// <remarks>
/// At the default 320 staff and seed, the staff % satisfied of each item rounds to <see cref="Item.Target"/>
/// (whole percent), chosen to tell the article's story against the tenant figures: staff clearly overestimate
/// the handling time of requests (72 % against 53.3 %) and the quality of interventions (84 % against 69.7 %);
/// they converge on reception, communication and housing (within 3 points); elsewhere the picture is mixed.
/// As in <see cref="SampleSurvey"/>, each person has a latent view (plus a department effect) mixed with noise
/// per item, and the cut between satisfied and not is placed where the share is closest to the target.
/// The Direction générale has 3 people, so that group tables exercise disclosure control. Staff also give the overall
/// score out of 10 they expect from tenants (<see cref="ScoreColumn"/>), from a stream of its own; they are not asked
/// whether tenants would recommend the Office. The file is UTF-8
/// with a byte order mark, ';', CRLF, answers as labels, no weights.
/// </remarks>
public static partial class SampleMirror
{
    public const int DefaultRows = 320;
    public const int DefaultSeed = 2020;

    /// <summary>One question, with the staff share satisfied it must reproduce and the tenants' published figure.</summary>
    public sealed record Item(string Column, double Target, double TenantFigure, double DontKnow, double Driver, double VeryShare);

    /// <summary>The items of <see cref="SampleSurvey.Items"/>, with the staff predictions.</summary>
    public static IReadOnlyList<Item> Items { get; } =
    [
        new("q01_accueil", 0.86, 0.852, 0.015, 0.55, 0.36),
        new("q02_supports_communication", 0.88, 0.891, 0.025, 0.50, 0.33),
        new("q03_logement", 0.84, 0.826, 0.020, 0.50, 0.34),
        new("q04_equipements_logement", 0.78, 0.819, 0.040, 0.60, 0.30),
        new("q05_proprete_parties_communes", 0.70, 0.728, 0.030, 0.45, 0.26),
        new("q06_equipements_collectifs", 0.89, 0.828, 0.050, 0.40, 0.32),
        new("q07_vie_quartier", 0.71, 0.782, 0.050, 0.30, 0.25),
        new("q08_vie_residence", 0.77, 0.732, 0.040, 0.45, 0.27),
        new("q09_qualite_intervention", 0.84, 0.697, 0.040, 0.65, 0.32),
        new("q10_delai_solution", 0.72, 0.533, 0.050, 0.70, 0.24),
        new("q11_satisfaction_globale", 0.82, 0.784, 0.010, 0.90, 0.28),
    ];

    /// <summary>A department: its share of the staff (of those outside the Direction générale), its functions and sites.</summary>
    public sealed record Direction(string Name, double Share, double Effect, IReadOnlyList<(string Masculine, string Feminine, double Weight)> Functions, IReadOnlyList<string> Sites);

    /// <summary>The five agencies of the tenant survey, then the head office.</summary>
    public static IReadOnlyList<string> Sites { get; } = [.. SampleSurvey.Agencies.Select(a => a.Name), "Siège"];

    /// <summary>The size of the Direction générale: under 5, so never shown on its own.</summary>
    public const int SmallDirectionSize = 3;

    public static IReadOnlyList<Direction> Directions { get; } =
    [
        new("Direction de la clientèle", 0.35, 0.00,
            [("Chargé de clientèle", "Chargée de clientèle", 0.75), ("Conseiller social", "Conseillère sociale", 0.25)], Sites),
        new("Direction du patrimoine", 0.22, 0.10,
            [("Technicien", "Technicienne", 0.70), ("Responsable de programme", "Responsable de programme", 0.30)], Sites),
        new("Direction de la proximité", 0.35, 0.15,
            [("Gardien", "Gardienne", 0.80), ("Responsable de secteur", "Responsable de secteur", 0.20)], [.. Sites.Take(5)]),
        new("Direction administrative et financière", 0.08, -0.05,
            [("Agent administratif", "Agente administrative", 0.60), ("Comptable", "Comptable", 0.40)], ["Siège"]),
        new("Direction générale", 0, 0.20,
            [("Chargé de mission", "Chargée de mission", 0.50), ("Assistant de direction", "Assistante de direction", 0.50)], ["Siège"]),
    ];

    private static readonly string[] Answers = ["Très satisfait", "Plutôt satisfait", "Plutôt pas satisfait", "Pas du tout satisfait"];
    private const string DontKnow = "Ne sait pas";

    /// <summary>Writes the staff mirror survey CSV for <paramref name="rows"/> staff members.</summary>
    public static void Write(Stream output, int rows = DefaultRows, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        var random = new Random(seed);

        // Department sizes are fixed by the shares; the order of the rows is shuffled.
        var sizes = DirectionSizes(rows);
        var direction = sizes.SelectMany((size, d) => Enumerable.Repeat(d, size)).ToArray();
        for (var i = direction.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (direction[i], direction[j]) = (direction[j], direction[i]);
        }

        var function = new string[rows];
        var site = new string[rows];
        var latent = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            var d = Directions[direction[i]];
            var f = Pick(d.Functions, random.NextDouble());
            function[i] = random.NextDouble() < 0.5 ? f.Masculine : f.Feminine;
            site[i] = d.Sites[random.Next(d.Sites.Count)];
            latent[i] = Normal(random) + d.Effect;
        }

        var answers = Items.Select(item => AnswerItem(item, latent, random)).ToArray();
        var scores = AnswerScores(latent, answers[^1], new Random(ScoreSeed(seed)));

        output.Write(Encoding.UTF8.Preamble);
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { Separator = ';' }, leaveOpen: true);
        csv.WriteRecord(["id_collaborateur", "fonction", "direction", "site", .. Items.Select(i => i.Column), ScoreColumn]);
        var fields = new string[5 + Items.Count];
        for (var i = 0; i < rows; i++)
        {
            fields[0] = $"C{(i + 1).ToString("D4", CultureInfo.InvariantCulture)}";
            fields[1] = function[i];
            fields[2] = Directions[direction[i]].Name;
            fields[3] = site[i];
            for (var k = 0; k < Items.Count; k++)
            {
                fields[4 + k] = answers[k][i];
            }

            fields[^1] = scores[i];

            csv.WriteRecord(fields);
        }
    }

    /// <summary>Staff per department, in the order of <see cref="Directions"/>: the Direction générale has 3, the others share the rest.</summary>
    public static IReadOnlyList<int> DirectionSizes(int rows)
    {
        var small = Math.Min(SmallDirectionSize, rows);
        var rest = rows - small;
        var sizes = new int[Directions.Count];
        var assigned = 0;
        for (var d = 0; d < Directions.Count - 2; d++)
        {
            sizes[d] = (int)Math.Round(rest * Directions[d].Share, MidpointRounding.AwayFromZero);
            assigned += sizes[d];
        }

        sizes[^2] = Math.Max(0, rest - assigned);
        sizes[^1] = small;
        return sizes;
    }

    private static (string Masculine, string Feminine, double Weight) Pick(IReadOnlyList<(string Masculine, string Feminine, double Weight)> functions, double draw)
    {
        var cumulative = 0.0;
        foreach (var f in functions)
        {
            cumulative += f.Weight;
            if (draw < cumulative)
            {
                return f;
            }
        }

        return functions[^1];
    }

    private static string[] AnswerItem(Item item, double[] latent, Random random)
    {
        var rows = latent.Length;
        var result = new string[rows];
        var valid = new List<(int Row, double Score)>(rows);
        var noise = Math.Sqrt(1 - (item.Driver * item.Driver));
        for (var i = 0; i < rows; i++)
        {
            var score = (item.Driver * latent[i]) + (noise * Normal(random));
            var draw = random.NextDouble();
            if (draw < item.DontKnow)
            {
                result[i] = DontKnow;
            }
            else if (draw < item.DontKnow + 0.003)
            {
                result[i] = "";
            }
            else
            {
                valid.Add((i, score));
            }
        }

        // Highest scores first; the row breaks ties so that the order never depends on the sort algorithm.
        // Without weights, the count closest to the target is the rounded product.
        valid.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Row.CompareTo(b.Row));
        var cut = (int)Math.Round(item.Target * valid.Count, MidpointRounding.AwayFromZero);
        var very = (int)Math.Round(cut * item.VeryShare, MidpointRounding.AwayFromZero);
        var unhappy = valid.Count - cut;
        var rather = cut + (int)Math.Round(unhappy * 0.62, MidpointRounding.AwayFromZero);
        for (var k = 0; k < valid.Count; k++)
        {
            result[valid[k].Row] = Answers[k < very ? 0 : k < cut ? 1 : k < rather ? 2 : 3];
        }

        return result;
    }

    /// <summary>A standard normal draw (Box–Muller), from the seeded generator only.</summary>
    private static double Normal(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
