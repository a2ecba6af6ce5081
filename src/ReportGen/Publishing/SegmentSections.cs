using ReportGen.Analysis;
using ReportGen.Documents;
using SkiaSharp;

namespace ReportGen.Publishing;

/// <summary>
/// The evidence pack's results per segment (agency, residence…) as heat tables: one row per value of the segment
/// under a row for the whole office, one column per indicator. A cell is coloured only when the office's figure lies
/// outside the cell's confidence interval, on a diverging scale (orange below, blue above, deeper from ten points);
/// the figure is always written, so the colour only repeats it and the table reads the same printed in grey.
/// </summary>
public static class SegmentSections
{
    /// <summary>The anchor of the section, for links.</summary>
    public const string Anchor = "segments";

    /// <summary>From this many points of difference with the office, a coloured cell takes the deeper shade.</summary>
    public const double StrongDifferencePoints = 10;

    // ColorBrewer RdBu (Brewer, colorbrewer2.org), the light half of each side: legible under black text, and
    // distinguishable by readers with a red–green colour deficiency.
    internal static readonly SKColor FarBelow = new(0xF4, 0xA5, 0x82);
    internal static readonly SKColor Below = new(0xFD, 0xDB, 0xC7);
    internal static readonly SKColor Above = new(0xD1, 0xE5, 0xF0);
    internal static readonly SKColor FarAbove = new(0x92, 0xC5, 0xDE);

    private static readonly TextStyle CellStyle = new(7.5f);

    /// <summary>A section with one heat table per segment column that has values, or nothing when there is none.</summary>
    public static IEnumerable<Block> Section(SurveyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var segments = results.Segments.Where(s => s.Values.Count > 0).ToList();
        if (segments.Count == 0)
        {
            yield break;
        }

        var labels = segments.Select(s => FrenchFormat.Typography(Singular(s.Label))).ToList();
        yield return new Heading(1, $"Résultats par {FrenchFormat.List(labels)} (ISO\u00A09001 §\u00A09.1.3)", Anchor);
        yield return new Paragraph(
            "Les pourcentages de satisfaits sont calculés pour chaque valeur des colonnes de segmentation du fichier de données, comme pour l’ensemble de l’Office " +
            "(même pondération, mêmes réponses exclues de la base, même intervalle de Wilson sur la base effective), sur les seuls répondants de cette valeur. " +
            "Ils situent chaque entité par rapport à l’ensemble ; les petites bases y sont signalées ou masquées selon les mêmes seuils.");
        foreach (var segment in segments)
        {
            foreach (var block in HeatTable(results, segment))
            {
                yield return block;
            }
        }
    }

    /// <summary>
    /// The heat table of one segment column: its heading, a method and a legend paragraph, a colour key and the table
    /// (rows never split; the header row, indicators written bottom to top, and the office's row under it, repeated on every page).
    /// </summary>
    public static IEnumerable<Block> HeatTable(SurveyResults results, SegmentResults segment)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(segment);
        if (segment.Values.Count == 0)
        {
            yield break;
        }

        var project = results.Project;
        var catalog = project.Catalog;
        var thresholds = project.Thresholds;
        var singular = FrenchFormat.Typography(Singular(segment.Label));
        var plural = FrenchFormat.Typography(segment.Label);
        var confidence = FrenchFormat.Percent(thresholds.ConfidenceLevel, 0);
        var office = results.Estimates.ToDictionary(e => e.IndicatorId, StringComparer.Ordinal);
        var respondents = segment.Values.Select(v => v.Respondents).ToList();

