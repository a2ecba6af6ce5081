using System.Globalization;
using System.Text;
using ReportGen.Analysis;
using ReportGen.Analysis.Scores;
using ReportGen.Charts;
using ReportGen.Documents;
using ReportGen.Publishing;
using ReportGen.Tests.Analysis.Scores;
using ReportGen.Tests.TestSupport;
using SkiaSharp;

namespace ReportGen.Tests.Publishing;

/// <summary>
/// The evidence pack's scores, net scores and benchmarks, on the R oracle's data (Fixtures/R/Scores) read through the
/// whole pipeline, as <see cref="ScoreResultsTests"/> reads it: two weighted waves, a staff file, a score with a threshold
/// and a target, a net score with a target, and benchmarks with and without a base. Each cell is checked against the
/// figure of the results it shows, formatted as French documents format it.
/// </summary>
public sealed class EvidencePackScoresTests : IDisposable
{
    private const string Indicators = """
        scales:
          - id: sat4
            categories:
              - { code: "1", label: Très satisfait, satisfied: true }
              - { code: "2", label: Plutôt pas satisfait }
          - id: note-10
            range: { min: 0, max: 10 }
            excluded: [ { code: "99", label: Ne sait pas } ]
        themes:
          - { id: global, label: Global }
        indicators:
          - { id: accueil, label: Accueil, statement: satisfaits de l'accueil, column: q1, scale: sat4, theme: global }
          - { id: note, kind: score, threshold: 7, target: 6, label: Note globale, statement: note globale, column: note, scale: note-10, theme: global }
          - { id: reco, kind: net, target: 10, label: Recommandation, statement: recommanderaient l'Office, column: reco, scale: note-10, theme: global }
        """;

    private const string Project = """
        organisation: Office Test
        survey: Enquête test
        period: { label: "2024" }
        publication_date: 2024-06-01
        indicators: indicators.yaml
        benchmarks: benchmarks.yaml
        data:
          - path: data.csv
            dialect: { delimiter: ";", decimal: "." }
            columns:
              respondent_id: id
              wave: vague
              weight: w
              segments:
                - { id: groupe, column: groupe, label: groupes }
        mirror:
          path: staff.csv
          dialect: { delimiter: ";", decimal: "." }
          columns:
            respondent_id: id
            weight: w
        thresholds: { low_base: 30, suppress_below: 10 }
        """;

    private const string Benchmarks = """
        benchmarks:
          - { indicator: note, value: 7.2, unit: score, source: Régional, year: 2023 }
          - { indicator: note, value: 7.2, unit: score, source: Régional, year: 2023, base: 1500, label: avec base }
          - { indicator: reco, value: 10, unit: points, source: Régional, year: 2023 }
          - { indicator: accueil, value: 50, unit: percent, source: Régional, year: 2023, base: 800, label: moyenne régionale }
        """;

    private readonly TempProject _project = new(Project, Indicators, ROracle.Csv(i => i switch { < 8 => "petit", < 28 => "moyen", _ => "grand" }, "wave1", "wave2"));

    public EvidencePackScoresTests()
    {
        _project.Write("staff.csv", ROracle.StaffCsv());
        _project.Write("benchmarks.yaml", Benchmarks);
    }

    public void Dispose() => _project.Dispose();


    private SurveyResults Results() => ReportBuilder.Check(_project.ProjectFile);

    private static string Text(TableCell cell) => string.Concat(cell.Runs.Select(r => r.Text));

    private static string Text(Paragraph paragraph) => string.Concat(paragraph.Runs.Select(r => r.Text));

    private static IReadOnlyList<string> Texts(IEnumerable<TableCell> cells) => [.. cells.Select(Text)];

    private static IReadOnlyList<Block> Compose(SurveyResults results, EvidencePack.AnalysisCharts? charts = null) =>
        EvidencePack.Compose(results, [], "test", null, charts);

    /// <summary>The blocks after the first heading titled <paramref name="title"/>, up to the next heading of its level or above.</summary>
    private static List<Block> Section(IReadOnlyList<Block> blocks, string title)
    {
        var start = blocks.Select((b, i) => (b, i)).First(x => x.b is Heading h && h.Text == title);
        var level = ((Heading)start.b).Level;
        return [.. blocks.Skip(start.i + 1).TakeWhile(b => b is not Heading h || h.Level > level)];
    }

