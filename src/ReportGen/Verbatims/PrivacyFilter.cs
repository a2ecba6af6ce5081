using ReportGen.Analysis;
using ReportGen.Definitions;
using ReportGen.Diagnostics;

namespace ReportGen.Verbatims;

/// <summary>
/// The one place free text is redacted on its way to the documents. Every document of a set is made from one
/// <see cref="SurveyResults"/>, and <see cref="Apply"/> returns the results every publishing step works from: the
/// free texts they carry — project texts, the action plan, segment values (tenant and staff groups, the scope of a
/// <c>--per</c> set), weighting categories, and the columns of the candidate quotes — passed through
/// <see cref="Redactor.RedactText"/> with the project's deny list (the comments themselves are redacted with every
/// rule when they are read, <see cref="VerbatimReader"/>). Identifiers the analysis matches on (indicator and
/// segment ids, waves) are not free text and stay. Each text of a staff-written file that had something masked is
/// reported as a warning (RG600), so that whoever wrote it can take the data out at the source.
/// </summary>
public static class PrivacyFilter
{
    public static SurveyResults Apply(SurveyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var project = results.Project;
        var deny = project.Verbatims?.DenyList ?? [];
        string Clean(string text, SourceLocation where, string what)
        {
            var redacted = Redactor.RedactText(text, deny);
            if (redacted.Spans.Count > 0)
            {
                Warnings.Add(where, DiagnosticCodes.PersonalDataMasked,
                    $"{what} holds personal data ({string.Join(", ", redacted.Spans.Select(s => Kind(s.Kind)).Distinct(StringComparer.Ordinal))}); it is masked as […] in every document.",
                    "write a function or a team rather than a person, and no contact details, in texts that are published.");
            }

            return redacted.Text;
        }

        string? CleanOrNull(string? text, SourceLocation where, string what) => text is null ? null : Clean(text, where, what);
        var projectFile = new SourceLocation(project.Path);
        var cleaned = project with
        {
            Organisation = Clean(project.Organisation, projectFile, "the organisation"),
            Survey = Clean(project.Survey, projectFile, "the survey's name"),
            Period = project.Period with { Label = Clean(project.Period.Label, projectFile, "the period's label") },
            Institute = CleanOrNull(project.Institute, projectFile, "the institute"),
            Population = CleanOrNull(project.Population, projectFile, "the population"),
            Sample = project.Sample with
            {
                Description = CleanOrNull(project.Sample.Description, projectFile, "the sample's description"),
                Mode = CleanOrNull(project.Sample.Mode, projectFile, "the survey mode"),
                Fieldwork = CleanOrNull(project.Sample.Fieldwork, projectFile, "the fieldwork"),
            },
            Control = project.Control with
            {
                Author = Clean(project.Control.Author, projectFile, "the document's author"),
                Approver = CleanOrNull(project.Control.Approver, projectFile, "the document's approver"),
            },
            Mirror = project.Mirror is { } mirror ? mirror with { Invited = CleanOrNull(mirror.Invited, projectFile, "the mirror survey's 'invited'") } : null,
            ActionPlan = project.ActionPlan is { } plan ? Plan(plan, Clean) : null,
        };

        var segmentFile = new SourceLocation(project.Data[0].DisplayPath);
        string Value(string value) => Published(project, value);
        return results with
        {
            Project = cleaned,
            // The respondents counted per segment value (results.json lists them) are published as the values are.
            Survey = results.Survey with
            {
                Segments = new SortedDictionary<string, IReadOnlyList<Ingest.SegmentCount>>(
                    results.Survey.Segments.ToDictionary(s => s.Key, s => (IReadOnlyList<Ingest.SegmentCount>)[.. s.Value.Select(c => c with { Value = Value(c.Value) })], StringComparer.Ordinal),
                    StringComparer.Ordinal),
            },
            Segments = [.. results.Segments.Select(s => s with { Values = [.. s.Values.Select(v => v with { Value = Clean(v.Value, segmentFile, $"the value '{s.Column}' of a respondent") })] })],
            Scope = results.Scope is { } scope ? scope with { Value = Value(scope.Value) } : null,
            Mirror = results.Mirror is { } m ? m with { Groups = [.. m.Groups.Select(g => g with { Values = [.. g.Values.Select(Value)] })] } : null,
            Weighting = results.Weighting is { } w
                ? w with { Waves = [.. w.Waves.Select(v => v with { Margins = [.. v.Margins.Select(c => c with { Category = Value(c.Category) })] })] }
                : null,
        };
    }

    /// <summary>A value of the data (a segment's) as every output shows it, redacted, with no warning: the documents and the <c>--per</c> folder names alike.</summary>
    public static string Published(ProjectDefinition project, string value)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Redactor.RedactText(value, project.Verbatims?.DenyList ?? []).Text;
    }

    private static ActionPlan Plan(ActionPlan plan, Func<string, SourceLocation, string, string> clean)
    {
        var file = new SourceLocation(plan.DisplayPath);
        return plan with
        {
            Title = clean(plan.Title, file, "the action plan's title"),
            Version = plan.Version is null ? null : clean(plan.Version, file, "the action plan's version"),
            Axes = [.. plan.Axes.Select(axis => axis with
            {
                Label = clean(axis.Label, file, $"the label of axis '{axis.Id}'"),
                Summary = axis.Summary is null ? null : clean(axis.Summary, file, $"the summary of axis '{axis.Id}'"),
                Actions = [.. axis.Actions.Select(a => a with
                {
                    Label = clean(a.Label, a.Location, $"the label of action '{a.Id}'"),
                    Finding = clean(a.Finding, a.Location, $"the finding of action '{a.Id}'"),
                    Owner = clean(a.Owner, a.Location, $"the owner of action '{a.Id}'"),
                    WhatChanges = a.WhatChanges is null ? null : clean(a.WhatChanges, a.Location, $"what_changes of action '{a.Id}'"),
                })],
            })],
        };
    }

    private static string Kind(RedactionKind kind) => kind switch
    {
        RedactionKind.Email => "an e-mail address",
        RedactionKind.Phone => "a phone number",
        RedactionKind.Address => "an address",
        RedactionKind.Dwelling => "a dwelling number",
        RedactionKind.Name => "a name",
        RedactionKind.Health => "health details",
        RedactionKind.Identifier => "an identification number",
        _ => "a date of birth",
    };
}
