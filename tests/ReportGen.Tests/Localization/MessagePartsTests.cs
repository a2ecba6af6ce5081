using ReportGen.Diagnostics;
using ReportGen.Localization;

namespace ReportGen.Tests.Localization;

/// <summary>The one set of message pieces every part of ReportGen quotes, lists and hints with, in both languages.</summary>
public sealed class MessagePartsTests
{
    private static readonly string[] Scales = ["satisfaction-4", "accord-5"];

    [Fact]
    public void English_quotes_lists_and_hints_as_the_messages_always_have()
    {
        using var english = UiLanguage.Use(Language.English);
        Assert.Equal("'a', 'b'", MessageParts.List(["b", "a"]));
        Assert.Equal("'b', 'a'", MessageParts.QuoteAll(["b", "a"]));
        Assert.Equal("a, b and c", MessageParts.JoinAnd(["a", "b", "c"]));
        Assert.Equal("did you mean 'satisfaction-4'? Known scales: 'accord-5', 'satisfaction-4'.",
            MessageParts.Hint("satisfacton-4", Scales, "known scales: {0}.", "no scale is defined."));
        Assert.Equal("known scales: 'accord-5', 'satisfaction-4'.", MessageParts.Hint("zzz", Scales, "known scales: {0}.", "none"));
        Assert.Equal("none", MessageParts.Hint("zzz", [], "known scales: {0}.", "none"));
        Assert.Equal("did you mean 'satisfaction-4'? Known scales: 'accord-5', 'satisfaction-4'.", Suggestions.Hint("satisfacton-4", Scales, "scales"));
        Assert.Equal("de le fichier", MessageParts.Contracted("de le fichier"));
    }

    [Fact]
    public void French_quotes_with_guillemets_joins_with_et_and_contracts_de_le()
    {
        using var french = UiLanguage.Use(Language.French);
        Assert.Equal("«\u00a0a\u00a0», «\u00a0b\u00a0»", MessageParts.List(["b", "a"]));
        Assert.Equal("a, b et c", MessageParts.JoinAnd(["a", "b", "c"]));
        Assert.Equal("vouliez-vous dire «\u00a0satisfaction-4\u00a0»\u202f? Échelles connues\u00a0: «\u00a0accord-5\u00a0», «\u00a0satisfaction-4\u00a0».",
            MessageParts.Hint("satisfacton-4", Scales, "échelles connues\u00a0: {0}.", "aucune échelle."));
        Assert.Equal("«\u00a0outputs\u00a0» du fichier projet et «\u00a0de le\u00a0»", MessageParts.Contracted("«\u00a0outputs\u00a0» de le fichier projet et «\u00a0de le\u00a0»"));
    }
}
