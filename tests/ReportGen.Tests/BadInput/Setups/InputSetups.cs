using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ReportGen.Tests.BadInput.Setups;

/// <summary>
/// The environments of the 'input' family (cases/input.yaml): symbolic links out of the project, named pipes,
/// folders where a file is expected, and the large generated projects of the bounded-resource cases.
/// </summary>
public abstract class InputSetup(string name, Action<CorpusContext> apply) : ICorpusSetup
{
    public string Name => name;

    public void Apply(CorpusContext context) => apply(context);

    /// <summary>Replaces <paramref name="relative"/> by a symbolic link to <paramref name="target"/>.</summary>
    protected static void Link(CorpusContext context, string relative, string target)
    {
        var path = context.Path(relative);
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
    }

    /// <summary>Replaces <paramref name="relative"/> by a named pipe (FIFO) that nobody writes: opening it for reading would block.</summary>
    protected static void Fifo(CorpusContext context, string relative)
    {
        var path = context.Path(relative);
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>Replaces <paramref name="relative"/> by an empty folder.</summary>
    protected static void Folder(CorpusContext context, string relative)
    {
        File.Delete(context.Path(relative));
        Directory.CreateDirectory(context.Path(relative));
    }

    /// <summary>A project file whose text is changed by <paramref name="edit"/>.</summary>
    protected static void EditProject(CorpusContext context, Func<string, string> edit) =>
        File.WriteAllText(context.ProjectFile, edit(File.ReadAllText(context.ProjectFile)));

    /// <summary>Survey rows for <paramref name="columns"/> question columns, answers drawn from a fixed seed.</summary>
    protected static string Rows(int rows, int columns, Func<int, string> agency)
    {
        var random = new Random(20240601);
        var text = new StringBuilder("id;poids;agence;").AppendJoin(';', Enumerable.Range(0, columns).Select(c => $"q{c}")).Append('\n');
        for (var r = 0; r < rows; r++)
        {
            text.Append(r.ToString(CultureInfo.InvariantCulture)).Append(";1;").Append(agency(r));
            for (var c = 0; c < columns; c++)
            {
                text.Append(';').Append(random.Next(1, 5).ToString(CultureInfo.InvariantCulture));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>An indicator file of <paramref name="count"/> indicators on columns q0, q1…, the first one labelled <paramref name="firstLabel"/>.</summary>
    protected static string Indicators(int count, string? firstLabel = null)
    {
        var text = new StringBuilder("""
            scales:
              - id: sat4
                categories:
                  - { code: "1", label: Très satisfait, satisfied: true }
                  - { code: "2", label: Plutôt satisfait, satisfied: true }
                  - { code: "3", label: Plutôt pas satisfait }
                  - { code: "4", label: Pas du tout satisfait }
            themes:
              - { id: accueil, label: Accueil }
            indicators:

            """);
        for (var i = 0; i < count; i++)
        {
            var label = i == 0 && firstLabel is not null ? firstLabel : $"Indicateur {i}";
            text.Append(CultureInfo.InvariantCulture, $"  - {{ id: i{i}, label: \"{label}\", statement: satisfaits du point {i}, column: q{i}, scale: sat4, theme: accueil }}\n");
        }

        return text.ToString();
    }

    /// <summary>The base project without weighting (its margins name only Nord and Sud) and without action plan (it names the indicator 'accueil').</summary>
    protected static void Plain(CorpusContext context) => EditProject(context, project =>
    {
        var start = project.IndexOf("weighting:", StringComparison.Ordinal);
        var end = project.IndexOf("verbatims:", StringComparison.Ordinal);
        return project[..start].Replace("action_plan: action-plan.yaml\n", "", StringComparison.Ordinal) + project[end..];
    });
}

public sealed class TemplateLinkedToEnviron() : InputSetup("template-linked-to-environ", c => Link(c, "templates/newsletter.md.sbn", "/proc/self/environ"));

public sealed class TemplateLinkedToPasswd() : InputSetup("template-linked-to-passwd", c => Link(c, "templates/newsletter.md.sbn", "/etc/passwd"));

/// <summary>The main template includes part.sbn, a link to /etc/passwd.</summary>
public sealed class IncludeLinkedToPasswd() : InputSetup("include-linked-to-passwd", c => Link(c, "templates/part.sbn", "/etc/passwd"));

/// <summary>A folder of the templates is a link to /etc: the template 'etc/passwd' looks inside, and is not.</summary>
public sealed class TemplateFolderLinkedToEtc() : InputSetup("template-folder-linked-to-etc", c => Directory.CreateSymbolicLink(c.Path("templates/etc"), "/etc"));

/// <summary>A link inside the templates folder to another template inside it is followed.</summary>
public sealed class IncludeLinkedInside() : InputSetup("include-linked-inside", c => Link(c, "templates/part.sbn", "shared/part.sbn"));

public sealed class TemplateFifo() : InputSetup("template-fifo", c => Fifo(c, "templates/newsletter.md.sbn"));

public sealed class TemplateFolder() : InputSetup("template-folder", c => Folder(c, "templates/newsletter.md.sbn"));

public sealed class DataFifo() : InputSetup("data-fifo", c => Fifo(c, "data.csv"));

public sealed class IndicatorsFifo() : InputSetup("indicators-fifo", c => Fifo(c, "indicators.yaml"));

public sealed class CommentsFifo() : InputSetup("comments-fifo", c => Fifo(c, "verbatims.csv"));

public sealed class RulesFifo() : InputSetup("rules-fifo", c => Fifo(c, "verbatim-themes.yaml"));

public sealed class ActionPlanFifo() : InputSetup("action-plan-fifo", c => Fifo(c, "action-plan.yaml"));

/// <summary>The project file itself is a named pipe.</summary>
public sealed class ProjectFifo() : InputSetup("project-fifo", c =>
{
    Fifo(c, "pipe.yaml");
    c.ProjectFile = c.Path("pipe.yaml");
});

public sealed class DataFolder() : InputSetup("data-folder", c => Folder(c, "data.csv"));

public sealed class IndicatorsFolder() : InputSetup("indicators-folder", c => Folder(c, "indicators.yaml"));

public sealed class DataLinkedToDevZero() : InputSetup("data-linked-to-dev-zero", c => Link(c, "data.csv", "/dev/zero"));

public sealed class DataLinkedToEnviron() : InputSetup("data-linked-to-environ", c => Link(c, "data.csv", "/proc/self/environ"));

public sealed class CommentsLinkedToDevZero() : InputSetup("comments-linked-to-dev-zero", c => Link(c, "verbatims.csv", "/dev/zero"));

public sealed class IndicatorsLinkedToProcStatus() : InputSetup("indicators-linked-to-proc-status", c => Link(c, "indicators.yaml", "/proc/self/status"));

/// <summary>A comments file reporting 200 MB (sparse: nothing is written, and nothing should be read).</summary>
public sealed class Comments200Mb() : InputSetup("comments-200mb", c =>
{
    using var file = new FileStream(c.Path("verbatims.csv"), FileMode.Open, FileAccess.Write);
    file.SetLength(200L << 20);
});

/// <summary>A template reporting 2 MB, sparse.</summary>
public sealed class Template2Mb() : InputSetup("template-2mb", c =>
{
    using var file = new FileStream(c.Path("templates/newsletter.md.sbn"), FileMode.Open, FileAccess.Write);
    file.SetLength(2L << 20);
});

/// <summary>5 000 indicators and the data to match.</summary>
public sealed class Indicators5000() : InputSetup("indicators-5000", c =>
{
    Plain(c);
    File.WriteAllText(c.Path("indicators.yaml"), Indicators(5000));
    File.WriteAllText(c.Path("data.csv"), Rows(20, 5000, r => r % 2 == 0 ? "Nord" : "Sud"));
});

/// <summary>As many indicators as the limit allows: the build completes.</summary>
public sealed class IndicatorsAtLimit() : InputSetup("indicators-at-limit", c =>
{
    Plain(c);
    File.WriteAllText(c.Path("indicators.yaml"), Indicators(ReportGen.Definitions.IndicatorLoader.MaxIndicators));
    File.WriteAllText(c.Path("data.csv"), Rows(40, ReportGen.Definitions.IndicatorLoader.MaxIndicators, r => r % 2 == 0 ? "Nord" : "Sud"));
});

/// <summary>A label of two 94-letter words, each wider than the room a chart gives a label: the charts are drawn, the label cut.</summary>
public sealed class LabelNeverFits() : InputSetup("label-never-fits", c =>
{
    Plain(c);
    var word = "Insatisfaction" + new string('x', 80);
    File.WriteAllText(c.Path("indicators.yaml"), Indicators(3, $"{word} {word}"));
    File.WriteAllText(c.Path("data.csv"), Rows(200, 3, r => r % 2 == 0 ? "Nord" : "Sud"));
});

/// <summary>A label of 55 000 characters in 5 000 words: charts, tables and the evidence pack's contents stay bounded.</summary>
public sealed class LabelHuge() : InputSetup("label-huge", c =>
{
    Plain(c);
    File.WriteAllText(c.Path("indicators.yaml"), Indicators(3, string.Join(' ', Enumerable.Repeat("Accueilxxx", 5000))));
    File.WriteAllText(c.Path("data.csv"), Rows(200, 3, r => r % 2 == 0 ? "Nord" : "Sud"));
});

/// <summary>3 000 values of the segment used by --per.</summary>
public sealed class Per3000() : InputSetup("per-3000", c =>
{
    Plain(c);
    File.WriteAllText(c.Path("data.csv"), Rows(6000, 3, r => $"Résidence {r % 3000}"));
});

/// <summary>A scale of 100 000 categories written out (no alias), in 1.5 MB.</summary>
public sealed class Scale100000() : InputSetup("scale-100000", c =>
{
    var categories = string.Join(", ", Enumerable.Range(0, 100_000).Select(i => $"{{label: c{i}}}"));
    var indicators = File.ReadAllText(c.Path("indicators.yaml"));
    File.WriteAllText(c.Path("indicators.yaml"), indicators.Replace("scales:\n", $"scales:\n  - id: big\n    categories: [{{label: top, satisfied: true}}, {categories}]\n", StringComparison.Ordinal));
});

/// <summary>50 000 plain values, no alias, under a key the indicator file does not know: an unknown key, not an alias bomb.</summary>
public sealed class PlainValues50000() : InputSetup("plain-values-50000", c =>
    File.AppendAllText(c.Path("indicators.yaml"), $"notes: [{string.Join(", ", Enumerable.Range(0, 50_000).Select(i => $"n{i}"))}]\n"));
