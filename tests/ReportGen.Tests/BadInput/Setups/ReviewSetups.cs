using System.Text;

namespace ReportGen.Tests.BadInput.Setups;

/// <summary>review-sample --out naming the article of the previous build in the output folder: its .md is the build's newsletter.md.</summary>
public sealed class ReviewSampleOutBuildOutput : ICorpusSetup
{
    public string Name => "review-sample-out-build-output";

    public void Apply(CorpusContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.ExtraArgs.AddRange(["--out", Path.Combine(context.OutDir!, "newsletter.csv")]);
    }
}

/// <summary>review-sample --out in a folder that does not exist: refused, and no folder made.</summary>
public sealed class ReviewSampleOutMissingFolder : ICorpusSetup
{
    public string Name => "review-sample-out-missing-folder";

    public void Apply(CorpusContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.ExtraArgs.AddRange(["--out", context.Path(Path.Combine("nowhere", "deeper", "sample.csv"))]);
    }

    public void Verify(CorpusContext context, int exitCode, string standardError)
    {
        ArgumentNullException.ThrowIfNull(context);
        Assert.False(Directory.Exists(context.Path("nowhere")));
    }
}

/// <summary>review-sample --out beside a person's notes of the same name: the notes are not a review sample, and stay.</summary>
public sealed class ReviewSampleOutForeignFile : ICorpusSetup
{
    public string Name => "review-sample-out-foreign-file";

    public void Apply(CorpusContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        File.WriteAllText(context.Path("notes.md"), "# Mes notes\n", new UTF8Encoding(false));
        context.ExtraArgs.AddRange(["--out", context.Path("notes.csv")]);
    }

    public void Verify(CorpusContext context, int exitCode, string standardError)
    {
        ArgumentNullException.ThrowIfNull(context);
        Assert.Equal("# Mes notes\n", File.ReadAllText(context.Path("notes.md")));
        Assert.False(File.Exists(context.Path("notes.csv")));
    }
}
