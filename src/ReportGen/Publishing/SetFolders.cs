using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen.Publishing;

/// <summary>
/// The sub-folder of each per-segment document set (<c>--per</c>): the value's <see cref="ProjectPaths.Slug"/>,
/// unique whatever the values. Names are compared ignoring case (as macOS and Windows file systems do); a name
/// that two values share, or that another output or a name the system reserves already uses (<c>charts</c>, a
/// file of the set, a period folder, <c>nul</c>…), gets a hash of the exact value appended, longer while any
/// clash remains. A value's folder therefore depends on the values it clashes with, never on their order.
/// </summary>
public static class SetFolders
{
    /// <summary>Names Windows reserves for devices, in any case and with any extension.</summary>
    private static readonly string[] DeviceNames =
        ["con", "prn", "aux", "nul", "conin$", "conout$", .. Enumerable.Range(0, 10).SelectMany(i => new[] { $"com{i}", $"lpt{i}" })];

    private static readonly int[] HashLengths = [8, 16, 64];

    /// <summary>
    /// One folder name per value, in the order of <paramref name="values"/> (distinct values); <paramref name="reserved"/>
    /// names the other outputs of the folder (compared ignoring case). The values are the names as published
    /// (redacted), so two of them may be equal: the clash suffix then tells them apart by their rank among equals, in the
    /// given order, never by the hidden value.
    /// </summary>
    public static IReadOnlyList<string> Assign(string segmentId, IReadOnlyList<string> values, IEnumerable<string> reserved)
    {
        ArgumentNullException.ThrowIfNull(values);
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new string[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            var rank = ranks.GetValueOrDefault(values[i]);
            ranks[values[i]] = rank + 1;
            keys[i] = rank == 0 ? values[i] : $"{values[i]}\u0000{rank}";
        }

        var taken = new HashSet<string>(reserved, StringComparer.OrdinalIgnoreCase);
        taken.UnionWith(DeviceNames);
        var slugs = values.Select(v => ProjectPaths.Slug(segmentId, v)).ToArray();
        var level = new int[values.Count];
        var names = (string[])slugs.Clone();
        var clashed = new HashSet<int>();
        for (var round = 0; ; round++)
        {
            var groups = Enumerable.Range(0, names.Length).GroupBy(i => names[i], StringComparer.OrdinalIgnoreCase)
                .Where(g => g.Count() > 1 || taken.Contains(g.Key)).ToList();
            if (groups.Count == 0)
            {
                break;
            }

            if (round > HashLengths.Length)
            {
                throw new InvalidOperationException($"cannot make unique folder names for the values of '{segmentId}'.");
            }

            foreach (var i in groups.SelectMany(g => g))
            {
                if (level[i] == HashLengths.Length)
                {
                    throw new InvalidOperationException($"cannot make a unique folder name for '{values[i]}'.");
                }

                clashed.Add(i);
                names[i] = $"{slugs[i]}-{ProjectPaths.Hash(keys[i], HashLengths[level[i]++])}";
            }
        }

        // Told once per name that was shared, with the values that shared it, so the user can see why a folder has a suffix.
        foreach (var group in clashed.Order().GroupBy(i => slugs[i], StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = group.OrderBy(i => values[i], StringComparer.Ordinal).ToList();
            var shown = string.Join(", ", members.Select(i => MessageParts.Quote(values[i])));
            var hashed = string.Join(", ", members.Select(i => names[i]));
            var message = members.Count > 1 ? Text.Format(PublishingMessages.ValuesShareFolder, shown, segmentId, group.Key, hashed)
                : Text.Format(PublishingMessages.ValueTakesReservedFolder, shown, segmentId, group.Key, hashed);
            Warnings.Add(new SourceLocation("--per"), DiagnosticCodes.SetFolderClash, message, PublishingMessages.SetFolderClashHint);
        }

        return names;
    }
}
