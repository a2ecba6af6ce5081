using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ReportGen.Localization;
using ReportGen.Resources;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Localization;

/// <summary>
/// Every message resource (<c>src/*/Resources/NAME.resx</c>, English) has its French twin (<c>NAME.fr.resx</c>) with
/// the same keys and the same placeholders, and French follows French typography.
/// </summary>
public sealed partial class ResourceFilesTests
{
    public static TheoryData<string> Pairs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repo.Root, "src"), "*.resx", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith(".fr.resx", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Repo.Root, file));
        }

        return data;
    }

    [Fact]
    public void There_are_message_resources() => Assert.NotEmpty(Pairs());

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Every_key_exists_in_both_languages_with_the_same_placeholders(string neutral)
    {
        var english = Read(Path.Combine(Repo.Root, neutral));
        var frenchFile = Path.Combine(Repo.Root, neutral[..^".resx".Length] + ".fr.resx");
        Assert.True(File.Exists(frenchFile), $"{neutral} has no French twin {Path.GetFileName(frenchFile)}");
        var french = Read(frenchFile);
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), french.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in english)
        {
            Assert.True(Placeholders(text).SequenceEqual(Placeholders(french[key])), $"{neutral} '{key}': the placeholders differ between English ({text}) and French ({french[key]})");
            Assert.False(string.IsNullOrWhiteSpace(french[key]), $"{neutral} '{key}' is empty in French");
            _ = string.Format(CultureInfo.InvariantCulture, text, new object[10]);
            _ = string.Format(CultureInfo.InvariantCulture, french[key], new object[10]);
        }
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void French_follows_French_typography(string neutral)
    {
        var french = Read(Path.Combine(Repo.Root, neutral[..^".resx".Length] + ".fr.resx"));
        foreach (var (key, text) in french)
        {
            // What « » quote (a value, a key, a command) keeps its own spelling.
            var prose = Quoted().Replace(text, "«»");
            var where = $"{neutral} '{key}': {text}";
            Assert.False(prose.Contains('\'', StringComparison.Ordinal), $"{where}: an apostrophe is ’ and a quotation is « … » in French");
            Assert.False(prose.Contains('"', StringComparison.Ordinal), $"{where}: a quotation is « … » in French");
            Assert.False(BadSpaceBefore().IsMatch(prose), $"{where}: a no-break space (U+00A0) goes before ':' and a narrow one (U+202F) before ';', '!' and '?'");
            Assert.False(MissingSpaceBefore().IsMatch(prose), $"{where}: ';', '!', '?' and ':' take a space before them in French");
            Assert.False(BadGuillemets().IsMatch(text), $"{where}: guillemets take a no-break space inside: « valeur »");
        }
    }

    [Fact]
    public void Messages_follow_the_language_of_the_flow()
    {
        using (UiLanguage.Use(Language.French))
        {
            Assert.Equal("    conseil\u00a0: {0}", DiagnosticMessages.HintLine);
            Assert.Equal(Language.French, UiLanguage.Current);
        }

        Assert.Equal("    hint: {0}", DiagnosticMessages.HintLine);
    }

    [Theory]
    [InlineData("fr_FR.UTF-8", null, null, Language.French)]
    [InlineData("C.UTF-8", null, null, Language.English)]
    [InlineData("fr_FR.UTF-8", "en_GB.UTF-8", null, Language.English)]
    [InlineData("en_US.UTF-8", null, "fr_CA.UTF-8", Language.French)]
    [InlineData(null, null, null, Language.English)]
    public void The_locale_chooses_the_language(string? lang, string? messages, string? all, Language expected)
    {
        var variables = new Dictionary<string, string?> { ["LANG"] = lang, ["LC_MESSAGES"] = messages, ["LC_ALL"] = all };
        Assert.Equal(expected, UiLanguage.FromEnvironment(name => variables.GetValueOrDefault(name)));
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    private static List<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text.Replace("{{", "", StringComparison.Ordinal).Replace("}}", "", StringComparison.Ordinal)).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("«[^»]*»")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"[ \u00a0\u202f](?<!\u00a0):|[ \u00a0](?=[;!?])")]
    private static partial Regex BadSpaceBefore();

    [GeneratedRegex(@"[\p{L}\p{N}\)»][;!?]|[\p{L}\)»]:(?![/\\])")]
    private static partial Regex MissingSpaceBefore();

    [GeneratedRegex(@"«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»")]
    private static partial Regex BadGuillemets();
}
