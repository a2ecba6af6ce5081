using ReportGen.Analysis;

namespace ReportGen.Tests.Analysis;

public class MultipleTestingTests
{
    private const MultipleTestingCorrection Holm = MultipleTestingCorrection.Holm;
    private const MultipleTestingCorrection BH = MultipleTestingCorrection.BenjaminiHochberg;

    [Fact]
    public void Holm_on_five_evenly_spaced_p_values_matches_the_hand_computation()
    {
        // m = 5, sorted p = 0.01 … 0.05, multipliers m − i + 1 = 5, 4, 3, 2, 1:
        //   5·0.01 = 0.05, 4·0.02 = 0.08, 3·0.03 = 0.09, 2·0.04 = 0.08, 1·0.05 = 0.05
        // running maximum (monotonicity): 0.05, 0.08, 0.09, 0.09, 0.09 — as R's p.adjust(…, "holm").
        var adjusted = MultipleTesting.Adjust([0.01, 0.02, 0.03, 0.04, 0.05], Holm);
        AssertClose([0.05, 0.08, 0.09, 0.09, 0.09], adjusted);
    }

    [Fact]
    public void Benjamini_Hochberg_on_five_evenly_spaced_p_values_gives_0_05_each()
    {
        // m·p₍ᵢ₎/i = 5·0.05/5, 5·0.04/4, 5·0.03/3, 5·0.02/2, 5·0.01/1 = 0.05 each; the running minimum from the top keeps 0.05.
        var adjusted = MultipleTesting.Adjust([0.01, 0.02, 0.03, 0.04, 0.05], BH);
        AssertClose([0.05, 0.05, 0.05, 0.05, 0.05], adjusted);
    }

    // The 15 p-values of Benjamini & Hochberg (1995), §4.1 (Neuhaus et al.'s thrombolysis trial). The paper: at
    // q = 0.05 the FDR procedure rejects the 4 smallest (p₍₄₎ = 0.0095 ≤ 4·0.05/15 = 0.0133, p₍₅₎ = 0.0201 > 0.0167),
    // Bonferroni-type procedures only 3.
    private static readonly double[] Neuhaus =
        [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.0000];

    [Fact]
    public void Benjamini_Hochberg_reproduces_the_example_of_the_1995_paper()
    {
        // 15·p₍ᵢ₎/i from the top: i = 15: 1; 14: 0.81321; 13: 0.75323; 12: 0.71488; 11: 0.58118; 10: 0.486;
        // 9: 0.0765; 8: 0.0645; 7: 0.063857; 6: 0.0695 → min 0.063857; 5: 0.0603; 4: 0.035625; 3: 0.0095;
        // 2: 0.003; 1: 0.0015.
        double[] expected =
        [
            0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.0298 * 15 / 7, 0.0298 * 15 / 7, 0.0645, 0.0765,
            0.486, 0.4262 * 15 / 11, 0.5719 * 15 / 12, 0.6528 * 15 / 13, 0.7590 * 15 / 14, 1,
        ];
        var adjusted = MultipleTesting.Adjust(Neuhaus, BH);
        AssertClose(expected, adjusted);
        Assert.Equal(4, adjusted.Count(p => p <= 0.05));
    }

    [Fact]
    public void Holm_on_the_same_example_rejects_only_three_so_BH_rejects_more()
    {
        // (15 − i + 1)·p₍ᵢ₎: 0.0015, 0.0056, 0.0247, 0.114, 0.2211, 0.278, 0.2682 → 0.278, 0.2752 → 0.278, 0.3213,
        // then 6·0.324 = 1.944 and beyond, capped at 1.
        double[] expected = [0.0015, 0.0056, 0.0247, 0.114, 0.2211, 0.278, 0.278, 0.278, 0.3213, 1, 1, 1, 1, 1, 1];
        var holm = MultipleTesting.Adjust(Neuhaus, Holm);
        AssertClose(expected, holm);
        Assert.Equal(3, holm.Count(p => p < 0.05));
        Assert.True(MultipleTesting.Adjust(Neuhaus, BH).Count(p => p < 0.05) > holm.Count(p => p < 0.05));
    }

