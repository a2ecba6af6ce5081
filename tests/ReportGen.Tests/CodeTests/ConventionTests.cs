using System.Text.RegularExpressions;
using System.Xml.Linq;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.CodeTests;

/// <summary>Conventions of the repository that a review could miss.</summary>
public partial class ConventionTests
{
    [Fact]
    public void Package_versions_are_pinned_once_and_exactly()
    {
        var props = XDocument.Load(Repo.Path("Directory.Packages.props"));
        var versions = props.Descendants("PackageVersion").ToList();
        Assert.NotEmpty(versions);
        foreach (var package in versions)
        {
            var version = (string?)package.Attribute("Version") ?? "";
            Assert.Matches(ExactVersion(), version);
        }

        foreach (var project in Directory.EnumerateFiles(Repo.Root, "*.csproj", SearchOption.AllDirectories).Where(p => !p.Contains("/obj/", StringComparison.Ordinal)))
        {
            var references = XDocument.Load(project).Descendants("PackageReference");
            Assert.All(references, r => Assert.Null(r.Attribute("Version")));
        }
    }

    [Fact]
    public void Library_code_never_reads_the_clock_or_the_machine_culture()
    {
        var offenders = Directory.EnumerateFiles(Repo.Path("src"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains("/obj/", StringComparison.Ordinal))
            .SelectMany(p => File.ReadLines(p).Select((line, i) => (p, i, line)))
            .Where(x => ClockOrCulture().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(Repo.Root, x.p)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$")]
    private static partial Regex ExactVersion();

    // CurrentUICulture is not the machine's: UiLanguage sets it from --lang or the locale, for the messages only (never
    // the documents), and the resources read it; the formatting culture (CurrentCulture) stays forbidden.
    [GeneratedRegex(@"DateTime(Offset)?\.(Now|UtcNow|Today)|CultureInfo\.CurrentCulture\b|Stopwatch")]
    private static partial Regex ClockOrCulture();
}
