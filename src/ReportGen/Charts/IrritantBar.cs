namespace ReportGen.Charts;

/// <summary>One irritant: its label, the number of negative mentions and their share of the comments, in [0, 1].</summary>
public sealed record IrritantBar(string Label, int Mentions, double Share);
