using ReportGen.Diagnostics;

namespace ReportGen.Definitions;

/// <summary>
/// One action of the action plan (ISO 9001 §10.3): the finding that triggered it in a survey wave, what it
/// does, who owns it, when it is due, where it stands, and what it traces to — indicators and themes of the
/// indicator file, a work-stream, irritants of the comment coding rules.
/// </summary>
public sealed record PlannedAction(
    string Id,
    string Label,
    string Finding,
    string Wave,
    string Owner,
    DateOnly? Start,
    DateOnly Due,
    ActionStatus Status,
    IReadOnlyList<string> Indicators,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Irritants)
{
    /// <summary>What changes for tenants, in one French sentence for the newsletter; null for an internal action.</summary>
    public string? WhatChanges { get; init; }

    /// <summary>The work-stream of the indicator file the action belongs to, if any.</summary>
    public string? Workstream { get; init; }

    /// <summary>Where the action is defined.</summary>
    public SourceLocation Location { get; init; }

    /// <summary>Where its irritants are listed, for an irritant the comment coding rules do not define.</summary>
    public SourceLocation IrritantsLocation { get; init; }

    /// <summary>Whether the action is still to be done: neither done nor cancelled.</summary>
    public bool IsOpen => Status is ActionStatus.Planned or ActionStatus.InProgress;
}
