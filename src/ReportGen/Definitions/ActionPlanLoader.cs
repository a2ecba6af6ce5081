using System.Globalization;
using ReportGen.Definitions.Yaml;
using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Resources;

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
        var root = YamlDocument.Load(path, displayPath, bag, DefinitionMessages.ActionPlanWhat, DefinitionMessages.ActionPlanNoun);
        if (root is null)
        {
            return null;
        }

        var title = root.String("title", required: true);
        var version = root.String("version");
        var axes = new List<ActionAxis>();
        var axisIds = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var actionIds = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var map in root.Maps("axes", i => Text.Format(DefinitionMessages.AxisNumber, i), required: true))
        {
            var id = IndicatorLoader.ReadId(map, axisIds, DefinitionKind.Axis);
            var label = map.String("label", required: true);
            var summary = map.String("summary");
            var actions = map.Maps("actions", i => MessageParts.Of(DefinitionMessages.ActionNumberOf, i, map.Context))
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
        var id = IndicatorLoader.ReadId(map, seen, DefinitionKind.Action);
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

        CheckLinks(map, "indicators", indicators, [.. catalog.Indicators.Select(i => i.Id)], DefinitionMessages.ActionUnknownIndicator, IndicatorLoader.IndicatorHint);
        CheckLinks(map, "themes", themes, [.. catalog.Themes.Select(t => t.Id)], DefinitionMessages.ActionUnknownTheme, IndicatorLoader.ThemeHint);
        CheckLinks(map, "workstream", workstream is null ? [] : [workstream], [.. catalog.Workstreams.Select(w => w.Id)], DefinitionMessages.ActionUnknownWorkstream,
            (id, ids) => MessageParts.Hint(id, ids, DefinitionMessages.KnownWorkstreams, DefinitionMessages.NoWorkstreams));
        if (indicators.Count == 0 && themes.Count == 0 && irritants.Count == 0 && workstream is null)
        {
            map.Bag.Add(map.Location, DiagnosticCodes.UntracedAction, Text.Format(DefinitionMessages.UntracedAction, map.Context), DefinitionMessages.UntracedActionHint);
        }

        if (start is { } from && due is { } to && to < from)
        {
            map.Error("due", Text.Format(DefinitionMessages.DueBeforeStart, map.Context, Iso(to), Iso(from)), DefinitionMessages.DueBeforeStartHint, DiagnosticCodes.DateOrder);
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
                map.Error("status", MessageParts.Contracted(Text.Format(DefinitionMessages.UnknownStatus, map.Context, string.Join(", ", StatusNames), text)),
                    MessageParts.Hint(text, [.. StatusNames], DefinitionMessages.KnownStatuses, DefinitionMessages.NoStatuses));
                return null;
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void CheckLinks(YamlMap map, string key, IReadOnlyList<string> links, IReadOnlyList<string> known, string message, Func<string, IReadOnlyCollection<string>, string> hint)
    {
        foreach (var link in links.Where(l => !known.Contains(l)))
        {
            map.Error(key, Text.Format(message, map.Context, link), hint(link, known), DiagnosticCodes.UnknownReference);
        }
    }
}
