using ReportGen.Diagnostics;

namespace ReportGen.Tests.TestSupport;

/// <summary>Assertions on collected diagnostics: which code, where, and what the message and hint say.</summary>
internal static class DiagnosticAssert
{
    /// <summary>The single diagnostic with <paramref name="code"/>, failing with the whole list when there is not exactly one.</summary>
    public static Diagnostic Single(IEnumerable<Diagnostic> diagnostics, string code)
    {
        var all = diagnostics.ToList();
        var matching = all.Where(d => d.Code == code).ToList();
        Assert.True(matching.Count == 1, $"expected one {code}, found {matching.Count}:{Environment.NewLine}{string.Join(Environment.NewLine, all)}");
        return matching[0];
    }

    /// <summary>Asserts the file name (the end of the displayed path), line and column of a diagnostic.</summary>
    public static void At(Diagnostic diagnostic, string fileName, int line, int column)
    {
        Assert.True(diagnostic.Location.File.EndsWith(fileName, StringComparison.Ordinal), $"expected a location in {fileName}: {diagnostic}");
        Assert.True(diagnostic.Location.Line == line && diagnostic.Location.Column == column,
            $"expected {fileName}({line},{column}): {diagnostic}");
    }

    /// <summary>The diagnostics that <paramref name="action"/> throws in a <see cref="BadInputException"/>.</summary>
    public static IReadOnlyList<Diagnostic> Thrown(Action action) => Assert.Throws<BadInputException>(action).Diagnostics;

    /// <summary>The 1-based column where <paramref name="token"/> starts on line <paramref name="line"/> of a text.</summary>
    public static int ColumnOf(string text, int line, string token)
    {
        var lineText = text.Split('\n')[line - 1];
        var index = lineText.IndexOf(token, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{token}' is not on line {line}: {lineText}");
        return index + 1;
    }
}
