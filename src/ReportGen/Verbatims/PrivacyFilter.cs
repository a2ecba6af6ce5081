using ReportGen.Analysis;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Resources;

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
                    Text.Format(VerbatimMessages.PersonalDataMasked, what, string.Join(", ", redacted.Spans.Select(s => Kind(s.Kind)).Distinct(StringComparer.Ordinal))),
                    VerbatimMessages.PersonalDataMaskedHint);
            }

            return redacted.Text;
        }

        string? CleanOrNull(string? text, SourceLocation where, string what) => text is null ? null : Clean(text, where, what);
        var projectFile = new SourceLocation(project.Path);
        var cleaned = project with
        {
            Organisation = Clean(project.Organisation, projectFile, VerbatimMessages.TextOrganisation),
            Survey = Clean(project.Survey, projectFile, VerbatimMessages.TextSurveyName),
            Period = project.Period with { Label = Clean(project.Period.Label, projectFile, VerbatimMessages.TextPeriodLabel) },
            Institute = CleanOrNull(project.Institute, projectFile, VerbatimMessages.TextInstitute),
            Population = CleanOrNull(project.Population, projectFile, VerbatimMessages.TextPopulation),
            Sample = project.Sample with
            {
                Description = CleanOrNull(project.Sample.Description, projectFile, VerbatimMessages.TextSampleDescription),
                Mode = CleanOrNull(project.Sample.Mode, projectFile, VerbatimMessages.TextSurveyMode),
                Fieldwork = CleanOrNull(project.Sample.Fieldwork, projectFile, VerbatimMessages.TextFieldwork),
            },
            Control = project.Control with
            {
                Author = Clean(project.Control.Author, projectFile, VerbatimMessages.TextAuthor),
                Approver = CleanOrNull(project.Control.Approver, projectFile, VerbatimMessages.TextApprover),
            },
            Mirror = project.Mirror is { } mirror ? mirror with { Invited = CleanOrNull(mirror.Invited, projectFile, VerbatimMessages.TextMirrorInvited) } : null,
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
            Segments = [.. results.Segments.Select(s => s with { Values = [.. s.Values.Select(v => v with { Value = Clean(v.Value, segmentFile, Text.Format(VerbatimMessages.TextSegmentValue, s.Column)) })] })],
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
            Title = clean(plan.Title, file, VerbatimMessages.TextPlanTitle),
            Version = plan.Version is null ? null : clean(plan.Version, file, VerbatimMessages.TextPlanVersion),
            Axes = [.. plan.Axes.Select(axis => axis with
            {
                Label = clean(axis.Label, file, Text.Format(VerbatimMessages.TextAxisLabel, axis.Id)),
                Summary = axis.Summary is null ? null : clean(axis.Summary, file, Text.Format(VerbatimMessages.TextAxisSummary, axis.Id)),
                Actions = [.. axis.Actions.Select(a => a with
                {
                    Label = clean(a.Label, a.Location, Text.Format(VerbatimMessages.TextActionLabel, a.Id)),
                    Finding = clean(a.Finding, a.Location, Text.Format(VerbatimMessages.TextActionFinding, a.Id)),
                    Owner = clean(a.Owner, a.Location, Text.Format(VerbatimMessages.TextActionOwner, a.Id)),
                    WhatChanges = a.WhatChanges is null ? null : clean(a.WhatChanges, a.Location, Text.Format(VerbatimMessages.TextActionWhatChanges, a.Id)),
                })],
            })],
        };
    }

    private static string Kind(RedactionKind kind) => kind switch
    {
        RedactionKind.Email => VerbatimMessages.RedactedEmail,
        RedactionKind.Phone => VerbatimMessages.RedactedPhone,
        RedactionKind.Address => VerbatimMessages.RedactedAddress,
        RedactionKind.Dwelling => VerbatimMessages.RedactedDwelling,
        RedactionKind.Name => VerbatimMessages.RedactedName,
        RedactionKind.Health => VerbatimMessages.RedactedHealth,
        RedactionKind.Identifier => VerbatimMessages.RedactedIdentifier,
        _ => VerbatimMessages.RedactedBirthDate,
    };
}
