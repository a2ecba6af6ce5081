using System.Globalization;
using ReportGen.Scaffolding.Import;
using Spectre.Console;

namespace ReportGen.Cli.Commands;

/// <summary>What init recognised in an export, as a terminal table (in the language of the run): each column, its role and why; then the row rules.</summary>
internal static class ImportTable
{
    public static void Write(IAnsiConsole console, ImportPlan plan)
    {
        string T(string key, params string[] args) => VisibleTextHook.Escape(ImportMessages.Text(key, args));
        static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

        console.MarkupLine(T("title.export", plan.SourceDisplay, ImportMessages.Text(plan.ShapeWhy)));
        if (plan.Dialect is { } dialect)
        {
            console.MarkupLine(T("title.dialect", CsvSniffer.Show(dialect.Delimiter), ImportMessages.Text(dialect.DelimiterReason), dialect.Encoding,
                ImportMessages.Text(dialect.EncodingReason)));
        }

        if (plan.SkipRows > 0 || plan.HeaderRow != 1)
        {
            console.MarkupLine(T("title.header", N(plan.HeaderRow), N(plan.SkipRows)));
        }

        console.MarkupLine(T("title.rows", N(plan.Rows), N(plan.RowsKept)));
        console.MarkupLine(T("title.date", plan.PublicationDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ImportMessages.Text(plan.PublicationDateWhy)));

        var table = new Table().Border(TableBorder.Simple).AddColumn(T("head.column")).AddColumn(T("head.role")).AddColumn(T("head.why"));
        foreach (var column in plan.Columns)
        {
            var role = VisibleTextHook.Escape(ImportMessages.Role(column));
            role = column.Role switch
            {
                ColumnRole.Indicator or ColumnRole.Score or ColumnRole.Segment or ColumnRole.RespondentId or ColumnRole.Weight => $"[green]{role}[/]",
                ColumnRole.Undecided => $"[yellow]{role}[/]",
                _ => $"[grey]{role}[/]",
            };
            table.AddRow(VisibleTextHook.Escape(column.Name.Length == 0 ? $"#{column.Index + 1}" : column.Name), role, VisibleTextHook.Escape(ImportMessages.Text(column.Why)));
        }

        console.Write(table);
        if (plan.KeepRows.Count == 0)
        {
            console.MarkupLine(T("title.no-rules"));
        }
        else
        {
            var rules = new Table().Border(TableBorder.Simple).Title(T("title.rules")).AddColumn(T("head.rule")).AddColumn(new TableColumn(T("head.left-out")).RightAligned());
            foreach (var rule in plan.KeepRows)
            {
                rules.AddRow(VisibleTextHook.Escape(ImportMessages.Rule(rule)), N(rule.RowsLeftOut));
            }

            console.Write(rules);
        }

        foreach (var note in plan.Notes.Append(new Reason("note.targets")).Append(new Reason("note.organisation")))
        {
            console.MarkupLine("- " + VisibleTextHook.Escape(ImportMessages.Text(note)));
        }
    }
}
