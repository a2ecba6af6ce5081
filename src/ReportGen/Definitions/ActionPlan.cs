namespace ReportGen.Definitions;

/// <summary>
/// The action plan (<c>action_plan:</c> of the project file): its title and version, and its axes in file
/// order. <see cref="Path"/> is the full path, <see cref="DisplayPath"/> the one messages print.
/// </summary>
public sealed record ActionPlan(string Path, string DisplayPath, string Title, string? Version, IReadOnlyList<ActionAxis> Axes)
{
    /// <summary>Every action of every axis, in file order.</summary>
    public IEnumerable<PlannedAction> Actions => Axes.SelectMany(a => a.Actions);
}
