namespace ReportGen.Charts;

/// <summary>
/// One indicator of an "enquête miroir": the tenants' share satisfied, the share the staff predicted (both
/// proportions in [0, 1]) and whether the gap between them is statistically significant.
/// </summary>
public sealed record MirrorPoint(string Label, double Tenant, double Staff, bool Significant);
