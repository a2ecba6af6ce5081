using ReportGen.Analysis;

namespace ReportGen.Publishing;

/// <summary>The French words for a target status, as documents print them.</summary>
public static class StatusText
{
    public static string Of(TargetStatus status) => status switch
    {
        TargetStatus.Met => "objectif atteint",
        TargetStatus.Below => "sous l’objectif",
        TargetStatus.NotSignificantlyDifferent => "non significativement différent de l’objectif",
        _ => "sans objectif",
    };
}
