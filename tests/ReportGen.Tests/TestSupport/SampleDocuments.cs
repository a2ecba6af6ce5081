using ReportGen.Analysis;
using ReportGen.Documents;
using ReportGen.Publishing;
using ReportGen.Publishing.Outputs;

namespace ReportGen.Tests.TestSupport;

/// <summary>
/// The sample project's newsletter and evidence pack as blocks, composed by the very context a build composes them
/// with (<see cref="DocumentSetContext"/>), for the tests of the formats.
/// </summary>
internal static class SampleDocuments
{
    private static readonly Lazy<DocumentSetContext> Sample = new(() => new DocumentSetContext(
        ReportBuilder.Check(Repo.Path("data", "reportgen.yaml")),
        [new EvidencePack.TracedFile("reportgen.yaml", "fichier de projet", 1234, new string('a', 64))],
        DocumentOptions.Default,
        ReportBuilder.GeneratorVersion));

    public static SurveyResults Results => Sample.Value.Results;

    public static ComposedDocument Newsletter => Sample.Value.Newsletter;

    public static ComposedDocument Evidence => Sample.Value.Evidence;
}
