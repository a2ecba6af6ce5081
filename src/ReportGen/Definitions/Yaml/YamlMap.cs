using System.Globalization;
using ReportGen.Diagnostics;
using ReportGen.Documents;
using ReportGen.Localization;
using ReportGen.Resources;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Definitions.Yaml;

/// <summary>
/// A YAML mapping read key by key. Every key asked for becomes a known key, so after reading,
/// <see cref="ReportUnknownKeys"/> can flag the rest with the closest known key: the list of known keys
/// is the reading code itself and cannot drift from it.
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly DiagnosticBag _bag;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly List<(string Key, SourceLocation Location)> _missing = [];

    public YamlMap(YamlMappingNode node, string file, DiagnosticBag bag, string context)
    {
        _node = node;
        File = file;
        _bag = bag;
        Context = context;
    }

    public string File { get; }

    /// <summary>Where this mapping sits, in words ("indicator 'accueil'"), for messages.</summary>
    public string Context { get; set; }

    public SourceLocation Location => Locate(File, _node);

    public DiagnosticBag Bag => _bag;

    public static SourceLocation Locate(string file, YamlNode node) => new(file, (int)node.Start.Line, (int)node.Start.Column);

    public SourceLocation LocationOf(string key) =>
        Find(key) is { } pair ? Locate(File, pair.Value) : Location;

    public bool Has(string key)
    {
        _known.Add(key);
        return Find(key) is { } pair && !IsNull(pair.Value);
    }

    /// <summary>A single value, trimmed unless <paramref name="trim"/> is false; an empty value counts as absent.</summary>
    public string? String(string key, bool required = false, bool trim = true)
    {
        var node = Value(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            var text = Clean(scalar, trim);
            if (text.Length == 0)
            {
                if (required)
                {
                    Error(node, Text.Format(DefinitionMessages.ValueEmpty, key, Context), Text.Format(DefinitionMessages.ValueEmptyHint, key), DiagnosticCodes.MissingKey);
                }

                return null;
            }

            return text;
        }

        Error(node, Text.Format(DefinitionMessages.NotSingleValue, key, Context, Kind(node)), DefinitionMessages.NotSingleValueHint);
        return null;
    }

    public int? Int(string key, bool required = false, int min = int.MinValue, int max = int.MaxValue)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Error(Value(key, false)!, Text.Format(DefinitionMessages.NotWholeNumber, key, Context, min, max, text), null);
        return null;
    }

    public double? Double(string key, bool required = false, double min = double.MinValue, double max = double.MaxValue)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        var hint = text.Contains(',', StringComparison.Ordinal) ? DefinitionMessages.DecimalCommaHint : null;
        Error(Value(key, false)!, Text.Format(DefinitionMessages.NotNumber, key, Context, ShowMin(min), ShowMax(max), text), hint);
        return null;
    }

    /// <summary>
    /// A number in percent (a target: 90 for 90 %) or in percentage points (a gap: 5), from <paramref name="min"/> to
    /// <paramref name="max"/>. The pitfall of a proportion written for it is refused, not read 100 times too small
    /// (RG135): a value above 0 and below 1, and 1 itself when <paramref name="oneIsAmbiguous"/> (1 % or 100 %?), as a
    /// number or written with a decimal comma ("0,9"); and a text with a % sign ("90 %") is refused as such (RG136).
    /// 0 reads the same either way and stays allowed.
    /// </summary>
    public double? Percentage(string key, double min, double max, string unit, bool oneIsAmbiguous)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        var node = Value(key, false)!;
        if (text.Contains('%', StringComparison.Ordinal))
        {
            var number = ParseLoose(text.Replace("%", "", StringComparison.Ordinal));
            var example = number is { } n && (n > 1 || n == 0 || (n == 1 && !oneIsAmbiguous)) ? n : 90;
            Error(node, Text.Format(DefinitionMessages.PercentSignInPercentage, key, Context, text, UnitName(unit)),
                Text.Format(DefinitionMessages.PercentSignInPercentageHint, key, Show(example), unit), DiagnosticCodes.PercentSign);
            return null;
        }

        var value = ParseLoose(text);
        if (value is { } v && v > 0 && (v < 1 || (v == 1 && oneIsAmbiguous)))
        {
            var written = text.Contains(',', StringComparison.Ordinal) ? MessageParts.Quote(text) : Show(v);
            var times100 = Show(Math.Round(v * 100, 8));
            Error(node, Text.Format(DefinitionMessages.ProportionInPercentage, key, Context, written, UnitName(unit), Show(v), unit, times100),
                Text.Format(oneIsAmbiguous ? DefinitionMessages.ProportionInPercentageHintUpToOne : DefinitionMessages.ProportionInPercentageHintBelowOne, key, UnitName(unit), times100, unit),
                DiagnosticCodes.PercentageAsProportion);
            return null;
        }

        return Double(key, min: min, max: max);
    }

    /// <summary>
    /// A proportion or a ratio (a confidence level 0.95, a trimming bound 0.3 × the mean weight) from
    /// <paramref name="min"/> to <paramref name="max"/>. The pitfall of a percentage written for it is refused with the
    /// proportion to write (RG137): a value out of range whose hundredth is in range ("confidence: 95"); and a text with
    /// a % sign ("95 %") is refused as such (RG136).
    /// </summary>
    /// <param name="what">What the number is, as a phrase of the messages: "a confidence level is a proportion".</param>
    public double? Proportion(string key, double min, double max, string what)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        var node = Value(key, false)!;
        if (text.Contains('%', StringComparison.Ordinal))
        {
            var number = ParseLoose(text.Replace("%", "", StringComparison.Ordinal));
            Error(node, Text.Format(DefinitionMessages.PercentSignInProportion, key, Context, text, what),
                number is { } n && n > 1 ? Text.Format(DefinitionMessages.WriteProportionFor, key, Show(Math.Round(n / 100, 8)), Show(n)) : Text.Format(DefinitionMessages.WriteNumberFromTo, ShowMin(min), ShowMax(max)),
                DiagnosticCodes.PercentSign);
            return null;
        }

        if (ParseLoose(text) is { } v && (v < min || v > max) && Math.Round(v / 100, 8) is var hundredth && hundredth >= min && hundredth <= max)
        {
            Error(node, Text.Format(DefinitionMessages.PercentageInProportion, key, Context, Show(v), what, ShowMin(min), ShowMax(max)),
                Text.Format(DefinitionMessages.WriteProportionFor, key, Show(Math.Round(v / 100, 8)), Show(v)), DiagnosticCodes.ProportionAsPercentage);
            return null;
        }

        return Double(key, min: min, max: max);
    }

    /// <summary>
    /// A whole-number score of a range (<c>satisfied_from: 7</c> on 0–10), refusing a proportion written for it
    /// ("0.7", RG135) and a % sign ("70 %", RG136) with <paramref name="hint"/>.
    /// </summary>
    public int? Score(string key, bool required, int min, int max, string hint)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (text.Contains('%', StringComparison.Ordinal))
        {
            Error(Value(key, false)!, Text.Format(DefinitionMessages.PercentSignInScore, key, Context, text), hint, DiagnosticCodes.PercentSign);
            return null;
        }

        if (ParseLoose(text) is { } v && v > 0 && v < 1)
        {
            Error(Value(key, false)!, Text.Format(DefinitionMessages.ProportionInScore, key, Context, text), hint, DiagnosticCodes.PercentageAsProportion);
            return null;
        }

        return Int(key, required, min, max);
    }

    /// <summary>A number written with a dot or a decimal comma (for messages about a number written the wrong way); null if it is none.</summary>
    private static double? ParseLoose(string text)
    {
        var trimmed = text.Trim().Replace('\u00A0', ' ').Replace('\u202F', ' ').Trim();
        if (trimmed.Contains(',', StringComparison.Ordinal) && !trimmed.Contains('.', StringComparison.Ordinal))
        {
            trimmed = trimmed.Replace(',', '.');
        }

        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
    }

    private static string UnitName(string unit) => unit switch
    {
        " %" => DefinitionMessages.UnitPercent,
        " points" => DefinitionMessages.UnitPoints,
        _ => unit.Trim(),
    };

    public bool? Bool(string key)
    {
        var text = String(key);
        switch (text?.ToLowerInvariant())
        {
            case null:
                return null;
            case "true" or "yes" or "oui":
                return true;
            case "false" or "no" or "non":
                return false;
            default:
                Error(Value(key, false)!, Text.Format(DefinitionMessages.NotBoolean, key, Context, text), null);
                return null;
        }
    }

    /// <summary>The first year a date of a project may be in.</summary>
    public const int MinYear = 1900;

    /// <summary>The last year a date of a project may be in.</summary>
    public const int MaxYear = 2999;

    public DateOnly? Date(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            // Dates are reckoned with (six months after publication, days late): far years would overflow.
            if (date.Year is >= MinYear and <= MaxYear)
            {
                return date;
            }

            Error(Value(key, false)!, Text.Format(DefinitionMessages.DateOutsideYears, key, Context, text, MinYear, MaxYear), DefinitionMessages.DateOutsideYearsHint, DiagnosticCodes.InvalidDate);
            return null;
        }

        if (System.Text.RegularExpressions.Regex.IsMatch(text, @"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant))
        {
            if (int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture) is < MinYear or > MaxYear)
            {
                Error(Value(key, false)!, Text.Format(DefinitionMessages.DateOutsideYears, key, Context, text, MinYear, MaxYear), DefinitionMessages.DateOutsideYearsHint, DiagnosticCodes.InvalidDate);
                return null;
            }

            Error(Value(key, false)!, Text.Format(DefinitionMessages.DateNotInCalendar, key, Context, text), DefinitionMessages.DateNotInCalendarHint, DiagnosticCodes.InvalidDate);
            return null;
        }

        Error(Value(key, false)!, Text.Format(DefinitionMessages.NotDate, key, Context, text), DefinitionMessages.NotDateHint);
        return null;
    }

    public YamlMap? Map(string key, bool required = false)
    {
        var node = Value(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, File, _bag, MessageParts.Of(DefinitionMessages.KeyOfContext, key, Context));
        }

        Error(node, Text.Format(DefinitionMessages.NotMapping, key, Context, Kind(node)), DefinitionMessages.NotMappingHint);
        return null;
    }

    /// <summary>The most items of a list of definitions (a real project has a few dozen of anything); lists that may be longer say so.</summary>
    public const int MaxItems = 1_000;

    /// <summary>The most entries of a list of single values or numbers (keywords, a deny list, the population of each residence).</summary>
    public const int MaxValues = 20_000;

    /// <summary>A sequence of mappings; <paramref name="describe"/> names each item for messages; more than <paramref name="max"/> items are refused.</summary>
    public IReadOnlyList<YamlMap> Maps(string key, Func<int, string> describe, bool required = false, int max = MaxItems)
    {
        var node = Value(key, required);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(node, Text.Format(DefinitionMessages.NotList, key, Context, Kind(node)), null);
            return [];
        }

        if (TooMany(node, key, sequence.Children.Count, max))
        {
            return [];
        }

        var maps = new List<YamlMap>();
        var index = 0;
        foreach (var item in sequence.Children)
        {
            index++;
            if (item is YamlMappingNode mapping)
            {
                maps.Add(new YamlMap(mapping, File, _bag, describe(index)));
            }
            else
            {
                Error(item, Text.Format(DefinitionMessages.ItemNotMapping, key, Context, Kind(item)), null);
            }
        }

        if (required && sequence.Children.Count == 0)
        {
            Error(node, Text.Format(DefinitionMessages.ListEmpty, key, Context), null);
        }

        return maps;
    }

    /// <summary>Reports a list longer than <paramref name="max"/> items, the limit in the message.</summary>
    private bool TooMany(YamlNode node, string key, int count, int max)
    {
        if (count <= max)
        {
            return false;
        }

        Error(node, Text.Format(DefinitionMessages.TooManyItems, key, Context, count, max), DefinitionMessages.TooManyItemsHint, DiagnosticCodes.TooManyDefinitions);
        return true;
    }

    /// <summary>The mapping of free keys at <paramref name="key"/>, at most <see cref="MaxValues"/> entries; null (reported) when it is something else.</summary>
    private YamlMappingNode? FreeMapping(string key, bool required, string kind, string hint)
    {
        var node = Value(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            Error(node, Text.Format(DefinitionMessages.NotFreeMapping, key, Context, kind, Kind(node)), hint);
            return null;
        }

        return TooMany(node, key, mapping.Children.Count, MaxValues) ? null : mapping;
    }

    /// <summary>A mapping of free keys (values of a column) to numbers, in file order, each with its location.</summary>
    public IReadOnlyList<(string Key, double Value, SourceLocation Location)> NumberEntries(string key, bool required = false)
    {
        if (FreeMapping(key, required, DefinitionMessages.MappingOfNumbers, DefinitionMessages.MappingOfNumbersHint) is not { } mapping)
        {
            return [];
        }

        var entries = new List<(string, double, SourceLocation)>();
        foreach (var (name, value) in mapping.Children)
        {
            var text = value is YamlScalarNode amount ? Clean(amount, trim: true) : null;
            if (name is not YamlScalarNode { Value: { } label } || text is null
                || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
            {
                var percent = text is not null && text.Contains('%', StringComparison.Ordinal);
                Error(value, Text.Format(DefinitionMessages.EntryNotNumber, key, Context, text ?? KindName(value)),
                    percent ? DefinitionMessages.EntryNotNumberPercentHint : DefinitionMessages.EntryNotNumberHint,
                    percent ? DiagnosticCodes.PercentSign : DiagnosticCodes.InvalidValue);
                continue;
            }

            var cleanLabel = InputText.Clean(label, Locate(File, name));
            FontCoverage.WarnUncovered(cleanLabel, Locate(File, name));
            entries.Add((cleanLabel.Trim(), number, Locate(File, name)));
        }

        return entries;
    }

    /// <summary>A mapping of free keys to single values or null (<c>~</c>), in file order, each with the location of its key.</summary>
    public IReadOnlyList<(string Key, string? Value, SourceLocation Location)> StringEntries(string key)
    {
        if (FreeMapping(key, false, DefinitionMessages.MappingOfValues, DefinitionMessages.MappingOfValuesHint) is not { } mapping)
        {
            return [];
        }

        var entries = new List<(string, string?, SourceLocation)>();
        foreach (var (name, value) in mapping.Children)
        {
            if (name is not YamlScalarNode { Value: { } label } || value is not YamlScalarNode scalar)
            {
                Error(value, Text.Format(DefinitionMessages.EntryNotSingleValue, key, Context, Kind(value)), null);
                continue;
            }

            var text = IsNull(scalar) ? null : Clean(scalar, trim: true);
            entries.Add((InputText.Clean(label, Locate(File, name)).Trim(), string.IsNullOrEmpty(text) ? null : text, Locate(File, name)));
        }

        return entries;
    }

    /// <summary><see cref="Strings"/> with the place of each value, for messages about one item of the list.</summary>
    public IReadOnlyList<(string Value, SourceLocation Location)> LocatedStrings(string key)
    {
        var values = Strings(key);
        var items = Value(key, false) switch
        {
            YamlSequenceNode sequence => sequence.Children.Where(i => i is YamlScalarNode s && !IsNull(s)).ToList(),
            YamlScalarNode scalar => [scalar],
            _ => [],
        };
        return [.. values.Select((v, i) => (v, i < items.Count ? Locate(File, items[i]) : Location))];
    }

    /// <summary>A list of single values; a lone value is taken as a list of one.</summary>
    public IReadOnlyList<string> Strings(string key)
    {
        var node = Value(key, false);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return [Clean(scalar, trim: true)];
            case YamlSequenceNode sequence when TooMany(sequence, key, sequence.Children.Count, MaxValues):
                return [];
            case YamlSequenceNode sequence:
                var values = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode s && !IsNull(s))
                    {
                        values.Add(Clean(s, trim: true));
                    }
                    else
                    {
                        Error(item, Text.Format(DefinitionMessages.ItemNotSingleValue, key, Context), null);
                    }
                }

                return values;
            default:
                Error(node, Text.Format(DefinitionMessages.NotListOfValues, key, Context), null);
                return [];
        }
    }

    /// <summary>
    /// Reports the required keys that are missing, and flags every key that no reading code asked for with the
    /// closest known key. A misspelt required key ('colum' for 'column') is reported once, as the misspelling.
    /// </summary>
    public void ReportUnknownKeys()
    {
        var misspelt = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, _) in _node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? keyNode.ToString();
            if (!_known.Contains(key))
            {
                if (Suggestions.Closest(key, _known) is { } closest && _missing.Exists(m => m.Key == closest))
                {
                    misspelt.Add(closest);
                }

                Error(keyNode, Text.Format(DefinitionMessages.UnknownKey, key, Context), MessageParts.Hint(key, _known, DefinitionMessages.KnownKeysHere, DefinitionMessages.NoKeysHere), DiagnosticCodes.UnknownKey);
            }
        }

        foreach (var (key, location) in _missing.Where(m => !misspelt.Contains(m.Key)))
        {
            _bag.Add(location, DiagnosticCodes.MissingKey, Text.Format(DefinitionMessages.MissingKey, Context, key), Text.Format(DefinitionMessages.MissingKeyHint, key));
        }

        _missing.Clear();
    }

    public void Error(YamlNode node, string message, string? hint, string code = DiagnosticCodes.InvalidValue) =>
        _bag.Add(Locate(File, node), code, message, hint);

    public void Error(string key, string message, string? hint, string code = DiagnosticCodes.InvalidValue) =>
        _bag.Add(LocationOf(key), code, message, hint);

    private YamlNode? Value(string key, bool required)
    {
        _known.Add(key);
        var pair = Find(key);
        if (pair is null || IsNull(pair.Value.Value))
        {
            if (required && !_missing.Exists(m => m.Key == key))
            {
                // Reported by ReportUnknownKeys, which knows whether the key is only misspelt.
                _missing.Add((key, pair is null ? Location : Locate(File, pair.Value.Key)));
            }

            return null;
        }

        return pair.Value.Value;
    }

    private KeyValuePair<YamlNode, YamlNode>? Find(string key)
    {
        foreach (var pair in _node.Children)
        {
            if (pair.Key is YamlScalarNode { Value: { } name } && name == key)
            {
                return pair;
            }
        }

        return null;
    }

    /// <summary>
    /// A scalar's text as the model holds it: through <see cref="InputText.Clean"/>, the gate of every input text, and
    /// checked for characters no shipped font draws (<see cref="FontCoverage.WarnUncovered"/>).
    /// </summary>
    private string Clean(YamlScalarNode scalar, bool trim)
    {
        var text = InputText.Clean(scalar.Value ?? "", Locate(File, scalar));
        FontCoverage.WarnUncovered(text, Locate(File, scalar));
        return trim ? text.Trim() : text;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "" or "~" or "null" or "Null" or "NULL" };

    /// <summary>What a node is, with its article, as messages say it ("not a list").</summary>
    private static string Kind(YamlNode node) => node switch
    {
        YamlMappingNode => DefinitionMessages.AMapping,
        YamlSequenceNode => DefinitionMessages.AList,
        _ => DefinitionMessages.ASingleValue,
    };

    /// <summary>What a node is, alone, as messages quote it ("found 'list'").</summary>
    private static string KindName(YamlNode node) => node switch
    {
        YamlMappingNode => DefinitionMessages.MappingName,
        YamlSequenceNode => DefinitionMessages.ListName,
        _ => DefinitionMessages.SingleValueName,
    };

    private static string Show(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static string ShowMin(double value) => value == double.MinValue ? DefinitionMessages.AnyLowerBound : Show(value);

    private static string ShowMax(double value) => value == double.MaxValue ? DefinitionMessages.AnyUpperBound : Show(value);
}
