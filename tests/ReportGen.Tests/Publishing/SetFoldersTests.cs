using ReportGen.Diagnostics;
using ReportGen.Publishing;

namespace ReportGen.Tests.Publishing;

public class SetFoldersTests
{
    [Theory]
    [InlineData("agence", "Agence Nord", "agence-nord")]
    [InlineData("agence", "Nord", "agence-nord")]
    [InlineData("agence", "Résidence Les Œillets", "agence-residence-les-oeillets")]
    [InlineData("agence", "..", "agence")]
    [InlineData("agence", "../../etc/passwd", "agence-etc-passwd")]
    [InlineData("../Agence", "/etc", "agence-etc")]
    [InlineData("..", "Nord", "segment-nord")]
    [InlineData("agence", "C:\\Windows", "agence-c-windows")]
    public void A_slug_is_a_plain_name(string segment, string value, string expected) =>
        Assert.Equal(expected, ProjectPaths.Slug(segment, value));

    [Fact]
    public void A_long_value_is_cut_and_ends_with_a_hash_of_the_whole_value()
    {
        var a = ProjectPaths.Slug("agence", new string('x', 300) + "a");
        var b = ProjectPaths.Slug("agence", new string('x', 300) + "b");

        Assert.Equal(ProjectPaths.MaxSlugLength, a.Length);
        Assert.NotEqual(a, b);
        Assert.Equal(a[..^9], b[..^9]);
    }

    [Fact]
    public void Values_that_fold_to_one_name_get_each_a_hash_whatever_their_order()
    {
        using var warnings = Warnings.Collect();
        string[] values = ["Nord", "RESIDENCE", "Résidence", "residence"];

        var names = SetFolders.Assign("agence", values, []);
        var reversed = SetFolders.Assign("agence", [.. values.Reverse()], []);

        Assert.Equal("agence-nord", names[0]);
        Assert.All(names.Skip(1), n => Assert.Matches("^agence-residence-[0-9a-f]{8}$", n));
        Assert.Equal(4, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(names, reversed.Reverse());
        var warning = Assert.Single(warnings.Items);
        Assert.Equal(DiagnosticCodes.SetFolderClash, warning.Code);
    }

    [Fact]
    public void A_name_another_output_or_the_system_uses_gets_a_hash()
    {
        using var warnings = Warnings.Collect();

        var names = SetFolders.Assign("charts", ["Charts", "Nord"], ["charts", "2026-Q3"]);
        var periods = SetFolders.Assign("2026", ["Q3"], ["charts", "2026-Q3"]);
        var devices = SetFolders.Assign("nul", ["NUL", "Com1"], []);

        Assert.StartsWith("charts-", names[0], StringComparison.Ordinal);
        Assert.Equal("charts-nord", names[1]);
        Assert.StartsWith("2026-q3-", periods[0], StringComparison.Ordinal);
        Assert.StartsWith("nul-", devices[0], StringComparison.Ordinal);
        Assert.Equal("nul-com1", devices[1]);
    }

    [Fact]
    public void A_suffixed_name_that_meets_a_plain_one_gets_a_longer_hash()
    {
        using var warnings = Warnings.Collect();
        var suffixed = $"agence-x-{ProjectPaths.Hash("x", 8)}";

        var names = SetFolders.Assign("agence", ["X", "x", suffixed], []);

        Assert.Equal(3, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
