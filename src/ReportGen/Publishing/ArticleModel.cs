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
    string GeneratorVersion)
{
    /// <summary>The mirror survey, when the project has one.</summary>
    public ArticleMirror? Mirror { get; init; }

    /// <summary>The priority work-streams chosen from the analysis, in rank order.</summary>
    public IReadOnlyList<string> Priorities { get; init; } = [];

    /// <summary>
    /// The top irritants from the comments: every theme whose rank (ties shared) is within the number of priority
    /// work-streams, so a tie at the limit is named whole; in rank order.
    /// </summary>
    public IReadOnlyList<ArticleIrritant> Irritants { get; init; } = [];

    /// <summary>The same irritants by rank: one entry per theme, or per group of themes the comments do not tell apart.</summary>
    public IReadOnlyList<ArticleIrritantTier> IrritantTiers { get; init; } = [];

    /// <summary>Whether some of <see cref="Irritants"/> share a rank (« à égalité »).</summary>
    public bool IrritantsTied { get; init; }

    /// <summary>The quotes a person approved in the project file, redacted.</summary>
    public IReadOnlyList<string> Quotes { get; init; } = [];

    /// <summary>How many comments were analysed, formatted ("612"); null without comments.</summary>
    public string? Comments { get; init; }

    /// <summary>The action plan, when the project has one.</summary>
    public ArticleActionPlan? ActionPlan { get; init; }

    /// <summary>What moved since the previous wave, when there is one.</summary>
    public ArticleTrend? Trend { get; init; }

    /// <summary>The segment value a per-segment article speaks of ("Agence Nord"), else null.</summary>
    public string? Scope { get; init; }

    /// <summary>The score indicators (a mean out of 10), in the order of the indicator file.</summary>
    public IReadOnlyList<ArticleScore> Scores { get; init; } = [];

    /// <summary>The net-score (recommendation) indicators, in the order of the indicator file.</summary>
    public IReadOnlyList<ArticleNetScore> NetScores { get; init; } = [];

    /// <summary>Every benchmark of the project with the office's figure against it, in the order of the indicator file.</summary>
    public IReadOnlyList<ArticleBenchmark> Benchmarks { get; init; } = [];

    /// <summary>Where the office stands against the benchmarks of its shares (% satisfied), when some are compared; else null.</summary>
    public ArticleBenchmarkSummary? BenchmarkSummary { get; init; }
}

/// <summary>
/// The significant moves since the previous wave, as French lists with the change in points ("la propreté des
/// parties communes (+4,7 points)"); empty strings when nothing moved that way.
/// </summary>
public sealed record ArticleTrend(string PreviousWave, string Up, string Down, int Stable);

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
    string? Axis)
{
    /// <summary>The indicator's benchmarks, in the order of the benchmark file.</summary>
    public IReadOnlyList<ArticleBenchmark> Benchmarks { get; init; } = [];
}

/// <summary>A segment column and how many of its values the sample covers ("6 agences").</summary>
public sealed record ArticleSegment(string Id, string Label, int Values, string ValuesText);

/// <summary>What the article says of the mirror survey.</summary>
public sealed record ArticleMirror(
    string? Invited,
    string? InvitedTenants,
    string StaffRespondents,
    IReadOnlyList<ArticleGap> Gaps,
    string Convergence,
    string Overestimated,
    string Underestimated)
{
    /// <summary>
    /// Why no staff figure is published, when the staff file has fewer respondents than <c>min_group</c> (a French
    /// sentence for the place of the section); null otherwise. The gaps and lists are then empty.
    /// </summary>
    public string? Withheld { get; init; }
}

/// <summary>One indicator of the mirror survey: tenants, staff, gap.</summary>
public sealed record ArticleGap(string Label, string Tenant, string Staff, string Gap, bool Significant, string Reading);

/// <summary>
/// A recurring source of dissatisfaction, from the comments: the tenant comments negative on it, their share ("30 %")
/// and its confidence interval ("26 %", "34 %"), its rank (shared by themes the comments do not tell apart) and
/// whether it shares it.
/// </summary>
public sealed record ArticleIrritant(string Label, int Mentions, string Share, string ShareLow, string ShareHigh, int Rank, bool Tied);

/// <summary>
/// One rank of the irritants: a theme, or several themes ex aequo. <see cref="Text"/> names them with their shares,
/// "Traitement des demandes (30 % des commentaires)" or, tied, "Traitement des demandes (30 % des commentaires) et
/// Maintenance (27 %)"; the template says the tie.
/// </summary>
public sealed record ArticleIrritantTier(int Rank, bool Tied, IReadOnlyList<ArticleIrritant> Irritants, string Text);

/// <summary>The action plan as tenants read it: its title and its axes. No owner, no internal detail.</summary>
public sealed record ArticleActionPlan(string Title, IReadOnlyList<ArticleActionAxis> Axes);

/// <summary>
/// One axis of the action plan: its label, what it changes (one sentence), and what changes for tenants with each
/// action decided after the current wave that is planned, in progress or done.
/// </summary>
public sealed record ArticleActionAxis(string Label, string? Summary, IReadOnlyList<string> Changes);
