using System.Globalization;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Ingest.Sources;

namespace ReportGen.Scaffolding.Import;

public static partial class ExportInspector
{
    private static readonly HashSet<string> QualtricsMetadata = new(StringComparer.OrdinalIgnoreCase)
    {
        "StartDate", "EndDate", "IPAddress", "Progress", "Duration (in seconds)", "RecordedDate", "RecipientLastName", "RecipientFirstName",
        "RecipientEmail", "ExternalReference", "LocationLatitude", "LocationLongitude", "DistributionChannel", "UserLanguage",
        "Q_RecaptchaScore", "Q_RelevantIDDuplicate", "Q_RelevantIDDuplicateScore", "Q_RelevantIDFraudScore", "Q_RelevantIDLastStartDate",
        "Q_BallotBoxStuffing", "Q_TotalDuration", "Q_DuplicateRespondent", "Q_Language", "Q_URL",
    };

    private static readonly HashSet<string> LimeSurveyMetadata = new(StringComparer.OrdinalIgnoreCase)
    {
        "lastpage", "startlanguage", "seed", "startdate", "datestamp", "ipaddr", "refurl", "token", "interviewtime",
        // The same under the full-text headings (English and French interfaces).
        "Date submitted", "Date de soumission", "Date d'envoi", "Last page", "Dernière page",
        "Start language", "Langue de départ", "Seed", "Date started", "Date de début", "Date last action", "Date de la dernière action",
        "IP address", "Adresse IP", "Referrer URL", "URL de provenance", "Total time", "Temps total",
    };

    private static readonly HashSet<string> MetadataWords = new(StringComparer.Ordinal)
    {
        "date", "datestamp", "startdate", "submitdate", "heure", "time", "timestamp", "ip", "ipaddr", "ipaddress", "duree", "duration",
        "seconds", "secondes", "langue", "language", "lang", "seed", "token", "email", "mail", "courriel", "nom", "prenom", "name",
        "firstname", "lastname", "telephone", "tel", "phone", "mobile", "adresse", "address", "latitude", "longitude", "progress",
        "lastpage", "refurl", "url", "referer", "enqueteur", "interviewer", "recipient", "useragent", "navigateur", "browser",
    };

    private static readonly HashSet<string> IdWordSet = new(StringComparer.Ordinal)
    {
        "id", "ident", "identifiant", "numero", "num", "no", "questionnaire", "matricule", "repondant", "respondent", "responseid",
    };

    private static readonly HashSet<string> WeightWords = new(StringComparer.Ordinal) { "poids", "weight", "ponderation", "coef", "coefficient", "wgt" };

    private static readonly HashSet<string> FreeTextWords = new(StringComparer.Ordinal)
    {
        "commentaire", "commentaires", "comment", "comments", "remarque", "remarques", "suggestion", "suggestions", "verbatim", "verbatims",
        "precisez", "precision", "precisions", "pourquoi", "observation", "observations", "expression", "texte", "text", "libre",
    };

    private static readonly HashSet<string> ScoreWords = new(StringComparer.Ordinal) { "note", "score", "nps", "recommandation", "recommanderiez", "notez", "noter" };

    /// <summary>Words that make a 0–10 question a recommendation (a net score): besides these, any word starting « recommand ».</summary>
    private static readonly HashSet<string> RecommendationWords = new(StringComparer.Ordinal) { "nps", "conseiller", "conseilleriez", "recommend" };

    private static readonly HashSet<string> CountWords = new(StringComparer.Ordinal)
    {
        "age", "nombre", "nb", "etage", "annee", "pieces", "enfants", "anciennete", "personnes", "occupants", "surface",
    };

    /// <summary>Segment words and the French plural that labels the segment in the documents.</summary>
    private static readonly (string Word, string Label)[] SegmentWords =
    [
        ("agence", "agences"), ("residence", "résidences"), ("secteur", "secteurs"), ("batiment", "bâtiments"), ("typologie", "typologies"),
        ("quartier", "quartiers"), ("commune", "communes"), ("ville", "villes"), ("site", "sites"), ("territoire", "territoires"),
        ("groupe", "groupes"), ("programme", "programmes"), ("patrimoine", "patrimoines"), ("antenne", "antennes"), ("direction", "directions"),
        ("region", "régions"), ("zone", "zones"), ("departement", "départements"), ("immeuble", "immeubles"), ("cite", "cités"),
        ("agency", "agences"), ("logement", "types de logement"), ("habitat", "types d'habitat"),
    ];

