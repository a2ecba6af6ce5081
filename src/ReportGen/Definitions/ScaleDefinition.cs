namespace ReportGen.Definitions;

/// <summary>
/// An answer scale: ordered categories (best first) of which some count as satisfied, and the answers
/// that mean "don't know" or "not concerned" and so leave the base of the percentage.
/// A 0–10 score is the same thing with its eleven points generated from <see cref="NumericRange"/>.
/// </summary>
public sealed record ScaleDefinition(
    string Id,
    string? Label,
    IReadOnlyList<ScaleCategory> Categories,
    IReadOnlyList<ScaleCategory> Excluded,
    NumericRange? Range)
{
    public int SatisfiedCount => Categories.Count(c => c.Satisfied);

    /// <summary>The satisfied answers in words, for the method note: « Très satisfait » et « Plutôt satisfait ».</summary>
    public string SatisfiedDescription
    {
        get
        {
            if (Range is { } r)
            {
                return r.SatisfiedFrom is { } from ? $"notes de {from} à {r.Max}" : "";
            }

            return Publishing.FrenchFormat.List([.. Categories.Where(c => c.Satisfied).Select(c => $"« {c.Label} »")]);
        }
    }
}

/// <summary>
/// The bounds of a numeric scale such as 0–10 (<c>range:</c>), whole numbers, and the score from which an answer
/// counts as satisfied for a share indicator (<c>satisfied_from</c>; null when the scale is only read as a score or a
/// net score).
/// </summary>
public sealed record NumericRange(int Min, int Max, int? SatisfiedFrom)
{
    /// <summary>The unit as the scale's file writes it (<c>unit: /10</c>), or null for the default.</summary>
    public string? Unit { get; init; }

    /// <summary>What follows a score in the documents: <see cref="Unit"/>, else « /max » (« 7,8/10 »).</summary>
    public string DisplayUnit => Unit ?? "/" + Max.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether this is the 0–10 scale a net score is read on.</summary>
    public bool IsZeroToTen => Min == 0 && Max == 10;

    /// <summary>Whether <paramref name="value"/> lies within the bounds, both included.</summary>
    public bool Contains(double value) => value >= Min && value <= Max;
}
