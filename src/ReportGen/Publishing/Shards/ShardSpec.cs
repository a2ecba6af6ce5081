using System.Globalization;
using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen.Publishing.Shards;

/// <summary>
/// One shard of a <c>--per</c> build (<c>--shard K/N</c>): the document sets are taken in the ordinal order of their
/// folder names and dealt round-robin, the first to shard 1, the second to shard 2… the (N+1)-th to shard 1 again;
/// the whole survey's set is shard 1's. Dealing rather than cutting into blocks keeps the shards within one set of
/// each other, and spreads the large residences that sort together (one town, one agency's prefix) across the
/// shards. The partition depends only on the folder names, which every shard computes from the same data.
/// </summary>
public sealed record ShardSpec(int Index, int Count)
{
    /// <summary>The most shards a build is cut into (a set per shard at most: <see cref="ReportBuilder.MaxPerSets"/> is per shard).</summary>
    public const int MaxCount = 10_000;

    /// <summary>Whether this shard writes the whole survey's set (the top-level documents and manifest).</summary>
    public bool HoldsSurvey => Index == 1;

    /// <summary>
    /// <c>K/N</c> as given to <c>--shard</c>, with <paramref name="per"/> the <c>--per</c> it splits; refuses (RG430,
    /// exit code 2) anything but whole numbers 1 ≤ K ≤ N, and a shard without <c>--per</c>.
    /// </summary>
    public static ShardSpec Parse(string text, string? per)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length != 2 || !TryNumber(parts[0], out var index) || !TryNumber(parts[1], out var count) || count < 1 || count > MaxCount || index < 1 || index > count)
        {
            throw Fail(Text.Format(ShardMessages.ShardInvalid, text, MaxCount), ShardMessages.ShardInvalidHint);
        }

        if (per is null)
        {
            throw Fail(ShardMessages.ShardWithoutPer, ShardMessages.ShardWithoutPerHint);
        }

        return new ShardSpec(index, count);
    }

    /// <summary>The items of this shard, in their given order; <paramref name="folder"/> names each item's set folder.</summary>
    public IReadOnlyList<T> Select<T>(IReadOnlyList<T> items, Func<T, string> folder)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(folder);
        var mine = Enumerable.Range(0, items.Count).OrderBy(i => folder(items[i]), StringComparer.Ordinal)
            .Where((_, rank) => rank % Count == Index - 1)
            .ToHashSet();
        return [.. items.Where((_, i) => mine.Contains(i))];
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    private static bool TryNumber(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static BadInputException Fail(string message, string hint) =>
        new(new Diagnostic(new SourceLocation("--shard"), DiagnosticCodes.ShardOption, message, hint));
}
