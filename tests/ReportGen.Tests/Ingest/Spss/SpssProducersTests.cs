using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Ingest.Spss;

/// <summary>
/// The SPSS fixtures against their real producers: R haven (Debian r-cran-haven) and PSPP (Debian pspp), installed
/// when missing. Slow (an R and a PSPP install on a fresh machine): out of the default run.
/// </summary>
[Trait("Category", "Integration")]
public partial class SpssProducersTests
{
    [Fact]
    public void Regenerated_fixtures_read_as_the_committed_ones_and_as_pspp_convert_reads_them()
    {
        RequireProducers();
        using var temp = new SavSourceTests.TempFolder();
        var (exit, output) = DebianTool.Run("bash", $"\"{Path.Combine(SpssFixtures.Folder, "make.sh")}\" \"{temp.Root}\" \"{temp.File("survey.sav")}\"");
        Assert.True(exit == 0, output);
        var files = SpssFixtures.All.Select(name => (Committed: SpssFixtures.Path(name), Fresh: temp.File(name)))
            .Append((SpssFixtures.Survey, temp.File("survey.sav")));
        foreach (var (committed, fresh) in files)
        {
            var before = SpssFixtures.Read(committed);
            var after = SpssFixtures.Read(fresh);
            Assert.Empty(after.Diagnostics);
            Assert.Equal(before.Header, after.Header);
            Assert.Equal(before.Rows, after.Rows);

            var csv = fresh + ".csv";
            (exit, output) = DebianTool.Run("pspp-convert", $"--labels \"{fresh}\" \"{csv}\"");
            Assert.True(exit == 0, output);
            var pspp = ParseCsv(File.ReadAllText(csv, Encoding.UTF8));
            Assert.Equal(after.Header, pspp[0]);
            Assert.Equal(after.Rows.Count, pspp.Count - 1);
            for (var row = 0; row < after.Rows.Count; row++)
            {
                for (var column = 0; column < after.Header.Count; column++)
                {
                    var ours = after.Rows[row][column];
                    var theirs = pspp[row + 1][column];
                    Assert.True(Same(ours, theirs), $"{Path.GetFileName(fresh)} case {row + 1}, {after.Header[column]}: we read '{ours}', pspp-convert '{theirs}'");
                }
            }
        }
    }

    /// <summary>The same value as pspp-convert writes it: system-missing as a space, dates as mm/dd/yyyy, numbers in its own digits.</summary>
    private static bool Same(string ours, string theirs)
    {
        if (ours == theirs || (ours.Length == 0 && theirs == " "))
        {
            return true;
        }

        if (AmericanDate().Match(theirs) is { Success: true } date)
        {
            return ours == $"{date.Groups[3].Value}-{date.Groups[1].Value}-{date.Groups[2].Value}";
        }

        return double.TryParse(ours, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
            && double.TryParse(theirs, NumberStyles.Float, CultureInfo.InvariantCulture, out var b) && a == b;
    }

    private static void RequireProducers()
    {
        DebianTool.Require("pspp-convert", "pspp");
        DebianTool.Require("Rscript", "r-cran-haven");
        DebianTool.RequirePackage("r-cran-haven", () => DebianTool.Run("Rscript", "-e \"library(haven)\"").ExitCode == 0);
    }

    /// <summary>pspp-convert's CSV: ',' separated, '"' quoted with doubled quotes, one record a line.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var records = new List<string[]>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            var content = line.TrimEnd('\r');
            for (var i = 0; i < content.Length; i++)
            {
                var c = content[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < content.Length && content[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else
                {
                    field.Append(c);
                }
            }

            fields.Add(field.ToString());
            records.Add([.. fields]);
        }

        return records;
    }

    [GeneratedRegex(@"^(\d\d)/(\d\d)/(\d{4})$")]
    private static partial Regex AmericanDate();
}
