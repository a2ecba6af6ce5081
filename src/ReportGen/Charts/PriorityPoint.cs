namespace ReportGen.Charts;

/// <summary>
/// One indicator of an importance–performance matrix: its performance (the share satisfied, in [0, 1]) and its
/// derived importance (a correlation with overall satisfaction, in [−1, 1]).
/// </summary>
public sealed record PriorityPoint(string Label, double Performance, double Importance);
