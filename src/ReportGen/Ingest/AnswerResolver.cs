using System.Globalization;
using System.Text;
using ReportGen.Definitions;
using ReportGen.Localization;
using ReportGen.Resources;
using ReportGen.Verbatims;

namespace ReportGen.Ingest;

/// <summary>
/// Maps an answer as found in the data to its category: first exactly (a code, the label or an alias, as the scale
/// writes it; surrounding spaces are trimmed before), without allocating a string per field; then, failing that,
/// accents, case, runs of spaces and the apostrophe's style aside (« Tres satisfait », « PLUTOT SATISFAIT »,
/// « Plutôt  satisfait », ’ for '), which the reader reports as a warning (RG280), never silently. An answer that,
/// so folded, matches answers of two categories matches neither (<see cref="AnswerMatch.Ambiguous"/>).
/// </summary>
internal sealed class AnswerResolver
{
    /// <summary>The value of a folded form that answers of two categories share.</summary>
    private const int AmbiguousValue = int.MinValue;

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _exact;
    private readonly Dictionary<string, (int Value, string Form)> _folded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _ambiguous = new(StringComparer.Ordinal);

    public AnswerResolver(ScaleDefinition scale)
    {
        var exact = new Dictionary<string, int>(StringComparer.Ordinal);
        void AddAll(ScaleCategory category, int value)
        {
            foreach (var answer in new[] { category.Code, category.Label }.Concat(category.Aliases))
            {
                var form = answer.Trim();
                exact.TryAdd(form, value);
                var key = Fold(form);
                if (!_folded.TryGetValue(key, out var other))
                {
                    _folded[key] = (value, form);
                }
                else if (other.Value != value)
                {
                    // Two categories meet once folded: an answer written that way could be either.
                    if (other.Value != AmbiguousValue)
                    {
                        _ambiguous[key] = [other.Form];
                        _folded[key] = (AmbiguousValue, other.Form);
                    }

                    _ambiguous[key].Add(form);
                }
            }
        }

        for (var i = 0; i < scale.Categories.Count; i++)
        {
            AddAll(scale.Categories[i], i);
        }

        for (var i = 0; i < scale.Excluded.Count; i++)
        {
            AddAll(scale.Excluded[i], ~i);
        }

        _exact = exact.GetAlternateLookup<ReadOnlySpan<char>>();
        Scale = scale;
    }

    public ScaleDefinition Scale { get; }

    /// <summary>
    /// The category index (≥ 0), the excluded answer as a complement (<c>~index</c>), or null when the answer is not
    /// on the scale, exactly or folded. <paramref name="answer"/> must be trimmed and non-empty.
    /// </summary>
    public int? Resolve(ReadOnlySpan<char> answer) => Match(answer).Value;

    /// <summary>How <paramref name="answer"/> (trimmed, non-empty) meets the scale: exactly first, else folded.</summary>
    public AnswerMatch Match(ReadOnlySpan<char> answer)
    {
        if (_exact.TryGetValue(answer, out var value))
        {
            return new AnswerMatch(value, null, null);
        }

        var key = Fold(answer.ToString());
        if (!_folded.TryGetValue(key, out var folded))
        {
            return new AnswerMatch(null, null, null);
        }

        return folded.Value == AmbiguousValue
            ? new AnswerMatch(null, null, _ambiguous[key])
            : new AnswerMatch(folded.Value, folded.Form, null);
    }

    /// <summary>
    /// An answer not on the scale that is a number (a dot or a decimal comma) outside the bounds of a numeric scale
    /// (« 11 » on 0–10, « -1 »), so that it is told as such (RG165) rather than as an unknown answer; null otherwise.
    /// </summary>
    public double? OutsideBounds(ReadOnlySpan<char> answer)
    {
        if (Scale.Range is not { } range || answer.Length > 32)
        {
            return null;
        }

        Span<char> span = stackalloc char[answer.Length];
        answer.CopyTo(span);
        span.Replace(',', '.');
        return double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && !range.Contains(value) ? value : null;
    }

    /// <summary>The allowed answers, for an error message.</summary>
    public string Describe()
    {
        var parts = Scale.Categories.Concat(Scale.Excluded)
            .Select(c => c.Code == c.Label ? c.Code : $"{c.Code} ({c.Label})");
        return string.Join(", ", parts);
    }

    /// <summary>A code, label or alias of the scale with its category's label, for messages: "'Plutot satisfait' (Ne sait pas)".</summary>
    public string DescribeForm(string form) =>
        _exact.Dictionary.TryGetValue(form, out var value) && LabelOf(value) != form ? Text.Format(IngestMessages.FormWithLabel, form, LabelOf(value)) : MessageParts.Quote(form);

    /// <summary>The label of the category a resolved value stands for (a category, or an excluded answer as <c>~index</c>).</summary>
    public string LabelOf(int value) => value >= 0 ? Scale.Categories[value].Label : Scale.Excluded[~value].Label;

    /// <summary>
    /// An answer with accents removed, lower case, apostrophes straight, and every run of spaces (tabs, no-break
    /// spaces) one space: the form two answers that differ only in these share.
    /// </summary>
    internal static string Fold(string answer)
    {
        var folded = FoldedText.FoldString(answer);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().TrimEnd(' ');
    }

    /// <summary>In words, how <paramref name="answer"/> differs from <paramref name="form"/>, which it matches folded: "accents and case".</summary>
    internal static string Differences(string answer, string form)
    {
        static string Spaces(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        static string Apostrophes(string text) => string.Concat(text.Where(IsApostrophe));
        static string Straight(string text) => string.Concat(text.Select(c => IsApostrophe(c) ? '\'' : c));
        var kinds = new List<string>();
        if (Spaces(answer) != answer || Spaces(form) != form)
        {
            kinds.Add(IngestMessages.DifferenceSpacing);
        }

        if (Apostrophes(answer) != Apostrophes(form))
        {
            kinds.Add(IngestMessages.DifferenceApostrophe);
        }

        // Spacing and apostrophes aside, the letters that still differ once lower-cased differ by their accents;
        // and, accents aside, those that differ differ by their case.
        var a = Straight(Spaces(answer));
        var f = Straight(Spaces(form));
        if (!string.Equals(a, f, StringComparison.OrdinalIgnoreCase))
        {
            kinds.Add(IngestMessages.DifferenceAccents);
        }

        if (CaseOnly(a) != CaseOnly(f))
        {
            kinds.Add(IngestMessages.DifferenceCase);
        }

        return kinds.Count == 0 ? IngestMessages.DifferenceForm : MessageParts.JoinAnd(kinds);
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ' or '`' or '´';

    /// <summary>Each letter's case, accents removed: "Très" and "TRES" differ here, "Très" and "Tres" do not.</summary>
    private static string CaseOnly(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var plain = FoldedText.FoldString(c.ToString());
            builder.Append(char.IsUpper(c) ? plain.ToUpperInvariant() : plain);
        }

        return builder.ToString();
    }
}

/// <summary>
/// How an answer met its scale: <see cref="Value"/> (a category, or <c>~index</c> of an excluded answer) when it
/// matched, <see cref="Form"/> the scale's code, label or alias it matched folded (null when exact), or
/// <see cref="Ambiguous"/> the forms of two categories it matches folded (then no value).
/// </summary>
internal readonly record struct AnswerMatch(int? Value, string? Form, IReadOnlyList<string>? Ambiguous);
