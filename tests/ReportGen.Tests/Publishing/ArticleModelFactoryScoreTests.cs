using ReportGen.Analysis;
using ReportGen.Analysis.Scores;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Publishing;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Publishing;

/// <summary>
/// What the article says of scores out of 10, net scores and benchmarks: the project's definitions are read from a
/// small project, the figures are set by hand so that every French string is known, and the article never claims a
/// difference with a benchmark that its test does not find.
/// </summary>
public sealed class ArticleModelFactoryScoreTests : IDisposable
{
    private const string Indicators = """
        scales:
          - id: sat4
            categories:
              - { code: "1", label: Très satisfait, satisfied: true }
              - { code: "2", label: Plutôt satisfait, satisfied: true }
              - { code: "3", label: Plutôt pas satisfait }
              - { code: "4", label: Pas du tout satisfait }
          - id: note-10
            range: { min: 0, max: 10 }
            excluded: [ { code: "99", label: Ne sait pas } ]
        themes:
          - { id: global, label: Global }
        indicators:
          - { id: accueil, label: Accueil lors des contacts, statement: satisfaits de l'accueil, column: q1, scale: sat4, theme: global }
          - { id: logement, label: Logement, statement: satisfaits de leur logement, column: q2, scale: sat4, theme: global }
          - { id: note, kind: score, threshold: 7, target: 7.5, label: Note globale, statement: note globale attribuée à l'Office, column: note, scale: note-10, theme: global }
          - { id: reco, kind: net, target: 10, label: Recommandation, statement: recommanderaient l'Office, column: reco, scale: note-10, theme: global }
        """;

    private const string Project = """
        organisation: Office Test
        survey: Enquête test
        period: { label: "2024" }
        publication_date: 2024-06-01
        indicators: indicators.yaml
        thresholds: { low_base: 30, suppress_below: 3 }
        data:
          - path: data.csv
            dialect: { delimiter: ";", decimal: "," }
            columns:
              respondent_id: id
        """;

    private const string Csv = "id;q1;q2;note;reco\n1;1;2;8;9\n2;2;3;6;10\n3;3;1;9;5\n4;1;1;7;99\n";

    private readonly TempProject _project = new(Project, Indicators, Csv);

    public void Dispose() => _project.Dispose();

    private SurveyResults Read() => ReportBuilder.Check(_project.ProjectFile);

    private static ScoreEstimate Score(double? mean = 7.84, double lower = 7.62, double upper = 8.03, bool lowBase = false) =>
        new("note", 0, 10, 812, 3, 1, 812, 790, mean, mean is null ? null : 0.1, mean is null ? null : 789, mean is null ? null : new Interval(lower, upper),
            7, mean is null ? null : 0.7243, mean is null ? null : new Interval(0.69, 0.75), lowBase, mean is null, []);

    private static NetScoreEstimate Net(double? score = 12.1) =>
        new("reco", 812, 0, 0, 812, 790, score is null ? null : 0.352, score is null ? null : 0.417, score is null ? null : 0.231, score,
            score is null ? null : 2, score is null ? null : 789, score is null ? null : new Interval(8.2, 16.04), false, score is null, []);

    private static BenchmarkResult Benchmark(string id, MeasureUnit unit, double value, double? estimate, BenchmarkVerdict verdict, string? label = "moyenne régionale") =>
        new(new BenchmarkDefinition(id, value, unit, "Enquête régionale", 2023, new SourceLocation("benchmarks.yaml")) { Label = label },
            new BenchmarkComparison(id, verdict == BenchmarkVerdict.Unavailable ? null : estimate, unit == MeasureUnit.Percent ? value / 100 : value, null,
                verdict == BenchmarkVerdict.Unavailable ? null : estimate - (unit == MeasureUnit.Percent ? value / 100 : value), null, null, null, null, verdict));

    private SurveyResults WithScores(ScoreEstimate? score = null, NetScoreEstimate? net = null, params BenchmarkResult[] benchmarks) =>
        Read() with { Scores = new ScoreResults([score ?? Score()], [net ?? Net()]), Benchmarks = benchmarks };

