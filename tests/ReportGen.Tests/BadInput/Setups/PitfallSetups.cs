namespace ReportGen.Tests.BadInput.Setups;

/// <summary>
/// No <c>--out</c> and no <c>outputs: directory:</c>: the build writes to <c>out/</c> beside the project file, not to
/// an <c>out/</c> of the current folder (issue 11, part 4).
/// </summary>
public sealed class PitfallsDefaultOut : ICorpusSetup
{
    public string Name => "pitfalls-default-out";

    public void Apply(CorpusContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.OutDir = null;
    }

    public void Verify(CorpusContext context, int exitCode, string standardError)
    {
        ArgumentNullException.ThrowIfNull(context);
        Assert.True(exitCode == 0, standardError);
        Assert.True(File.Exists(context.Path("out/newsletter.md")), "no out/newsletter.md beside the project file");
        Assert.Contains("\"path\": \"newsletter.md\"", File.ReadAllText(context.Path("out/manifest.json")), StringComparison.Ordinal);
    }
}

/// <summary>
/// The data file sits in the project's <c>out/</c> folder and no output folder is given: the default, <c>out/</c>
/// beside the project file, would hold an input, and is refused before anything is written.
/// </summary>
public sealed class PitfallsDefaultOutHoldsData : ICorpusSetup
{
    public string Name => "pitfalls-default-out-holds-data";

    public void Apply(CorpusContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Directory.CreateDirectory(context.Path("out"));
        File.Move(context.Path("data.csv"), context.Path("out/data.csv"));
        var project = File.ReadAllText(context.Path("reportgen.yaml")).Replace("  - path: data.csv", "  - path: out/data.csv", StringComparison.Ordinal);
        File.WriteAllText(context.Path("reportgen.yaml"), project);
        context.OutDir = null;
    }
}
