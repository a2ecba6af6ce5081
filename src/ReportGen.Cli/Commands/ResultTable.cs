using ReportGen.Analysis;
using ReportGen.Cli.Resources;
using ReportGen.Publishing;
using Spectre.Console;
using Text = ReportGen.Localization.Text;

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
            console.MarkupLine(VisibleTextHook.Escape(leftOut.Count == 0
                ? Text.Format(CliMessages.SourceKept, source.File, source.Description, source.RowsRead)
                : Text.Format(CliMessages.SourceKeptLeftOut, source.File, source.Description, source.RowsRead, leftOut.Sum(l => l.Rows),
                    string.Join(", ", leftOut.Select(l => Text.Format(CliMessages.SourceLeftOutBy, l.Rows, l.Rule))))));
        }
    }

    public static void Write(IAnsiConsole console, SurveyResults results)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn(Markup.Escape(CliMessages.TableIndicator)).AddColumn(new TableColumn(Markup.Escape(CliMessages.TableBase)).RightAligned())
            .AddColumn(new TableColumn(Markup.Escape(CliMessages.TableEffectiveBase)).RightAligned()).AddColumn(new TableColumn(Markup.Escape(CliMessages.TableSatisfied)).RightAligned())
            .AddColumn(new TableColumn(Markup.Escape(CliMessages.TableInterval)).RightAligned()).AddColumn(Markup.Escape(CliMessages.TableTarget));
        var trends = results.Trends;
        if (trends?.PreviousWave is { } previous)
        {
            table.AddColumn(new TableColumn(VisibleTextHook.Escape(Text.Format(CliMessages.TableSince, previous))).RightAligned());
        }

        foreach (var estimate in results.Estimates)
        {
            var flag = estimate.Suppressed ? CliMessages.TableSuppressed : estimate.LowBase ? CliMessages.TableLowBase : "";
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
        TrendDirection.Up => $"[green]{Markup.Escape(CliMessages.TrendUp)}[/]",
        TrendDirection.Down => $"[red]{Markup.Escape(CliMessages.TrendDown)}[/]",
        _ => $"[grey]{Markup.Escape(CliMessages.TrendNotSignificant)}[/]",
    };

    private static string Status(TargetStatus status) => status switch
    {
        TargetStatus.Met => $"[green]{Markup.Escape(CliMessages.TargetMet)}[/]",
        TargetStatus.Below => $"[red]{Markup.Escape(CliMessages.TargetBelow)}[/]",
        TargetStatus.NotSignificantlyDifferent => $"[yellow]{Markup.Escape(CliMessages.TargetNotSignificantlyDifferent)}[/]",
        _ => "",
    };
}
