using ReportGen.Diagnostics;
using ReportGen.Tests.BadInput;

namespace ReportGen.Tests.Verbatims;

/// <summary>The free texts of the results every document is made from, redacted once, and staff figures under min_group withheld.</summary>
public class PrivacyFilterTests
{
    private static string Project(string extra = "") => $$"""
        organisation: Office Test, 01 23 45 67 89
        survey: Enquête test
        period: { label: "2024" }
        publication_date: 2024-06-01
        indicators: indicators.yaml
        action_plan: action-plan.yaml
        data:
          - path: data.csv
            dialect: { delimiter: ";", decimal: "," }
            columns:
              respondent_id: id
              weight: poids
              segments:
                - { id: agence, column: agence, label: agences }
        verbatims:
          path: verbatims.csv
          dialect: { delimiter: ";" }
          columns: { respondent_id: id, respondent_type: type, moment: moment, text: commentaire }
          rules: verbatim-themes.yaml
          deny_list: [Karim Benali]
        thresholds: { suppress_below: 1, low_base: 1 }
        {{extra}}
        """;

    [Fact]
    public void Action_plan_project_texts_and_segment_values_are_redacted_with_the_deny_list_and_each_is_warned_of()
    {
        using var project = BadInputCorpusTests.BaseProject();
        project.Write("reportgen.yaml", Project());
        project.Write("action-plan.yaml", File.ReadAllText(project.Path("action-plan.yaml")).Replace("owner: Service relation client", "owner: Karim Benali", StringComparison.Ordinal));
        project.Write("data.csv", "id;poids;agence;q1;q2\n1;1;Chez Karim Benali;1;2\n2;1;Sud;2;3\n");

        using var warnings = Warnings.Collect();
        var results = ReportBuilder.Check(project.ProjectFile);

        Assert.Equal("Office Test, […]", results.Project.Organisation);
        Assert.Equal("[…]", results.Project.ActionPlan!.Actions.Single().Owner);
        Assert.Equal(["Chez […]", "Sud"], results.Segments.Single().Values.Select(v => v.Value));
        Assert.Contains(warnings.Items, w => w.Code == DiagnosticCodes.PersonalDataMasked && w.Message.StartsWith("the owner of action 'A-2024-01' holds personal data (a name)", StringComparison.Ordinal));
        Assert.Contains(warnings.Items, w => w.Code == DiagnosticCodes.PersonalDataMasked && w.Message.Contains("phone number", StringComparison.Ordinal));
    }

    [Fact]
    public void The_ordinary_texts_of_the_sample_are_left_as_they_are()
    {
        var results = ReportBuilder.Check(TestSupport.Repo.Path("data", "reportgen.yaml"));
        var raw = ReportGen.Definitions.ProjectLoader.TryLoad(TestSupport.Repo.Path("data", "reportgen.yaml"), new DiagnosticBag())!;

        Assert.Equal(raw.Organisation, results.Project.Organisation);
        Assert.Equal(raw.ActionPlan!.Actions.Select(a => (a.Label, a.Finding, a.Owner, a.WhatChanges)), results.Project.ActionPlan!.Actions.Select(a => (a.Label, a.Finding, a.Owner, a.WhatChanges)));
        Assert.DoesNotContain(results.Segments.SelectMany(s => s.Values), v => v.Value.Contains('…', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("id;q1;q2\nC1;1;4\nC2;3;4\nC3;3;4\n", true, new[] { "accueil", "logement" })]
    [InlineData("id;q1;q2\nC1;1;1\nC2;1;3\nC3;1;3\nC4;1;\nC5;1;\nC6;3;\n", false, new[] { "logement" })]
    public void No_staff_figure_is_kept_for_a_staff_file_or_an_item_under_min_group(string staff, bool whole, string[] withheld)
    {
        using var project = BadInputCorpusTests.BaseProject();
        project.Write("reportgen.yaml", Project("mirror:\n  path: staff.csv\n  dialect: { delimiter: \";\" }\n  columns: { respondent_id: id }\n"));
        project.Write("staff.csv", staff);

        var mirror = ReportBuilder.Check(project.ProjectFile).Mirror!;

        Assert.Equal(whole, mirror.Withheld);
        Assert.Equal(withheld, mirror.WithheldItems);
        foreach (var id in withheld)
        {
            var estimate = mirror.StaffEstimates.Single(e => e.IndicatorId == id);
            Assert.True(estimate.Suppressed);
            Assert.Null(estimate.Satisfied);
            var gap = mirror.Gaps.Single(g => g.IndicatorId == id);
            Assert.Null(gap.StaffSatisfied);
            Assert.Equal(ReportGen.Analysis.MirrorGapClass.Unavailable, gap.Class);
        }

        Assert.All(mirror.StaffEstimates.Where(e => !withheld.Contains(e.IndicatorId)), e => Assert.NotNull(e.Satisfied));
    }
}
