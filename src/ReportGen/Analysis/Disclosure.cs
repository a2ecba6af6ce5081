namespace ReportGen.Analysis;

/// <summary>Why a cell of a group table is hidden.</summary>
public enum Suppression
{
    /// <summary>Shown.</summary>
    None,

    /// <summary>The group has fewer people than the minimum: hidden for itself.</summary>
    Primary,

    /// <summary>Large enough, but hidden so that a primary cell cannot be recovered from the published total.</summary>
    Complementary,
}

/// <summary>One group of the table: its position in the input, its size, and whether and why it is hidden.</summary>
public sealed record DisclosedCell(int Index, long Count, Suppression Reason)
{
    public bool Shown => Reason == Suppression.None;
}

/// <summary>A protected group table: the cells in input order, and whether the total may be published.</summary>
public sealed record DisclosureTable(IReadOnlyList<DisclosedCell> Cells, long Total, bool TotalShown)
{
    public IEnumerable<DisclosedCell> Hidden => Cells.Where(c => !c.Shown);
}

/// <summary>
/// Statistical disclosure control of staff group tables (mirror survey results per department, site or
/// function): no group under <c>minGroup</c> people is shown (shared/reference/DOMAIN.md, "Publishing
/// thresholds"), and cells are suppressed in addition wherever subtraction from the published total would
/// reveal a hidden one (cell suppression with complementary suppression: Hundepool et al., 2012, Statistical
/// Disclosure Control, Wiley, §5.2 and §5.5; Eurostat, Handbook on Statistical Disclosure Control, 2010).
/// </summary>
/// <remarks>
/// With the total published, total − (visible cells) is known: it is the combined size (and, in a results
/// table, the combined answers) of the hidden cells. So complementary cells are added, smallest first (ties:
/// first in order), while either (a) exactly one cell is hidden, since it would equal that residual, or (b) the
/// residual is itself under <c>minGroup</c>, since the hidden groups together would form a small group that
/// can be recovered. The total may exceed the sum of the cells (people with no group); that remainder is not
/// relied on to protect anything, since it may be published elsewhere. When the total itself is under
/// <c>minGroup</c>, nothing is shown, the total included.
/// </remarks>
public static class Disclosure
{
    /// <summary>No staff group under 5 people is ever shown.</summary>
    public const int DefaultMinGroup = 5;

    public static DisclosureTable Protect(IReadOnlyList<long> counts, long total, int minGroup = DefaultMinGroup)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentOutOfRangeException.ThrowIfLessThan(minGroup, 1);
        if (counts.Any(c => c < 0))
        {
            throw new ArgumentException("a group cannot have a negative count.", nameof(counts));
        }

        if (total < counts.Sum())
        {
            throw new ArgumentException($"the total {total} is smaller than the sum of the groups, {counts.Sum()}.", nameof(total));
        }

        var reasons = counts.Select(c => c < minGroup ? Suppression.Primary : Suppression.None).ToArray();
        var totalShown = total >= minGroup;
        if (totalShown)
        {
            while (true)
            {
                var hidden = reasons.Count(r => r != Suppression.None);
                var residual = total - counts.Where((_, i) => reasons[i] == Suppression.None).Sum();
                if (hidden == 0 || (hidden >= 2 && residual >= minGroup))
                {
                    break;
                }

                var next = Enumerable.Range(0, counts.Count)
                    .Where(i => reasons[i] == Suppression.None)
                    .OrderBy(i => counts[i]).ThenBy(i => i)
                    .Select(i => (int?)i)
                    .FirstOrDefault();
                if (next is not int index)
                {
                    break;
                }

                reasons[index] = Suppression.Complementary;
            }
        }

        return new DisclosureTable([.. counts.Select((c, i) => new DisclosedCell(i, c, reasons[i]))], total, totalShown);
    }
}
