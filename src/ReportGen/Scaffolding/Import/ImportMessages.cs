using System.Globalization;

namespace ReportGen.Scaffolding.Import;

/// <summary>The languages of init's table.</summary>
public enum ImportLanguage
{
    English,
    French,
}

/// <summary>The sentences of init's table, in English and French: each <see cref="Reason"/> key and role has both.</summary>
public static class ImportMessages
{
    private static readonly Dictionary<string, (string En, string Fr)> Texts = new(StringComparer.Ordinal)
    {
        ["shape.qualtrics"] = ("Qualtrics export: columns ResponseId, Status and Finished", "export Qualtrics : colonnes ResponseId, Status et Finished"),
        ["shape.limesurvey"] = ("LimeSurvey export: columns id, submitdate, lastpage and startlanguage", "export LimeSurvey : colonnes id, submitdate, lastpage et startlanguage"),
        ["shape.institute"] = ("a plain table (institute file): one header row, one row per respondent", "un tableau simple (fichier d'institut) : une ligne d'en-tête, une ligne par répondant"),
        ["shape.xlsx"] = ("an Excel workbook: one header row, one row per respondent", "un classeur Excel : une ligne d'en-tête, une ligne par répondant"),
        ["shape.sav"] = ("an SPSS file: one case per respondent, value labels read as answers", "un fichier SPSS : un cas par répondant, les étiquettes de valeurs lues comme réponses"),
        ["rule.qualtrics.status"] = ("previews, tests and spam are not responses", "les aperçus, tests et spams ne sont pas des réponses"),
        ["rule.qualtrics.finished"] = ("an unfinished response is partial", "une réponse non terminée est partielle"),
        ["rule.limesurvey.submitdate"] = ("a response with no submit date is incomplete", "une réponse sans date de soumission est incomplète"),
        ["col.unnamed"] = ("the column has no name", "la colonne n'a pas de nom"),
        ["col.duplicate-name"] = ("another column has the same name (ignoring case): ReportGen will not choose", "une autre colonne porte le même nom (à la casse près) : ReportGen ne choisit pas"),
        ["col.rule"] = ("used by a row rule ({0})", "sert à une règle de lignes ({0})"),
        ["col.meta.qualtrics"] = ("Qualtrics metadata (dates, IP, duration, recipient, location, language)", "métadonnée Qualtrics (dates, IP, durée, destinataire, localisation, langue)"),
        ["col.meta.limesurvey"] = ("LimeSurvey metadata (dates, last page, language, seed, timings)", "métadonnée LimeSurvey (dates, dernière page, langue, graine, durées)"),
        ["col.meta.name"] = ("its name says metadata (date, IP, duration, language, e-mail, name…)", "son nom indique une métadonnée (date, IP, durée, langue, e-mail, nom…)"),
        ["col.meta.dates"] = ("every value is a date", "chaque valeur est une date"),
        ["col.empty"] = ("no value in any response", "aucune valeur dans aucune réponse"),
        ["col.id"] = ("id-like name, {0} values, all filled and unique", "nom d'identifiant, {0} valeurs, toutes remplies et uniques"),
        ["col.id.duplicates"] = ("id-like name, but some values repeat: not used as the respondent id", "nom d'identifiant, mais des valeurs se répètent : pas retenu comme identifiant"),
        ["col.id.blanks"] = ("id-like name, but {0} responses have none: not used as the respondent id", "nom d'identifiant, mais {0} réponses n'en ont pas : pas retenu comme identifiant"),
        ["col.weight"] = ("its name says weight, and every value is a number", "son nom indique une pondération, et chaque valeur est un nombre"),
        ["col.indicator"] = ("every answer lies on the scale {0}; left out of the base: {1}", "chaque réponse suit l'échelle {0} ; hors base : {1}"),
        ["col.score"] = ("whole numbers from 0 to 10: % satisfied is the share of 7 to 10; left out of the base: {0}", "des entiers de 0 à 10 : le % de satisfaits est la part des 7 à 10 ; hors base : {0}"),
        ["col.scale.partial"] = ("most answers lie on the scale {0}, but not {1}: add them to the scale by hand if they mean one of its answers", "la plupart des réponses suivent l'échelle {0}, mais pas {1} : ajoutez-les à l'échelle à la main si elles en sont une"),
        ["col.codes"] = ("numeric codes {0} to {1} with no labels: which end is satisfied cannot be told", "des codes numériques de {0} à {1} sans libellés : impossible de savoir quel bout est satisfait"),
        ["col.text.name"] = ("its name or question says free text: possible comments", "son nom ou sa question indique un texte libre : commentaires possibles"),
        ["col.text.values"] = ("{0} distinct values, long or varied: free text, possible comments", "{0} valeurs distinctes, longues ou variées : texte libre, commentaires possibles"),
        ["col.segment"] = ("a segment name, {0} distinct values, every response filled", "un nom de segment, {0} valeurs distinctes, chaque réponse remplie"),
        ["col.segment.blanks"] = ("a segment name, but {0} responses have no value: a segment needs one for every respondent", "un nom de segment, mais {0} réponses n'ont pas de valeur : un segment en demande une pour chaque répondant"),
        ["col.few-values"] = ("{0} distinct values ({1}…), but its name is no known segment: add it under 'segments:' if it is one", "{0} valeurs distinctes ({1}…), mais son nom n'est pas un segment connu : ajoutez-la sous 'segments:' si c'en est un"),
        ["col.numbers"] = ("numbers that are neither a 0–10 score nor a weight", "des nombres qui ne sont ni une note de 0 à 10 ni une pondération"),
        ["col.unknown"] = ("its values match no known scale, segment or metadata", "ses valeurs ne suivent aucune échelle, aucun segment ni aucune métadonnée connus"),
        ["date.responses"] = ("the date of the latest response ({0})", "la date de la dernière réponse ({0})"),
        ["date.epoch"] = ("SOURCE_DATE_EPOCH (the export holds no response dates)", "SOURCE_DATE_EPOCH (l'export ne donne pas la date des réponses)"),
        ["date.file"] = ("the export's modification date (it holds no response dates)", "la date de modification de l'export (il ne donne pas la date des réponses)"),
        ["note.verbatims"] = ("Free-text columns are not written as 'verbatims:': comments need their own file with respondent type and moment, and a rule file (docs/verbatims.md).",
            "Les colonnes de texte libre ne sont pas écrites en 'verbatims:' : les commentaires demandent leur propre fichier (type de répondant, moment) et un fichier de règles (docs/verbatims.md)."),
        ["note.overall"] = ("'{0}' is written as overall satisfaction ('overall:'), from its name: check it.", "'{0}' est écrit comme satisfaction globale ('overall:'), d'après son nom : à vérifier."),
        ["note.no-id"] = ("No respondent id was found (a column with an id-like name, filled and unique): duplicate responses cannot be detected.",
            "Aucun identifiant de répondant trouvé (une colonne au nom d'identifiant, remplie et unique) : les doublons ne peuvent pas être détectés."),
        ["note.targets"] = ("Targets are not guessed: add 'target:' (in %) to the indicators that have one.", "Les cibles ne sont pas devinées : ajoutez 'target:' (en %) aux indicateurs qui en ont une."),
        ["note.organisation"] = ("Check 'organisation', 'survey', 'period' and 'publication_date' in reportgen.yaml: init writes placeholders.",
            "Vérifiez 'organisation', 'survey', 'period' et 'publication_date' dans reportgen.yaml : init écrit des valeurs à remplacer."),
        ["enc.bom"] = ("a UTF-8 byte order mark", "une marque d'ordre des octets (BOM) UTF-8"),
        ["enc.bom-invalid"] = ("a UTF-8 byte order mark, but bytes further on are not UTF-8: the build will say where", "une marque UTF-8 (BOM), mais des octets plus loin ne sont pas de l'UTF-8 : la construction dira où"),
        ["enc.utf8"] = ("no byte order mark, every byte valid UTF-8", "pas de BOM, chaque octet est de l'UTF-8 valide"),
        ["enc.cp1252"] = ("no byte order mark, and bytes that are not UTF-8 (from byte {0})", "pas de BOM, et des octets qui ne sont pas de l'UTF-8 (dès l'octet {0})"),
        ["delim.header"] = ("{0} columns in the header", "{0} colonnes dans l'en-tête"),
        ["head.column"] = ("Column", "Colonne"),
        ["head.role"] = ("Recognised as", "Reconnue comme"),
        ["head.why"] = ("Why", "Pourquoi"),
        ["head.rule"] = ("Row rule", "Règle de lignes"),
        ["head.left-out"] = ("Rows left out", "Lignes écartées"),
        ["title.export"] = ("{0}: {1}", "{0} : {1}"),
        ["title.dialect"] = ("CSV: delimiter {0} ({1}); encoding {2} ({3}); written into 'dialect:'", "CSV : séparateur {0} ({1}) ; encodage {2} ({3}) ; écrits dans 'dialect:'"),
        ["title.header"] = ("Header on row {0} (the rows above it are titles); {1} row(s) below it skipped (question texts, ImportId)", "En-tête en ligne {0} (les lignes au-dessus sont des titres) ; {1} ligne(s) en dessous ignorée(s) (textes des questions, ImportId)"),
        ["title.rows"] = ("{0} rows read, {1} responses kept", "{0} lignes lues, {1} réponses retenues"),
        ["title.date"] = ("Publication date {0}: {1}", "Date de publication {0} : {1}"),
        ["title.rules"] = ("Row rules written into keep_rows", "Règles de lignes écrites dans keep_rows"),
        ["title.no-rules"] = ("No row rule: every row is a response.", "Aucune règle de lignes : chaque ligne est une réponse."),
        ["title.created"] = ("Created a project in {0}: {1}", "Projet créé dans {0} : {1}"),
        ["title.next"] = ("Next: reportgen build {0}/reportgen.yaml --out {0}/out", "Ensuite : reportgen build {0}/reportgen.yaml --out {0}/out"),
        ["title.placement.copy"] = ("The export is copied into the project (--reference to read it where it is).", "L'export est copié dans le projet (--reference pour le lire à sa place)."),
        ["title.placement.reference"] = ("The export is read where it is, by relative path (--reference).", "L'export est lu à sa place, par chemin relatif (--reference)."),
    };

