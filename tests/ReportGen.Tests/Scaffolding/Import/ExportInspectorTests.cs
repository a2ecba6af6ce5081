using System.Text;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Scaffolding.Import;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Scaffolding.Import;

public sealed class ExportInspectorTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "reportgen-tests", Guid.NewGuid().ToString("N"));

    public ExportInspectorTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    internal static string Fixture(string name) => Repo.Path("tests", "ReportGen.Tests", "Fixtures", "Exports", name);

    private static ImportPlan Inspect(string path)
    {
        var bag = new DiagnosticBag();
        var plan = ExportInspector.Inspect(path, null, bag);
        Assert.True(plan is not null, string.Join("\n", bag.Items));
        return plan;
    }

    private string Write(string name, string text, Encoding? encoding = null)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, (encoding ?? new UTF8Encoding(false)).GetBytes(text));
        return path;
    }

    private static ColumnDecision Column(ImportPlan plan, string name) => plan.Columns.Single(c => c.Name == name);

    [Fact]
    public void Qualtrics_export_skips_its_two_header_rows_and_leaves_out_previews_and_unfinished_responses()
    {
        var plan = Inspect(Fixture("qualtrics.csv"));
        Assert.Equal(ExportShape.Qualtrics, plan.Shape);
        Assert.Equal((1, 2), (plan.HeaderRow, plan.SkipRows));
        Assert.Equal((305L, 300L), (plan.Rows, plan.RowsKept));
        var status = plan.KeepRows.Single(r => r.Column == "Status");
        Assert.Equal(RowRuleKind.DiffersFromAll, status.Kind);
        Assert.Contains("Survey Preview", status.Values);
        Assert.DoesNotContain("1", status.Values); // a choice-text export: the labels, not the codes
        Assert.Equal(2, status.RowsLeftOut);
        var finished = plan.KeepRows.Single(r => r.Column == "Finished");
        Assert.Equal((RowRuleKind.EqualsAny, 3L), (finished.Kind, finished.RowsLeftOut));
        Assert.Equal(["True", "1"], finished.Values);
        Assert.Equal("ResponseId", plan.RespondentId);
        Assert.Equal(["agence", "residence"], plan.Segments.Select(s => s.Id));
        Assert.Equal(["Q1_1", "Q1_2", "Q1_3", "Q1_4", "Q2"], plan.Indicators.Select(i => i.Column));
        Assert.Equal("note-10", plan.Indicators.Single(i => i.Column == "Q2").ScaleId);
        var proprete = plan.Indicators.Single(i => i.Column == "Q1_2");
        Assert.Equal(("Propreté des parties communes", "satisfaits de la propreté des parties communes"), (proprete.Label, proprete.Statement));
        Assert.Equal("q1-4", plan.Overall);
        foreach (var meta in new[] { "StartDate", "IPAddress", "Duration (in seconds)", "RecipientEmail", "UserLanguage", "LocationLatitude" })
        {
            Assert.Equal(ColumnRole.Metadata, Column(plan, meta).Role);
        }

        Assert.Equal(ColumnRole.FreeText, Column(plan, "Q3").Role);
        Assert.Equal(new DateOnly(2024, 3, 22), plan.PublicationDate);
    }

    [Theory]
    [InlineData("Response ID", "Date submitted", "Last page", "Start language")]
    [InlineData("ID de la réponse", "Date de soumission", "Dernière page", "Langue de départ")]
    [InlineData("id. Response ID", "submitdate. Date submitted", "lastpage. Last page", "startlanguage. Start language")]
    public void LimeSurvey_is_recognised_under_full_text_headings_too(string id, string submitted, string lastPage, string language)
    {
        var rows = string.Concat(Enumerable.Range(1, 12).Select(i =>
            $"{i},{(i % 4 == 0 ? "" : "2024-03-01 10:00:00")},3,fr,{(i % 3 == 0 ? "Agence Sud" : "Agence Nord")},{(i % 2 == 0 ? "Très satisfait" : "Plutôt pas satisfait")}\n"));
        var plan = Inspect(Write("lime.csv", $"{id},{submitted},{lastPage},{language},Votre agence,Accueil\n{rows}"));

        Assert.Equal(ExportShape.LimeSurvey, plan.Shape);
        var rule = Assert.Single(plan.KeepRows);
        Assert.Equal((submitted, RowRuleKind.NotEmpty, 3L), (rule.Column, rule.Kind, rule.RowsLeftOut));
        Assert.Equal(id, plan.RespondentId);
        Assert.Equal(ColumnRole.Metadata, Column(plan, lastPage).Role);
        Assert.Equal(ColumnRole.Metadata, Column(plan, language).Role);
        Assert.Equal(9, plan.RowsKept);
    }

    [Fact]
    public void LimeSurvey_export_leaves_out_responses_without_a_submit_date()
    {
        var plan = Inspect(Fixture("limesurvey.csv"));
        Assert.Equal(ExportShape.LimeSurvey, plan.Shape);
        Assert.Equal(0, plan.SkipRows);
        var rule = Assert.Single(plan.KeepRows);
        Assert.Equal(("submitdate", RowRuleKind.NotEmpty, 4L), (rule.Column, rule.Kind, rule.RowsLeftOut));
        Assert.Equal(300, plan.RowsKept);
        Assert.Equal("id", plan.RespondentId);
        Assert.Equal(["AGENCE", "RESIDENCE"], plan.Segments.Select(s => s.Column));
        Assert.Equal(["satis-accueil", "satis-proprete", "satis-logement", "satis-globale", "note"], plan.Indicators.Select(i => i.Id));
        Assert.Equal("Accueil", plan.Indicators[0].Label);
        Assert.Equal(("utf-8", true, ','), (plan.Dialect!.Encoding, plan.Dialect.Bom, plan.Dialect.Delimiter));
        foreach (var meta in new[] { "lastpage", "startlanguage", "seed", "startdate", "datestamp" })
        {
            Assert.Equal(ColumnRole.Metadata, Column(plan, meta).Role);
        }
    }

    [Fact]
    public void Institute_cp1252_export_is_read_as_windows_1252_with_its_weight_and_decimal_comma()
    {
        var plan = Inspect(Fixture("institute-cp1252.csv"));
        Assert.Equal(ExportShape.Institute, plan.Shape);
        Assert.Equal(("windows-1252", false, ';'), (plan.Dialect!.Encoding, plan.Dialect.Bom, plan.Dialect.Delimiter));
        Assert.Equal(',', plan.DecimalSeparator);
        Assert.Equal("N° questionnaire", plan.RespondentId);
        Assert.Equal("Poids", plan.Weight);
        Assert.Empty(plan.KeepRows);
        Assert.Equal(["agence", "residence"], plan.Segments.Select(s => s.Id));
        Assert.Equal(["q1-accueil", "q2-proprete", "q3-logement", "q4-globale", "q5-note"], plan.Indicators.Select(i => i.Id));
        Assert.Equal(ColumnRole.FreeText, Column(plan, "Commentaire").Role);
    }

    [Fact]
    public void Institute_utf8_export_with_bom_is_utf8()
    {
        var plan = Inspect(Fixture("institute-utf8-bom.csv"));
        Assert.Equal(("utf-8", true, ','), (plan.Dialect!.Encoding, plan.Dialect.Bom, plan.Dialect.Delimiter));
        Assert.Equal("N° questionnaire", plan.RespondentId);
        Assert.Null(plan.Weight);
        Assert.Equal(5, plan.Indicators.Count);
    }

    [Fact]
    public void Workbook_header_below_its_title_rows_is_found()
    {
        var plan = Inspect(Fixture("survey.xlsx"));
        Assert.Equal((SourceFormat.Xlsx, 3, 0), (plan.Format, plan.HeaderRow, plan.SkipRows));
        Assert.Equal("N° questionnaire", plan.RespondentId);
        Assert.Equal(5, plan.Indicators.Count);
    }

    [Fact]
    public void Spss_value_labels_meet_the_scale()
    {
        var plan = Inspect(Fixture("survey.sav"));
        Assert.Equal(SourceFormat.Sav, plan.Format);
        Assert.Null(plan.Dialect);
        Assert.Equal(["satisfaction-4", "satisfaction-4", "satisfaction-4", "satisfaction-4", "note-10"], plan.Indicators.Select(i => i.ScaleId));
        Assert.Equal(["agence", "residence"], plan.Segments.Select(s => s.Id));
    }

    [Fact]
    public void Answers_differing_by_accents_case_or_gender_meet_the_scale_and_are_written_as_aliases()
    {
        var path = Write("accents.csv", "id;agence;q1\n1;Nord;tres satisfait\n2;Nord;PLUTOT SATISFAIT\n3;Sud;Plutôt satisfaite\n4;Sud;pas du tout satisfait\n5;Sud;NSP\n6;Nord;Sans avis\n");
        var plan = Inspect(path);
        var indicator = Assert.Single(plan.Indicators);
        Assert.Equal("satisfaction-4", indicator.ScaleId);
        var aliases = Assert.Single(plan.Scales).AliasesSeen;
        Assert.Equal(["tres satisfait"], aliases["Très satisfait"]);
        Assert.Equal(["PLUTOT SATISFAIT", "Plutôt satisfaite"], aliases["Plutôt satisfait"]);
        Assert.False(aliases.ContainsKey("Pas du tout satisfait")); // differs by case only: the build matches it as it is
        Assert.Contains("Ne sait pas, Sans avis", Column(plan, "q1").Why.Args[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Satisfait", "Peu satisfait", "Pas satisfait", "satisfaction-3")]
    [InlineData("Tout à fait d'accord", "Plutôt pas d’accord", "Pas du tout d'accord", "accord-4")]
    [InlineData("Très satisfait", "Satisfait", "Très insatisfait", "satisfaction-5")]
    public void Each_known_scale_is_recognised(string a, string b, string c, string scale)
    {
        var path = Write("scale.csv", $"id;question\n1;{a}\n2;{b}\n3;{c}\n4;{a}\n");
        Assert.Equal(scale, Assert.Single(Inspect(path).Indicators).ScaleId);
    }

    /// <summary>An export with four 0–10 questions: an overall score, and three that ask for a recommendation in their own words.</summary>
    internal static string ScoresExport()
    {
        var rows = new StringBuilder("id;agence;q1_satisfaction_globale;note_globale;q13_recommandation;NPS;Q9. Conseilleriez-vous l'Office à un proche ?\n");
        for (var i = 1; i <= 60; i++)
        {
            rows.Append(i).Append(';').Append(i % 3 == 0 ? "Nord" : "Sud").Append(';').Append(i % 4 == 0 ? "Plutôt pas satisfait" : "Très satisfait").Append(';')
                .Append(i % 11).Append(';').Append(i % 17 == 0 ? "Ne sait pas" : ((i * 7) % 11).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(';')
                .Append((i * 3) % 11).Append(';').Append(10 - (i % 11)).Append('\n');
        }

        return rows.ToString();
    }

    [Fact]
    public void A_0_10_question_is_a_score_and_one_that_says_recommendation_is_a_net_score()
    {
        var plan = Inspect(Write("scores.csv", ScoresExport()));
        var kinds = plan.Indicators.ToDictionary(i => i.Column, i => i.Kind, StringComparer.Ordinal);
        Assert.Equal(IndicatorKind.Share, kinds["q1_satisfaction_globale"]);
        Assert.Equal(IndicatorKind.Score, kinds["note_globale"]);
        Assert.Equal(IndicatorKind.Net, kinds["q13_recommandation"]);
        Assert.Equal(IndicatorKind.Net, kinds["NPS"]);
        Assert.Equal(IndicatorKind.Net, kinds["Q9. Conseilleriez-vous l'Office à un proche ?"]);
        Assert.Equal(("col.score", ColumnRole.Score), (Column(plan, "note_globale").Why.Key, Column(plan, "note_globale").Role));
        Assert.Equal(("col.net", "Ne sait pas"), (Column(plan, "q13_recommandation").Why.Key, Assert.Single(Column(plan, "q13_recommandation").Why.Args)));
        Assert.Contains("a net score", ImportMessages.Text(Column(plan, "NPS").Why), StringComparison.Ordinal);
        // Overall satisfaction is the share, even where a score's name says « globale » too.
        Assert.Equal("q1-satisfaction-globale", plan.Overall);
    }

    [Fact]
    public void What_cannot_be_decided_is_left_out_and_said()
    {
        var rows = new StringBuilder("numero;agence;q1;q2;q3;sexe;note_libre\n");
        for (var i = 1; i <= 40; i++)
        {
            rows.Append(i % 10 == 0 ? 1 : i).Append(';').Append(i % 7 == 0 ? "" : i % 2 == 0 ? "Nord" : "Sud").Append(';')
                .Append(i % 3 == 0 ? "Moyen" : i % 3 == 1 ? "Très satisfait" : "Plutôt satisfait").Append(';').Append(i % 4 + 1).Append(';').Append(i % 3 == 0 ? "Satisfait" : "Plutôt satisfait")
                .Append(';').Append(i % 2 == 0 ? "F" : "H").Append(';').Append("texte ").Append(i).Append('\n');
        }

        var plan = Inspect(Write("undecided.csv", rows.ToString()));
        Assert.Null(plan.RespondentId);
        Assert.Equal(("col.id.duplicates", ColumnRole.Undecided), (Column(plan, "numero").Why.Key, Column(plan, "numero").Role));
        Assert.Equal("col.segment.blanks", Column(plan, "agence").Why.Key);
        Assert.Equal("col.scale.partial", Column(plan, "q1").Why.Key);
        Assert.Contains("'Moyen'", Column(plan, "q1").Why.Args[1], StringComparison.Ordinal);
        Assert.Equal("col.codes", Column(plan, "q2").Why.Key); // 1 to 4 with no labels: which end is satisfied?
        Assert.Equal(ColumnRole.Undecided, Column(plan, "q3").Role); // two scales mixed
        Assert.Equal("col.few-values", Column(plan, "sexe").Why.Key);
        Assert.Empty(plan.Indicators);
        Assert.Contains(plan.Notes, n => n.Key == "note.no-id");
    }

    [Fact]
    public void Bytes_that_are_not_utf8_make_the_file_windows_1252_even_far_down()
    {
        var text = new StringBuilder("id\tq1\n");
        for (var i = 0; i < 5000; i++)
        {
            text.Append(i).Append('\t').Append(i % 2 == 0 ? "Plutôt satisfait" : "Pas du tout satisfait").Append('\n');
        }

        var utf8 = Encoding.UTF8.GetBytes(text.ToString());
        var path = Path.Combine(_dir, "late.tsv");
        File.WriteAllBytes(path, [.. utf8, .. "5000\tTr"u8, 0xE8, .. "s satisfait\n"u8]);
        var plan = Inspect(path);
        Assert.Equal(("windows-1252", '\t'), (plan.Dialect!.Encoding, plan.Dialect.Delimiter));
        Assert.Equal("enc.cp1252", plan.Dialect.EncodingReason.Key);
    }

    [Fact]
    public void A_missing_file_an_old_xls_and_a_workbook_are_diagnostics()
    {
        var bag = new DiagnosticBag();
        Assert.Null(ExportInspector.Inspect(Path.Combine(_dir, "none.csv"), null, bag));
        Assert.Equal(DiagnosticCodes.ImportFileNotFound, Assert.Single(bag.Items).Code);

        bag = new DiagnosticBag();
        Assert.Null(ExportInspector.Inspect(Write("old.xls", "x"), null, bag)); // an .xls that is no workbook
        Assert.Equal(DiagnosticCodes.ExcelUnreadable, Assert.Single(bag.Items).Code);

        bag = new DiagnosticBag();
        Assert.Null(ExportInspector.Inspect(Write("data.csv", "id;q1\n1;Satisfait\n"), "Feuil1", bag));
        Assert.Equal(DiagnosticCodes.ImportOptionConflict, Assert.Single(bag.Items).Code);
    }

    [Fact]
    public void A_header_with_no_rows_is_refused()
    {
        var bag = new DiagnosticBag();
        Assert.Null(ExportInspector.Inspect(Write("empty.csv", "id;q1\n"), null, bag));
        Assert.Equal(DiagnosticCodes.NoDataRows, Assert.Single(bag.Items).Code);
    }
}
