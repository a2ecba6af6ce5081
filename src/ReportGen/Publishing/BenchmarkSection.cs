using ReportGen.Analysis;
using ReportGen.Analysis.Scores;
using ReportGen.Definitions;
using ReportGen.Documents;

namespace ReportGen.Publishing;

/// <summary>
/// The evidence pack's comparison with the reference values of the project (a regional average…): each benchmark with
/// the office's figure, the reference and its source, the gap, the test used, its statistic and p-value, and the verdict
/// at the project's confidence level. Nothing when the project declares no benchmark.
/// </summary>
public static class BenchmarkSection
{
    /// <summary>The anchor of the section, for links.</summary>
    public const string Anchor = "references";

    private static readonly TextStyle SourceStyle = new(7.5f, Color: DocumentTheme.Muted);

    /// <summary>The comparison table and its note on method, or nothing when there is no benchmark.</summary>
    public static IEnumerable<Block> Blocks(SurveyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Benchmarks.Count == 0)
        {
            yield break;
        }

        var project = results.Project;
        var catalog = project.Catalog;
        var confidence = FrenchFormat.Percent(project.Thresholds.ConfidenceLevel, 0);
        var alpha = FrenchFormat.Percent(1 - project.Thresholds.ConfidenceLevel, 0);
        // One reference for every row (the usual case: a regional survey) is named once, above the table; else on each row.
        var origins = results.Benchmarks.Select(b => Origin(b.Definition)).Distinct(StringComparer.Ordinal).ToList();
        var shared = origins.Count == 1 ? origins[0] : null;
        yield return new Heading(2, "Comparaison avec les valeurs de référence", Anchor);
        yield return Para(
            "Chaque résultat de l’Office est comparé à la valeur de référence déclarée dans le projet, dans l’unité de l’indicateur" +
            (shared is null ? ". " : $" : {shared}. ") +
            $"L’Office est dit « supérieur » ou « inférieur » à la référence quand l’écart est significatif au seuil de {alpha} (niveau de confiance de {confidence}), « dans la moyenne » sinon.");
        yield return new Table(
            [
                new TableColumn("Indicateur et référence", 1.8f),
                new TableColumn("Office", 0.75f, ParagraphAlignment.Right),
                new TableColumn("Référence", 1.05f, ParagraphAlignment.Right),
                new TableColumn("Écart", 0.95f, ParagraphAlignment.Right),
                new TableColumn("Test", 1.4f),
                new TableColumn("z ou t", 0.65f, ParagraphAlignment.Right),
                new TableColumn("ddl", 0.75f, ParagraphAlignment.Right),
                new TableColumn("p", 0.8f, ParagraphAlignment.Right),
                new TableColumn("Verdict", 0.95f),
            ],
            [.. results.Benchmarks.Select(b => Row(catalog, b, shared is null))]);
        yield return Para(
                "Écart : Office moins référence, en points pour un pourcentage ou un score net, en points de note pour une note. " +
                "Une référence publiée sans sa base est prise comme une valeur fixe (test à un échantillon) ; avec sa base, elle est elle-même une estimation et le test compare deux échantillons " +
                "(pour une note, l’écart type de la référence est, s’il n’est pas publié, celui de l’Office). " +
                "Les tests supposent l’Office et la référence indépendants : quand les répondants de l’Office font partie de la moyenne régionale, la covariance ainsi ignorée est positive, la variance de l’écart est surestimée et le test est prudent (conservateur). " +
                "« Non disponible » : le résultat de l’Office n’est pas publié.",
            DocumentTheme.Small);
    }

    private static IReadOnlyList<TableCell> Row(IndicatorCatalog catalog, BenchmarkResult benchmark, bool named)
    {
        var indicator = catalog.Indicator(benchmark.Definition.IndicatorId);
        var comparison = benchmark.Comparison;
        var verdict = VerdictText(comparison.Verdict);
        return
        [
            new TableCell([new Run(FrenchFormat.Typography(indicator.Label)), new Run(" — " + Source(benchmark.Definition, named), SourceStyle)]),
            comparison.Estimate is { } estimate ? Value(catalog, indicator, estimate) : TrendSections.NotPublished,
            Value(catalog, indicator, comparison.Reference),
            comparison.Gap is { } gap ? Gap(indicator, gap) : TrendSections.NotPublished,
            comparison.Test is { } test ? TestText(test) : TrendSections.NotPublished,
            comparison.Statistic is { } statistic ? FrenchFormat.Number(statistic, 2) : TrendSections.NotPublished,
            comparison.DegreesOfFreedom is { } df ? FrenchFormat.Number(df, df >= 100 ? 0 : 1) : TrendSections.NotPublished,
            comparison.PValue is { } p ? EvidencePack.PValue(p) : TrendSections.NotPublished,
            new TableCell([comparison.Verdict is BenchmarkVerdict.Above or BenchmarkVerdict.Below ? Run.Bold(verdict) : new Run(verdict)]),
        ];
    }

    /// <summary>A figure of the comparison in its indicator's unit (shares are proportions here): "85,2 %", "7,8/10", "+12".</summary>
    internal static string Value(IndicatorCatalog catalog, IndicatorDefinition indicator, double value) => indicator.Kind switch
    {
        IndicatorKind.Score => FrenchFormat.Score(value, ScoreSections.RangeOf(catalog, indicator)),
        IndicatorKind.Net => FrenchFormat.NetScore(value),
        _ => FrenchFormat.Percent(value),
    };

    /// <summary>A gap in its indicator's unit, signed: points for a share (a proportion here) or a net score, score units for a mean.</summary>
    internal static string Gap(IndicatorDefinition indicator, double gap) => indicator.Kind switch
    {
        IndicatorKind.Score => ScoreSections.ScoreChange(gap),
        IndicatorKind.Net => ArticleModelFactory.SignedPoints(gap),
        _ => ArticleModelFactory.SignedPoints(gap * 100),
    };

    /// <summary>What the reference is: its name, with its source and year.</summary>
    private static string Origin(BenchmarkDefinition definition)
    {
        var origin = $"{FrenchFormat.Typography(definition.Source)}, {definition.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        return definition.Label is { } label ? $"{FrenchFormat.Typography(label)} ({origin})" : origin;
    }

    /// <summary>Where the row's reference comes from (when <paramref name="named"/>: the references differ from row to row) and its base when known.</summary>
    private static string Source(BenchmarkDefinition definition, bool named)
    {
        var count = definition.Base is { } n ? $"n\u00A0=\u00A0{FrenchFormat.Count(n)}" : "base non publiée";
        return named ? $"{Origin(definition)}, {count}" : count;
    }

    /// <summary>The test in French, as the evidence pack names it.</summary>
    public static string TestText(BenchmarkTest test) => test switch
    {
        BenchmarkTest.OneSampleProportionZ => "test z d’une proportion (valeur de référence fixe)",
        BenchmarkTest.TwoProportionZ => "test z de deux proportions",
        BenchmarkTest.OneSampleT => "test t à un échantillon",
        _ => "test t de Welch",
    };

    /// <summary>The verdict in French.</summary>
    public static string VerdictText(BenchmarkVerdict verdict) => verdict switch
    {
        BenchmarkVerdict.Above => "supérieur",
        BenchmarkVerdict.Below => "inférieur",
        BenchmarkVerdict.InLine => "dans la moyenne",
        _ => "non disponible",
    };

    /// <summary>A paragraph of text written here, with the no-break spaces of French punctuation.</summary>
    private static Paragraph Para(string text, TextStyle? style = null) => new([new Run(FrenchFormat.FixSpacing(text))], style);
}
