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
                return $"notes de {r.SatisfiedFrom} à {r.Max}";
            }

            return Publishing.FrenchFormat.List([.. Categories.Where(c => c.Satisfied).Select(c => $"« {c.Label} »")]);
        }
    }
}

/// <summary>A numeric score scale such as 0–10, satisfied from a threshold up.</summary>
public sealed record NumericRange(int Min, int Max, int SatisfiedFrom);