    [Fact]
    public void The_result_is_in_the_order_of_the_input()
    {
        // Same values as the evenly spaced example, shuffled: each adjusted value follows its raw p-value.
        var holm = MultipleTesting.Adjust([0.04, 0.01, 0.05, 0.03, 0.02], Holm);
        AssertClose([0.09, 0.05, 0.09, 0.09, 0.08], holm);

        // BH on 0.04, 0.001, 0.03 (m = 3): sorted 0.001, 0.03, 0.04 → 3·0.04/3 = 0.04, 3·0.03/2 = 0.045 → 0.04,
        // 3·0.001/1 = 0.003.
        AssertClose([0.04, 0.003, 0.04], MultipleTesting.Adjust([0.04, 0.001, 0.03], BH));
    }

    [Fact]
    public void Tied_p_values_get_the_same_adjusted_value_as_in_R()
    {
        // Holm, m = 4, sorted 0.01, 0.02, 0.02, 0.5: 4·0.01 = 0.04, 3·0.02 = 0.06, 2·0.02 = 0.04 → 0.06, 1·0.5 = 0.5.
        AssertClose([0.06, 0.04, 0.5, 0.06], MultipleTesting.Adjust([0.02, 0.01, 0.5, 0.02], Holm));

        // BH, same input: from the top 4·0.5/4 = 0.5, 4·0.02/3 = 0.02667, 4·0.02/2 = 0.04 → 0.02667, 4·0.01/1 = 0.04
        // → 0.02667. R gives both ties (and here the smallest) the same 0.08/3.
        AssertClose([0.08 / 3, 0.08 / 3, 0.5, 0.08 / 3], MultipleTesting.Adjust([0.02, 0.01, 0.5, 0.02], BH));
    }

    [Fact]
    public void A_single_p_value_is_its_own_adjustment_and_an_empty_family_is_empty()
    {
        Assert.Equal([0.03], MultipleTesting.Adjust([0.03], Holm));
        Assert.Equal([0.03], MultipleTesting.Adjust([0.03], BH));
        Assert.Empty(MultipleTesting.Adjust([], Holm));
        Assert.Empty(MultipleTesting.Adjust([], BH));
    }

    [Fact]
    public void Adjusted_values_are_capped_at_one_and_never_below_the_raw_ones()
    {
        double[] raw = [0.6, 0.9, 0.001, 0.35, 1.0, 0];
        foreach (var correction in new[] { Holm, BH })
        {
            var adjusted = MultipleTesting.Adjust(raw, correction);
            for (var i = 0; i < raw.Length; i++)
            {
                Assert.InRange(adjusted[i], raw[i], 1);
            }
        }

        Assert.Equal(1, MultipleTesting.Adjust(raw, Holm)[1]);
        Assert.Equal(0, MultipleTesting.Adjust(raw, BH)[5]);
    }

    [Fact]
    public void Adjusted_values_are_monotone_in_the_raw_ones()
    {
        // A fixed pseudo-random family (linear congruential generator), no clock.
        var raw = new double[40];
        var state = 12345u;
        for (var i = 0; i < raw.Length; i++)
        {
            state = (1664525u * state) + 1013904223u;
            raw[i] = state / (double)uint.MaxValue * (i % 3 == 0 ? 0.01 : 1);
        }

        foreach (var correction in new[] { Holm, BH })
        {
            var adjusted = MultipleTesting.Adjust(raw, correction);
            var order = Enumerable.Range(0, raw.Length).OrderBy(i => raw[i]).ToArray();
            for (var k = 1; k < order.Length; k++)
            {
                Assert.True(adjusted[order[k]] >= adjusted[order[k - 1]], $"{correction}: not monotone at rank {k}");
            }
        }
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.PositiveInfinity)]
    public void A_p_value_that_is_not_a_probability_is_rejected(double bad)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MultipleTesting.Adjust([0.01, bad], Holm));
        Assert.Throws<ArgumentOutOfRangeException>(() => MultipleTesting.Adjust([0.01, bad], BH));
    }

    private static void AssertClose(double[] expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) < 1e-12, $"#{i}: expected {expected[i]}, got {actual[i]}");
        }
    }
}
