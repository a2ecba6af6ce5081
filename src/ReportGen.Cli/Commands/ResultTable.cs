using ReportGen.Analysis;
using ReportGen.Publishing;
using Spectre.Console;

namespace ReportGen.Cli.Commands;

/// <summary>The indicators as a terminal table.</summary>
internal static class ResultTable
{
    /// <summary>How each data file was read (format, encoding as declared or detected) and the rows its conditions left out.</summary>
    public static void WriteSources(IAnsiConsole console, SurveyResults results)
    {
        foreach (var source in results.Survey.Sources)
        {
            var leftOut = source.LeftOut.Where(l => l.Rows > 0).ToList();
            console.MarkupLine(VisibleTextHook.Escape($"{source.File}: {source.Description}; {source.RowsRead} rows kept" +
                (leftOut.Count == 0 ? "." : $", {leftOut.Sum(l => l.Rows)} left out: {string.Join(", ", leftOut.Select(l => $"{l.Rows} by '{l.Rule}'"))}.")));
        }
    }

    public static void Write(IAnsiConsole console, SurveyResults results)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("indicator").AddColumn(new TableColumn("base").RightAligned()).AddColumn(new TableColumn("n eff.").RightAligned())
            .AddColumn(new TableColumn("% satisfied").RightAligned()).AddColumn(new TableColumn("95 % interval").RightAligned()).AddColumn("target");
        var trends = results.Trends;
        if (trends?.PreviousWave is { } previous)
        {
            table.AddColumn(new TableColumn($"since {VisibleTextHook.Escape(previous)}").RightAligned());
        }

        foreach (var estimate in results.Estimates)
        {
            var flag = estimate.Suppressed ? " (suppressed)" : estimate.LowBase ? " (low base)" : "";
            string[] cells =
            [
                VisibleTextHook.Escape(estimate.IndicatorId + flag),
                estimate.ValidBase.ToString(System.Globalization.CultureInfo.InvariantCulture),
                FrenchFormat.Number(estimate.EffectiveBase, 0),
                estimate.Satisfied is { } p ? FrenchFormat.Percent(p) : "–",
                estimate.Interval is { } i ? $"{FrenchFormat.Percent(i.Lower)} – {FrenchFormat.Percent(i.Upper)}" : "–",
                estimate.Target is { } t ? $"{FrenchFormat.Percent(t, 0)} {Status(estimate.Status)}" : "",
            ];
            if (trends?.PreviousWave is not null)
            {
                var trend = trends.Indicators.FirstOrDefault(x => x.IndicatorId == estimate.IndicatorId);
                cells = [.. cells, trend?.ChangePoints is { } change ? $"{ArticleModelFactory.SignedPoints(change)} {Direction(trend.Direction)}" : "–"];
            }

            table.AddRow(cells);
        }

        console.Write(table);
    }

    private static string Direction(TrendDirection direction) => direction switch
    {
        TrendDirection.Up => "[green]up[/]",
        TrendDirection.Down => "[red]down[/]",
        _ => "[grey]n.s.[/]",
    };

    private static string Status(TargetStatus status) => status switch
    {
        TargetStatus.Met => "[green]met[/]",
        TargetStatus.Below => "[red]below[/]",
        TargetStatus.NotSignificantlyDifferent => "[yellow]not sig. different[/]",
        _ => "",
    };
}
