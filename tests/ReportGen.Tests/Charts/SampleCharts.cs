using ReportGen.Charts;
using ReportGen.Documents;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Charts;

/// <summary>The charts of the sample's evidence pack, as its figures carry them.</summary>
internal static class SampleCharts
{
    public static T Of<T>()
        where T : IChart => SampleDocuments.Evidence.Blocks.OfType<Figure>().Select(f => f.Chart).OfType<T>().Single();
}