    private static readonly Dictionary<ColumnRole, (string En, string Fr)> Roles = new()
    {
        [ColumnRole.RespondentId] = ("respondent id", "identifiant du répondant"),
        [ColumnRole.Weight] = ("weight", "pondération"),
        [ColumnRole.Segment] = ("segment '{0}'", "segment '{0}'"),
        [ColumnRole.Indicator] = ("indicator '{0}'", "indicateur '{0}'"),
        [ColumnRole.Score] = ("score 0–10, indicator '{0}'", "note de 0 à 10, indicateur '{0}'"),
        [ColumnRole.RowRule] = ("row rule", "règle de lignes"),
        [ColumnRole.Metadata] = ("metadata, left out", "métadonnée, écartée"),
        [ColumnRole.FreeText] = ("free text, left out", "texte libre, écarté"),
        [ColumnRole.Empty] = ("empty, left out", "vide, écartée"),
        [ColumnRole.Undecided] = ("undecided, left out", "indécis, écartée"),
    };

    /// <summary>French when LC_ALL, LC_MESSAGES or LANG (the first one set, in that order) starts with "fr"; else English.</summary>
    public static ImportLanguage FromEnvironment(Func<string, string?> variable)
    {
        foreach (var name in new[] { "LC_ALL", "LC_MESSAGES", "LANG" })
        {
            if (variable(name) is { Length: > 0 } value)
            {
                return value.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? ImportLanguage.French : ImportLanguage.English;
            }
        }

        return ImportLanguage.English;
    }

