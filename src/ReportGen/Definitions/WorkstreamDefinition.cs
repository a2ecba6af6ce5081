namespace ReportGen.Definitions;

/// <summary>
/// A possible priority work-stream ("chantier prioritaire"): a group of indicators and verbatim themes that
/// one team would act on, such as "Le traitement des demandes".
/// </summary>
public sealed record WorkstreamDefinition(string Id, string Label, IReadOnlyList<string> Indicators, IReadOnlyList<string> Themes)
{
    /// <summary>Where its themes are listed, for a theme the verbatim rule set does not define.</summary>
    public Diagnostics.SourceLocation Location { get; init; }
}