    private static Table TableWith(IEnumerable<Block> blocks, string firstHeader, string? secondHeader = null) =>
        blocks.OfType<Table>().Single(t => t.Columns[0].Header == firstHeader && (secondHeader is null || t.Columns[1].Header == secondHeader));

    private static string StatusOf(Interval interval, double target) =>
        StatusText.Of(interval.Lower >= target ? TargetStatus.Met : interval.Upper < target ? TargetStatus.Below : TargetStatus.NotSignificantlyDifferent);

    [Fact]
    public void One_reference_for_every_row_is_named_once_above_the_table_and_each_row_keeps_its_base()
    {
        var results = WaveSamples.Sample.Value;
        var blocks = BenchmarkSection.Blocks(results).ToList();
        var intro = Text(blocks.OfType<Paragraph>().First());
        var definition = results.Benchmarks[0].Definition;
        Assert.Contains($"{definition.Label} ({FrenchFormat.Typography(definition.Source)}, {definition.Year})", intro, StringComparison.Ordinal);
        var table = blocks.OfType<Table>().Single();
        Assert.Equal(results.Benchmarks.Count, table.Rows.Count);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var cell = Text(table.Rows[r][0]);
            Assert.DoesNotContain(definition.Source, cell, StringComparison.Ordinal);
            Assert.EndsWith(results.Benchmarks[r].Definition.Base is { } n ? $"n\u00A0=\u00A0{FrenchFormat.Count(n)}" : "base non publiée", cell, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_results_table_gives_each_score_and_net_score_its_result_interval_error_bases_target_and_status()
    {
        var results = Results();
        var section = Section(Compose(results), "Notes et recommandation");
        var table = TableWith(section, "Indicateur", "Résultat");
        var score = results.Scores.Score("note")!;
        var net = results.Scores.NetScore("reco")!;

        Assert.Equal(["Indicateur", "Résultat", "IC à 95\u202F% (t)", "Erreur type", "Base", "Base eff.", "Exclues / vides", "Cible", "Statut"], table.Columns.Select(c => c.Header));
        Assert.Equal(
            [
                "Note globale",
                FrenchFormat.Number(score.Mean!.Value, 1) + "/10",
                $"{FrenchFormat.Number(score.Interval!.Value.Lower, 2)} – {FrenchFormat.Number(score.Interval.Value.Upper, 2)}",
                FrenchFormat.Number(score.StandardError!.Value, 3),
                FrenchFormat.Count(score.ValidBase),
                FrenchFormat.Number(score.EffectiveBase, 0),
                $"{score.ExcludedAnswers} / {score.BlankAnswers}",
                "6,0/10",
                StatusOf(score.Interval.Value, 6),
            ],
            Texts(table.Rows[0]));
        Assert.Equal(
            [
                "Recommandation",
                FrenchFormat.WithSign(net.Score!.Value, 0),
                $"{FrenchFormat.WithSign(net.Interval!.Value.Lower, 1)} à {FrenchFormat.WithSign(net.Interval.Value.Upper, 1)}",
                FrenchFormat.Number(net.StandardError!.Value, 2),
                FrenchFormat.Count(net.ValidBase),
                FrenchFormat.Number(net.EffectiveBase, 0),
                $"{net.ExcludedAnswers} / {net.BlankAnswers}",
                "+10",
                StatusOf(net.Interval.Value, 10),
            ],
            Texts(table.Rows[1]));

        // The oracle's wave has a few hundred respondents: the result reads « 6,8/10 », the net score is signed.
        Assert.Matches(@"^\d,\d/10$", Text(table.Rows[0][1]));
        Assert.Matches(@"^[+−]?\d+$", Text(table.Rows[1][1]));
    }

    [Fact]
    public void The_shares_behind_a_score_and_a_net_score_name_the_threshold_and_cut_offs()
    {
        var results = Results();
        var table = TableWith(Section(Compose(results), "Notes et recommandation"), "Indicateur", "Réponses");
        var score = results.Scores.Score("note")!;
        var net = results.Scores.NetScore("reco")!;

        Assert.Equal(["Indicateur", "Réponses", "Part", "IC à 95\u202F% (Wilson)"], table.Columns.Select(c => c.Header));
        Assert.Equal(["Note globale", "notes de 7 à 10", FrenchFormat.Percent(score.ShareAtOrAbove!.Value), EvidencePack.IntervalText(score.ShareInterval!.Value)], Texts(table.Rows[0]));
        Assert.Equal(["Recommandation", "promoteurs\u00A0: notes de 9 à 10", FrenchFormat.Percent(net.Promoters!.Value), ""], Texts(table.Rows[1]));
        Assert.Equal(["", "passifs\u00A0: notes de 7 à 8", FrenchFormat.Percent(net.Passives!.Value), ""], Texts(table.Rows[2]));
        Assert.Equal(["", "détracteurs\u00A0: notes de 0 à 6", FrenchFormat.Percent(net.Detractors!.Value), ""], Texts(table.Rows[3]));
    }

    [Fact]
    public void The_net_score_s_own_cut_offs_are_named_in_the_table_and_the_method()
    {
        _project.Write("indicators.yaml", Indicators.Replace("kind: net, target: 10,", "kind: net, target: 10, promoters_from: 8, detractors_to: 5,", StringComparison.Ordinal));
        var blocks = Compose(Results());

        var table = TableWith(Section(blocks, "Notes et recommandation"), "Indicateur", "Réponses");
        Assert.Equal(["promoteurs\u00A0: notes de 8 à 10", "passifs\u00A0: notes de 6 à 7", "détracteurs\u00A0: notes de 0 à 5"], table.Rows.Skip(1).Select(r => Text(r[1])));
        var method = TableWith(Section(blocks, "Méthode de mesure (ISO\u00A09001 §\u00A09.1.2)"), "Élément", "Description");
        var row = Text(method.Rows.Single(r => Text(r[0]) == "Score de recommandation")[1]);
        Assert.Contains("% de promoteurs (8 ou plus) − % de détracteurs (5 ou moins)", row, StringComparison.Ordinal);
        Assert.Contains("d = 1[promoteur] − 1[détracteur]", row, StringComparison.Ordinal);
    }

    [Fact]
    public void The_method_says_how_a_score_is_computed_with_its_threshold()
    {
        var method = TableWith(Section(Compose(Results()), "Méthode de mesure (ISO\u00A09001 §\u00A09.1.2)"), "Élément", "Description");
        var row = Text(method.Rows.Single(r => Text(r[0]) == "Note moyenne")[1]);

        Assert.Contains("Moyenne pondérée des notes («\u00A0Note globale\u00A0» de 0 à 10)", row, StringComparison.Ordinal);
        Assert.Contains("linéarisation", row, StringComparison.Ordinal);
        Assert.Contains("loi de Student à n_eff − 1 degrés de liberté", row, StringComparison.Ordinal);
        Assert.Contains("part des notes de 7 ou plus, avec son intervalle de Wilson", row, StringComparison.Ordinal);
        // The share row describes the labelled scales only, not the score's.
        Assert.Equal("Part pondérée des réponses « Très satisfait » parmi les réponses exprimées.", Text(method.Rows.Single(r => Text(r[0]) == "% de satisfaits")[1]));
    }

    [Fact]
    public void The_distribution_figures_follow_the_score_tables()
    {
        var figure = new Figure(new BlankChart(), "Distribution de la note globale");
        var section = Section(Compose(Results(), new EvidencePack.AnalysisCharts(null, null, null) { Scores = [figure] }), "Notes et recommandation");

        Assert.Same(figure, section.OfType<Figure>().Single());
        Assert.True(section.IndexOf(figure) > section.FindLastIndex(b => b is Table));
    }

    [Fact]
    public void The_benchmark_table_gives_the_office_the_reference_the_gap_the_test_and_the_verdict()
    {
        var results = Results();
        var section = Section(Compose(results), "Comparaison avec les valeurs de référence");
        var table = TableWith(section, "Indicateur et référence");
        var score = results.Scores.Score("note")!;
        var net = results.Scores.NetScore("reco")!;
        var share = results.Estimates.Single(e => e.IndicatorId == "accueil");
        var b = results.Benchmarks.Select(x => x.Comparison).ToList();

        Assert.Equal(["Indicateur et référence", "Office", "Référence", "Écart", "Test", "z ou t", "ddl", "p", "Verdict"], table.Columns.Select(c => c.Header));
        Assert.Equal(4, table.Rows.Count);
        // A mean against a fixed value is tested on the office's n_eff − 1 degrees of freedom.
        Assert.Equal(score.EffectiveBase - 1, b[0].DegreesOfFreedom!.Value, 9);
        string P(double p) => p < 0.001 ? "< 0,001" : FrenchFormat.Number(p, 3);
        string Verdict(BenchmarkVerdict v) => v switch { BenchmarkVerdict.Above => "supérieur", BenchmarkVerdict.Below => "inférieur", _ => "dans la moyenne" };
        var office = FrenchFormat.Number(score.Mean!.Value, 1) + "/10";
        Assert.Equal(
            ["Note globale — Régional, 2023, base non publiée", office, "7,2/10", FrenchFormat.WithSign(score.Mean.Value - 7.2, 2), "test t à un échantillon",
                FrenchFormat.Number(b[0].Statistic!.Value, 2), FrenchFormat.Number(b[0].DegreesOfFreedom!.Value, b[0].DegreesOfFreedom >= 100 ? 0 : 1), P(b[0].PValue!.Value), Verdict(b[0].Verdict)],
            Texts(table.Rows[0]));
        Assert.Equal(
            ["Note globale — avec base (Régional, 2023), n\u00A0=\u00A01\u00A0500", office, "7,2/10", FrenchFormat.WithSign(score.Mean.Value - 7.2, 2), "test t de Welch",
                FrenchFormat.Number(b[1].Statistic!.Value, 2), FrenchFormat.Number(b[1].DegreesOfFreedom!.Value, b[1].DegreesOfFreedom >= 100 ? 0 : 1), P(b[1].PValue!.Value), Verdict(b[1].Verdict)],
            Texts(table.Rows[1]));
        Assert.Equal(
            ["Recommandation — Régional, 2023, base non publiée", FrenchFormat.WithSign(net.Score!.Value, 0), "+10", ArticleModelFactory.SignedPoints(net.Score.Value - 10), "test t à un échantillon",
                FrenchFormat.Number(b[2].Statistic!.Value, 2), FrenchFormat.Number(b[2].DegreesOfFreedom!.Value, b[2].DegreesOfFreedom >= 100 ? 0 : 1), P(b[2].PValue!.Value), Verdict(b[2].Verdict)],
            Texts(table.Rows[2]));

        // A share's reference is written in percent and compared as a proportion: the gap is in points.
        Assert.Equal(
            ["Accueil — moyenne régionale (Régional, 2023), n\u00A0=\u00A0800", FrenchFormat.Percent(share.Satisfied!.Value), "50,0\u202F%", ArticleModelFactory.SignedPoints((share.Satisfied.Value - 0.5) * 100),
                "test z de deux proportions", FrenchFormat.Number(b[3].Statistic!.Value, 2), "—", P(b[3].PValue!.Value), Verdict(b[3].Verdict)],
            Texts(table.Rows[3]));
        Assert.All(table.Rows, r => Assert.Equal(r[^1].Runs.Single().Emphasis == RunEmphasis.Bold, Text(r[^1]) is "supérieur" or "inférieur"));

        var note = Text(section.OfType<Paragraph>().Last());
        Assert.Contains("sans sa base est prise comme une valeur fixe", note, StringComparison.Ordinal);
        Assert.Contains("avec sa base, elle est elle-même une estimation et le test compare deux échantillons", note, StringComparison.Ordinal);
        Assert.Contains("le test est prudent (conservateur)", note, StringComparison.Ordinal);
        Assert.Contains("niveau de confiance de 95\u202F%", Text(section.OfType<Paragraph>().First()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_against_a_fixed_reference_names_the_one_sample_z_test()
    {
        _project.Write("benchmarks.yaml", "benchmarks:\n  - { indicator: accueil, value: 50, unit: percent, source: Régional, year: 2023 }\n");
        var table = TableWith(Section(Compose(Results()), "Comparaison avec les valeurs de référence"), "Indicateur et référence");

        Assert.Equal("test z d’une proportion (valeur de référence fixe)", Text(Assert.Single(table.Rows)[4]));
    }

    [Fact]
    public void Score_trends_have_their_own_table_with_Welch_s_t_and_the_family_counts_shares_and_scores()
    {
        var results = Results();
        var trends = results.Trends!;
        var section = TrendSections.Trends(results, null).ToList();
        var table = TableWith(section, "Note ou score net");
        var score = trends.Scores.Single(t => t.IndicatorId == "note");
        var net = trends.Scores.Single(t => t.IndicatorId == "reco");
        string P(double p) => p < 0.001 ? "< 0,001" : FrenchFormat.Number(p, 3);

        Assert.Equal(["Note ou score net", "wave1", "wave2", "Évolution", "t", "ddl", "p", "p corrigée", "Tendance"], table.Columns.Select(c => c.Header));
        Assert.Equal(
            ["Note globale", FrenchFormat.Number(score.Waves[0].Value!.Value, 1) + "/10", FrenchFormat.Number(score.Waves[1].Value!.Value, 1) + "/10", FrenchFormat.WithSign(score.Change!.Value, 2),
                FrenchFormat.Number(score.T!.Value, 2), FrenchFormat.Number(score.DegreesOfFreedom!.Value, 1), P(score.PValue!.Value), P(score.AdjustedPValue!.Value), TrendText.Of(score.Direction)],
            Texts(table.Rows[0]));
        Assert.Equal(
            ["Recommandation", FrenchFormat.WithSign(net.Waves[0].Value!.Value, 0), FrenchFormat.WithSign(net.Waves[1].Value!.Value, 0), ArticleModelFactory.SignedPoints(net.Change!.Value),
                FrenchFormat.Number(net.T!.Value, 2), FrenchFormat.Number(net.DegreesOfFreedom!.Value, 1), P(net.PValue!.Value), P(net.AdjustedPValue!.Value), TrendText.Of(net.Direction)],
            Texts(table.Rows[1]));

        // One family of three tests: the share's, the score's and the net score's.
        Assert.Equal(3, trends.FamilySize);
        var method = Text(section.OfType<Paragraph>().First());
        Assert.Contains("Les 3 tests, pourcentages et notes ensemble, forment une famille", method, StringComparison.Ordinal);
        Assert.Contains("test t de Welch", method, StringComparison.Ordinal);
        Assert.Contains("après correction pour 3 tests", Text(section.OfType<Paragraph>().Last()), StringComparison.Ordinal);
    }

    [Fact]
    public void Segment_tables_gain_the_score_columns_with_the_shares_low_base_and_suppression_marks()
    {
        var results = Results();
        var segment = results.Segments.Single();
        var table = SegmentSections.HeatTable(results, segment).OfType<Table>().Single(t => t.HeaderRows == 1);
        var shares = results.Project.Catalog.Shares.Count;

        Assert.Equal(["Note globale (/10)", "Recommandation (score net)"], table.Columns.Skip(2 + shares).Select(c => c.Header));
        Assert.Equal([FrenchFormat.Number(results.Scores.Score("note")!.Mean!.Value, 1), FrenchFormat.WithSign(results.Scores.NetScore("reco")!.Score!.Value, 0)], Texts(table.Rows[0].Skip(2 + shares)));
        foreach (var (value, row) in segment.Values.Zip(table.Rows.Skip(1)))
        {
            var score = value.Scores.Score("note")!;
            var net = value.Scores.NetScore("reco")!;
            var cells = row.Skip(2 + shares).ToList();
            if (value.Value == "petit")
            {
                // 8 respondents, under suppress_below: nothing published, as the shares' cells.
                Assert.True(score.Suppressed && net.Suppressed);
                Assert.Equal(["—", "—"], Texts(cells));
                Assert.Equal("—", Text(row[2]));
            }
            else
            {
                var mark = score.LowBase ? "†" : "";
                Assert.Equal([FrenchFormat.Number(score.Mean!.Value, 1) + mark, FrenchFormat.WithSign(net.Score!.Value, 0) + (net.LowBase ? "†" : "")], Texts(cells));
                Assert.Equal(score.LowBase, cells[0].Runs.Single().Style!.Italic);
                Assert.Equal(value.Value == "moyen", score.LowBase);
                Assert.Equal(SegmentSections.FillFor(score.Mean, score.Interval, results.Scores.Score("note")!.Mean, 10), cells[0].Fill);
            }
        }
    }

    [Fact]
    public void A_score_cell_is_coloured_when_the_office_is_outside_its_interval_deeper_from_a_tenth_of_the_range()
    {
        Assert.Null(SegmentSections.FillFor(7.0, new Interval(6.5, 7.5), 7.2, 10));
        Assert.Equal(SegmentSections.Above, SegmentSections.FillFor(7.5, new Interval(7.3, 7.7), 7.0, 10));
        Assert.Equal(SegmentSections.FarAbove, SegmentSections.FillFor(8.0, new Interval(7.8, 8.2), 7.0, 10));
        Assert.Equal(SegmentSections.Below, SegmentSections.FillFor(-5, new Interval(-9, -1), 10, 200));
        Assert.Equal(SegmentSections.FarBelow, SegmentSections.FillFor(-15, new Interval(-19, -11), 10, 200));
        Assert.Null(SegmentSections.FillFor(null, null, 7.0, 10));
    }

    [Fact]
    public void The_mirror_section_gives_the_score_gap_with_Welch_s_test()
    {
        var results = Results();
        var gap = results.Mirror!.ScoreGaps.Single();
        var section = Section(Compose(results), "Notes : collaborateurs et locataires");
        var table = TableWith(section, "Indicateur", "Locataires");
        string P(double p) => p < 0.001 ? "< 0,001" : FrenchFormat.Number(p, 3);

        Assert.Equal(["Indicateur", "Locataires", "Collaborateurs", "Écart", "t", "ddl", "p", "Lecture"], table.Columns.Select(c => c.Header));
        Assert.Equal(
            ["Note globale", FrenchFormat.Number(gap.TenantMean!.Value, 1) + "/10", FrenchFormat.Number(gap.StaffMean!.Value, 1) + "/10", FrenchFormat.WithSign(gap.Gap!.Value, 2),
                FrenchFormat.Number(gap.T!.Value, 2), FrenchFormat.Number(gap.DegreesOfFreedom!.Value, 1), P(gap.PValue!.Value), MirrorText.Of(gap.Class)],
            Texts(Assert.Single(table.Rows)));
        var method = Text(section.OfType<Paragraph>().Single());
        Assert.Contains("test t de Welch", method, StringComparison.Ordinal);
        Assert.Contains("Un écart inférieur à 0,5 point de note (5\u202F% de l’étendue de l’échelle)", method, StringComparison.Ordinal);
    }

    [Fact]
    public void Suppressed_scores_show_no_figure_and_their_benchmarks_are_not_available()
    {
        _project.Write("reportgen.yaml", Project.Replace("{ low_base: 30, suppress_below: 10 }", "{ low_base: 100000, suppress_below: 100000 }", StringComparison.Ordinal));
        var results = Results();
        var blocks = Compose(results);
        var table = TableWith(Section(blocks, "Notes et recommandation"), "Indicateur", "Résultat");
        var score = results.Scores.Score("note")!;

        Assert.Equal(["Note globale", "non publié", "—", "—", FrenchFormat.Count(score.ValidBase), FrenchFormat.Number(score.EffectiveBase, 0), $"{score.ExcludedAnswers} / {score.BlankAnswers}", "6,0/10", "base insuffisante"],
            Texts(table.Rows[0]));
        Assert.Equal(["non publié", "—", "—"], Texts(table.Rows[1].Skip(1).Take(3)));
        var shares = TableWith(Section(blocks, "Notes et recommandation"), "Indicateur", "Réponses");
        Assert.All(shares.Rows, r => Assert.Equal("—", Text(r[2])));

        var benchmarks = TableWith(Section(blocks, "Comparaison avec les valeurs de référence"), "Indicateur et référence");
        Assert.All(benchmarks.Rows, r =>
        {
            Assert.Equal(["—", "—", "—", "—", "—", "—", "non disponible"], Texts([r[1], r[3], r[4], r[5], r[6], r[7], r[8]]));
            Assert.NotEqual("—", Text(r[2]));
        });
    }

    [Fact]
    public void The_conclusions_and_the_annex_cover_scores_and_benchmarks()
    {
        var results = Results();
        var blocks = Compose(results);
        var conclusions = Section(blocks, "Conclusions").OfType<ListBlock>().Single().Items.Select(i => string.Concat(i.Select(r => r.Text))).ToList();
        var score = results.Scores.Score("note")!;

        Assert.Contains(conclusions, c => c.StartsWith($"Notes et recommandation\u00A0: note globale {FrenchFormat.Number(score.Mean!.Value, 1)}/10 ({StatusOf(score.Interval!.Value, 6)})", StringComparison.Ordinal));
        Assert.Contains(conclusions, c => c.StartsWith("Valeurs de référence (4)\u00A0:", StringComparison.Ordinal));
        var annex = Section(blocks, "Annexe statistique").OfType<Heading>().Select(h => h.Text).ToList();
        Assert.Contains("Note moyenne et score de recommandation", annex);
        Assert.Contains("Évolution d’une note entre vagues", annex);
        Assert.Contains("Comparaison avec les valeurs de référence", annex);
    }

    [Fact]
    public void A_project_without_scores_or_benchmarks_has_no_score_section_column_or_row()
    {
        using var plain = new TempProject(
            TempProject.DefaultProject.Replace("      weight: poids", "      weight: poids\n      wave: vague\n      segments:\n        - { id: agence, column: agence, label: agences }", StringComparison.Ordinal),
            csv: "id;poids;vague;agence;q1;q2\n" + string.Concat(Enumerable.Range(1, 60).Select(i => $"{i};1;{(i % 2 == 0 ? "2023" : "2024")};{(i % 3 == 0 ? "Nord" : "Sud")};{1 + (i % 4)};{1 + (i % 3)}\n")));
        var results = ReportBuilder.Check(plain.ProjectFile);
        var blocks = Compose(results);
        var headings = blocks.OfType<Heading>().Select(h => h.Text).ToList();

        Assert.True(results.Scores.IsEmpty);
        Assert.DoesNotContain(headings, h => h.Contains("Notes", StringComparison.Ordinal) || h.Contains("Recommandation", StringComparison.Ordinal) || h.Contains("référence", StringComparison.Ordinal) || h.Contains("note", StringComparison.Ordinal));
        var method = TableWith(Section(blocks, "Méthode de mesure (ISO\u00A09001 §\u00A09.1.2)"), "Élément", "Description");
        Assert.DoesNotContain(method.Rows, r => Text(r[0]) is "Note moyenne" or "Score de recommandation");
        Assert.Equal("Intervalle de Wilson à 95\u202F%, calculé sur la base effective.", Text(method.Rows.Single(r => Text(r[0]) == "Intervalle de confiance")[1]));

        var trends = TrendSections.Trends(results, null).ToList();
        Assert.Single(trends.OfType<Table>());
        Assert.Contains("Les 2 tests forment une famille", Text(trends.OfType<Paragraph>().First()), StringComparison.Ordinal);
        var heat = SegmentSections.HeatTable(results, results.Segments.Single()).ToList();
        Assert.Equal(["Agence", "Répondants", "Accueil", "Logement"], heat.OfType<Table>().Single(t => t.HeaderRows == 1).Columns.Select(c => c.Header));
        Assert.Equal(1f, heat.OfType<Table>().Single(t => t.HeaderRows == 1).Columns[1].Width);
        Assert.Equal(2, heat.OfType<Paragraph>().Count());
        Assert.DoesNotContain(Section(blocks, "Conclusions").OfType<ListBlock>().Single().Items, i => i[0].Text.StartsWith("Notes", StringComparison.Ordinal) || i[0].Text.StartsWith("Valeurs", StringComparison.Ordinal));
    }

    /// <summary>A chart that draws nothing, to stand for the score distribution figures the charts helper makes.</summary>
    private sealed class BlankChart : IChart
    {
        public SKSize PreferredSize(float width) => new(width, 100);

        public void Draw(SKCanvas canvas, SKRect rect)
        {
        }
    }
}
