using System.Globalization;
using System.Text;
using ReportGen.Analysis;
using ReportGen.Tests.Analysis.Scores;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Publishing.Results;

/// <summary>
/// A project with every kind of figure the scores add, for the outputs' tests: the R oracle's weighted answers of two
/// waves (Fixtures/R/Scores) read as a share, a score with a threshold and a target, and a net score with a target; a
/// staff file that answered the score; a segment with two values; benchmarks for each kind, with and without a base.
/// </summary>
internal static class ScoreSample
{
    private const string Indicators = """
        scales:
          - id: sat4
            categories:
              - { code: "1", label: Très satisfait, satisfied: true }
              - { code: "2", label: Plutôt pas satisfait }
          - id: note-10
            label: note de 0 à 10
            range: { min: 0, max: 10 }
            excluded: [ { code: "99", label: Ne sait pas } ]
        themes:
          - { id: global, label: Global }
        indicators:
          - { id: accueil, label: Accueil, statement: satisfaits de l'accueil, column: q1, scale: sat4, theme: global, target: 60 }
          - { id: note, kind: score, threshold: 7, target: 7.5, label: Note globale, statement: note globale, column: note, scale: note-10, theme: global }
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
                - { id: groupe, column: q1, label: groupes }
        mirror:
          path: staff.csv
          dialect: { delimiter: ";", decimal: "." }
          columns:
            respondent_id: id
            weight: w
        """;

    private const string Benchmarks = """
        benchmarks:
          - { indicator: accueil, value: 50, unit: percent, source: Enquête régionale, year: 2023, base: 2000, label: moyenne régionale }
          - { indicator: note, value: 7.2, unit: score, source: Enquête régionale, year: 2023, label: moyenne régionale }
          - { indicator: reco, value: 10, unit: points, source: Enquête régionale, year: 2023, label: moyenne régionale }
        """;

    private static readonly Lazy<SurveyResults> Lazy = new(Build);

    /// <summary>The results of the current wave, computed once.</summary>
    public static SurveyResults Results => Lazy.Value;

    /// <summary>The same results without any benchmark, as a project without a benchmark file has them.</summary>
    public static SurveyResults WithoutBenchmarks => Results with { Benchmarks = [] };

    private static SurveyResults Build()
    {
        using var project = new TempProject(Project, Indicators, ROracle.Csv(null, "wave1", "wave2"));
        project.Write("staff.csv", ROracle.StaffCsv());
        project.Write("benchmarks.yaml", Benchmarks);
        return ReportBuilder.Check(project.ProjectFile);
    }

}
