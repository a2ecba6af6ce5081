using System.Text;

namespace ReportGen.Tests.BadInput.Setups;

/// <summary>
/// Rows weighing 0 count toward no publication threshold: in the case's data, agency Sud has one answer of positive
/// weight and nine weighing 0, with <c>suppress_below: 5</c>. Its document set (<c>--per agence</c>) must show a base
/// of 1 and suppress the figure (it was published on a base of 10); the whole survey counts 7 answers, not 16.
/// </summary>
public sealed class NumberZeroWeightsNotPublished : ICorpusSetup
{
    public string Name => "number-zero-weights-not-published";

    public void Apply(CorpusContext context)
    {
    }

    public void Verify(CorpusContext context, int exitCode, string standardError)
    {
        Assert.Equal(0, exitCode);
        Assert.Contains("data.csv(9,2): warning RG233: 9 row(s) weigh 0", standardError, StringComparison.Ordinal);
        var sud = Row(Path.Combine(context.OutDir!, "agence-sud", "indicators.csv"), "accueil");
        Assert.Equal(("1", "", "oui"), (sud[3], sud[8], sud[15]));
        var all = Row(Path.Combine(context.OutDir!, "indicators.csv"), "accueil");
        Assert.Equal(("7", "non"), (all[3], all[15]));
    }

    private static string[] Row(string path, string indicator) =>
        File.ReadAllLines(path, Encoding.UTF8).Select(l => l.Split(';')).Single(f => f[0].TrimStart('\uFEFF') == indicator);
}

/// <summary>
/// A lower trimming bound alone: the evidence pack states it as a bound on each raking cell's mean weight, relative
/// to the mean weight, and prints no upper bound of 0 ("entre 0,30 et 0,00").
/// </summary>
public sealed class NumberTrimLowerOnly : ICorpusSetup
{
    public string Name => "number-trim-lower-only";

    public void Apply(CorpusContext context)
    {
    }

    public void Verify(CorpusContext context, int exitCode, string standardError)
    {
        Assert.Equal(0, exitCode);
        var evidence = BadInputCorpusTests.OutputTexts(context.OutDir!).Single(t => t.File == "evidence.pdf").Text;
        var compact = new string([.. evidence.Where(c => !char.IsWhiteSpace(c))]);
        Assert.Contains("poidsmoyendechaquecelluledecalageaumoinségalà0,3foisle", compact, StringComparison.Ordinal);
    }
}
