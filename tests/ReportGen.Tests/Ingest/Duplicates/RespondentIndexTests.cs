using System.Text;
using CsCheck;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Ingest;
using ReportGen.Ingest.Duplicates;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Ingest.Duplicates;

public sealed class RespondentIndexTests
{
    /// <summary>Rows with duplicate ids (within and across waves), an off-scale answer on a duplicate row and on a later one.</summary>
    private static string Csv()
    {
        var text = new StringBuilder("id;vague;poids;q1;q2\n");
        for (var i = 0; i < 40; i++)
        {
            var id = i is 12 or 30 ? "R3" : i == 25 ? "R7" : $"R{i}";
            var q2 = i is 30 or 35 ? "hors échelle" : "2";
            text.Append(id).Append(';').Append(i % 2 == 0 ? "2023" : "2024").Append(";1;1;").Append(q2).Append('\n');
        }

        return text.ToString();
    }

    private static (string[] Problems, int Suppressed, string[] Warnings) Read(TempProject project, RespondentIndexOptions options, int limit = 50)
    {
        var load = new DiagnosticBag();
        var loaded = ProjectLoader.TryLoad(project.ProjectFile, load);
        Assert.True(loaded is not null, string.Join("\n", load.Items));
        var bag = new DiagnosticBag(limit);
        using var warnings = Warnings.Collect();
        SurveyReader.Read(loaded!.Data[0], loaded.Catalog.Indicators, loaded.Catalog, [], bag, options);
        return ([.. bag.Items.Select(d => d.ToString())], bag.Suppressed, [.. warnings.Items.Select(d => d.ToString())]);
    }

    private static TempProject Project() =>
        new(project: TempProject.DefaultProject.Replace("weight: poids", "weight: poids\n      wave: vague", StringComparison.Ordinal), csv: Csv());

    [Theory]
    [InlineData(50)]
    [InlineData(2)]
    public void Duplicates_found_through_runs_on_disk_are_reported_as_the_in_memory_index_reports_them(int limit)
    {
        using var project = Project();
        using var folder = new TempFolder();
        var memory = Read(project, RespondentIndexOptions.Default, limit);
        var spilled = Read(project, new RespondentIndexOptions(MemoryEntries: 3, RunRecords: 4, Folder: folder.Path), limit);

        Assert.Contains(memory.Problems, p => p.Contains("error RG204: respondent id 'R3' (column 'id') already appears at line 14, in the same wave '2023'.", StringComparison.Ordinal));
        Assert.Equal(memory.Problems, spilled.Problems);
        Assert.Equal(memory.Suppressed, spilled.Suppressed);
        Assert.Equal(memory.Warnings, spilled.Warnings);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Runs_merge_into_the_sorted_sequence_whatever_the_run_size()
    {
        Gen.Select(Gen.Int[1, 9], Gen.Select(Gen.Int[0, 3], Gen.ULong[0, 6]).Array[0, 300]).Sample((run, keys) =>
        {
            var records = keys.Select((k, line) => new Respondent(k.Item1, k.Item2, line + 1)).ToArray();
            using var sorter = new ExternalSorter<Respondent, ByRespondent>(run, null);
            foreach (var record in records)
            {
                sorter.Add(record);
            }

            var expected = records.OrderBy(r => r.Wave).ThenBy(r => r.Id).ThenBy(r => r.Line).ToArray();
            Assert.Equal(expected, sorter.Sorted().ToArray());
            Assert.Equal(records.Length <= run ? 0 : (records.Length - 1) / run, sorter.Runs);
        });
    }

    [Fact]
    public void A_temporary_folder_that_cannot_hold_a_file_is_a_problem_of_the_machine()
    {
        using var project = Project();
        using var folder = new TempFolder();
        var notAFolder = Path.Combine(folder.Path, "file");
        File.WriteAllText(notAFolder, "");

        var error = Assert.Throws<EnvironmentException>(() => Read(project, new RespondentIndexOptions(2, 2, Path.Combine(notAFolder, "tmp"))));
        Assert.StartsWith("the temporary folder '", error.Message, StringComparison.Ordinal);
        Assert.Equal([notAFolder], Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Runs_leave_no_file_behind_when_the_read_fails()
    {
        using var project = Project();
        using var folder = new TempFolder();
        project.Write("data.csv", Csv() + "R99;2023;1;1\n");

        var (problems, _, _) = Read(project, new RespondentIndexOptions(2, 2, folder.Path));

        Assert.Contains(problems, p => p.Contains("error RG20", StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("reportgen-index-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
