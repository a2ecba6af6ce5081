using ReportGen.Analysis;

namespace ReportGen.Tests.Analysis;

public class DisclosureTests
{
    private static Suppression[] Reasons(DisclosureTable table) => [.. table.Cells.Select(c => c.Reason)];

    [Fact]
    public void A_single_small_cell_is_hidden_with_the_next_smallest_so_that_subtraction_reveals_nothing()
    {
        // 98 − (40 + 30 + 25) would give the 3 back: the 25 is hidden too.
        var table = Disclosure.Protect([40, 3, 30, 25], 98);
        Assert.Equal([Suppression.None, Suppression.Primary, Suppression.None, Suppression.Complementary], Reasons(table));
        Assert.True(table.TotalShown);
        Assert.Equal([1, 3], table.Hidden.Select(c => c.Index));
    }

    [Fact]
    public void Several_small_cells_protect_each_other_when_together_they_reach_the_minimum()
    {
        // Hidden 3 + 2 = 5: the residual 75 − 70 names no group under 5.
        var table = Disclosure.Protect([40, 3, 2, 30], 75);
        Assert.Equal([Suppression.None, Suppression.Primary, Suppression.Primary, Suppression.None], Reasons(table));
    }

    [Fact]
    public void Several_small_cells_that_together_stay_under_the_minimum_need_a_complementary_cell()
    {
        // Hidden 2 + 1 = 3 could be recovered as a group of 3: the 30 is hidden too.
        var table = Disclosure.Protect([40, 2, 1, 30], 73);
        Assert.Equal([Suppression.None, Suppression.Primary, Suppression.Primary, Suppression.Complementary], Reasons(table));
    }

    [Fact]
    public void No_small_cell_hides_nothing()
    {
        var table = Disclosure.Protect([40, 5, 30], 75);
        Assert.All(table.Cells, c => Assert.True(c.Shown));
        Assert.True(table.TotalShown);
        Assert.Empty(table.Hidden);
    }

    [Fact]
    public void All_cells_small_are_all_hidden_and_the_total_of_at_least_5_is_still_shown()
    {
        var table = Disclosure.Protect([2, 4, 3], 9);
        Assert.All(table.Cells, c => Assert.Equal(Suppression.Primary, c.Reason));
        Assert.True(table.TotalShown);
    }

    [Fact]
    public void A_total_under_5_hides_everything_the_total_included()
    {
        var table = Disclosure.Protect([1, 3], 4);
        Assert.All(table.Cells, c => Assert.Equal(Suppression.Primary, c.Reason));
        Assert.False(table.TotalShown);
    }

    [Fact]
    public void The_complementary_cell_is_the_smallest_visible_one_and_the_first_among_equals()
    {
        var table = Disclosure.Protect([40, 20, 3, 20], 83);
        Assert.Equal([Suppression.None, Suppression.Complementary, Suppression.Primary, Suppression.None], Reasons(table));
    }

    [Fact]
    public void People_without_a_group_are_not_relied_on_to_protect_a_single_hidden_cell()
    {
        // 120 − (50 + 60) = 10 is the 3 plus 7 people without a group; the 7 may be published elsewhere.
        var table = Disclosure.Protect([3, 50, 60], 120);
        Assert.Equal([Suppression.Primary, Suppression.Complementary, Suppression.None], Reasons(table));
    }

    [Fact]
    public void The_minimum_group_size_is_configurable()
    {
        var table = Disclosure.Protect([12, 8, 30], 50, minGroup: 10);
        Assert.Equal([Suppression.Complementary, Suppression.Primary, Suppression.None], Reasons(table));
    }

    [Fact]
    public void Counts_are_kept_with_their_index_in_input_order()
    {
        var table = Disclosure.Protect([7, 3, 9], 19);
        Assert.Equal([0, 1, 2], table.Cells.Select(c => c.Index));
        Assert.Equal([7L, 3, 9], table.Cells.Select(c => c.Count));
        Assert.Equal(19, table.Total);
    }

    [Fact]
    public void Impossible_tables_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Disclosure.Protect([-1, 10], 9));
        Assert.Throws<ArgumentException>(() => Disclosure.Protect([10, 10], 19));
        Assert.Throws<ArgumentOutOfRangeException>(() => Disclosure.Protect([10], 10, minGroup: 0));
    }
}
