namespace ReportGen.Publishing;

/// <summary>
/// What article templates see, already formatted in French. Scriban exposes members in snake_case:
/// <c>{{ respondents }}</c>, <c>{{ for i in headline_indicators }}{{ i.satisfied }} {{ i.statement }}{{ end }}</c>.
/// Raw numbers are there too (<c>value</c>, <c>respondents_count</c>) for templates that compare.
/// </summary>
public sealed record ArticleModel(
    string Organisation,
    string Survey,
    string? Reference,
    string Period,
    string PublicationDate,
    string? Institute,
    string? Population,
    string? SampleDescription,
    string? Mode,
    string? Fieldwork,
    string Respondents,
    long RespondentsCount,
    bool Weighted,
    string ScaleDescription,
    string ExcludedDescription,
    string Confidence,
    string? MinMargin,
    string? MaxMargin,
    int LowBaseThreshold,
    int SuppressThreshold,
    IReadOnlyList<ArticleIndicator> Indicators,
    IReadOnlyList<ArticleIndicator> HeadlineIndicators,
    IReadOnlyList<ArticleIndicator> OtherIndicators,
    IReadOnlyList<ArticleSegment> Segments,
    string GeneratorVersion);

/// <summary>One indicator as the article prints it.</summary>
public sealed record ArticleIndicator(
    string Id,
    string Label,
    string Statement,
    string Theme,
    string? Satisfied,
    double? Value,
    string Base,
    long BaseCount,
    string EffectiveBase,
    string? IntervalLow,
    string? IntervalHigh,
    string? Margin,
    string? Target,
    string Status,
    bool LowBase,
    bool Suppressed,
    string? QualiHlm,
    string? Axis);

/// <summary>A segment column and how many of its values the sample covers ("6 agences").</summary>
public sealed record ArticleSegment(string Id, string Label, int Values, string ValuesText);