        yield return new Heading(2, $"Résultats par {singular}", $"{Anchor}-{segment.SegmentId}");
        yield return new Paragraph(
            $"{FrenchFormat.Count(segment.Values.Count)} {plural} (colonne « {segment.Column} »), de {FrenchFormat.Count(respondents.Min())} à {FrenchFormat.Count(respondents.Max())} répondants. " +
            "Chaque ligne donne le pourcentage de satisfaits (en %, arrondi à l’unité) de chaque indicateur parmi les répondants de la ligne ; la première ligne est l’ensemble de l’Office.");
        yield return new Paragraph(
            $"Une case est colorée quand le résultat de l’ensemble de l’Office est hors de son intervalle de confiance à {confidence} : en orange quand elle est en dessous, en bleu au-dessus, " +
            $"en teinte soutenue à partir de {FrenchFormat.Number(StrongDifferencePoints, 0)} points d’écart. C’est un repère descriptif, sans correction pour les comparaisons multiples. " +
            $"Le chiffre est toujours écrit : la couleur ne fait que le souligner, et le tableau se lit aussi imprimé en gris. " +
            $"{TrendSections.LowBaseMark} (en italique) : base effective inférieure à {thresholds.LowBase}, résultat fragile ; {TrendSections.NotPublished} : moins de {thresholds.SuppressBelow} réponses, résultat non publié.");
        if (!results.Scores.IsEmpty)
        {
            yield return new Paragraph(FrenchFormat.FixSpacing(
                "Les dernières colonnes donnent " + FrenchFormat.List([.. new[]
                {
                    results.Scores.Scores.Count > 0 ? "la note moyenne (à une décimale, intervalle de Student)" : null,
                    results.Scores.NetScores.Count > 0 ? "le score de recommandation (en points, de −100 à +100)" : null,
                }.OfType<string>()]) +
                $", colorées selon la même règle ; la teinte soutenue y commence à {FrenchFormat.Number(StrongDifferencePoints, 0)} % de l’étendue de l’échelle (1 point sur une note de 0 à 10, 20 points de score net)."));
        }

        yield return Key();

        var columns = new List<TableColumn>
        {
            new(Capitalised(singular), 4.2f),
            // The score columns narrow every column: the office's count (« 4 000 ») then needs a little more room.
            new("Répondants", results.Scores.IsEmpty ? 1f : 1.25f, ParagraphAlignment.Right) { RotatedHeader = true },
        };
        columns.AddRange(catalog.Shares.Select(i => new TableColumn(FrenchFormat.Typography(i.Label), 1f, ParagraphAlignment.Right) { RotatedHeader = true }));
        var scores = results.Scores.Scores.Select(s => catalog.Indicator(s.IndicatorId)).ToList();
        var nets = results.Scores.NetScores.Select(n => catalog.Indicator(n.IndicatorId)).ToList();
        columns.AddRange(scores.Select(i => new TableColumn($"{FrenchFormat.Typography(i.Label)} ({ScoreSections.RangeOf(catalog, i).DisplayUnit.Trim()})", 1f, ParagraphAlignment.Right) { RotatedHeader = true }));
        columns.AddRange(nets.Select(i => new TableColumn($"{FrenchFormat.Typography(i.Label)} (score net)", 1f, ParagraphAlignment.Right) { RotatedHeader = true }));

        var rows = new List<IReadOnlyList<TableCell>>(segment.Values.Count + 1);
        var officeRow = new List<TableCell>
        {
            new([new Run("Ensemble de l’Office", CellStyle.WithBold())]),
            new([new Run(FrenchFormat.Count(results.Survey.Respondents), CellStyle) { Emphasis = RunEmphasis.Bold }]),
        };
        officeRow.AddRange(catalog.Shares.Select(i => Cell(office.GetValueOrDefault(i.Id), null, bold: true)));
        officeRow.AddRange(scores.Select(i => ScoreCell(results.Scores.Score(i.Id), null, bold: true)));
        officeRow.AddRange(nets.Select(i => NetCell(results.Scores.NetScore(i.Id), null, bold: true)));
        rows.Add(officeRow);
        foreach (var value in segment.Values)
        {
            var estimates = value.Estimates.ToDictionary(e => e.IndicatorId, StringComparer.Ordinal);
            var row = new List<TableCell>
            {
                new([new Run(FrenchFormat.Typography(value.Value), CellStyle)]),
                new([new Run(FrenchFormat.Count(value.Respondents), CellStyle)]),
            };
            row.AddRange(catalog.Shares.Select(i => Cell(estimates.GetValueOrDefault(i.Id), office.GetValueOrDefault(i.Id)?.Satisfied)));
            row.AddRange(scores.Select(i => ScoreCell(value.Scores.Score(i.Id), results.Scores.Score(i.Id)?.Mean)));
            row.AddRange(nets.Select(i => NetCell(value.Scores.NetScore(i.Id), results.Scores.NetScore(i.Id)?.Score)));
            rows.Add(row);
        }

