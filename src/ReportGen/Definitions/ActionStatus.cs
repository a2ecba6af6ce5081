namespace ReportGen.Definitions;

/// <summary>Where an action of the action plan stands, as the plan's owner reports it.</summary>
public enum ActionStatus
{
    /// <summary>Decided, not started (<c>planned</c>).</summary>
    Planned,

    /// <summary>Started, not finished (<c>in_progress</c>).</summary>
    InProgress,

    /// <summary>Finished (<c>done</c>).</summary>
    Done,

    /// <summary>Given up, with the reason in the review (<c>cancelled</c>).</summary>
    Cancelled,
}
