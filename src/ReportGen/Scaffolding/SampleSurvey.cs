using System.Globalization;
using System.Text;
using CsvHelper;
using ReportGen.Definitions;

namespace ReportGen.Scaffolding;

/// <summary>
/// Generates the sample tenant survey: the 2020 satisfaction survey of the reference article, for any
/// number of respondents, from a seed. At the default 4 000 respondents, the weighted % satisfied of each
/// of the ten article items rounds to the published figure, so that <c>reportgen build</c> reproduces them.
/// </summary>
/// <remarks>
/// Each respondent has a latent satisfaction (plus an agency effect); each item's score mixes it with
/// noise, so items correlate with overall satisfaction as in real surveys (which the key-driver analysis
/// needs). Within each item, the respondents with the highest scores are the satisfied ones, cut where the
/// weighted share is closest to the item's target. Two 0–10 questions follow the items (see
/// <see cref="ScoreQuestions"/>), drawn from a stream of their own. The file is written as French exports are: ';',
/// Windows-1252, CRLF, answers as labels, weights with a decimal comma.
/// </remarks>
public static partial class SampleSurvey
{
    public const int DefaultRows = 4000;
    public const int DefaultSeed = 2020;

    /// <summary>The wave of the reference article, whose figures the sample reproduces.</summary>
    public const string Wave = "2020";

