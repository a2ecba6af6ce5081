using ReportGen.Analysis;

namespace ReportGen.Charts;

/// <summary>One irritant: its label, the number of negative mentions and their share of the comments, in [0, 1].</summary>
public sealed record IrritantBar(string Label, int Mentions, double Share)
{
    /// <summary>The confidence interval of <see cref="Share"/>, drawn as a whisker over the bar; null draws none.</summary>
    public Interval? Interval { get; init; }

    /// <summary>The interval's bounds in mentions (the share's bounds times the comments it is a share of); the bar itself without an interval.</summary>
    internal (double Low, double High) Extent =>
        Interval is { } i && Share > 0 ? (i.Lower * Mentions / Share, i.Upper * Mentions / Share) : (Mentions, Mentions);
}
