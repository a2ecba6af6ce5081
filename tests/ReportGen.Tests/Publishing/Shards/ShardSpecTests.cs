using ReportGen.Diagnostics;
using ReportGen.Publishing.Shards;

namespace ReportGen.Tests.Publishing.Shards;

public class ShardSpecTests
{
    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("1/0")]
    [InlineData("x/y")]
    [InlineData("1")]
    [InlineData("1/2/3")]
    [InlineData("-1/2")]
    public void A_shard_that_is_not_K_of_N_is_refused(string text)
    {
        var error = Assert.Throws<BadInputException>(() => ShardSpec.Parse(text, "residence"));
        Assert.Equal(DiagnosticCodes.ShardOption, Assert.Single(error.Diagnostics).Code);
        Assert.Equal("--shard", error.Diagnostics[0].Location.File);
    }

    [Fact]
    public void A_shard_without_per_is_refused() =>
        Assert.Equal(DiagnosticCodes.ShardOption, Assert.Single(Assert.Throws<BadInputException>(() => ShardSpec.Parse("1/2", null)).Diagnostics).Code);

    [Fact]
    public void Sets_are_dealt_round_robin_in_the_ordinal_order_of_their_folders()
    {
        string[] folders = ["r-c", "r-a", "r-e", "r-b", "r-d"];
        Assert.Equal(["r-c", "r-a", "r-e"], new ShardSpec(1, 2).Select(folders, f => f));
        Assert.Equal(["r-b", "r-d"], new ShardSpec(2, 2).Select(folders, f => f));
        Assert.Equal(["r-a", "r-d"], new ShardSpec(1, 3).Select(folders, f => f));
        Assert.Empty(new ShardSpec(3, 3).Select(folders.Take(2).ToList(), f => f));
    }
}