    /// <summary>
    /// The waves of the sample (triennial, as the office surveys): per wave, its size relative to the 2020 wave and
    /// the change of each item's share satisfied from 2020, in points (items in the order of <see cref="Items"/>).
    /// Some moves are large enough to be significant after correction, some are not.
    /// </summary>
    public static IReadOnlyList<(string Wave, double Size, double[] Change)> Waves { get; } =
    [
        ("2017", 0.90, [-1.3, -3.1, -0.6, 2.9, -4.7, -0.7, -0.7, 0.8, -4.8, 1.7, -2.3]),
        ("2020", 1.00, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
        ("2023", 1.05, [1.8, -0.6, 0.9, 1.1, 2.7, 0.7, 0.8, 1.3, 3.8, 6.9, 2.2]),
    ];

    /// <summary>Housing types with their households in the population; the sample over-represents houses, which the raking corrects.</summary>
    public static IReadOnlyList<(string Name, int Households, double SampleShare, double Effect)> HousingTypes { get; } =
    [
        ("Collectif", 34000, 0.74, -0.05),
        ("Individuel", 6000, 0.26, 0.25),
    ];

    /// <summary>The population margins of the sample project (agency and housing type), which its weights are raked to.</summary>
    public static IReadOnlyList<Analysis.RakingMargin> Margins =>
    [
        new("agence", [.. Agencies.Select(a => KeyValuePair.Create(a.Name, (double)a.Households))]),
        new("type_logement", [.. HousingTypes.Select(t => KeyValuePair.Create(t.Name, (double)t.Households))]),
    ];

    /// <summary>One question of the sample survey, with the share satisfied it must reproduce.</summary>
    public sealed record Item(string Column, double Target, double DontKnow, double NotConcerned, double Driver, double VeryShare);

    /// <summary>The ten items of the article (figures as published on 3 March 2020), then overall satisfaction.</summary>
    public static IReadOnlyList<Item> Items { get; } =
    [
        new("q01_accueil", 0.852, 0.020, 0.000, 0.55, 0.38),
        new("q02_supports_communication", 0.891, 0.030, 0.000, 0.50, 0.35),
        new("q03_logement", 0.826, 0.004, 0.000, 0.50, 0.36),
        new("q04_equipements_logement", 0.819, 0.020, 0.000, 0.60, 0.33),
        new("q05_proprete_parties_communes", 0.728, 0.012, 0.000, 0.45, 0.28),
        new("q06_equipements_collectifs", 0.828, 0.050, 0.030, 0.40, 0.31),
        new("q07_vie_quartier", 0.782, 0.020, 0.000, 0.30, 0.30),
        new("q08_vie_residence", 0.732, 0.010, 0.000, 0.45, 0.27),
        new("q09_qualite_intervention", 0.697, 0.030, 0.380, 0.65, 0.25),
        new("q10_delai_solution", 0.533, 0.030, 0.420, 0.70, 0.18),
        new("q11_satisfaction_globale", 0.784, 0.010, 0.000, 0.90, 0.27),
    ];

    /// <summary>Agencies with the number of households they manage, which the weights restore.</summary>
    public static IReadOnlyList<(string Name, int Households, double Effect)> Agencies { get; } =
    [
        ("Agence Nord", 9800, -0.10),
        ("Agence Centre", 8600, 0.05),
        ("Agence Sud", 7900, 0.12),
        ("Agence Est", 7200, -0.04),
        ("Agence Ouest", 6500, 0.08),
    ];

    private static readonly string[] Answers = ["Très satisfait", "Plutôt satisfait", "Plutôt pas satisfait", "Pas du tout satisfait"];
    private const string DontKnow = "Ne sait pas";
    private const string NotConcerned = "Non concerné";

    private static readonly string[] Places =
    [
        "Les Tilleuls", "Voltaire", "Pasteur", "Jean-Jaurès", "Les Bruyères", "Le Parc", "Les Peupliers", "Marcel-Cachin",
        "Les Hautes-Bornes", "Le Moulin", "Les Acacias", "Victor-Hugo", "Gabriel-Péri", "Les Fauvettes", "La Fontaine",
        "Les Érables", "Marie-Curie", "Lamartine", "Les Chênes", "Aragon", "Le Plateau", "Les Vignes", "Saint-Exupéry", "Les Grésillons",
    ];

    private static readonly string[] Towns =
    [
        "Nanterre", "Colombes", "Gennevilliers", "Clichy", "Bagneux", "Châtenay-Malabry", "Antony", "Montrouge",
        "Rueil-Malmaison", "Suresnes", "Asnières-sur-Seine", "Villeneuve-la-Garenne", "Fontenay-aux-Roses", "Malakoff", "Châtillon",
    ];

    /// <summary>
    /// Writes the survey CSV: <paramref name="rows"/> respondents in the 2020 wave, and the other waves of
    /// <see cref="Waves"/> (or only <paramref name="waves"/>) in proportion.
    /// </summary>
    public static void Write(Stream output, int rows = DefaultRows, int seed = DefaultSeed, CsvDialect? dialect = null, IReadOnlyList<string>? waves = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        var encoding = EncodingNames.Resolve(dialect?.Encoding ?? "windows-1252")!;
        var delimiter = dialect?.Delimiter ?? ';';
        var decimalSeparator = dialect?.DecimalSeparator ?? ',';
        var residences = Agencies.Select((a, i) => Enumerable.Range(0, 18 + (i * 3))
            .Select(r => $"{Places[(r * 7 + (i * 5)) % Places.Length]} ({Towns[(r + (i * 3)) % Towns.Length]})")
            .Distinct(StringComparer.Ordinal).ToArray()).ToArray();

        using var writer = new StreamWriter(output, encoding, leaveOpen: true);
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { Separator = delimiter }, leaveOpen: true);
        csv.WriteRecord(["id_repondant", "vague", "agence", "residence", "type_logement", "poids", .. Items.Select(i => i.Column), .. ScoreQuestions.Select(q => q.Column)]);
        var fields = new string[6 + Items.Count + ScoreQuestions.Count];
        foreach (var (wave, size, change) in Waves.Where(w => waves is null || waves.Contains(w.Wave, StringComparer.Ordinal)))
        {
            var year = int.Parse(wave, CultureInfo.InvariantCulture);
            var n = Math.Max(1, (int)Math.Round(rows * size));
            var random = new Random(seed + year - 2020);
            var housingRandom = new Random((seed * 31) + year);

            // The design draws agencies evenly; the design weights bring each back to its share of households.
            var agency = new int[n];
            var housing = new int[n];
            var residence = new string[n];
            var latent = new double[n];
            var sampled = new int[Agencies.Count];
            for (var i = 0; i < n; i++)
            {
                agency[i] = random.Next(Agencies.Count);
                sampled[agency[i]]++;
                var places = residences[agency[i]];
                residence[i] = places[(int)(Math.Pow(random.NextDouble(), 1.6) * places.Length)];
                housing[i] = housingRandom.NextDouble() < HousingTypes[0].SampleShare ? 0 : 1;
                latent[i] = Normal(random) + Agencies[agency[i]].Effect + HousingTypes[housing[i]].Effect;
            }

            var households = Agencies.Sum(a => a.Households);
            var agencyWeight = Agencies.Select((a, h) => sampled[h] == 0 ? 0 : Math.Round((double)a.Households / households / ((double)sampled[h] / n), 4)).ToArray();
            var design = agency.Select(h => agencyWeight[h]).ToArray();
            var weight = RakedWeights(agency, housing, design);

            var answers = Items.Select((item, k) => AnswerItem(item with { Target = item.Target + (change[k] / 100) }, latent, weight, random)).ToArray();
            var scores = AnswerScores(wave, latent, answers[^1], new Random(ScoreSeed(seed, year)));
            for (var i = 0; i < n; i++)
            {
                fields[0] = $"L{wave[^2..]}-{(i + 1).ToString("D5", CultureInfo.InvariantCulture)}";
                fields[1] = wave;
                fields[2] = Agencies[agency[i]].Name;
                fields[3] = residence[i];
                fields[4] = HousingTypes[housing[i]].Name;
                fields[5] = design[i].ToString("0.0000", CultureInfo.InvariantCulture).Replace('.', decimalSeparator);
                for (var k = 0; k < Items.Count; k++)
                {
                    fields[6 + k] = answers[k][i];
                }

                for (var k = 0; k < ScoreQuestions.Count; k++)
                {
                    fields[6 + Items.Count + k] = scores[k][i];
                }

                csv.WriteRecord(fields);
            }
        }
    }

