using ReportGen.Analysis;

namespace ReportGen.Tests.Analysis;

public class WeightedSampleTests
{
    [Fact]
    public void Kish_effective_size_of_equal_weights_is_the_sample_size() =>
        Assert.Equal(250, WeightedSample.KishEffectiveSize(250 * 1.7, 250 * 1.7 * 1.7), 9);

    [Fact]
    public void Kish_effective_size_of_weights_1_1_2_2_is_3_6()
    {
        // Kish (1965): (Σw)²/Σw² = 6²/(1 + 1 + 4 + 4) = 36/10.
        Assert.Equal(3.6, WeightedSample.KishEffectiveSize(6, 10), 12);
        Assert.Equal(4 / 3.6, WeightedSample.DesignEffect(4, 6, 10), 12);
    }

    [Fact]
    public void Kish_effective_size_of_no_weight_is_zero() =>
        Assert.Equal(0, WeightedSample.KishEffectiveSize(0, 0));
}
