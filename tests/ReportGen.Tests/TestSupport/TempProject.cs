using System.Text;

namespace ReportGen.Tests.TestSupport;

/// <summary>
/// A small project in a temporary folder: a project file, an indicator file with a 4-point scale and two
/// indicators, and a CSV. Tests change one of the three to show one behaviour.
/// </summary>
internal sealed class TempProject : IDisposable
{
    public const string DefaultIndicators = """
        scales:
          - id: sat4
            categories:
              - { code: "1", label: Très satisfait, satisfied: true }
              - { code: "2", label: Plutôt satisfait, satisfied: true }
              - { code: "3", label: Plutôt pas satisfait }
              - { code: "4", label: Pas du tout satisfait }
            excluded:
              - { code: "9", label: Ne sait pas, aliases: [NSP] }
        themes:
          - { id: accueil, label: Accueil }
          - { id: logement, label: Logement }
        indicators:
          - id: accueil
            label: Accueil
            statement: satisfaits de l'accueil
            column: q1
            scale: sat4
            theme: accueil
            target: 80
          - id: logement
            label: Logement
            statement: satisfaits de leur logement
            column: q2
            scale: sat4
            theme: logement
        """;

    public const string DefaultProject = """
        organisation: Office Test
        survey: Enquête test
        period: { label: "2024" }
        publication_date: 2024-06-01
        indicators: indicators.yaml
        data:
          - path: data.csv
            dialect: { delimiter: ";", decimal: "," }
            columns:
              respondent_id: id
              weight: poids
        """;

    public const string DefaultCsv = "id;poids;q1;q2\n1;1;1;2\n2;1;2;3\n3;1;3;NSP\n4;1;1;1\n";

    public TempProject(string? project = null, string? indicators = null, string? csv = null)
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reportgen-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Write("reportgen.yaml", project ?? DefaultProject);
        Write("indicators.yaml", indicators ?? DefaultIndicators);
        Write("data.csv", csv ?? DefaultCsv);
    }

    public string Directory { get; }

    public string ProjectFile => Path("reportgen.yaml");

    public string OutDir => Path("out");

    public string Path(string name) => System.IO.Path.Combine(Directory, name);

    public void Write(string name, string text) => File.WriteAllText(Path(name), text, new UTF8Encoding(false));

    public void WriteBytes(string name, byte[] bytes) => File.WriteAllBytes(Path(name), bytes);

    public CliRun Build() => CliRun.Of("build", ProjectFile, "--out", OutDir);

    public CliRun Validate() => CliRun.Of("validate", ProjectFile);

    /// <summary>Every file under the project folder but the inputs, to prove a failed build wrote nothing.</summary>
    public IReadOnlyList<string> Outputs() =>
        [.. System.IO.Directory.EnumerateFileSystemEntries(Directory, "*", SearchOption.AllDirectories)
            .Select(p => System.IO.Path.GetRelativePath(Directory, p))
            .Where(p => p is not ("reportgen.yaml" or "indicators.yaml" or "data.csv"))
            .Order(StringComparer.Ordinal)];

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