    /// <summary>
    /// The final weights ReportGen will compute: the design weights raked to <see cref="Margins"/>, cell by cell in
    /// order of first appearance as the reader meets them, so the items can be cut on the weights that publish them.
    /// </summary>
    private static double[] RakedWeights(int[] agency, int[] housing, double[] design)
    {
        var cells = new List<(int Agency, int Housing)>();
        var cellOf = new int[agency.Length];
        var counts = new List<long>();
        var sums = new List<double>();
        for (var i = 0; i < agency.Length; i++)
        {
            var index = cells.IndexOf((agency[i], housing[i]));
            if (index < 0)
            {
                index = cells.Count;
                cells.Add((agency[i], housing[i]));
                counts.Add(0);
                sums.Add(0);
            }

            cellOf[i] = index;
            counts[index]++;
            sums[index] += design[i];
        }

        var raking = cells.Select((c, k) => new Analysis.RakingCell([Agencies[c.Agency].Name, HousingTypes[c.Housing].Name], counts[k], sums[k])).ToList();
        var factors = Analysis.Raking.Rake(raking, Margins, new Analysis.RakingOptions()).Factors;
        return [.. design.Select((w, i) => w * factors[cellOf[i]])];
    }

    private static string[] AnswerItem(Item item, double[] latent, double[] weight, Random random)
    {
        var rows = latent.Length;
        var result = new string[rows];
        var valid = new List<(int Row, double Score)>(rows);
        var noise = Math.Sqrt(1 - (item.Driver * item.Driver));
        for (var i = 0; i < rows; i++)
        {
            var score = (item.Driver * latent[i]) + (noise * Normal(random));
            var draw = random.NextDouble();
            if (draw < item.NotConcerned)
            {
                result[i] = NotConcerned;
            }
            else if (draw < item.NotConcerned + item.DontKnow)
            {
                result[i] = DontKnow;
            }
            else if (draw < item.NotConcerned + item.DontKnow + 0.002)
            {
                result[i] = "";
            }
            else
            {
                valid.Add((i, score));
            }
        }

        // Highest scores first; the row breaks ties so that the order never depends on the sort algorithm.
        valid.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Row.CompareTo(b.Row));
        var total = valid.Sum(v => weight[v.Row]);
        var cut = 0;
        var cumulative = 0.0;
        var bestGap = double.MaxValue;
        for (var k = 0; k <= valid.Count; k++)
        {
            var gap = Math.Abs((cumulative / total) - item.Target);
            if (gap < bestGap)
            {
                bestGap = gap;
                cut = k;
            }

            if (k < valid.Count)
            {
                cumulative += weight[valid[k].Row];
            }
        }

        var very = (int)Math.Round(cut * item.VeryShare);
        var unhappy = valid.Count - cut;
        var rather = cut + (int)Math.Round(unhappy * 0.62);
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
