using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Publishing;

namespace ReportGen.Scaffolding.Import;

/// <summary>Where the project finds the export: a copy inside the project folder, or the original by relative path.</summary>
public enum DataPlacement
{
    Copy,
    Reference,
}

/// <summary>
/// Writes an <see cref="ImportPlan"/> as a project: <c>reportgen.yaml</c>, <c>indicators.yaml</c>, the JSON Schemas
/// their first lines name, and the export copied (or referenced by relative path). Every rule init implies is written
/// with a comment saying why; the same plan always gives the same bytes.
/// </summary>
public static partial class ProjectWriter
{
    public const string ProjectFile = "reportgen.yaml";
    public const string IndicatorFile = "indicators.yaml";

    /// <summary>Writes the project into <paramref name="directory"/>, which must be new or empty; returns the files written.</summary>
    public static IReadOnlyList<string> Write(ImportPlan plan, string directory, DataPlacement placement)
    {
        var full = Path.GetFullPath(directory);
        ProjectScaffolder.EnsureNewOrEmpty(full);
        var files = Render(plan, full, placement);
        using var transaction = OutputTransaction.Begin(full);
        foreach (var (name, content) in files)
        {
            transaction.Write(name, content);
        }

        transaction.Commit();
        return [.. files.Keys];
    }

    /// <summary>The files of the project, by path relative to the project folder, without writing anything.</summary>
    public static SortedDictionary<string, byte[]> Render(ImportPlan plan, string projectDirectory, DataPlacement placement)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var dataPath = DataPath(plan, projectDirectory, placement);
        if (placement == DataPlacement.Copy)
        {
            files[dataPath] = InputFile.ReadAllBytes(plan.SourcePath, plan.SourceDisplay, Ingest.CsvInput.DataLimit, Resources.IngestMessages.ExportNoun);
        }

        files[ProjectFile] = Encoding.UTF8.GetBytes(ProjectYaml(plan, dataPath, placement));
        files[IndicatorFile] = Encoding.UTF8.GetBytes(IndicatorYaml(plan));
        foreach (var name in new[] { "reportgen.schema.json", "indicators.schema.json" })
        {
            files[$"schemas/{name}"] = ProjectScaffolder.ResourceBytes($"schemas/{name}");
        }