    public static string Text(ImportLanguage language, string key, params string[] args)
    {
        var (en, fr) = Texts[key];
        return string.Format(CultureInfo.InvariantCulture, language == ImportLanguage.French ? fr : en, args);
    }

    public static string Text(ImportLanguage language, Reason reason) => Text(language, reason.Key, reason.Args);

    public static string Role(ImportLanguage language, ColumnDecision decision)
    {
        var (en, fr) = Roles[decision.Role];
        return string.Format(CultureInfo.InvariantCulture, language == ImportLanguage.French ? fr : en, decision.Detail ?? "");
    }

    /// <summary>The row rule in the project's words: "Status differs Survey Preview / …".</summary>
    public static string Rule(ImportLanguage language, RowRule rule)
    {
        var french = language == ImportLanguage.French;
        var values = string.Join(" / ", rule.Values);
        var what = rule.Kind switch
        {
            RowRuleKind.NotEmpty => french ? "non vide" : "not empty",
            RowRuleKind.EqualsAny => french ? $"vaut {values}" : $"equals {values}",
            _ => french ? $"diffère de {values}" : $"differs from {values}",
        };
        return $"{rule.Column} {what} — {Text(language, rule.Why)}";
    }

    /// <summary>Every key, for the test that both languages have each.</summary>
    public static IEnumerable<string> Keys => Texts.Keys;
}
