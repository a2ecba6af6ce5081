using ReportGen.Diagnostics;
using ReportGen.Tests.TestSupport;
using ReportGen.Verbatims;

namespace ReportGen.Tests.Verbatims;

/// <summary>The committed rule set, loaded once for the tests that code comments with it.</summary>
internal static class VerbatimTestData
{
    private static readonly Lazy<VerbatimRuleSet> Committed = new(() =>
    {
        var bag = new DiagnosticBag();
        var rules = VerbatimRuleLoader.Load(Repo.Path("data", "verbatim-themes.yaml"), "data/verbatim-themes.yaml", bag);
        Assert.True(rules is not null, string.Join(Environment.NewLine, bag.Items));
        return rules;
    });

    public static VerbatimRuleSet Rules => Committed.Value;

    /// <summary>A rule set from YAML text written to a temporary file, with the problems found.</summary>
    public static (VerbatimRuleSet? Rules, IReadOnlyList<Diagnostic> Diagnostics) Load(string yaml)
    {
        var path = Path.Combine(Path.GetTempPath(), $"verbatim-rules-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        try
        {
            var bag = new DiagnosticBag();
            var rules = VerbatimRuleLoader.Load(path, "rules.yaml", bag);
            return (rules, bag.Items);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