        return files;
    }

    private static string DataPath(ImportPlan plan, string projectDirectory, DataPlacement placement)
    {
        if (placement == DataPlacement.Reference)
        {
            return Path.GetRelativePath(projectDirectory, plan.SourcePath).Replace('\\', '/');
        }

        var name = Path.GetFileName(plan.SourcePath);
        return name is ProjectFile or IndicatorFile or "schemas" ? $"export-{name}" : name;
    }

    public static string ProjectYaml(ImportPlan plan, string dataPath, DataPlacement placement)
    {
        var y = new StringBuilder();
        var year = plan.PublicationDate.Year.ToString(CultureInfo.InvariantCulture);
        y.Append("# yaml-language-server: $schema=schemas/reportgen.schema.json\n");
        y.Append("# Projet écrit par « reportgen init --from » depuis ").Append(Path.GetFileName(plan.SourcePath)).Append(" (").Append(ShapeName(plan)).Append(").\n");
        y.Append("# Relisez les lignes marquées « à vérifier » : init ne devine ni l'organisme, ni les cibles.\n");
        y.Append("organisation: ").Append(Scalar("Organisme à renseigner")).Append("   # à vérifier : le nom de l'organisme, tel que les documents l'affichent\n");
        y.Append("survey: ").Append(Scalar("Enquête de satisfaction")).Append('\n');
        y.Append("period:\n  label: ").Append(Scalar(year)).Append("   # à vérifier : l'année de l'enquête\n");
        y.Append("publication_date: ").Append(plan.PublicationDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Append("   # à vérifier : ").Append(DateComment(plan)).Append('\n');
        y.Append("indicators: ").Append(IndicatorFile).Append("\n\n");
        y.Append("data:\n  - id: locataires\n");
        y.Append("    path: ").Append(Scalar(dataPath)).Append(placement == DataPlacement.Copy ? "   # une copie de l'export, dans le projet\n" : "   # l'export lui-même, lu à sa place (init --reference)\n");
        // 'format:' only where the loader would not take it from the extension.
        if (SourceFormats.FromExtension(dataPath) != plan.Format)
        {
            y.Append("    format: ").Append(plan.Format.ToString().ToLowerInvariant()).Append('\n');
        }

        if (plan.Sheet is not null)
        {
            y.Append("    sheet: ").Append(plan.Sheet.All(char.IsAsciiDigit) ? plan.Sheet : Scalar(plan.Sheet)).Append('\n');
        }

        if (plan.Dialect is { } dialect)
        {
            y.Append("    dialect: { delimiter: ").Append(dialect.Delimiter == '\t' ? "\"\\t\"" : $"\"{dialect.Delimiter}\"")
                .Append(", encoding: ").Append(dialect.Encoding);
            if (plan.DecimalSeparator is { } decimalSeparator)
            {
                y.Append(", decimal: \"").Append(decimalSeparator).Append('"');
            }

            y.Append(" }   # ").Append(dialect.Bom ? "UTF-8 avec BOM" : dialect.Encoding == "utf-8" ? "UTF-8 sans BOM" : "Windows-1252 : l'export n'est pas en UTF-8").Append('\n');
        }

        if (plan.HeaderRow != 1)
        {
            y.Append("    header_row: ").Append(plan.HeaderRow.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        if (plan.SkipRows > 0)
        {
            y.Append("    skip_rows: ").Append(plan.SkipRows.ToString(CultureInfo.InvariantCulture))
                .Append(plan.Shape == ExportShape.Qualtrics ? "   # Qualtrics : la ligne 2 donne le texte des questions, la ligne 3 les ImportId ; ce ne sont pas des réponses\n" : "\n");
        }

        if (plan.KeepRows.Count > 0)
        {
            y.Append("    keep_rows:\n");
            foreach (var rule in plan.KeepRows)
            {
                y.Append("      # ").Append(rule.Comment).Append('\n');
                y.Append("      - { column: ").Append(Scalar(rule.Column)).Append(", ");
                y.Append(rule.Kind switch
                {
                    RowRuleKind.NotEmpty => "not_empty: true",
                    RowRuleKind.EqualsAny => $"equals: {List(rule.Values)}",
                    _ => $"differs: {List(rule.Values)}",
                });
                y.Append(" }\n");
            }
        }

        if (plan.RespondentId is not null || plan.Weight is not null || plan.Segments.Count > 0)
        {
            y.Append("    columns:\n");
            if (plan.RespondentId is { } id)
            {
                y.Append("      respondent_id: ").Append(Scalar(id)).Append('\n');
            }

            if (plan.Weight is { } weight)
            {
                y.Append("      weight: ").Append(Scalar(weight)).Append("   # à vérifier : la colonne de pondération de l'institut\n");
            }

            if (plan.Segments.Count > 0)
            {
                y.Append("      segments:\n");
                foreach (var segment in plan.Segments)
                {
                    y.Append("        - { id: ").Append(segment.Id).Append(", column: ").Append(Scalar(segment.Column)).Append(", label: ").Append(Scalar(segment.Label)).Append(" }\n");
                }
            }
        }

        return y.ToString();
    }

    public static string IndicatorYaml(ImportPlan plan)
    {
        var y = new StringBuilder();
        y.Append("# yaml-language-server: $schema=schemas/indicators.schema.json\n");
        y.Append("# Les questions de l'export dont les réponses suivent une échelle connue (reportgen init --from).\n");
        y.Append("# Les cibles (target) ne sont pas devinées : ajoutez-les, en % pour un pourcentage de satisfaits (target: 85),\n");
        y.Append("# dans les unités de la note pour une note moyenne (target: 7.5), en points pour un score net (target: 10).\n\n");
        y.Append("scales:\n");
        foreach (var use in plan.Scales)
        {
            var scale = use.Scale;
            y.Append("  - id: ").Append(scale.Id).Append('\n');
            y.Append("    label: ").Append(Scalar(scale.Label)).Append('\n');
            if (scale.Range is { } range)
            {
                // Read as a score or a net score, never as a share: no satisfied_from.
                y.Append("    range: { min: ").Append(range.Min.ToString(CultureInfo.InvariantCulture)).Append(", max: ").Append(range.Max.ToString(CultureInfo.InvariantCulture))
                    .Append(" }\n");
            }
            else
            {
                y.Append("    categories:                     # de la meilleure réponse à la moins bonne\n");
                foreach (var category in scale.Categories)
                {
                    Answer(y, category.Label, category.Satisfied, Seen(use, category.Label, []));
                }
            }

            y.Append(scale.IsRange ? "    excluded:                       # réponses laissées hors de la base de la note\n" : "    excluded:                       # réponses laissées hors de la base du pourcentage\n");
            foreach (var excluded in KnownScales.Excluded)
            {
                Answer(y, excluded.Label, false, Seen(use, excluded.Label, excluded.Aliases));
            }
        }

        y.Append("\nthemes:\n");
        foreach (var indicator in plan.Indicators)
        {
            y.Append("  - { id: ").Append(indicator.Id).Append(", label: ").Append(Scalar(indicator.Label)).Append(" }\n");
        }

        y.Append("\nindicators:\n");
        foreach (var indicator in plan.Indicators)
        {
            y.Append("  - id: ").Append(indicator.Id).Append('\n');
            if (indicator.Kind == IndicatorKind.Score)
            {
                y.Append("    kind: score                     # la note moyenne sur 10\n");
                y.Append("    threshold: ").Append(KnownScales.ScoreThreshold.ToString(CultureInfo.InvariantCulture)).Append("                    # et le % de notes de 7 ou plus\n");
            }
            else if (indicator.Kind == IndicatorKind.Net)
            {
                y.Append("    kind: net                       # la question dit recommandation : % de 9–10 moins % de 0–6, en points\n");
            }

            y.Append("    label: ").Append(Scalar(indicator.Label)).Append(indicator.LabelFromText ? "   # du texte de la question\n" : "   # du nom de la colonne : à vérifier\n");
            y.Append("    statement: ").Append(Scalar(indicator.Statement)).Append('\n');
            y.Append("    column: ").Append(Scalar(indicator.Column)).Append('\n');
            y.Append("    scale: ").Append(indicator.ScaleId).Append('\n');
            y.Append("    theme: ").Append(indicator.Id).Append('\n');
        }

        if (plan.Overall is { } overall)
        {
            y.Append("\noverall: ").Append(overall).Append("   # la satisfaction globale, d'après le nom de la question : à vérifier\n");
        }

        return y.ToString();
    }

    private static List<string> Seen(ScaleUse use, string label, IReadOnlyList<string> known)
    {
        var aliases = known.ToList();
        if (use.AliasesSeen.TryGetValue(label, out var seen))
        {
            aliases.AddRange(seen.Where(s => !string.Equals(s, label, StringComparison.OrdinalIgnoreCase) && !aliases.Contains(s, StringComparer.OrdinalIgnoreCase)));
        }

        return aliases;
    }

    private static void Answer(StringBuilder y, string label, bool satisfied, List<string> aliases)
    {
        y.Append("      - { label: ").Append(Scalar(label));
        if (satisfied)
        {
            y.Append(", satisfied: true");
        }

        if (aliases.Count > 0)
        {
            y.Append(", aliases: ").Append(List(aliases));
        }

        y.Append(" }\n");
    }

    private static string ShapeName(ImportPlan plan) => plan.Shape switch
    {
        ExportShape.Qualtrics => "export Qualtrics",
        ExportShape.LimeSurvey => "export LimeSurvey",
        _ => plan.Format switch { SourceFormat.Xlsx => "classeur Excel", SourceFormat.Sav => "fichier SPSS", _ => "fichier CSV" },
    };

    private static string DateComment(ImportPlan plan) => plan.PublicationDateWhy.Key switch
    {
        "date.responses" => $"la date de la dernière réponse ({plan.PublicationDateWhy.Args[0]}), faute de mieux",
        "date.epoch" => "la date de SOURCE_DATE_EPOCH, faute de date dans l'export",
        _ => "la date de modification de l'export, faute de date dans ses réponses",
    };

    private static string List(IEnumerable<string> values) => $"[{string.Join(", ", values.Select(Scalar))}]";

    /// <summary>A YAML scalar: plain when it reads back as the same string, else double-quoted.</summary>
    internal static string Scalar(string value)
    {
        if (value.Length > 0 && PlainSafe().IsMatch(value) && !Reserved().IsMatch(value) && !value.EndsWith(' ') && !value.Contains(" #", StringComparison.Ordinal)
            && !value.Contains(": ", StringComparison.Ordinal))
        {
            return value;
        }

        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    [GeneratedRegex(@"^[\p{L}\p{N}(./_][^,\[\]{}#&*!|>'""%@`\t\r\n]*$")]
    private static partial Regex PlainSafe();

    [GeneratedRegex(@"^(true|false|yes|no|on|off|y|n|null|~|[-+]?[0-9][0-9_.:eE+-]*|\.inf|\.nan)$", RegexOptions.IgnoreCase)]
    private static partial Regex Reserved();
}