    private static IEnumerable<string> IdWords(ColumnProfile p)
    {
        var words = ImportText.Words(p.Name);
        if (words.Count <= 3 && words.Contains("n"))
        {
            yield return "n";
        }

        foreach (var w in words.Where(IdWordSet.Contains))
        {
            yield return w;
        }
    }

    private static bool Has(ColumnProfile p, HashSet<string> words, bool text = false) =>
        ImportText.Words(p.Name).Any(words.Contains) || (text && p.Text is { } t && ImportText.Words(t).Any(words.Contains));

    private static ImportPlan Decide(IRowSource source, string path, string display, SourceFormat format, string? sheet, ExportShape shape, Reason shapeWhy,
        int skip, List<MutableRule> mutableRules, long rows, long kept, List<ColumnProfile> profiles, DiagnosticBag bag)
    {
        _ = bag;
        var rules = mutableRules.Select(r => r.Freeze()).ToList();
        var decisions = new List<ColumnDecision>();
        var segments = new List<SegmentPlan>();
        var indicators = new List<IndicatorPlan>();
        var scaleAliases = new Dictionary<string, Dictionary<string, SortedSet<string>>>(StringComparer.Ordinal);
        string? respondentId = null, weight = null;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var duplicateNames = profiles.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)).ToHashSet();

        string UniqueId(string wanted)
        {
            var id = wanted;
            for (var n = 2; !ids.Add(id); n++)
            {
                id = $"{wanted}-{n}";
            }

            return id;
        }

        foreach (var p in profiles)
        {
            ColumnDecision Decision(ColumnRole role, string? detail, string key, params string[] args) => new(p.Index, p.Name, role, detail, new Reason(key, args));

            var rule = rules.FirstOrDefault(r => string.Equals(r.Column, p.Name, StringComparison.OrdinalIgnoreCase));
            if (p.Name.Length == 0)
            {
                decisions.Add(Decision(ColumnRole.Undecided, null, "col.unnamed"));
            }
            else if (duplicateNames.Contains(p))
            {
                decisions.Add(Decision(ColumnRole.Undecided, null, "col.duplicate-name"));
            }
            else if (rule is not null)
            {
                decisions.Add(Decision(ColumnRole.RowRule, null, "col.rule", Describe(rule)));
            }
            else if ((shape == ExportShape.Qualtrics && (QualtricsMetadata.Contains(p.Name) || p.Name.EndsWith("_DO", StringComparison.Ordinal) || QualtricsTiming(p.Name)))
                || (shape == ExportShape.LimeSurvey && (LimeSurveyMetadata.Contains(p.Name) || LimeSurveyMetadata.Contains(p.Name.Split(". ")[0]) || (p.Name.EndsWith("Time", StringComparison.Ordinal) && p.Name.Length > 4))))
            {
                decisions.Add(Decision(ColumnRole.Metadata, null, shape == ExportShape.Qualtrics ? "col.meta.qualtrics" : "col.meta.limesurvey"));
            }
            else if (p.Filled == 0)
            {
                decisions.Add(Decision(ColumnRole.Empty, null, "col.empty"));
            }
            else if (respondentId is null && IdWords(p).Any() && p.TrackUnique && !p.Duplicates && p.Blank == 0)
            {
                respondentId = p.Name;
                decisions.Add(Decision(ColumnRole.RespondentId, null, "col.id", Count(p.Filled)));
            }
            else if (Has(p, MetadataWords))
            {
                decisions.Add(Decision(ColumnRole.Metadata, null, "col.meta.name"));
            }
            else if (IdWords(p).Any() && respondentId is null && (p.Duplicates || p.Blank > 0))
            {
                decisions.Add(Decision(ColumnRole.Undecided, null, p.Duplicates ? "col.id.duplicates" : "col.id.blanks", Count(p.Blank)));
            }
            else if (weight is null && Has(p, WeightWords) && p.AllNumbers && p.Blank == 0)
            {
                weight = p.Name;
                decisions.Add(Decision(ColumnRole.Weight, null, "col.weight"));
            }
            else if (MatchScale(p) is { } match)
            {
                if (match.Scale is null)
                {
                    decisions.Add(Decision(ColumnRole.Undecided, null, "col.scale.partial", match.Near!.Id, string.Join(", ", match.Unknown.Take(3).Select(v => $"'{v}'"))));
                }
                else
                {
                    var kind = !match.Scale.IsRange ? IndicatorKind.Share : IsRecommendation(p) ? IndicatorKind.Net : IndicatorKind.Score;
                    var (label, statement, fromText) = Wording(p, match.Scale, kind);
                    var id = UniqueId(ImportText.Slug(p.Name));
                    indicators.Add(new IndicatorPlan(id, label, statement, p.Name, match.Scale.Id, fromText, kind));
                    var aliases = scaleAliases.TryGetValue(match.Scale.Id, out var a) ? a : scaleAliases[match.Scale.Id] = new(StringComparer.Ordinal);
                    foreach (var (canonical, spelling) in match.Spellings)
                    {
                        (aliases.TryGetValue(canonical, out var set) ? set : aliases[canonical] = new(StringComparer.Ordinal)).Add(spelling);
                    }

                    decisions.Add(match.Scale.IsRange
                        ? Decision(ColumnRole.Score, id, kind == IndicatorKind.Net ? "col.net" : "col.score", match.Excluded.Count > 0 ? string.Join(", ", match.Excluded) : "—")
                        : Decision(ColumnRole.Indicator, id, "col.indicator", match.Scale.Id, string.Join(", ", match.Excluded.DefaultIfEmpty("—"))));
                }
            }
            else if (p.AllNumbers && p.Integers == p.Filled && p.MinInteger >= 0 && p.MaxInteger <= 10 && !Has(p, CountWords))
            {
                decisions.Add(Decision(ColumnRole.Undecided, null, "col.codes", p.MinInteger.ToString(CultureInfo.InvariantCulture), p.MaxInteger.ToString(CultureInfo.InvariantCulture)));
            }
            else if (Has(p, FreeTextWords, text: true) || (shape == ExportShape.Qualtrics && p.Name.EndsWith("_TEXT", StringComparison.Ordinal)))
            {
                decisions.Add(Decision(ColumnRole.FreeText, null, "col.text.name"));
            }
            else if (SegmentLabel(p) is { } segmentLabel && !p.TooManyValues && p.Values.Count is >= 2 and <= MaxSegmentValues && !p.AllNumbers)
            {
                if (p.Blank > 0)
                {
                    decisions.Add(Decision(ColumnRole.Undecided, null, "col.segment.blanks", Count(p.Blank)));
                }
                else
                {
                    var id = UniqueId(ImportText.Slug(segmentLabel.Word == "logement" ? "type-logement" : segmentLabel.Word));
                    segments.Add(new SegmentPlan(id, p.Name, segmentLabel.Label));
                    decisions.Add(Decision(ColumnRole.Segment, id, "col.segment", p.Values.Count.ToString(CultureInfo.InvariantCulture)));
                }
            }
            else if (p.AllDates)
            {
                decisions.Add(Decision(ColumnRole.Metadata, null, "col.meta.dates"));
            }
            else if (!p.AllNumbers && (p.TooManyValues || p.AverageLength > 30 || (p.Values.Count > 20 && p.Values.Count * 2 > p.Filled)))
            {
                decisions.Add(Decision(ColumnRole.FreeText, null, "col.text.values", p.TooManyValues ? $"> {ColumnProfile.MaxDistinct}" : p.Values.Count.ToString(CultureInfo.InvariantCulture)));
            }
            else if (!p.TooManyValues && p.Values.Count <= 12 && !p.AllNumbers)
            {
                decisions.Add(Decision(ColumnRole.Undecided, null, "col.few-values", p.Values.Count.ToString(CultureInfo.InvariantCulture),
                    string.Join(", ", p.Values.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Take(3).Select(v => $"'{v.Key}'"))));
            }
            else
            {
                decisions.Add(Decision(ColumnRole.Undecided, null, p.AllNumbers ? "col.numbers" : "col.unknown"));
            }
        }

        var scales = KnownScales.All.Where(s => scaleAliases.ContainsKey(s.Id))
            .Select(s => new ScaleUse(s, scaleAliases[s.Id].ToDictionary(k => k.Key, k => (IReadOnlyList<string>)[.. k.Value], StringComparer.Ordinal)))
            .ToList();
        // Overall satisfaction is a share: the key-driver analysis correlates the other shares with it.
        var overall = indicators.Where(i => i.Kind == IndicatorKind.Share).FirstOrDefault(i => ImportText.Words(i.Column).Any(w => w is "global" or "globale" or "globalement" or "overall" or "ensemble")
            || (profiles.First(p => p.Name == i.Column).Text is { } t && ImportText.Fold(t).Contains("global", StringComparison.Ordinal)));
        var (date, dateWhy) = PublicationDate(path, profiles, shape);
        var notes = new List<Reason>();
        if (decisions.Any(d => d.Role == ColumnRole.FreeText))
        {
            notes.Add(new Reason("note.verbatims"));
        }

        if (overall is not null)
        {
            notes.Add(new Reason("note.overall", overall.Id));
        }

        if (respondentId is null)
        {
            notes.Add(new Reason("note.no-id"));
        }

        var numbers = profiles.Where(p => p.Name == weight).ToList();
        char? decimalSeparator = numbers.Sum(p => p.DecimalComma) > 0 && numbers.Sum(p => p.DecimalPoint) == 0 ? ','
            : numbers.Sum(p => p.DecimalPoint) > 0 && numbers.Sum(p => p.DecimalComma) == 0 ? '.' : null;
        return new ImportPlan
        {
            SourcePath = Path.GetFullPath(path),
            SourceDisplay = display,
            Format = format,
            Shape = shape,
            ShapeWhy = shapeWhy,
            DecimalSeparator = decimalSeparator,
            Sheet = sheet,
            HeaderRow = 1,
            SkipRows = skip,
            KeepRows = rules,
            Rows = rows,
            RowsKept = kept,
            Columns = decisions,
            RespondentId = respondentId,
            Weight = weight,
            Segments = segments,
            Indicators = indicators,
            Scales = scales,
            Overall = overall?.Id,
            PublicationDate = date,
            PublicationDateWhy = dateWhy,
            Notes = notes,
        };
    }

    /// <summary>A 0–10 question whose name or wording says recommendation (« recommanderiez-vous », NPS, « conseiller à un proche »).</summary>
    private static bool IsRecommendation(ColumnProfile p) =>
        ImportText.Words(p.Name).Concat(p.Text is { } t ? ImportText.Words(t) : []).Concat(QuestionTextOfName(p.Name) is { } n ? ImportText.Words(n) : [])
            .Any(w => w.StartsWith("recommand", StringComparison.Ordinal) || RecommendationWords.Contains(w));

    private static bool QualtricsTiming(string name) =>
        name.EndsWith("_First Click", StringComparison.Ordinal) || name.EndsWith("_Last Click", StringComparison.Ordinal)
        || name.EndsWith("_Page Submit", StringComparison.Ordinal) || name.EndsWith("_Click Count", StringComparison.Ordinal);

    private static string Count(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Describe(RowRule rule) => rule.Kind switch
    {
        RowRuleKind.NotEmpty => "not_empty",
        RowRuleKind.EqualsAny => $"equals {string.Join(" / ", rule.Values)}",
        _ => $"differs {string.Join(" / ", rule.Values)}",
    };

    private static (string Word, string Label)? SegmentLabel(ColumnProfile p)
    {
        var words = ImportText.Words(p.Name).Concat(p.Text is { } t ? ImportText.Words(t) : []).ToList();
        foreach (var (word, label) in SegmentWords)
        {
            if (word == "logement" ? words.Contains("logement") && words.Contains("type") : words.Contains(word) || words.Contains(word + "s"))
            {
                return (word, label);
            }
        }

        return null;
    }

    private sealed record ScaleMatch(KnownScale? Scale, KnownScale? Near, IReadOnlyList<string> Unknown, IReadOnlyList<string> Excluded, IReadOnlyList<(string Canonical, string Spelling)> Spellings);

    /// <summary>
    /// The known scale every value of the column lies on (excluded answers aside), preferring the one that covers the
    /// most distinct values, or the nearest scale and the values off it when most but not all lie on one; null otherwise.
    /// </summary>
    private static ScaleMatch? MatchScale(ColumnProfile p)
    {
        if (p.TooManyValues || p.Values.Count == 0)
        {
            return null;
        }

        var excluded = new List<string>();
        var spellings = new List<(string, string)>();
        var rest = new List<string>();
        foreach (var value in p.Values.Keys.Order(StringComparer.Ordinal))
        {
            if (KnownScales.ExcludedAnswer(value) is { } ex)
            {
                excluded.Add(ex.Label);
                if (!string.Equals(value, ex.Label, StringComparison.OrdinalIgnoreCase))
                {
                    spellings.Add((ex.Label, value));
                }
            }
            else
            {
                rest.Add(value);
            }
        }

        excluded = [.. excluded.Distinct(StringComparer.Ordinal)];
        if (rest.Count == 0)
        {
            return null;
        }

        // A 0–10 score: integers within 0..10, with enough distinct values (or a name that says note or score) to be more than codes.
        var integers = rest.Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null).ToList();
        if (integers.All(n => n is >= 0 and <= 10))
        {
            var distinct = integers.Distinct().Count();
            if ((distinct >= 6 || (Has(p, ScoreWords, text: true) && distinct >= 2)) && !Has(p, CountWords))
            {
                return new ScaleMatch(KnownScales.All.First(s => s.IsRange), null, [], excluded, spellings);
            }

            return null;
        }

        ScaleMatch? best = null;
        var bestCovered = 0;
        KnownScale? near = null;
        List<string> nearUnknown = [];
        foreach (var scale in KnownScales.All.Where(s => !s.IsRange))
        {
            var covered = new HashSet<string>(StringComparer.Ordinal);
            var unknown = new List<string>();
            var scaleSpellings = new List<(string, string)>();
            foreach (var value in rest)
            {
                if (KnownScales.Category(scale, value) is { } category)
                {
                    covered.Add(category.Label);
                    if (!string.Equals(value, category.Label, StringComparison.OrdinalIgnoreCase))
                    {
                        scaleSpellings.Add((category.Label, value));
                    }
                }
                else
                {
                    unknown.Add(value);
                }
            }

            if (unknown.Count == 0 && covered.Count > bestCovered)
            {
                best = new ScaleMatch(scale, null, [], excluded, [.. spellings, .. scaleSpellings]);
                bestCovered = covered.Count;
            }
            else if (unknown.Count > 0 && covered.Count >= 2 && (near is null || unknown.Count < nearUnknown.Count))
            {
                near = scale;
                nearUnknown = unknown;
            }
        }

        // A single answer is no scale: two distinct categories at least.
        if (best is not null && bestCovered >= 2)
        {
            return best;
        }

        return near is null ? null : new ScaleMatch(null, near, nearUnknown, excluded, []);
    }

    private static (DateOnly, Reason) PublicationDate(string path, List<ColumnProfile> profiles, ExportShape shape)
    {
        var dated = profiles.Where(p => p.LatestDate is not null && p.AllDates)
            .Where(p => shape != ExportShape.Qualtrics || p.Name is "RecordedDate" or "EndDate")
            .Where(p => shape != ExportShape.LimeSurvey || p.Name is "submitdate" or "datestamp" or "Date submitted" or "Date de soumission" or "Date last action")
            .OrderByDescending(p => p.LatestDate, StringComparer.Ordinal).FirstOrDefault();
        if (dated is not null && DateOnly.TryParseExact(dated.LatestDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var latest))
        {
            return (latest, new Reason("date.responses", dated.Name));
        }

        if (Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH") is { } epoch && long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && seconds is >= 0 and < 32503680000)
        {
            return (DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime), new Reason("date.epoch"));
        }

        return (DateOnly.FromDateTime(File.GetLastWriteTimeUtc(path)), new Reason("date.file"));
    }
}
