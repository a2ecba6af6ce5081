using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using ReportGen.Resources;
using Scriban.Runtime;

namespace ReportGen.Publishing;

/// <summary>
/// The article model as templates see it: a tree of Scriban objects and lists holding only text, numbers, booleans
/// and null, with snake_case keys (<c>headline_indicators</c>). No .NET object reaches a template, so no template can
/// call a method, read a type, walk to an assembly or to the file system through reflection: what it can read is
/// exactly the public properties of the model's records, copied once. Every text of it, at any depth, is escaped by
/// <see cref="MarkdownText.Escape"/>: this is the one place where values enter the template, so no member added to
/// the model later can bypass it. Numbers and booleans stay as they are, for templates that compare.
/// </summary>
public static class ScriptModel
{
    public static ScriptObject From(object model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return (ScriptObject)Convert(model)!;
    }

    /// <summary>What a value is, in a template's words and with its article ("a number"), for messages.</summary>
    public static string Kind(object? value) => value switch
    {
        null => PublishingMessages.ANullValue,
        string => PublishingMessages.AText,
        bool => PublishingMessages.ABoolean,
        DateTime or DateTimeOffset => PublishingMessages.ADate,
        TimeSpan => PublishingMessages.ADuration,
        _ when value.GetType().IsPrimitive || value is decimal => PublishingMessages.ANumber,
        _ => PublishingMessages.AValue,
    };

    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "The model's records are types of this assembly, which the native tool does not trim (TrimMode partial); .ci/pack-check renders the sample through it.")]
    private static object? Convert(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string text:
                return MarkdownText.Escape(text);
            case bool or int or long or double or decimal:
                return value;
            case Enum e:
                return e.ToString();
            case DateOnly date:
                return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case IEnumerable items:
                var list = new ScriptArray();
                foreach (var item in items)
                {
                    list.Add(Convert(item));
                }

                return list;
        }

        var type = value.GetType();
        if (type.Assembly != typeof(ScriptModel).Assembly)
        {
            throw new InvalidOperationException($"the article model holds a {type.FullName}; templates see only text, numbers, lists and the model's records.");
        }

        // Members in the ordinal order of their template names: metadata tokens (declaration order) do not exist in a
        // natively compiled tool, and the order must not depend on the runtime.
        var map = new ScriptObject();
        foreach (var (name, property) in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0)
                     .Select(p => (StandardMemberRenamer.Rename(p), p)).OrderBy(m => m.Item1, StringComparer.Ordinal))
        {
            map[name] = Convert(property.GetValue(value));
        }

        return map;
    }
}