        yield return new Table(columns, rows) { HeaderRows = 1 };
    }

    /// <summary>
    /// The colour of a cell against the office's figure: none when either is not published or when the office's
    /// figure lies inside the cell's interval, else the side and the shade of the difference.
    /// </summary>
    public static SKColor? FillFor(IndicatorEstimate estimate, double? office)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        if (office is not { } reference || estimate.Suppressed || estimate.Satisfied is not { } value || estimate.Interval is not { } interval || interval.Contains(reference))
        {
            return null;
        }

        var points = (value - reference) * 100;
        var strong = Math.Abs(points) >= StrongDifferencePoints;
        return points < 0 ? (strong ? FarBelow : Below) : (strong ? FarAbove : Above);
    }

    /// <summary>
    /// The colour of a score's or net score's cell, by the shares' rule: none when the office's figure lies inside the
    /// cell's interval; the deeper shade from <see cref="StrongDifferencePoints"/> % of the scale's range
    /// (<paramref name="range"/>: 10 for a 0–10 score, 200 for a net score).
    /// </summary>
    public static SKColor? FillFor(double? value, Interval? interval, double? office, double range)
    {
        if (office is not { } reference || value is not { } v || interval is not { } i || i.Contains(reference))
        {
            return null;
        }

        var strong = Math.Abs(v - reference) >= StrongDifferencePoints / 100 * range;
        return v < reference ? (strong ? FarBelow : Below) : (strong ? FarAbove : Above);
    }

    private static TableCell ScoreCell(Analysis.Scores.ScoreEstimate? estimate, double? office, bool bold = false) =>
        estimate is { Suppressed: false, Mean: { } mean }
            ? FigureCell(FrenchFormat.Number(mean, 1), estimate.LowBase, bold, FillFor(mean, estimate.Interval, office, estimate.Maximum - estimate.Minimum))
            : new TableCell([new Run(TrendSections.NotPublished, CellStyle)]);

    private static TableCell NetCell(Analysis.Scores.NetScoreEstimate? estimate, double? office, bool bold = false) =>
        estimate is { Suppressed: false, Score: { } score }
            ? FigureCell(FrenchFormat.NetScore(score), estimate.LowBase, bold, FillFor(score, estimate.Interval, office, 200))
            : new TableCell([new Run(TrendSections.NotPublished, CellStyle)]);

    private static TableCell FigureCell(string text, bool lowBase, bool bold, SKColor? fill)
    {
        var run = lowBase
            ? new Run(text + TrendSections.LowBaseMark, CellStyle.WithItalic())
            : new Run(text, bold ? CellStyle.WithBold() : CellStyle);
        return new TableCell([run]) { Fill = fill };
    }

    private static TableCell Cell(IndicatorEstimate? estimate, double? office, bool bold = false)
    {
        if (estimate is null || estimate.Suppressed || estimate.Satisfied is not { } value)
        {
            return new TableCell([new Run(TrendSections.NotPublished, CellStyle)]);
        }

        // The percent sign is left out: every cell is a percentage, as the text above the table says.
        var text = FrenchFormat.Number(value * 100, 0);
        var run = estimate.LowBase
            ? new Run(text + TrendSections.LowBaseMark, CellStyle.WithItalic())
            : new Run(text, bold ? CellStyle.WithBold() : CellStyle);
        return new TableCell([run]) { Fill = FillFor(estimate, office) };
    }

    /// <summary>The colour key: one cell of each shade, with what it means.</summary>
    private static Table Key()
    {
        var small = new TextStyle(7.5f);
        TableCell Swatch(string text, SKColor? fill) => new([new Run(text, small)]) { Fill = fill };
        return new Table(
            [
                new TableColumn("Nettement en dessous", 1f, ParagraphAlignment.Center),
                new TableColumn("En dessous", 1f, ParagraphAlignment.Center),
                new TableColumn("Pas d’écart établi", 1f, ParagraphAlignment.Center),
                new TableColumn("Au\u2011dessus", 1f, ParagraphAlignment.Center),
                new TableColumn("Nettement au\u2011dessus", 1f, ParagraphAlignment.Center),
            ],
            [
                [
                    Swatch($"{FrenchFormat.Number(StrongDifferencePoints, 0)} points ou plus sous l’Office", FarBelow),
                    Swatch($"moins de {FrenchFormat.Number(StrongDifferencePoints, 0)} points sous l’Office", Below),
                    Swatch("l’Office est dans l’intervalle de la case", null),
                    Swatch($"moins de {FrenchFormat.Number(StrongDifferencePoints, 0)} points au\u2011dessus", Above),
                    Swatch($"{FrenchFormat.Number(StrongDifferencePoints, 0)} points ou plus au\u2011dessus", FarAbove),
                ],
            ],
            Zebra: false);
    }

    private static string Singular(string label) => label.EndsWith('s') ? label[..^1] : label;

    private static string Capitalised(string label) => label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..];
}
