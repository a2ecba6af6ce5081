using ReportGen.Analysis;

namespace ReportGen.Publishing;

/// <summary>The French words for the direction of an indicator since the previous wave.</summary>
public static class TrendText
{
    public static string Of(TrendDirection direction) => direction switch
    {
        TrendDirection.Up => "en hausse",
        TrendDirection.Down => "en baisse",
        TrendDirection.Stable => "stable",
        _ => "non testé",
    };

    /// <summary>The French name of a correction for multiple testing, and what it controls.</summary>
    public static string Of(MultipleTestingCorrection correction) => correction switch
    {
        MultipleTestingCorrection.BenjaminiHochberg => "la procédure de Benjamini–Hochberg, qui contrôle le taux de fausses découvertes",
        _ => "la méthode de Holm, qui contrôle le risque de signaler à tort au moins une évolution",
    };
}
