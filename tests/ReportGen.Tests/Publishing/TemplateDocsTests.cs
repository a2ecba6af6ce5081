using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using ReportGen.Publishing;
using ReportGen.Tests.TestSupport;
using Scriban.Runtime;

namespace ReportGen.Tests.Publishing;

/// <summary>
/// docs/templates.md lists every variable a template can read: each member of the article model (by reflection over
/// its records, as <see cref="ScriptModel"/> names them) is named in the table of its top-level variable, or in the
/// indicator table for an indicator's members. A member added to the model without its line in the docs fails here.
/// </summary>
public sealed partial class TemplateDocsTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(Repo.Root, "docs", "templates.md"));

    private static readonly List<string> Paths = [.. Walk(typeof(ArticleModel), "", [])];

    public static TheoryData<string> Members() => [.. Paths];

    [Fact]
    public void The_model_has_members_to_document()
    {
        Assert.Contains("headline_indicators", Paths);
        Assert.Contains("mirror.gaps.reading", Paths);
        Assert.Contains("indicators.effective_base", Paths);
    }

    [Theory]
    [MemberData(nameof(Members))]
    public void Every_template_variable_is_documented(string path)
    {
        var names = path.Split('.');
        var top = names[0];
        var row = Rows(Section("## Variables")).FirstOrDefault(r => FirstCell(r).Contains($"`{top}`", StringComparison.Ordinal));
        Assert.True(row is not null, $"docs/templates.md: the variable `{top}` has no row in the « Variables » table");
        if (names.Length == 1)
        {
            return;
        }

        // An indicator's members have their own table; every other member is named in its top-level row.
        var leaf = names[^1];
        var place = top is "indicators" or "headline_indicators" or "other_indicators" ? Section("Each indicator has") : row!;
        Assert.True(place.Contains($"`{leaf}`", StringComparison.Ordinal) || Code().Matches(place).Any(m => m.Value.Split(['`', ',', ' '], StringSplitOptions.RemoveEmptyEntries).Contains(leaf)),
            $"docs/templates.md: `{path}` is not documented (name `{leaf}` where `{top}` is described)");
    }

    private static IEnumerable<string> Walk(Type type, string prefix, HashSet<Type> seen)
    {
        if (!seen.Add(type))
        {
            yield break;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).OrderBy(p => p.MetadataToken))
        {
            var path = prefix + StandardMemberRenamer.Rename(property);
            yield return path;
            var inner = Element(property.PropertyType);
            if (inner.Assembly == typeof(ArticleModel).Assembly && !inner.IsEnum)
            {
                foreach (var nested in Walk(inner, path + ".", [.. seen]))
                {
                    yield return nested;
                }
            }
        }
    }

    private static Type Element(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            return type.IsArray ? type.GetElementType()! : type.GetGenericArguments().LastOrDefault() ?? typeof(object);
        }

        return type;
    }

    private static string Section(string heading)
    {
        var start = Docs.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/templates.md has no « {heading} »");
        var end = Docs.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        var text = end < 0 ? Docs[start..] : Docs[start..end];
        var next = text.IndexOf("\nExample", StringComparison.Ordinal);
        return heading.StartsWith('#') || next < 0 ? text : text[..next];
    }

    private static IEnumerable<string> Rows(string section) => section.Split('\n').Where(l => l.StartsWith('|'));

    private static string FirstCell(string row) => row.Split('|', StringSplitOptions.TrimEntries)[1];

    [GeneratedRegex("`[^`]+`")]
    private static partial Regex Code();
}
