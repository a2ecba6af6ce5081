namespace ReportGen.Definitions;

/// <summary>An axis of the action plan ("Vous accueillir"): what it changes for tenants, and its actions in file order.</summary>
public sealed record ActionAxis(string Id, string Label, string? Summary, IReadOnlyList<PlannedAction> Actions);
