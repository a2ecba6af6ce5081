using ReportGen.Definitions.Yaml;
using ReportGen.Diagnostics;

namespace ReportGen.Tests.Definitions.Yaml;

public sealed class YamlDocumentTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"reportgen-yaml-{Guid.NewGuid():N}.yaml");

    public void Dispose() => File.Delete(_path);

    private DiagnosticBag Load(string text)
    {
        File.WriteAllText(_path, text);
        var bag = new DiagnosticBag();
        YamlDocument.Load(_path, "f.yaml", bag, "test file", "test file");
        return bag;
    }

    [Fact]
    public void Values_written_out_are_not_an_alias_bomb()
    {
        // 150 000 plain values, more than the alias limit, none repeated by an alias.
        var bag = Load($"values: [{string.Join(", ", Enumerable.Range(0, 150_000).Select(i => $"v{i}"))}]\n");
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
    }

    [Fact]
    public void Aliases_that_repeat_too_much_are_a_bomb()
    {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (var level = 'b'; level <= 'g'; level++)
        {
            var previous = (char)(level - 1);
            text += $"{level}: &{level} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}]\n";
        }

        var diagnostic = Assert.Single(Load(text).Items);
        Assert.Equal(DiagnosticCodes.YamlLimit, diagnostic.Code);
        Assert.Contains("alias", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_few_aliases_are_fine() =>
        Assert.False(Load("a: &a [1, 2, 3]\nb: *a\nc: *a\n").HasErrors);
}
