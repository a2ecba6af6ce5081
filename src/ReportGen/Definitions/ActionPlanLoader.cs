using System.Globalization;
using ReportGen.Definitions.Yaml;
using ReportGen.Diagnostics;

namespace ReportGen.Definitions;

/// <summary>
/// Reads and checks the action plan (<c>action-plan.yaml</c>): title, version, axes and their actions, each
/// action traced to what triggered it. Links to indicators, themes and work-streams are checked against the
/// indicator file here; links to irritants need the comment coding rules, so <see cref="ReportBuilder"/>
/// checks them once it has read those. Every problem is reported with its file, line and column.
/// </summary>
internal static class ActionPlanLoader
{
    /// <summary>The values of <c>status</c>, in the order an action goes through them.</summary>
    public static IReadOnlyList<string> StatusNames { get; } = ["planned", "in_progress", "done", "cancelled"];

    public static ActionPlan? Load(string path, string displayPath, IndicatorCatalog catalog, DiagnosticBag bag)
    {
        var before = bag.Count;
        var root = YamlDocument.Load(path, displayPath, bag, "action plan");
        if (root is null)
        {
            return null;
        }

        var title = root.String("title", required: true);
        var version = root.String("version");
        var axes = new List<ActionAxis>();
        var axisIds = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var actionIds = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var map in root.Maps("axes", i => $"axis #{i}", required: true))
        {
            var id = IndicatorLoader.ReadId(map, axisIds, "axis");
            var label = map.String("label", required: true);
            var summary = map.String("summary");
            var actions = map.Maps("actions", i => $"action #{i} of {map.Context}")
                .Select(item => ReadAction(item, actionIds, catalog))
                .OfType<PlannedAction>()
                .ToList();
            map.ReportUnknownKeys();
            if (id is not null && label is not null)
            {
                axes.Add(new ActionAxis(id, label, summary, actions));
            }
        }

        root.ReportUnknownKeys();
        return bag.Count > before || title is null ? null : new ActionPlan(path, displayPath, title, version, axes);
    }

    private static PlannedAction? ReadAction(YamlMap map, Dictionary<string, SourceLocation> seen, IndicatorCatalog catalog)
    {
        var id = IndicatorLoader.ReadId(map, seen, "action");
        var label = map.String("label", required: true);
        var whatChanges = map.String("what_changes");
        var finding = map.String("finding", required: true);
        var wave = map.String("wave", required: true);
        var owner = map.String("owner", required: true);
        var start = map.Date("start");
        var due = map.Date("due", required: true);
        var status = ReadStatus(map);
        var workstream = map.String("workstream");
        var indicators = map.Strings("indicators");
        var themes = map.Strings("themes");
        var irritants = map.Strings("irritants");
        map.ReportUnknownKeys();

        CheckLinks(map, "indicators", "indicator", indicators, [.. catalog.Indicators.Select(i => i.Id)]);
        CheckLinks(map, "themes", "theme", themes, [.. catalog.Themes.Select(t => t.Id)]);
        CheckLinks(map, "workstream", "work-stream", workstream is null ? [] : [workstream], [.. catalog.Workstreams.Select(w => w.Id)]);
        if (indicators.Count == 0 && themes.Count == 0 && irritants.Count == 0 && workstream is null)
        {
            map.Bag.Add(map.Location, DiagnosticCodes.UntracedAction, $"{map.Context} traces to no finding: it names no indicator, theme, work-stream or irritant.",
                "an action answers a finding of a survey (ISO 9001 §10.3): link it with 'indicators: [...]', 'themes: [...]', 'workstream: ...' or 'irritants: [...]', so that its effect can be measured.");
        }

        if (start is { } from && due is { } to && to < from)
        {
            map.Error("due", $"{map.Context} is due on {Iso(to)}, before it starts on {Iso(from)}.",
                "check both dates: 'due' is the date the action must be finished by, on or after 'start'.", DiagnosticCodes.DateOrder);
        }

        if (id is null || label is null || finding is null || wave is null || owner is null || due is null || status is null)
        {
            return null;
        }

        return new PlannedAction(id, label, finding, wave, owner, start, due.Value, status.Value, indicators, themes, irritants)
        {
            WhatChanges = whatChanges,
            Workstream = workstream,
            Location = map.Location,
            IrritantsLocation = map.LocationOf("irritants"),
        };
    }

    private static ActionStatus? ReadStatus(YamlMap map)
    {
        var text = map.String("status", required: true);
        switch (text)
        {
            case null:
                return null;
            case "planned":
                return ActionStatus.Planned;
            case "in_progress":
                return ActionStatus.InProgress;
            case "done":
                return ActionStatus.Done;
            case "cancelled":
                return ActionStatus.Cancelled;
            default:
                map.Error("status", $"'status' of {map.Context} must be one of {string.Join(", ", StatusNames)}; found '{text}'.", Suggestions.Hint(text, StatusNames, "statuses"));
                return null;
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void CheckLinks(YamlMap map, string key, string what, IReadOnlyList<string> links, IReadOnlyList<string> known)
    {
        foreach (var link in links.Where(l => !known.Contains(l)))
        {
            map.Error(key, $"{map.Context} names the {what} '{link}', which the indicator file does not define.", Suggestions.Hint(link, known, what + "s"), DiagnosticCodes.UnknownReference);
        }
    }
}
