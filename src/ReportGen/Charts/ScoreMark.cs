namespace ReportGen.Charts;

/// <summary>A value a score distribution chart marks on its axis of answers, in the score's units.</summary>
/// <param name="Name">How the legend names it: « moyenne », « objectif », « moyenne régionale ».</param>
public sealed record ScoreMark(ScoreMarkKind Kind, string Name, double Value);

/// <summary>What a <see cref="ScoreMark"/> stands for, which sets how it is drawn.</summary>
public enum ScoreMarkKind
{
    /// <summary>The weighted mean: a solid dark line, with its confidence interval at its top.</summary>
    Mean,

    /// <summary>The indicator's target: a red line, as the satisfaction chart marks a target.</summary>
    Target,

    /// <summary>A benchmark: a dashed line topped with the benchmark diamond, as the satisfaction chart marks a benchmark.</summary>
    Benchmark,
}
