namespace ReportGen.Analysis;

/// <summary>What can be said of an action's effect on one indicator.</summary>
public enum EffectMeasure
{
    /// <summary>Both waves have a published figure: the change is measured.</summary>
    Measured,

    /// <summary>The action comes from the last wave read: its effect is for the next wave to show.</summary>
    NextWave,

    /// <summary>The wave that triggered the action is not in the data read, so there is no figure to start from.</summary>
    WaveNotRead,

    /// <summary>The figure is not published (base too small) in one of the two waves.</summary>
    NotPublished,
}

/// <summary>
/// The change of one indicator linked to an action, from the wave that triggered the action to the wave after
/// it, in points. <see cref="Direction"/> is the tested direction when that pair of waves is the one the trends
/// test (previous → current), and <see cref="TrendDirection.NotTested"/> otherwise: a change is never called
/// significant without its test.
/// </summary>
public sealed record ActionEffect(string IndicatorId, EffectMeasure Measure, string FromWave, string? ToWave, double? ChangePoints, TrendDirection Direction);