    private static ArticleModel Model(SurveyResults results) => ArticleModelFactory.Create(results, "test");

    private static string Article(SurveyResults results) => ArticleRenderer.Render(TemplateSource.Embedded("newsletter.md.sbn"), Model(results));

    /// <summary>The article's paragraphs from <paramref name="start"/> to the next heading.</summary>
    private static string Section(string article, string start)
    {
        var from = article.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, article);
        var end = article.IndexOf("\n\n## ", from + start.Length, StringComparison.Ordinal);
        return article[from..(end < 0 ? article.Length : end)];
    }

    [Fact]
    public void A_score_is_printed_out_of_10_with_its_interval_share_and_target()
    {
        var score = Assert.Single(Model(WithScores()).Scores);

        Assert.Equal(("7,8/10", 7.8), (score.Mean, score.Value));
        Assert.Equal(("7,6", "8,0", "7,6 à 8,0"), (score.IntervalLow, score.IntervalHigh, score.Interval));
        Assert.Equal(("72,4\u202F%", "7 ou plus"), (score.Share, score.Threshold));
        Assert.Equal(("812", 812L, "790"), (score.Base, score.BaseCount, score.EffectiveBase));
        Assert.Equal(("7,5/10", "objectif atteint", true), (score.Target, score.Status, score.TargetMet));
        Assert.False(score.LowBase || score.Suppressed);
        Assert.Null(score.Trend);
        Assert.Null(score.Change);
    }

    [Theory]
    [InlineData(7.50, 7.9, "objectif atteint", true)]
    [InlineData(7.49, 7.9, "non significativement différent de l’objectif", false)]
    [InlineData(7.2, 7.5, "non significativement différent de l’objectif", false)]
    [InlineData(7.2, 7.49, "sous l’objectif", false)]
    public void A_score_s_target_is_judged_on_its_interval_as_a_share_s(double lower, double upper, string status, bool met)
    {
        var score = Assert.Single(Model(WithScores(Score(mean: (lower + upper) / 2, lower, upper))).Scores);
        Assert.Equal((status, met), (score.Status, score.TargetMet));
    }

    [Fact]
    public void A_net_score_is_signed_with_its_promoters_and_detractors()
    {
        var net = Assert.Single(Model(WithScores()).NetScores);

        Assert.Equal(("+12", 12.1), (net.Score, net.Value));
        Assert.Equal(("35,2\u202F%", "41,7\u202F%", "23,1\u202F%"), (net.Promoters, net.Passives, net.Detractors));
        Assert.Equal(("9 ou 10", "6 ou moins"), (net.PromotersAnswers, net.DetractorsAnswers));
        Assert.Equal(("+8", "+16", "+8 à +16"), (net.IntervalLow, net.IntervalHigh, net.Interval));
        Assert.Equal(("+10", "non significativement différent de l’objectif", false), (net.Target, net.Status, net.TargetMet));
    }

    [Fact]
    public void A_suppressed_score_has_no_figure_and_the_article_says_it_is_not_published()
    {
        var results = WithScores(Score(mean: null), Net(score: null), Benchmark("note", MeasureUnit.Score, 7.1, null, BenchmarkVerdict.Unavailable));
        var model = Model(results);
        var score = Assert.Single(model.Scores);
        Assert.True(score.Suppressed);
        Assert.All(new[] { score.Mean, score.Interval, score.Share, score.IntervalLow }, Assert.Null);
        Assert.Equal(("sans objectif", false), (score.Status, score.TargetMet));
        var benchmark = Assert.Single(score.Benchmarks);
        Assert.False(benchmark.Above || benchmark.Below || benchmark.InLine);
        Assert.All(new[] { benchmark.Office, benchmark.Position, benchmark.Sentence }, Assert.Null);
        Assert.Equal("7,1/10", benchmark.Reference);
        Assert.Null(Assert.Single(model.NetScores).Score);

        var section = Section(Article(results), "## La note globale et la recommandation");
        Assert.Equal(
            "## La note globale et la recommandation\n\n" +
            "**Note globale.** Résultat non publié (moins de 3 réponses).\n\n" +
            "**Recommandation.** Résultat non publié (moins de 3 réponses).",
            section);
    }

    [Fact]
    public void Benchmarks_say_a_difference_only_when_it_is_significant()
    {
        var model = Model(WithScores(benchmarks:
        [
            Benchmark("accueil", MeasureUnit.Percent, 83.0, 0.852, BenchmarkVerdict.Above),
            Benchmark("logement", MeasureUnit.Percent, 84.0, 0.826, BenchmarkVerdict.InLine),
            Benchmark("note", MeasureUnit.Score, 8.1, 7.84, BenchmarkVerdict.Below),
            Benchmark("reco", MeasureUnit.Points, 5, 12.1, BenchmarkVerdict.InLine),
        ]));

        var above = Assert.Single(model.Indicators.Single(i => i.Id == "accueil").Benchmarks);
        Assert.Equal("85,2\u202F% contre 83,0\u202F% en moyenne régionale", above.Sentence);
        Assert.Equal(("au-dessus de la moyenne régionale", "85,2\u202F%", "83,0\u202F%", true, false, false), (above.Position, above.Office, above.Reference, above.Above, above.Below, above.InLine));

        var inLine = Assert.Single(model.Indicators.Single(i => i.Id == "logement").Benchmarks);
        Assert.Equal(("dans la moyenne régionale (84,0\u202F%)", "dans la moyenne régionale", true), (inLine.Sentence, inLine.Position, inLine.InLine));
        Assert.DoesNotContain("contre", inLine.Sentence, StringComparison.Ordinal);

        var below = Assert.Single(Assert.Single(model.Scores).Benchmarks);
        Assert.Equal(("7,8/10 contre 8,1/10 en moyenne régionale", "en dessous de la moyenne régionale", true), (below.Sentence, below.Position, below.Below));
        Assert.Equal("dans la moyenne régionale (+5)", Assert.Single(Assert.Single(model.NetScores).Benchmarks).Sentence);

        Assert.Equal(["accueil", "logement", "note", "reco"], model.Benchmarks.Select(b => b.IndicatorId));
        var summary = model.BenchmarkSummary!;
        Assert.Equal(("accueil lors des contacts (85,2\u202F% contre 83,0\u202F%)", "", "logement"), (summary.Above, summary.Below, summary.InLine));
        Assert.Equal(("au-dessus de la moyenne régionale", "en dessous de la moyenne régionale", "dans la moyenne régionale"), (summary.AboveReference, summary.BelowReference, summary.InLineReference));
        Assert.True(summary.Regional);
    }

    [Fact]
    public void A_reference_that_is_not_an_average_is_named_with_its_article()
    {
        var model = Model(WithScores(benchmarks:
        [
            Benchmark("accueil", MeasureUnit.Percent, 83.0, 0.852, BenchmarkVerdict.Above, label: "Baromètre national"),
            Benchmark("accueil", MeasureUnit.Percent, 85.0, 0.852, BenchmarkVerdict.InLine, label: "enquête départementale"),
            Benchmark("logement", MeasureUnit.Percent, 90.0, 0.826, BenchmarkVerdict.Below, label: null),
            Benchmark("logement", MeasureUnit.Percent, 80.0, 0.826, BenchmarkVerdict.InLine, label: null),
        ]));

        var byName = model.Benchmarks.Select(b => (b.Name, b.Sentence, b.Position)).ToList();
        Assert.Equal(
            [
                ("Baromètre national", "85,2\u202F% contre 83,0\u202F% pour le baromètre national", "au-dessus du baromètre national"),
                ("enquête départementale", "comparable à l’enquête départementale (85,0\u202F%)", "comparable à l’enquête départementale"),
                ("Enquête régionale 2023", "82,6\u202F% contre 90,0\u202F% pour l’enquête régionale 2023", "en dessous de l’enquête régionale 2023"),
                ("Enquête régionale 2023", "comparable à l’enquête régionale 2023 (80,0\u202F%)", "comparable à l’enquête régionale 2023"),
            ],
            byName);

        // Several names: each item says its own, and the references are not all regional.
        var summary = model.BenchmarkSummary!;
        Assert.False(summary.Regional);
        Assert.Equal("accueil lors des contacts (85,2\u202F% contre 83,0\u202F% pour le baromètre national)", summary.Above);
        Assert.Equal("accueil lors des contacts (enquête départementale) et logement (Enquête régionale 2023)", summary.InLine);
        Assert.Equal(("au-dessus des références", "comparable aux références"), (summary.AboveReference, summary.InLineReference));
    }

    [Fact]
    public void A_source_and_year_without_a_common_noun_is_called_a_reference()
    {
        var model = Model(WithScores(benchmarks: Benchmark("note", MeasureUnit.Score, 7.1, 7.84, BenchmarkVerdict.Above, label: "AORIF 2023")));
        var benchmark = Assert.Single(model.Benchmarks);
        Assert.Equal(("7,8/10 contre 7,1/10 pour la référence AORIF 2023", "au-dessus de la référence AORIF 2023"), (benchmark.Sentence, benchmark.Position));
        Assert.Null(model.BenchmarkSummary);
    }

    [Fact]
    public void The_trend_is_given_after_correction_and_the_change_only_when_significant()
    {
        var results = WithScores() with
        {
            Trends = new TrendResults(["2020", "2024"], "2024", "2020", MultipleTestingCorrection.Holm, [])
            {
                Scores =
                [
                    new ScoreTrend("note", IndicatorKind.Score, [], 0.31, 2.5, 1500, 0.01, 0.03, TrendDirection.Up),
                    new ScoreTrend("reco", IndicatorKind.Net, [], -3.4, -1.2, 1500, 0.2, 0.4, TrendDirection.Stable),
                ],
            },
        };
        var model = Model(results);
        Assert.Equal(("en hausse", "+0,3\u00A0point"), (model.Scores[0].Trend, model.Scores[0].Change));
        Assert.Equal(("stable", null), (model.NetScores[0].Trend, model.NetScores[0].Change));
        Assert.Equal("−4\u00A0points", ArticleModelFactory.ChangeText(-3.6, 0));
    }

    [Fact]
    public void The_article_gives_the_score_and_the_recommendation_with_the_regional_comparison()
    {
        var results = WithScores(benchmarks:
        [
            Benchmark("accueil", MeasureUnit.Percent, 83.0, 0.852, BenchmarkVerdict.Above),
            Benchmark("logement", MeasureUnit.Percent, 88.0, 0.826, BenchmarkVerdict.Below),
            Benchmark("note", MeasureUnit.Score, 7.1, 7.84, BenchmarkVerdict.Above),
            Benchmark("reco", MeasureUnit.Points, 10, 12.1, BenchmarkVerdict.InLine),
        ]) with
        {
            Trends = new TrendResults(["2020", "2024"], "2024", "2020", MultipleTestingCorrection.Holm, [])
            {
                Scores = [new ScoreTrend("note", IndicatorKind.Score, [], 0.31, 2.5, 1500, 0.01, 0.03, TrendDirection.Up)],
            },
        };
        var article = Article(results);

        Assert.Contains(
            "\n\nPar rapport aux autres bailleurs de la région, l’Office se situe au-dessus de la moyenne régionale sur : accueil lors des contacts (85,2\u202F% contre 83,0\u202F%)" +
            " ; en dessous de la moyenne régionale sur : logement (82,6\u202F% contre 88,0\u202F%).\n\n## La note globale",
            article,
            StringComparison.Ordinal);
        Assert.Equal(
            "## La note globale et la recommandation\n\n" +
            "**Note globale.** Les locataires attribuent en moyenne la note de 7,8/10 (entre 7,6 et 8,0 compte tenu de la marge d’erreur) ; 72,4\u202F% donnent 7 ou plus. " +
            "Cette note se situe au-dessus de la moyenne régionale (7,8/10 contre 7,1/10). Depuis l’enquête précédente (2020), elle est en hausse (+0,3\u00A0point).\n\n" +
            "**Recommandation.** Le score de recommandation s’établit à +12 (entre +8 et +16 compte tenu de la marge d’erreur) : 35,2\u202F% de promoteurs, qui donnent 9 ou 10, " +
            "moins 23,1\u202F% de détracteurs, qui donnent 6 ou moins. Ce score est dans la moyenne régionale (+10).",
            Section(article, "## La note globale et la recommandation"));
    }

    [Fact]
    public void Only_what_is_in_line_is_said_to_be_in_line()
    {
        var article = Article(WithScores(benchmarks:
        [
            Benchmark("accueil", MeasureUnit.Percent, 85.0, 0.852, BenchmarkVerdict.InLine),
            Benchmark("logement", MeasureUnit.Percent, 80.5, 0.826, BenchmarkVerdict.InLine),
        ]));
        Assert.Contains(
            "\n\nPar rapport aux autres bailleurs de la région, l’Office est dans la moyenne régionale sur : accueil lors des contacts et logement.\n\n",
            article,
            StringComparison.Ordinal);
        Assert.DoesNotContain("au-dessus", article, StringComparison.Ordinal);
        Assert.DoesNotContain("contre", article, StringComparison.Ordinal);
    }

    [Fact]
    public void A_low_base_score_read_from_the_data_is_flagged_in_the_article()
    {
        var results = Read();
        var model = Model(results);
        var score = Assert.Single(model.Scores);

        // Answers 8, 6, 9, 7 (99 is « Ne sait pas »): mean 7.5, 3 of 4 at 7 or more; 4 answers, under the low base of 30.
        Assert.Equal(("7,5/10", "75,0\u202F%", "4", true, false), (score.Mean, score.Share, score.Base, score.LowBase, score.Suppressed));
        var net = Assert.Single(model.NetScores);
        Assert.Equal(("+33", "66,7\u202F%", "33,3\u202F%", "3"), (net.Score, net.Promoters, net.Detractors, net.Base));
        Assert.Contains("compte tenu de la marge d’erreur ; base faible : 4 réponses, à interpréter avec prudence) ; 75,0\u202F% donnent 7 ou plus.", Section(Article(results), "**Note globale.**"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_scores_or_benchmarks_the_article_has_neither()
    {
        using var plain = new TempProject();
        var results = ReportBuilder.Check(plain.ProjectFile);
        var model = Model(results);
        Assert.Empty(model.Scores);
        Assert.Empty(model.NetScores);
        Assert.Empty(model.Benchmarks);
        Assert.Null(model.BenchmarkSummary);
        Assert.All(model.Indicators, i => Assert.Empty(i.Benchmarks));

        var article = Article(results);
        Assert.DoesNotContain("Par rapport", article, StringComparison.Ordinal);
        Assert.DoesNotContain("## La note", article, StringComparison.Ordinal);
        Assert.DoesNotContain("recommandation", article, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", article, StringComparison.Ordinal);

        // Scores without benchmarks: the section, and no comparison in it.
        var scores = Article(WithScores());
        Assert.DoesNotContain("Par rapport", scores, StringComparison.Ordinal);
        Assert.DoesNotContain("moyenne régionale", scores, StringComparison.Ordinal);
        Assert.Contains("\n\n## La note globale et la recommandation\n\n**Note globale.**", scores, StringComparison.Ordinal);
    }

    [Fact]
    public void The_method_note_names_only_the_answers_of_the_shares()
    {
        var article = Article(Read());
        Assert.Contains("additionne les réponses « Très satisfait » et « Plutôt satisfait », rapportées", article, StringComparison.Ordinal);
        Assert.DoesNotContain("Ne sait pas", article, StringComparison.Ordinal);
    }
}
